package main

import (
	"strings"

	"github.com/newsgraph/kg/extract"
	"github.com/newsgraph/kg/queries"
)

// subjectKey is the extract.Key of the first entity parameter given to q:
// the person, organization or model a report is about ("" if none).
func subjectKey(q queries.Query, params []string) string {
	for _, kv := range params {
		k, v, _ := strings.Cut(kv, "=")
		k, _, _ = strings.Cut(k, ":")
		if p, ok := q.Param(k); ok && p.Type == queries.Entity && v != "" {
			return extract.Key(v)
		}
	}
	return ""
}
