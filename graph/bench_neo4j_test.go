package graph_test

import (
	"fmt"
	"testing"

	"github.com/newsgraph/kg/extract"
	"github.com/newsgraph/kg/graph"
	"github.com/newsgraph/kg/graph/graphtest"
	"github.com/newsgraph/kg/source"
)

// richArticle is a Doc shaped like a news article: a dozen entities drawn
// from a shared pool of 500 names, a few facts, quotes and events.
func richArticle(i int) graph.Doc {
	name := func(kind string, k int) string { return fmt.Sprintf("%s %d", kind, (i*7+k*13)%500) }
	var r extract.Result
	for k := range 4 {
		r.Entities = append(r.Entities,
			extract.Entity{Name: name("Person", k), Type: extract.Person, Mentions: 2},
			extract.Entity{Name: name("Org", k), Type: extract.Organization, Mentions: 1},
			extract.Entity{Name: name("Model", k), Type: extract.Model, Mentions: 3})
		r.Relations = append(r.Relations, extract.Relation{Type: extract.WorksAt, From: name("Person", k), To: name("Org", k), Role: "CEO"})
		r.Quotes = append(r.Quotes, extract.Quote{Speaker: name("Person", k), Text: fmt.Sprintf("quote %d of article %d", k, i), Kind: extract.Direct, Offset: 100 * k, About: []string{name("Model", k)}})
	}
	r.Relations = append(r.Relations,
		extract.Relation{Type: extract.Developed, From: name("Org", 0), To: name("Model", 0)},
		extract.Relation{Type: extract.DerivedFrom, From: name("Model", 1), To: name("Model", 2)})
	r.Events = []extract.Event{{Name: name("Model", 0) + " launch", Date: "2024-05", Kind: "launch", Involves: []string{name("Org", 0), name("Model", 0)}}}
	id := fmt.Sprintf("bench-%08d", i)
	return graph.Doc{Article: source.Article{ID: id, URL: "https://bench/" + id, Title: id, Published: "2024-05-01", Text: "x"}, Result: r}
}

// BenchmarkWrite writes b.N new articles in batches of 200 and reports
// articles and relationships per second.
func BenchmarkWrite(b *testing.B) {
	st := graphtest.Open(b)
	const batch = 200
	docs := make([]graph.Doc, 0, batch)
	var sum graph.Summary
	b.ResetTimer()
	for i := range b.N {
		docs = append(docs, richArticle(i))
		if len(docs) == batch || i == b.N-1 {
			s, err := st.Write(b.Context(), docs)
			if err != nil {
				b.Fatal(err)
			}
			sum.Add(s)
			docs = docs[:0]
		}
	}
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(b.N)/sec, "articles/s")
	b.ReportMetric(float64(sum.RelationshipsCreated)/sec, "rels/s")
}
