package graph

import (
	"cmp"
	"slices"

	"github.com/newsgraph/kg/extract"
)

// Co-mentions. Which entities are named in the same articles as a given
// one is the question analysts ask first of an entity, and reading it from
// MENTIONS costs a row for every mention in every article naming the
// entity: over a second for an organization in half of 70k articles, and
// linear in the graph. So the writer keeps the answer:
// (x)-[:CO_MENTIONED {count}]-(y) holds the number of articles that mention
// both x and y, one relationship per pair (its direction means nothing),
// raised when an article is written and lowered when one is taken out.
// The co-mentions query then reads one relationship per co-mentioned
// entity.
//
// A graph written before kg kept these counts has none: the marker node
// (:KgState {name: 'co-mentions'}) says the counts are complete, the
// co-mentions query reads MENTIONS while it is missing, and
// Store.Upgrade computes the counts and sets the marker.

// coMentionState names the KgState marker of complete co-mention counts.
const coMentionState = "co-mentions"

// entityRef is one entity node: its label and key.
type entityRef struct {
	label extract.Type
	key   string
}

// compare orders entity refs by label, then key.
func (r entityRef) compare(o entityRef) int {
	return cmp.Or(cmp.Compare(r.label, o.label), cmp.Compare(r.key, o.key))
}

// coMentionRows turns the batch's MENTIONS rows (evidence.entities) into
// co-mention rows: for each pair of labels (the first not after the second)
// the rows {a, b, n}: n articles of the batch mention both a and b. The
// rows are sorted, so that concurrent loaders lock shared nodes in one
// order as far as they can.
func coMentionRows(entities map[extract.Type][]map[string]any) map[[2]extract.Type][]map[string]any {
	byArticle := map[string][]entityRef{}
	for t, rows := range entities {
		for _, row := range rows {
			mentions, _ := row["mentions"].([]map[string]any)
			for _, m := range mentions {
				art := m["article"].(string)
				byArticle[art] = append(byArticle[art], entityRef{t, row["key"].(string)})
			}
		}
	}
	pairs := map[[2]entityRef]int64{}
	for _, refs := range byArticle {
		slices.SortFunc(refs, entityRef.compare)
		refs = slices.Compact(refs)
		for i, a := range refs {
			for _, b := range refs[i+1:] {
				pairs[[2]entityRef{a, b}]++
			}
		}
	}
	out := map[[2]extract.Type][]map[string]any{}
	keys := make([][2]entityRef, 0, len(pairs))
	for p := range pairs {
		keys = append(keys, p)
	}
	slices.SortFunc(keys, func(x, y [2]entityRef) int {
		return cmp.Or(x[0].compare(y[0]), x[1].compare(y[1]))
	})
	for _, p := range keys {
		lp := [2]extract.Type{p[0].label, p[1].label}
		out[lp] = append(out[lp], map[string]any{"a": p[0].key, "b": p[1].key, "n": pairs[p]})
	}
	return out
}

// coMentionQuery raises the co-mention counts of one pair of labels. The
// MERGE is undirected: it finds the pair's relationship whichever way it
// was created.
func coMentionQuery(labels [2]extract.Type) string {
	return `
UNWIND $rows AS row
MATCH (x:` + string(labels[0]) + ` {key: row.a})
MATCH (y:` + string(labels[1]) + ` {key: row.b})
MERGE (x)-[c:CO_MENTIONED]-(y)
ON CREATE SET c.count = row.n
ON MATCH SET c.count = c.count + row.n`
}

// labelPairs are the label pairs of co-mention rows: the first label not
// after the second.
func labelPairs() [][2]extract.Type {
	ls := slices.Clone(entityLabels)
	slices.Sort(ls)
	var out [][2]extract.Type
	for i, a := range ls {
		for _, b := range ls[i:] {
			out = append(out, [2]extract.Type{a, b})
		}
	}
	return out
}

// qRemoveCoMentions lowers the co-mention counts of every pair the
// articles $ids mention, and drops the pairs no article mentions together
// any more. It runs before their MENTIONS go. Each relationship is matched
// once: it has one direction, and the ordered pairs visit both.
const qRemoveCoMentions = `
UNWIND $ids AS id
MATCH (:Article {id: id})-[:MENTIONS]->(x)
WITH id, collect(x) AS xs
UNWIND xs AS x
UNWIND xs AS y
WITH x, y WHERE x <> y
MATCH (x)-[c:CO_MENTIONED]->(y)
WITH c, count(*) AS gone
SET c.count = c.count - gone
WITH c WHERE c.count <= 0
DELETE c`

// qBackfillCoMentions sets every co-mention count from MENTIONS, one entity
// at a time in transactions of its own: Store.Upgrade runs it on a graph
// written before kg kept the counts. It sets, never adds, so running it
// again changes nothing.
const qBackfillCoMentions = `
MATCH (x) WHERE x:Person OR x:Organization OR x:Model
CALL (x) {
  MATCH (x)<-[:MENTIONS]-(:Article)-[:MENTIONS]->(y)
  WHERE elementId(x) < elementId(y)
  WITH x, y, count(*) AS n
  MERGE (x)-[c:CO_MENTIONED]-(y)
  SET c.count = n
} IN TRANSACTIONS OF 500 ROWS`
