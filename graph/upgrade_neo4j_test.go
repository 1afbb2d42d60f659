package graph_test

import (
	"testing"

	"github.com/newsgraph/kg/graph/graphtest"
)

// olderProvenance rewrites a graph the way a kg before STATES kept it:
// provenance in lists on the fact, ABOUT and INVOLVES relationships
// (articles, evidence "id<TAB>sentence", WORKS_AT's roles
// "id<TAB>role<TAB>0|1"), no STATES, no tags or event sentences on
// REPORTED_IN, no latest role on WORKS_AT, no statement grams or heads, no
// article title keys.
var olderProvenance = []string{`
MATCH (x)-[r:WORKS_AT|DEVELOPED|DERIVED_FROM]->(y)
CALL (x, r, y) {
  MATCH (a:Article)-[s:STATES {fact: type(r) + '\t' + x.key + '\t' + y.key}]->(x)
  WITH r, a, s ORDER BY a.id
  WITH r, collect(a.id) AS ids, collect(s) AS ss,
    collect(CASE WHEN s.sentence IS NOT NULL THEN a.id + '\t' + s.sentence END) AS evidence,
    collect(CASE WHEN s.role IS NOT NULL THEN a.id + '\t' + s.role + '\t' + CASE WHEN s.former THEN '1' ELSE '0' END END) AS roles
  SET r.articles = ids, r.evidence = evidence
  FOREACH (_ IN CASE WHEN type(r) = 'WORKS_AT' THEN [1] ELSE [] END | SET r.roles = roles)
  REMOVE r.latest_role, r.latest_former, r.latest_published, r.since, r.role_since
  FOREACH (s IN ss | DELETE s)
}`, `
MATCH (n)-[r:ABOUT|INVOLVES]->(t)
CALL (n, r, t) {
  MATCH (n)-[rep:REPORTED_IN]->(a:Article)
  WHERE labels(t)[0] + '\t' + t.key IN coalesce(rep.about, []) + coalesce(rep.involves, [])
  WITH r, a, rep ORDER BY a.id
  WITH r, collect(a.id) AS ids, collect(CASE WHEN rep.sentence IS NOT NULL THEN a.id + '\t' + rep.sentence END) AS evidence
  SET r.articles = ids, r.evidence = evidence
}`,
	"MATCH ()-[rep:REPORTED_IN]->() REMOVE rep.about, rep.involves",
	"MATCH (:Event)-[rep:REPORTED_IN]->() REMOVE rep.sentence",
	"MATCH (q:Quote) REMOVE q.grams, q.head",
	"MATCH (a:Article) REMOVE a.title_key",
}

// TestUpgradeOfAnOlderGraph: kg schema apply's Upgrade turns a graph an
// older kg wrote (provenance lists, no grams, report dates or co-mention
// counts) into the graph this kg writes from the same articles, and a
// second Upgrade changes nothing.
func TestUpgradeOfAnOlderGraph(t *testing.T) {
	st := graphtest.Open(t)
	graphtest.Exec(t, st, "MATCH (s:KgState {name: 'co-mentions'}) SET s.threshold = $n", map[string]any{"n": testThreshold})
	docs := append(graphtest.Newsroom(40, 3), article("a1", "https://x/1", 1), article("a2", "https://x/2", 2), article("a3", "", 4),
		article("a4", "https://x/4", 6), article("a5", "https://x/5", 7))
	// Roles over time, as in TestLatestRoleKeptOnTheFact: a later article
	// states another role of the same post.
	docs[len(docs)-1].Article.Published = "2025-01-01"
	docs[len(docs)-1].Result.Relations[0].Role = "chief executive"
	if _, err := st.Write(ctx(t), docs); err != nil {
		t.Fatal(err)
	}
	want := graphtest.Dump(t, st, ignoreStamp)

	for _, q := range olderProvenance {
		graphtest.Exec(t, st, q, nil)
	}
	graphtest.OlderGraph(t, st, testThreshold)
	older := graphtest.Dump(t, st, ignoreStamp)
	if graphtest.Diff(want, older) == "" {
		t.Fatal("the older graph is the same as the new one: the test proves nothing")
	}
	for i := range 2 {
		if err := st.Upgrade(ctx(t)); err != nil {
			t.Fatal(err)
		}
		if d := graphtest.Diff(want, graphtest.Dump(t, st, ignoreStamp)); d != "" {
			t.Fatalf("upgrade %d: the graph differs from one this kg writes:\n%s", i+1, d)
		}
	}
	if ok, err := st.Upgraded(ctx(t)); err != nil || !ok {
		t.Fatalf("Upgraded = %v, %v after Upgrade", ok, err)
	}
}
