package graph_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/newsgraph/kg/graph"
	"github.com/newsgraph/kg/graph/graphtest"
)

// keptMismatches lists what the writer keeps that the plain reading of the
// graph contradicts: a tracked pair's co-mention count other than the
// number of articles naming both (a missing pair included), a count where
// an end is not tracked, a pair without its key, a statement of a fact
// without its article's date or a fact counting other than its
// statements, an event's report without the event's id or its article's
// date, an entity at the threshold not tracked, a statement of a window
// or more without its head (or a shorter one with one), an article whose
// title_key is not its title (none for a long title),
// statements whose report dates are not the earliest and latest of their
// reports, and SAID or ABOUT whose copy of the first date differs.
const keptMismatches = `
MATCH (s:KgState {name: 'co-mentions'})
CALL (s) {
  MATCH (x)<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(y)
  WHERE x.co_tracked AND y.co_tracked AND elementId(x) < elementId(y)
  WITH x, y, count(a) AS n
  OPTIONAL MATCH (x)-[c:CO_MENTIONED]-(y)
  WITH x, y, n, collect(coalesce(c.count, 1)) AS kept WHERE kept <> [n]
  RETURN 'pair ' + x.key + ' ' + y.key + ': ' + toString(n) + ' articles, kept' + reduce(s = '', k IN kept | s + ' ' + toString(k)) AS wrong
UNION ALL
  MATCH (x)-[c:CO_MENTIONED]-(y) WHERE elementId(x) < elementId(y)
    AND (NOT EXISTS { (x)<-[:MENTIONS]-(:Article)-[:MENTIONS]->(y) } OR x.co_tracked IS NULL OR y.co_tracked IS NULL)
  RETURN 'pair ' + x.key + ' ' + y.key + ': kept without an article or untracked' AS wrong
UNION ALL
  MATCH (x)-[c:CO_MENTIONED]->(y)
  WHERE c.pair IS NULL OR c.pair <> labels(x)[0] + '\t' + x.key + '\n' + labels(y)[0] + '\t' + y.key
  RETURN 'pair ' + x.key + ' ' + y.key + ': keyed ' + coalesce(c.pair, 'null') AS wrong
UNION ALL
  MATCH ()-[c:CO_MENTIONED]->() WHERE c.count <= 1
  RETURN 'pair with count ' + toString(c.count) + ': 1 is left unwritten' AS wrong
UNION ALL
  MATCH (x) WHERE (x:Person OR x:Organization OR x:Model) AND x.co_tracked IS NULL
    AND COUNT { (x)<-[:MENTIONS]-() } >= s.threshold
  RETURN 'entity ' + x.key + ': at the threshold, not tracked' AS wrong
UNION ALL
  MATCH (a:Article)-[st:STATES]->()
  WHERE st.published IS NULL OR st.published <> coalesce(a.published, '')
  RETURN 'statement of ' + st.fact + ' in ' + a.id + ': dated ' + coalesce(st.published, 'null') AS wrong
UNION ALL
  MATCH (ev:Event)-[rep:REPORTED_IN]->(a:Article)
  WHERE rep.event IS NULL OR rep.event <> ev.id OR rep.published IS NULL OR rep.published <> coalesce(a.published, '')
  RETURN 'report of event ' + ev.id + ' in ' + a.id + ': ' + coalesce(rep.event, 'null') + ' ' + coalesce(rep.published, 'null') AS wrong
UNION ALL
  MATCH (x)-[r:WORKS_AT|DEVELOPED|DERIVED_FROM]->(y)
  WITH r, COUNT { (:Article)-[:STATES {fact: type(r) + '\t' + x.key + '\t' + y.key}]->() } AS n
  WHERE r.count <> n
  RETURN type(r) + ' count ' + toString(r.count) + ', stated by ' + toString(n) AS wrong
UNION ALL
  MATCH (q:Quote)-[r:SAID|ABOUT]-()
  WHERE r.first_reported IS NULL OR r.first_reported <> q.first_reported
  RETURN 'quote ' + q.id + ': ' + type(r) + ' dated ' + coalesce(r.first_reported, 'null') + ', the quote ' + coalesce(q.first_reported, 'null') AS wrong
UNION ALL
  MATCH (q:Quote) WHERE (size(q.folded) >= 12) <> (q.head IS NOT NULL)
  RETURN 'quote ' + q.id + ': ' + toString(size(q.folded)) + ' characters, head ' + coalesce(q.head, 'null') AS wrong
UNION ALL
  MATCH (a:Article)
  WITH a, CASE WHEN size(a.title) <= 341 THEN a.title END AS key
  WHERE (a.title_key IS NULL) <> (key IS NULL) OR a.title_key <> key
  RETURN 'article ' + a.id + ': title_key ' + coalesce(a.title_key, 'null') AS wrong
UNION ALL
  MATCH (q:Quote)-[:REPORTED_IN]->(a:Article)
  WITH q, min(a.published) AS first, max(a.published) AS last
  WHERE q.first_reported IS NULL OR q.first_reported <> first OR q.last_reported <> last
  RETURN 'quote ' + q.id + ': reported ' + first + '..' + last + ', kept ' + coalesce(q.first_reported, 'null') + '..' + coalesce(q.last_reported, 'null') AS wrong
}
RETURN wrong ORDER BY wrong LIMIT 10`

