package graph_test

import (
	"slices"
	"testing"

	"github.com/newsgraph/kg/extract"
	"github.com/newsgraph/kg/graph"
	"github.com/newsgraph/kg/graph/graphtest"
	"github.com/newsgraph/kg/source"
)

// said is an article in which speaker says text, and nothing else.
func said(id, speaker, text string) graph.Doc {
	return graph.Doc{
		Article: source.Article{ID: id, URL: "https://kg.test/said/" + id, Title: id, Published: "2024-05-01", Lang: "en", Text: text},
		Result: extract.Result{Lang: "en",
			Entities: []extract.Entity{{Name: speaker, Type: extract.Person, Mentions: 1}},
			Quotes:   []extract.Quote{{Speaker: speaker, Text: text, Kind: extract.Direct, Cue: "said"}},
		},
	}
}

// TestExcerptsJoinAcrossBatches: a statement reported in a later write, as
// an excerpt of one the graph holds or as a longer wording of one, is the
// same Quote, which keeps the longest wording; another speaker's words or
// words the statement does not hold are another Quote.
func TestExcerptsJoinAcrossBatches(t *testing.T) {
	st := graphtest.Open(t)
	const (
		long    = "Open models will catch up with the closed ones within a year."
		excerpt = "will catch up with the closed ones"
		short   = "Nobody can regulate what they do not understand."
		longer  = "The trouble is simple: nobody can regulate what they do not understand, and few try."
		zhShort = "监管者应该在为时已晚之前"
		zhLong  = "我认为监管者应该在为时已晚之前采取行动。"
		unheld  = "Closed ones within a year is what they promise, every year."
	)
	for _, d := range []graph.Doc{
		said("a1", "Ada Quill", long),
		said("a2", "Ada Quill", excerpt), // an excerpt after its statement
		said("a3", "Bo Reyes", excerpt),  // another speaker's
		said("a4", "Ada Quill", short),
		said("a5", "Ada Quill", longer), // a longer wording after the excerpt
		said("a6", "Ada Quill", zhShort),
		said("a7", "Ada Quill", zhLong),
		said("a8", "Ada Quill", unheld),
	} {
		if _, err := st.Write(ctx(t), []graph.Doc{d}); err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	for _, r := range graphtest.Exec(t, st, `
MATCH (p:Person)-[:SAID]->(q:Quote)-[rep:REPORTED_IN]->(a:Article)
WITH p, q, a ORDER BY a.id
WITH p.name AS speaker, q.text AS text, collect(a.id) AS ids
RETURN speaker + ': ' + text + ' ' + reduce(s = '', id IN ids | s + ' ' + id) AS l ORDER BY l`, nil) {
		l, _ := r.Get("l")
		got = append(got, l.(string))
	}
	want := []string{
		"Ada Quill: " + unheld + "  a8",
		"Ada Quill: " + long + "  a1 a2",
		"Ada Quill: " + longer + "  a4 a5",
		"Ada Quill: " + zhLong + "  a6 a7",
		"Bo Reyes: " + excerpt + "  a3",
	}
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("statements:\n%q\nwant\n%q", got, want)
	}
	checkKept(t, st, "after the excerpts")
	// The look-up keys stay out of exports.
	g, err := st.All(ctx(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range g.Nodes {
		for _, k := range []string{"grams", "head"} {
			if _, ok := n.Props[k]; ok && slices.Contains(n.Labels, "Quote") {
				t.Errorf("export of %s carries its %s", n.ID, k)
			}
		}
	}
}
