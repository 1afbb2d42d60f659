package export_test

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/kg/export"
	"github.com/newsgraph/kg/extract"
	"github.com/newsgraph/kg/graph"
	"github.com/newsgraph/kg/graph/graphtest"
	"github.com/newsgraph/kg/source"
)

// loadKnown writes the saved queries' known graph (hand-built extraction
// results, independent of extraction quality) into an emptied database.
func loadKnown(t *testing.T) *graph.Store {
	t.Helper()
	st := graphtest.Open(t)
	graphtest.Load(t, st, "../queries/testdata/known.json")
	return st
}

func asJSON(t *testing.T, g *graph.Subgraph) string {
	t.Helper()
	var b bytes.Buffer
	if err := export.JSON(&b, g); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestCypherRoundTrip exports the whole graph as a Cypher script, empties
// the database, plays the script and exports again: the same nodes,
// relationships and properties, temporal types included.
func TestCypherRoundTrip(t *testing.T) {
	st := loadKnown(t)
	ctx := context.Background()
	// Names and text that break naive escaping must survive too.
	bad := "O'Brien \"`x` \\ DETACH DELETE n;\n\t\x01 🚀 杨立昆"
	hostile := graph.Doc{
		Article: source.Article{ID: "a9000000000000000000000000000009", Title: bad, URL: "https://example.com/x?a='1'&b=\"2\"", Published: "2024-02-02", Lang: "en"},
		Result: extract.Result{
			Lang:      "en",
			Entities:  []extract.Entity{{Name: bad, Type: extract.Person, Aliases: []string{"`Bad`"}, Mentions: 1}, {Name: "Acme\\Corp", Type: extract.Organization, Mentions: 1}},
			Relations: []extract.Relation{{Type: extract.WorksAt, From: bad, To: "Acme\\Corp", Role: "CEO's \"deputy\""}},
			Quotes:    []extract.Quote{{Speaker: bad, Text: bad, Kind: extract.Direct, About: []string{"Acme\\Corp"}, Offset: 7, Sentence: bad}},
		},
	}
	if _, err := st.Write(ctx, []graph.Doc{hostile}); err != nil {
		t.Fatal(err)
	}
	before, err := st.All(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(before.Nodes) < 20 || len(before.Rels) < 30 {
		t.Fatalf("known graph too small: %d nodes, %d rels", len(before.Nodes), len(before.Rels))
	}
	var script bytes.Buffer
	if err := export.Cypher(&script, before); err != nil {
		t.Fatal(err)
	}
	graphtest.Exec(t, st, "MATCH (n) DETACH DELETE n", nil)
	if n := graphtest.Exec(t, st, "MATCH (n) RETURN count(n)", nil)[0].Values[0].(int64); n != 0 {
		t.Fatalf("database not empty: %d nodes", n)
	}
	sc := bufio.NewScanner(&script)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		if line := sc.Text(); !strings.HasPrefix(line, "//") {
			graphtest.Exec(t, st, line, nil)
		}
	}
	after, err := st.All(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(asJSON(t, after), `"name": "O'Brien \"`+"`x`"+` \\ DETACH DELETE n;\n\t\u0001 🚀 杨立昆"`) {
		t.Error("hostile name did not come back unchanged")
	}
	if a, b := asJSON(t, before), asJSON(t, after); a != b {
		t.Errorf("graph changed in the round trip:\nbefore %s\nafter  %s", a, b)
	}
}

func ids(g *graph.Subgraph) []string {
	var out []string
	for _, n := range g.Nodes {
		out = append(out, n.ID)
	}
	return out
}

func TestAround(t *testing.T) {
	st := loadKnown(t)
	ctx := context.Background()
	g, err := st.Around(ctx, extract.Key("杨立昆"), 1, 200)
	if err != nil {
		t.Fatal(err)
	}
	// Every neighbour of LeCun, by the database's own count, but for the
	// co-mention counts (derived from the articles, left out of exports).
	nb := graphtest.Exec(t, st, "MATCH (p:Person {key: 'yannlecun'})-[r]-(m) WHERE type(r) <> 'CO_MENTIONED' RETURN count(DISTINCT m)", nil)[0].Values[0].(int64)
	if len(g.Nodes) != int(nb)+1 || g.Truncated {
		t.Errorf("depth 1: %d nodes (truncated %v), want %d: %v", len(g.Nodes), g.Truncated, nb+1, ids(g))
	}
	for _, want := range []string{"Person:yannlecun", "Organization:meta"} {
		if !slices.Contains(ids(g), want) {
			t.Errorf("depth 1 lacks %s", want)
		}
	}
	// Induced: every relationship between the nodes, none leaving them.
	in := map[string]bool{}
	for _, id := range ids(g) {
		in[id] = true
	}
	for _, r := range g.Rels {
		if !in[r.Start] || !in[r.End] {
			t.Errorf("relationship %s leaves the subgraph", r.ID)
		}
	}
	small, err := st.Around(ctx, extract.Key("LeCun"), 2, 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(small.Nodes) != 3 || !small.Truncated || !slices.Contains(ids(small), "Organization:meta") {
		t.Errorf("limit 3: %v truncated=%v; want 3 nodes, entities first", ids(small), small.Truncated)
	}
	deeper, err := st.Around(ctx, extract.Key("LeCun"), 2, 1000)
	if err != nil {
		t.Fatal(err)
	}
	if len(deeper.Nodes) <= len(g.Nodes) {
		t.Errorf("depth 2 (%d nodes) not larger than depth 1 (%d)", len(deeper.Nodes), len(g.Nodes))
	}
	if _, err := st.Around(ctx, extract.Key("Nobody Atall"), 1, 10); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("unknown entity: err = %v", err)
	}
}

func TestSubgraphOfSavedQuery(t *testing.T) {
	st := loadKnown(t)
	_, g := querySubgraph(t, st, "who-said", map[string]string{"about": "Llama 2"})
	labels := map[string]int{}
	for _, n := range g.Nodes {
		labels[n.Label()]++
	}
	types := map[string]int{}
	for _, r := range g.Rels {
		types[r.Type]++
	}
	// Two quotes about Llama 2, by two speakers, in two articles.
	wantL := map[string]int{"Person": 2, "Quote": 2, "Model": 1, "Article": 2}
	if !mapsEqual(labels, wantL) {
		t.Errorf("labels %v, want %v", labels, wantL)
	}
	if types["SAID"] != 2 || types["ABOUT"] != 2 || types["REPORTED_IN"] != 2 || types["MENTIONS"] == 0 {
		t.Errorf("relationship types %v", types)
	}
}

func mapsEqual(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// TestHTMLKnownGraphInChromium draws the whole known graph in headless
// Chromium; with -update its screenshot becomes docs/html-export.png.
func TestHTMLKnownGraphInChromium(t *testing.T) {
	st := loadKnown(t)
	g, err := st.All(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var page bytes.Buffer
	if err := export.HTML(&page, g); err != nil {
		t.Fatal(err)
	}
	png := filepath.Join(t.TempDir(), "known.png")
	if export.UpdateGolden() {
		if err := os.MkdirAll("../docs", 0o755); err != nil {
			t.Fatal(err)
		}
		png = "../docs/html-export.png"
	}
	export.CheckInBrowser(t, page.Bytes(), len(g.Nodes), len(g.Rels), png, "Person:yannlecun",
		"<h2>Yann LeCun</h2>", "开源模型会让人工智能更安全", "Mistral AI ships Mixtral and raises a new round", "WORKS_AT Meta")
}

// TestQuoteContextStaysNearTheLimit: an event that many articles report
// (events are shared across articles) brings its first three articles to an
// --around drawing, not all of them.
func TestQuoteContextStaysNearTheLimit(t *testing.T) {
	st := graphtest.Open(t)
	graphtest.Exec(t, st, "MATCH (n) DETACH DELETE n", nil)
	graphtest.Exec(t, st, `CREATE (o:Organization {key: 'acme', name: 'Acme', keys: ['acme'], aliases: ['Acme']})
CREATE (ev:Event {id: 'ev1', name: 'Acme founded', date: '2015', kind: 'founding'})-[:INVOLVES {articles: [], count: 0}]->(o)
WITH ev
UNWIND range(1, 40) AS i
CREATE (ev)-[:REPORTED_IN]->(:Article {id: 'a' + toString(i), title: 'report ' + toString(i), published: '2024-01-' + right('0' + toString(i % 28 + 1), 2)})`, nil)
	if err := st.ApplySchema(context.Background()); err != nil {
		t.Fatal(err)
	}
	g, err := st.Around(context.Background(), "acme", 1, 200)
	if err != nil {
		t.Fatal(err)
	}
	g, err = export.WithQuoteContext(context.Background(), st, g)
	if err != nil {
		t.Fatal(err)
	}
	articles := 0
	for _, n := range g.Nodes {
		if n.Label() == "Article" {
			articles++
		}
	}
	if articles != 3 {
		t.Errorf("%d articles of the event drawn, want its first 3", articles)
	}
}
