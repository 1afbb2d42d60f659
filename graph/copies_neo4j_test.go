package graph_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/kg/copies"
	"github.com/newsgraph/kg/extract"
	"github.com/newsgraph/kg/graph"
	"github.com/newsgraph/kg/graph/graphtest"
	"github.com/newsgraph/kg/source"
)

// copyText is an article of our own, long enough to sketch.
var copyText = strings.Join([]string{
	"Acme Robotics opened a research lab in Lisbon on Tuesday, its chief executive said.",
	"The lab will employ forty engineers who work on small language models for factories.",
	"\"We want models that run on the machine itself,\" the chief executive told reporters.",
	"Rivals in Berlin and Oslo have opened similar labs over the past two years.",
	"The company did not say how much the lab cost, nor when its first model would ship.",
	"Analysts said the move puts pressure on larger firms to follow.",
}, "\n")

func sketched(id, published, text string) graph.Doc {
	return graph.Doc{Article: source.Article{ID: id, URL: "https://kg.test/copies/" + id, Title: id, Published: published, Lang: "en", Text: text},
		Sketch: copies.Of(text)}
}

func copyLinks(t *testing.T, st *graph.Store) []string {
	var out []string
	for _, r := range graphtest.Exec(t, st, "MATCH (c:Article)-[:COPY_OF]->(o:Article) RETURN c.id + ' -> ' + o.id AS l ORDER BY l", nil) {
		l, _ := r.Get("l")
		out = append(out, l.(string))
	}
	return out
}

