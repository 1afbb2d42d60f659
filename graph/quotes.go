package graph

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/kg/extract"
)

// One statement, many reports. A Quote is one statement of one speaker:
// its id hashes the speaker's key and the folded words (QuoteID), so every
// article reporting the same words reports one node, REPORTED_IN each of
// them with the offset and sentence of that article on the relationship. A
// shorter excerpt contained in a longer statement of the same speaker (or
// the other way round) is the same statement: it joins the existing node,
// which keeps the longer wording.

// minSharedQuote is the shortest folded statement, in runes, that joins
// another by containment: "yes" or 是的 is contained in too much.
const minSharedQuote = 12

// qSpeakerQuotes reads the statements the graph holds for the batch's
// speakers, to join excerpts to them.
const qSpeakerQuotes = `
UNWIND $speakers AS s
MATCH (:Person {key: s})-[:SAID]->(q:Quote)
RETURN s AS speaker, q.id AS id, coalesce(q.folded, '') AS folded`

// resolveQuotes gives each quote row the id of the statement it repeats:
// one the graph holds or one earlier in the batch whose folded words
// contain it or are contained in it. Longer statements are placed first,
// so an excerpt joins the fullest wording.
func resolveQuotes(ctx context.Context, tx neo4j.ManagedTransaction, c *counter, rows []map[string]any) error {
	if len(rows) == 0 {
		return nil
	}
	var speakers []string
	for _, r := range rows {
		if s := r["speaker"].(string); !slices.Contains(speakers, s) {
			speakers = append(speakers, s)
		}
	}
	slices.Sort(speakers)
	recs, err := c.collect(ctx, tx, qSpeakerQuotes, map[string]any{"speakers": speakers})
	if err != nil {
		return err
	}
	type known struct{ id, folded string }
	bySpeaker := map[string][]known{}
	for _, r := range recs {
		m := r.AsMap()
		bySpeaker[str(m["speaker"])] = append(bySpeaker[str(m["speaker"])], known{str(m["id"]), str(m["folded"])})
	}
	order := slices.Clone(rows)
	slices.SortStableFunc(order, func(a, b map[string]any) int {
		return cmp.Or(-cmp.Compare(len(a["folded"].(string)), len(b["folded"].(string))), cmp.Compare(a["id"].(string), b["id"].(string)))
	})
	for _, r := range order {
		sp, f := r["speaker"].(string), r["folded"].(string)
		for _, k := range bySpeaker[sp] {
			if k.id == r["id"] {
				break
			}
			if sameStatement(k.folded, f) {
				r["id"] = k.id
				break
			}
		}
		if !slices.ContainsFunc(bySpeaker[sp], func(k known) bool { return k.id == r["id"] }) {
			bySpeaker[sp] = append(bySpeaker[sp], known{r["id"].(string), f})
		}
	}
	return nil
}

// sameStatement reports whether two folded statements are one: equal, or
// one holds the other and the shorter is long enough to mean something.
func sameStatement(a, b string) bool {
	if a == b {
		return true
	}
	short, long := a, b
	if len(short) > len(long) {
		short, long = long, short
	}
	return len([]rune(short)) >= minSharedQuote && strings.Contains(long, short)
}

// aboutRows are the ABOUT links of the quote rows, per label, once their ids
// are resolved.
func aboutRows(rows []map[string]any) map[extract.Type][]map[string]any {
	out := map[extract.Type][]map[string]any{}
	seen := map[string]bool{}
	for _, r := range rows {
		targets, _ := r["about"].([]map[string]any)
		for _, t := range targets {
			label, key := extract.Type(t["label"].(string)), t["key"].(string)
			k := r["id"].(string) + "\x00" + key + "\x00" + string(label) + "\x00" + r["article"].(string)
			if seen[k] {
				continue
			}
			seen[k] = true
			out[label] = append(out[label], map[string]any{"quote": r["id"], "key": key, "articles": []string{r["article"].(string)}})
		}
	}
	for _, l := range out {
		slices.SortFunc(l, func(a, b map[string]any) int {
			return cmp.Or(cmp.Compare(a["quote"].(string), b["quote"].(string)), cmp.Compare(a["key"].(string), b["key"].(string)),
				cmp.Compare(a["articles"].([]string)[0], b["articles"].([]string)[0]))
		})
	}
	return out
}
