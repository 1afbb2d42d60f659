package graphtest

import (
	"fmt"
	"math/rand/v2"

	"github.com/newsgraph/kg/extract"
	"github.com/newsgraph/kg/graph"
	"github.com/newsgraph/kg/source"
)

// Newsroom makes n small articles in which a few people speak about a few
// organizations and models, for tests that compare what kg keeps as it
// writes (report dates, co-mention counts) and what its queries read with
// the plain reading of the articles. Its shapes are the awkward ones: many
// articles on the same day, undated articles, the same statement reported
// by several articles on different days, an article naming an entity only
// as a speaker. Every title and offset differs, so that any two rows of a
// newest-first list are ordered. The same seed gives the same articles.
func Newsroom(n int, seed uint64) []graph.Doc {
	r := rand.New(rand.NewPCG(seed, 1))
	facts := rand.New(rand.NewPCG(seed, 2))
	days := []string{"", "2023-11-30", "2024-01-15", "2024-01-15", "2024-03-02", "2024-03-02", "2024-07-19", "2025-02-01"}
	people := []string{"Ada Quill", "Bo Marsh", "Cy Tran", "Dee Holt", "Eli Varga"}
	things := []extract.Entity{
		{Name: "Lumen Labs", Type: extract.Organization}, {Name: "Corvid AI", Type: extract.Organization},
		{Name: "Tessellate", Type: extract.Organization}, {Name: "Lumen-7", Type: extract.Model},
		{Name: "Corvid Mini", Type: extract.Model}, {Name: "Loom", Type: extract.Model},
	}
	// stock statements each speaker repeats across articles.
	stock := func(who int) string {
		return fmt.Sprintf("%s keeps saying the same thing, version %d", people[who], r.IntN(2))
	}
	var docs []graph.Doc
	follower := 0
	for i := range n {
		id := fmt.Sprintf("news%04d", i)
		var res extract.Result
		res.Lang = "en"
		named := map[string]bool{}
		name := func(e extract.Entity) {
			if !named[e.Name] {
				named[e.Name] = true
				e.Mentions = 1 + r.IntN(3)
				res.Entities = append(res.Entities, e)
			}
		}
		// Popular things come first: the first is in most articles.
		for j, th := range things {
			if r.IntN(len(things)+1) >= j {
				name(th)
			}
		}
		if len(res.Entities) == 0 {
			name(things[0])
		}
		// A name that follows a frequent one in its first articles: a
		// co-mention of the frequent one that outranks most of its
		// frequent partners while itself staying rare.
		if named["Corvid Mini"] && follower < 15 {
			follower++
			name(extract.Entity{Name: "Pip Lane Capital", Type: extract.Organization})
		}
		// And a long tail of names in one or two articles.
		for range r.IntN(3) {
			name(extract.Entity{Name: fmt.Sprintf("Startup %02d", r.IntN(40)), Type: extract.Organization})
		}
		speakers := 1 + r.IntN(3)
		for k := range speakers {
			who := r.IntN(len(people))
			if k > 0 || r.IntN(4) > 0 {
				name(extract.Entity{Name: people[who], Type: extract.Person})
			}
			text := fmt.Sprintf("statement %d of article %d", k, i)
			if r.IntN(3) == 0 {
				text = stock(who)
			}
			about := []string{res.Entities[r.IntN(len(res.Entities))].Name}
			if r.IntN(3) == 0 {
				about = append(about, res.Entities[r.IntN(len(res.Entities))].Name)
			}
			res.Quotes = append(res.Quotes, extract.Quote{Speaker: people[who], Text: text, Kind: extract.Direct,
				Cue: "said", About: about, Offset: 100*k + i%7, Sentence: people[who] + " said " + text})
		}
		// Employments: a person named beside an organization works there
		// in some articles (from a stream of their own, so the rest of the
		// world is as it was before they were added).
		for _, p := range res.Entities {
			if p.Type != extract.Person || facts.IntN(2) == 0 {
				continue
			}
			for _, o := range res.Entities {
				if o.Type == extract.Organization {
					roles := []string{"", "chief scientist", "engineer"}
					res.Relations = append(res.Relations, extract.Relation{Type: extract.WorksAt, From: p.Name, To: o.Name,
						Role: roles[facts.IntN(len(roles))], Sentence: p.Name + " works at " + o.Name})
					break
				}
			}
		}
		// Events: a launch of a named model, reported by many articles
		// (one event whatever the article), sometimes with a sentence.
		for _, m := range res.Entities {
			if m.Type != extract.Model || facts.IntN(2) == 0 {
				continue
			}
			ev := extract.Event{Name: m.Name + " launch", Date: "2024-05-0" + string(rune('1'+len(m.Name)%3)), Kind: "launch", Involves: []string{m.Name}}
			if facts.IntN(2) == 0 {
				ev.Sentence = fmt.Sprintf("%s launched, article %d says", m.Name, i)
			}
			res.Events = append(res.Events, ev)
		}
		docs = append(docs, graph.Doc{
			Article: source.Article{ID: id, URL: "https://news.example.org/" + id, Title: fmt.Sprintf("Report %c%04d", 'a'+rune(i*7%26), i),
				Published: days[r.IntN(len(days))], Lang: "en", Text: "text of " + id},
			Result: res,
		})
	}
	return docs
}