func TestCopiesLinkedOnWrite(t *testing.T) {
	st := graphtest.Open(t)
	paras := strings.Split(copyText, "\n")
	write := func(docs ...graph.Doc) {
		t.Helper()
		if _, err := st.Write(ctx(t), docs); err != nil {
			t.Fatal(err)
		}
	}
	// The original, then an excerpt published later in another batch, and
	// an article on the same event that copies nothing.
	write(sketched("orig", "2024-03-05", copyText))
	write(sketched("excerpt", "2024-03-06", strings.Join(paras[:4], "\n")),
		sketched("other", "2024-03-06", "Acme Robotics, the factory automation firm, said on Tuesday it had opened a lab in Lisbon. "+
			"The site focuses on language models small enough for factory machines, according to a statement."))
	if got, want := copyLinks(t, st), []string{"excerpt -> orig"}; !slices.Equal(got, want) {
		t.Errorf("after the excerpt: %q, want %q", got, want)
	}
	// A repost dated before the original: the original and its excerpt
	// are its copies now.
	write(sketched("earlier", "2024-03-01", "Reposted from Example Wire.\n"+copyText))
	if got, want := copyLinks(t, st), []string{"excerpt -> earlier", "excerpt -> orig", "orig -> earlier"}; !slices.Equal(got, want) {
		t.Errorf("after an earlier repost: %q, want %q", got, want)
	}
	// Two copies in one batch find each other without the index.
	write(sketched("b1", "2024-04-01", "Another text entirely, about a bakery in Porto that sells bread at dawn to early workers and students."),
		sketched("b2", "2024-04-02", "Another text entirely, about a bakery in Porto that sells bread at dawn to early workers and students. Updated."))
	if got := copyLinks(t, st); !slices.Contains(got, "b2 -> b1") {
		t.Errorf("copies within one batch: %q lacks b2 -> b1", got)
	}
	// Writing the same articles again changes nothing.
	before := graphtest.Dump(t, st, ignoreStamp)
	write(sketched("orig", "2024-03-05", copyText), sketched("b2", "2024-04-02", "x"))
	if d := graphtest.Diff(before, graphtest.Dump(t, st, ignoreStamp)); d != "" {
		t.Errorf("rewrite changed the graph:\n%s", d)
	}
	// The sketch stays out of exports.
	g, err := st.All(ctx(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range g.Nodes {
		if _, ok := n.Props["minhash"]; ok {
			t.Fatalf("export of %s carries its minhash", n.ID)
		}
	}
}

func TestEventsAcrossArticles(t *testing.T) {
	st := graphtest.Open(t)
	doc := func(id string, events ...extract.Event) graph.Doc {
		return graph.Doc{Article: source.Article{ID: id, URL: "https://kg.test/events/" + id, Title: id, Published: "2022-12-01", Lang: "zh", Text: id},
			Result: extract.Result{Lang: "zh", Entities: []extract.Entity{
				{Name: "OpenAI", Type: extract.Organization, Mentions: 1}, {Name: "ChatGPT", Type: extract.Model, Mentions: 1},
				{Name: "GPT-4", Type: extract.Model, Mentions: 1}}, Events: events}}
	}
	write := func(d graph.Doc) {
		t.Helper()
		if _, err := st.Write(ctx(t), []graph.Doc{d}); err != nil {
			t.Fatal(err)
		}
	}
	write(doc("one", extract.Event{Name: "OpenAI发布ChatGPT", Date: "2022-11-30", Kind: "release", Involves: []string{"OpenAI", "ChatGPT"},
		Sentence: "OpenAI于11月30日发布ChatGPT。"}))
	write(doc("two", extract.Event{Name: "ChatGPT亮相", Date: "2022-11", Kind: "release", Involves: []string{"ChatGPT"}, Sentence: "ChatGPT于11月亮相。"},
		extract.Event{Name: "OpenAI发布GPT-4", Date: "2023-03", Kind: "release", Involves: []string{"OpenAI", "GPT-4"}}))
	rows := graphtest.Exec(t, st, `MATCH (ev:Event) RETURN ev.date AS date, COUNT { (ev)-[:REPORTED_IN]->() } AS reports,
  COUNT { (ev)-[:INVOLVES]->() } AS parts ORDER BY date`, nil)
	var got []string
	for _, r := range rows {
		m := r.AsMap()
		got = append(got, fmt.Sprint(m["date"], " ", m["reports"], " ", m["parts"]))
	}
	if want := []string{"2022-11-30 2 2", "2023-03 1 2"}; !slices.Equal(got, want) {
		t.Errorf("events %q, want %q: one ChatGPT release reported twice, the GPT-4 release apart", got, want)
	}
	// Each report keeps its sentence on REPORTED_IN; INVOLVES counts them.
	ev := graphtest.Exec(t, st, `MATCH (ev:Event)-[i:INVOLVES]->(:Model {key: 'chatgpt'})
RETURN i.count AS c, [(ev)-[rep:REPORTED_IN]->() WHERE rep.sentence IS NOT NULL | rep.sentence] AS e`, nil)
	if len(ev) != 1 || ev[0].Values[0] != int64(2) || len(ev[0].Values[1].([]any)) != 2 {
		t.Errorf("INVOLVES count and sentences %v, want one sentence from each article", ev)
	}
	// Taking one report out keeps the event for the other.
	if _, err := st.Remove(ctx(t), "https://kg.test/events/two"); err != nil {
		t.Fatal(err)
	}
	rows = graphtest.Exec(t, st, `MATCH (ev:Event) RETURN ev.date + ' ' + toString(COUNT { (ev)-[:REPORTED_IN]->() }) AS s ORDER BY s`, nil)
	if len(rows) != 1 {
		t.Errorf("after removing one report: %d events, want 1", len(rows))
	}
}

func TestEventEvidenceLeavesWithItsArticle(t *testing.T) {
	st := graphtest.Open(t)
	d := func(id, sentence string) graph.Doc {
		return graph.Doc{Article: source.Article{ID: id, URL: "https://kg.test/ev/" + id, Title: id, Published: "2023-01-01", Lang: "en", Text: id},
			Result: extract.Result{Lang: "en", Entities: []extract.Entity{{Name: "Acme", Type: extract.Organization, Mentions: 1}},
				Events: []extract.Event{{Name: "Acme founded", Date: "2015", Kind: "founding", Involves: []string{"Acme"}, Sentence: sentence}}}}
	}
	if _, err := st.Write(ctx(t), []graph.Doc{d("a", "Acme was founded in 2015."), d("b", "Founded in 2015, Acme makes robots.")}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Remove(ctx(t), "https://kg.test/ev/a"); err != nil {
		t.Fatal(err)
	}
	rows := graphtest.Exec(t, st, `MATCH (ev:Event)-[i:INVOLVES]->()
RETURN [(ev)-[rep:REPORTED_IN]->(a) | a.id + ' ' + toString(i.count) + ' ' + rep.sentence] AS e`, nil)
	if len(rows) != 1 || fmt.Sprint(rows[0].Values[0]) != "[b 1 Founded in 2015, Acme makes robots.]" {
		t.Errorf("evidence after removing a: %v", rows)
	}
}
