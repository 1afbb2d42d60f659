package export

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
	"github.com/newsgraph/kg/graph"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// hostile is text that breaks naive escaping in every format here.
const hostile = "He said \"it's `MATCH (n) DETACH DELETE n`\" \\ then\nleft; <script>alert(1)</script> & 🚀\x01"

// fixture is a small kg graph built by hand: every label, every
// relationship type, list, int, bool and temporal properties, Chinese
// text and hostile strings.
func fixture() *graph.Subgraph {
	art := "a1b2c3"
	g := &graph.Subgraph{
		Nodes: []graph.Node{
			{ID: "Person:yannlecun", Labels: []string{"Person"}, Props: map[string]any{
				"key": "yannlecun", "name": "Yann LeCun", "aliases": []any{"Yann LeCun", "杨立昆", "LeCun"}, "keys": []any{"yannlecun", "杨立昆", "lecun"}}},
			{ID: "Organization:meta", Labels: []string{"Organization"}, Props: map[string]any{
				"key": "meta", "name": "Meta", "aliases": []any{"Meta", "Meta公司"}, "keys": []any{"meta", "meta公司"}}},
			{ID: "Model:llama2", Labels: []string{"Model"}, Props: map[string]any{
				"key": "llama2", "name": "Llama 2", "aliases": []any{"Llama 2", "LLaMA-2"}, "keys": []any{"llama2"}}},
			{ID: "Model:llama", Labels: []string{"Model"}, Props: map[string]any{
				"key": "llama", "name": "Llama", "aliases": []any{"Llama"}, "keys": []any{"llama"}}},
			{ID: "Article:" + art, Labels: []string{"Article"}, Props: map[string]any{
				"id": art, "title": "Meta开源Llama 2：杨立昆称开放是必然", "url": "https://example.com/news/1?a=1&b=2",
				"source": "example", "published": "2023-07-19", "lang": "zh", "chars": int64(1234),
				"ingested_at": time.Date(2026, 11, 26, 9, 30, 0, 0, time.UTC)}},
			{ID: "Quote:q1", Labels: []string{"Quote"}, Props: map[string]any{
				"id": "q1", "text": "开放才是必然的道路", "kind": "direct", "sentence": "杨立昆表示：“开放才是必然的道路。”", "offset": int64(42)}},
			{ID: "Quote:q2", Labels: []string{"Quote"}, Props: map[string]any{
				"id": "q2", "text": hostile, "kind": "reported", "sentence": hostile, "offset": int64(99), "score": 0.5}},
			{ID: "Event:e1", Labels: []string{"Event"}, Props: map[string]any{
				"id": "e1", "name": "Llama 2发布", "date": "2023-07-18", "kind": "release", "day": dbtype.Date(time.Date(2023, 7, 18, 0, 0, 0, 0, time.UTC))}},
		},
		Rels: []graph.Rel{
			rel("Article:"+art, "MENTIONS", "Person:yannlecun", map[string]any{"count": int64(3)}),
			rel("Article:"+art, "MENTIONS", "Organization:meta", map[string]any{"count": int64(5)}),
			rel("Article:"+art, "MENTIONS", "Model:llama2", map[string]any{"count": int64(4)}),
			rel("Person:yannlecun", "WORKS_AT", "Organization:meta", map[string]any{"role": "首席AI科学家", "former": false, "articles": []any{art}, "count": int64(1)}),
			rel("Organization:meta", "DEVELOPED", "Model:llama2", map[string]any{"articles": []any{art}, "count": int64(1)}),
			rel("Model:llama2", "DERIVED_FROM", "Model:llama", map[string]any{"articles": []any{art}, "count": int64(1)}),
			rel("Person:yannlecun", "SAID", "Quote:q1", nil),
			rel("Person:yannlecun", "SAID", "Quote:q2", nil),
			rel("Quote:q1", "ABOUT", "Model:llama2", map[string]any{"articles": []any{art}, "count": int64(1)}),
			rel("Quote:q1", "REPORTED_IN", "Article:"+art, nil),
			rel("Quote:q2", "REPORTED_IN", "Article:"+art, nil),
			rel("Event:e1", "INVOLVES", "Model:llama2", map[string]any{"articles": []any{art}, "count": int64(1)}),
			rel("Event:e1", "REPORTED_IN", "Article:"+art, nil),
		},
	}
	g.Sort()
	return g
}

func rel(a, typ, b string, props map[string]any) graph.Rel {
	if props == nil {
		props = map[string]any{}
	}
	return graph.Rel{ID: graph.RelID(a, typ, b), Type: typ, Start: a, End: b, Props: props}
}

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(got) != string(want) {
		t.Errorf("%s differs from the golden file (go test ./export -update rewrites it):\n%s", name, firstDiff(string(got), string(want)))
	}
}

func firstDiff(a, b string) string {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			lo := max(0, i-80)
			return "got:  …" + a[lo:min(len(a), i+80)] + "\nwant: …" + b[lo:min(len(b), i+80)]
		}
	}
	return "one is a prefix of the other"
}
