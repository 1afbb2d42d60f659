package main

import (
	"context"
	"strings"

	"github.com/newsgraph/kg/extract"
	"github.com/newsgraph/kg/graph"
	"github.com/newsgraph/kg/queries"
)

// quoteContext is Cypher returning, for the quotes $ids, who said each one
// and the article that reports it, and for the events $ids their articles:
// a quote drawn without its speaker or source cannot be read, and SAID is
// two hops from the entity a quote is about, beyond --around --depth 1.
const quoteContext = `
MATCH (e:Person)-[:SAID]->(q:Quote) WHERE q.id IN $ids RETURN e
UNION
MATCH (q:Quote)-[:REPORTED_IN]->(e:Article) WHERE q.id IN $ids RETURN e
UNION
MATCH (ev:Event)-[:REPORTED_IN]->(e:Article) WHERE ev.id IN $ids RETURN e`

// speakerRoles is Cypher returning the organizations the speakers of the
// quotes $ids work at, so a report can give each speaker's role.
const speakerRoles = `
MATCH (p:Person)-[:SAID]->(q:Quote), (p)-[:WORKS_AT]->(e:Organization) WHERE q.id IN $ids RETURN e`

// factSources is Cypher returning the articles that state the facts between
// the entities $keys, so a report can cite each fact by title and outlet.
const factSources = `
MATCH (x)-[r:WORKS_AT|DEVELOPED|DERIVED_FROM]->(y) WHERE x.key IN $keys AND y.key IN $keys
UNWIND r.articles AS aid
MATCH (e:Article {id: aid}) RETURN e`

// withContext returns g grown by the nodes the queries extra return (each
// returning one column e, with parameters $ids, the ids of g's articles,
// quotes and events, and $keys, the keys of its entities), and every
// relationship between the nodes.
func withContext(ctx context.Context, st *graph.Store, g *graph.Subgraph, extra ...string) (*graph.Subgraph, error) {
	var keys, ids, eids []any
	for _, n := range g.Nodes {
		label, id, ok := strings.Cut(n.ID, ":")
		if _, kg := graph.KeyProperty(label); !ok || !kg {
			eids = append(eids, n.ID)
			continue
		}
		switch label {
		case "Person", "Organization", "Model":
			keys = append(keys, id)
		default:
			ids = append(ids, id)
		}
	}
	parts := append([]string{
		"MATCH (e) WHERE (e:Person OR e:Organization OR e:Model) AND e.key IN $keys RETURN e",
		"MATCH (e) WHERE (e:Article OR e:Quote OR e:Event) AND e.id IN $ids RETURN e",
		"MATCH (e) WHERE elementId(e) IN $eids RETURN e",
	}, extra...)
	q := "CALL () {\n" + strings.Join(parts, "\nUNION\n") + "\n}\nRETURN e"
	rows, err := st.Query(ctx, q, map[string]any{"keys": keys, "ids": ids, "eids": eids}, false)
	if err != nil {
		return nil, err
	}
	out, err := st.SubgraphOf(ctx, rows)
	if err != nil {
		return nil, err
	}
	out.Truncated = g.Truncated
	return out, nil
}

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