// testThreshold is the co-mention threshold the tests give their graph of
// graphtest.Newsroom articles, so that some entities are tracked and some
// are not.
const testThreshold = 18

func checkKept(t *testing.T, st *graph.Store, when string) {
	t.Helper()
	for _, r := range graphtest.Exec(t, st, keptMismatches, nil) {
		t.Errorf("%s: %v", when, r.Values[0])
	}
}

// column is the first column of q's rows, as strings.
func column(t *testing.T, st *graph.Store, q string) []string {
	t.Helper()
	var out []string
	for _, r := range graphtest.Exec(t, st, q, nil) {
		out = append(out, fmt.Sprint(r.Values[0]))
	}
	return out
}

// TestKeptCountsFollowTheArticles: co-mention counts and statement report
// dates stay what the articles say through writes, rewrites with other
// dates and removals, and Upgrade computes the same on a graph written
// without them.
func TestKeptCountsFollowTheArticles(t *testing.T) {
	st := graphtest.Open(t)
	graphtest.Exec(t, st, "MATCH (s:KgState {name: 'co-mentions'}) SET s.threshold = $n", map[string]any{"n": testThreshold})
	docs := graphtest.Newsroom(60, 7)
	for i := 0; i < len(docs); i += 25 {
		if _, err := st.Write(ctx(t), docs[i:min(i+25, len(docs))]); err != nil {
			t.Fatal(err)
		}
	}
	tracked := graphtest.Exec(t, st, `MATCH (e) WHERE e:Person OR e:Organization OR e:Model
RETURN count(e.co_tracked), count(e) - count(e.co_tracked)`, nil)[0].Values
	if tracked[0].(int64) < 3 || tracked[1].(int64) < 3 {
		t.Fatalf("%d entities tracked, %d not: the check would prove little", tracked[0], tracked[1])
	}
	checkKept(t, st, "after writing")

	// Rewrites move articles to other dates, correct their titles and drop
	// an entity.
	var again []graph.Doc
	for i := 0; i < len(docs); i += 4 {
		d := docs[i]
		d.Rewrite = true
		d.Article.Published = "2026-06-0" + string(rune('1'+i%9))
		d.Article.Title += " (corrected)"
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

	// Pairs written before they were keyed and statements of facts before
	// they were dated: ApplySchema keys and dates them, and later writes
	// raise the same pairs.
	graphtest.Exec(t, st, "MATCH ()-[c:CO_MENTIONED]->() REMOVE c.pair", nil)
	graphtest.Exec(t, st, "MATCH ()-[s:STATES]->() REMOVE s.published", nil)
	graphtest.Exec(t, st, "MATCH (:Event)-[r:REPORTED_IN]->() REMOVE r.event, r.published", nil)
	// Statements whose first window was the "h" token of their grams.
	heads := func() []string {
		return column(t, st, "MATCH (q:Quote) RETURN q.id + ' ' + coalesce(q.head, '-') ORDER BY q.id")
	}
	headed := heads()
	graphtest.Exec(t, st, "MATCH (q:Quote) WHERE q.head IS NOT NULL SET q.grams = 'h' + q.head + ' ' + q.grams REMOVE q.head", nil)
	// Articles from before their title key.
	graphtest.Exec(t, st, "MATCH (a:Article) REMOVE a.title_key", nil)
	graphtest.Exec(t, st, "MATCH (s:KgState) REMOVE s.keyed, s.states_dated, s.reports_dated, s.headed, s.titled", nil)
	if err := st.ApplySchema(ctx(t)); err != nil {
		t.Fatal(err)
	}
	checkKept(t, st, "after keying")
	if got := heads(); !slices.Equal(got, headed) {
		t.Errorf("heads after the backfill:\n%s", graphtest.Diff(headed, got))
	}
	if _, err := st.Write(ctx(t), docs[:15]); err != nil {
		t.Fatal(err)
	}
	checkKept(t, st, "after writing to keyed pairs")
	if ok, err := st.Upgraded(ctx(t)); err != nil || !ok {
		t.Fatalf("a graph kg wrote from empty: Upgraded = %v, %v; want true", ok, err)
	}

	// A graph written by an older kg: no counts, no dates, no marker.
	graphtest.OlderGraph(t, st, testThreshold)
	if ok, err := st.Upgraded(ctx(t)); err != nil || ok {
		t.Fatalf("counts not complete: Upgraded = %v, %v; want false", ok, err)
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
