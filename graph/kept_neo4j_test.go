package graph_test

import (
	"testing"

	"github.com/newsgraph/kg/graph"
	"github.com/newsgraph/kg/graph/graphtest"
)

// keptMismatches lists what the writer keeps that the plain reading of the
// graph contradicts: co-mention counts other than the number of articles
// mentioning both (a missing pair included) and statements whose report
// dates are not the earliest and latest of their reports.
const keptMismatches = `
CALL () {
  MATCH (x)<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(y) WHERE elementId(x) < elementId(y)
  WITH x, y, count(a) AS n
  OPTIONAL MATCH (x)-[c:CO_MENTIONED]-(y)
  WITH x, y, n, collect(c.count) AS kept WHERE kept <> [n]
  RETURN 'pair ' + x.key + ' ' + y.key + ': ' + toString(n) + ' articles, kept ' + reduce(s = '', k IN kept | s + ' ' + toString(k)) AS wrong
UNION ALL
  MATCH (x)-[c:CO_MENTIONED]-(y) WHERE elementId(x) < elementId(y)
    AND NOT EXISTS { (x)<-[:MENTIONS]-(:Article)-[:MENTIONS]->(y) }
  RETURN 'pair ' + x.key + ' ' + y.key + ': kept without an article' AS wrong
UNION ALL
  MATCH (q:Quote)-[:REPORTED_IN]->(a:Article)
  WITH q, min(a.published) AS first, max(a.published) AS last
  WHERE q.first_reported IS NULL OR q.first_reported <> first OR q.last_reported <> last
  RETURN 'quote ' + q.id + ': reported ' + first + '..' + last + ', kept ' + coalesce(q.first_reported, 'null') + '..' + coalesce(q.last_reported, 'null') AS wrong
}
RETURN wrong ORDER BY wrong LIMIT 10`

func checkKept(t *testing.T, st *graph.Store, when string) {
	t.Helper()
	for _, r := range graphtest.Exec(t, st, keptMismatches, nil) {
		t.Errorf("%s: %v", when, r.Values[0])
	}
}

// TestKeptCountsFollowTheArticles: co-mention counts and statement report
// dates stay what the articles say through writes, rewrites with other
// dates and removals, and Upgrade computes the same on a graph written
// without them.
func TestKeptCountsFollowTheArticles(t *testing.T) {
	st := graphtest.Open(t)
	docs := graphtest.Newsroom(60, 7)
	for i := 0; i < len(docs); i += 25 {
		if _, err := st.Write(ctx(t), docs[i:min(i+25, len(docs))]); err != nil {
			t.Fatal(err)
		}
	}
	if n := graphtest.Exec(t, st, "MATCH ()-[c:CO_MENTIONED]->() RETURN count(c)", nil)[0].Values[0].(int64); n < 10 {
		t.Fatalf("only %d co-mention pairs: the check would prove little", n)
	}
	checkKept(t, st, "after writing")

	// Rewrites move articles to other dates and drop an entity.
	var again []graph.Doc
	for i := 0; i < len(docs); i += 4 {
		d := docs[i]
		d.Rewrite = true
		d.Article.Published = "2026-06-0" + string(rune('1'+i%9))
		d.Result.Entities = d.Result.Entities[1:]
		again = append(again, d)
	}
	if _, err := st.Write(ctx(t), again); err != nil {
		t.Fatal(err)
	}
	checkKept(t, st, "after rewriting")

	for _, d := range docs[:15] {
		if _, err := st.Remove(ctx(t), d.Article.ID); err != nil {
			t.Fatal(err)
		}
	}
	checkKept(t, st, "after removing")
	if ok, err := st.Upgraded(ctx(t)); err != nil || !ok {
		t.Fatalf("a graph kg wrote from empty: Upgraded = %v, %v; want true", ok, err)
	}

	// A graph written by an older kg: no counts, no dates, no marker.
	graphtest.Exec(t, st, "MATCH ()-[c:CO_MENTIONED]->() DELETE c", nil)
	graphtest.Exec(t, st, "MATCH (s:KgState) DELETE s", nil)
	graphtest.Exec(t, st, "MATCH (q:Quote) REMOVE q.first_reported, q.last_reported", nil)
	if ok, err := st.Upgraded(ctx(t)); err != nil || ok {
		t.Fatalf("without the marker: Upgraded = %v, %v; want false", ok, err)
	}
	// ApplySchema marks only an empty graph.
	if err := st.ApplySchema(ctx(t)); err != nil {
		t.Fatal(err)
	}
	if ok, _ := st.Upgraded(ctx(t)); ok {
		t.Fatal("ApplySchema marked a graph with articles as counted")
	}
	if err := st.Upgrade(ctx(t)); err != nil {
		t.Fatal(err)
	}
	checkKept(t, st, "after Upgrade")
	if ok, err := st.Upgraded(ctx(t)); err != nil || !ok {
		t.Fatalf("after Upgrade: Upgraded = %v, %v; want true", ok, err)
	}
}
