package graph_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/newsgraph/kg/extract"
	"github.com/newsgraph/kg/graph"
	"github.com/newsgraph/kg/graph/graphtest"
	"github.com/newsgraph/kg/source"
)

var ignoreStamp = graphtest.DumpOptions{Ignore: []string{"ingested_at"}}

// article builds a Doc whose Result uses every node and relationship type.
// Articles with the same n share entities, so provenance lists grow.
func article(id, url string, n int) graph.Doc {
	org := fmt.Sprintf("Lab %d", n%3)
	model := fmt.Sprintf("Model %d", n%4)
	base := fmt.Sprintf("Base %d", n%2)
	person := fmt.Sprintf("Person %d", n%5)
	return graph.Doc{
		Article: source.Article{ID: id, URL: url, Path: id + ".txt", Title: "Title " + id, Published: "2024-05-01", Lang: "en", Text: "text of " + id},
		Result: extract.Result{
			Lang: "en",
			Entities: []extract.Entity{
				{Name: person, Type: extract.Person, Aliases: []string{strings.ToUpper(person)}, Mentions: 2},
				{Name: org, Type: extract.Organization, Mentions: 1},
				{Name: model, Type: extract.Model, Mentions: 3},
				{Name: base, Type: extract.Model, Mentions: 1},
			},
			Relations: []extract.Relation{
				{Type: extract.WorksAt, From: person, To: org, Role: "chief scientist"},
				{Type: extract.Developed, From: org, To: model},
				{Type: extract.DerivedFrom, From: model, To: base},
			},
			Quotes: []extract.Quote{
				{Speaker: person, Text: "quote in " + id, Kind: extract.Direct, Cue: "said", About: []string{model, org, person}, Offset: 10},
			},
			Events: []extract.Event{
				{Name: model + " release", Date: "2024-05", Kind: "release", Involves: []string{org, model, person}},
			},
		},
	}
}

// stating is Cypher for the ids of the articles stating the fact r, in
// order, read from their STATES relationships.
const stating = `COLLECT { MATCH (a:Article)-[:STATES {fact: type(r) + '\t' + startNode(r).key + '\t' + endNode(r).key}]->() RETURN a.id ORDER BY a.id }`

func ctx(t *testing.T) context.Context { return t.Context() }

func TestSchemaApplied(t *testing.T) {
	st := graphtest.Open(t)
	if err := st.ApplySchema(ctx(t)); err != nil { // a second time: idempotent
		t.Fatal(err)
	}
	var got []string
	for _, r := range graphtest.Exec(t, st, "SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type RETURN labelsOrTypes[0] + '.' + properties[0] + ' ' + type AS c", nil) {
		c, _ := r.Get("c")
		got = append(got, c.(string))
	}
	for _, want := range []string{"Article.id", "Person.key", "Organization.key", "Model.key", "Event.id", "Quote.id"} {
		if !slices.Contains(got, want+" UNIQUENESS") {
			t.Errorf("no uniqueness constraint on %s; have %v", want, got)
		}
	}
	recs := graphtest.Exec(t, st, "SHOW INDEXES YIELD name, state WHERE name IN ['entity_names', 'article_origin', 'event_date', 'article_published'] AND state = 'ONLINE' RETURN collect(name + ':' + state) AS s", nil)
	s, _ := recs[0].Get("s")
	if len(s.([]any)) != 4 {
		t.Errorf("indexes = %v, want entity_names, article_origin, event_date, article_published", s)
	}
}

func TestWriteEveryTypeAndTwiceChangesNothing(t *testing.T) {
	st := graphtest.Open(t)
	// Co-mentions counted from the first article on (graph/comentions.go).
	graphtest.Exec(t, st, "MATCH (s:KgState {name: 'co-mentions'}) SET s.threshold = 1", nil)
	docs := []graph.Doc{article("a1", "https://x/1", 1), article("a2", "https://x/2", 2), article("a3", "", 4)}
	sum, err := st.Write(ctx(t), docs)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Articles != 3 || sum.New != 3 || sum.Unchanged != 0 || sum.NodesCreated == 0 || sum.RelationshipsCreated == 0 {
		t.Errorf("first write summary = %+v", sum)
	}
	stats, err := st.Stats(ctx(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range graph.Labels {
		if stats.Nodes[l] == 0 {
			t.Errorf("no %s nodes: %v", l, stats.Nodes)
		}
	}
	for _, r := range graph.RelationshipTypes {
		if stats.Relationships[r] == 0 {
			t.Errorf("no %s relationships: %v", r, stats.Relationships)
		}
	}
	// Facts carry the count of the articles that state them; each has a
	// STATES relationship to the fact's start.
	recs := graphtest.Exec(t, st, "MATCH (:Organization {key: 'lab1'})-[r:DEVELOPED]->(:Model {key: 'model1'}) RETURN "+stating+" AS a, r.count AS c", nil)
	if len(recs) != 1 {
		t.Fatalf("DEVELOPED lab1->model1: %d relationships", len(recs))
	}
	if a, _ := recs[0].Get("a"); fmt.Sprint(a) != "[a1]" {
		t.Errorf("provenance = %v", a)
	}
	if c, _ := recs[0].Get("c"); c != int64(1) {
		t.Errorf("count = %v, want 1", c)
	}
	recs = graphtest.Exec(t, st, "MATCH (:Model {key: 'base0'})<-[r:DERIVED_FROM]-() RETURN count(r) AS n, sum(r.count) AS c", nil)
	if n, _ := recs[0].Get("n"); n != int64(2) {
		t.Errorf("DERIVED_FROM into base0 = %v, want 2 (model2, model0)", n)
	}
	recs = graphtest.Exec(t, st, "MATCH (p:Person {key: 'person1'})-[w:WORKS_AT]->(o) RETURN w.role AS role, w.former AS former, p.aliases AS al, p.keys AS k", nil)
	if len(recs) != 1 {
		t.Fatal("no WORKS_AT from person1")
	}
	if role, _ := recs[0].Get("role"); role != "chief scientist" {
		t.Errorf("role = %v", role)
	}
	if al, _ := recs[0].Get("al"); fmt.Sprint(al) != "[Person 1 PERSON 1]" {
		t.Errorf("aliases = %v", al)
	}
	recs = graphtest.Exec(t, st, "MATCH (a:Article {id: 'a1'}) RETURN a.title AS t, a.url AS u, a.published AS p", nil)
	if t1, _ := recs[0].Get("t"); t1 != "Title a1" {
		t.Errorf("title = %v", t1)
	}

	before := graphtest.Dump(t, st, graphtest.DumpOptions{})
	sum, err = st.Write(ctx(t), docs)
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 0 || sum.Unchanged != 3 || sum.NodesCreated != 0 || sum.RelationshipsCreated != 0 || sum.Replaced != 0 {
		t.Errorf("second write summary = %+v, want all unchanged", sum)
	}
	if d := graphtest.Diff(before, graphtest.Dump(t, st, graphtest.DumpOptions{})); d != "" {
		t.Errorf("second write changed the graph (properties included):\n%s", d)
	}
}

func TestEditedArticleReplacesEvidence(t *testing.T) {
	st := graphtest.Open(t)
	keep := article("k1", "https://x/keep", 1)
	v1 := article("v1", "https://x/edit", 2)
	if _, err := st.Write(ctx(t), []graph.Doc{keep, v1}); err != nil {
		t.Fatal(err)
	}
	v2 := article("v2", "https://x/edit", 3) // same url, new text, other entities
	sum, err := st.Write(ctx(t), []graph.Doc{v2})
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 1 || sum.Replaced != 1 {
		t.Errorf("summary = %+v, want 1 new, 1 replaced", sum)
	}
	got := graphtest.Dump(t, st, ignoreStamp)

	fresh := graphtest.Open(t)
	if _, err := fresh.Write(ctx(t), []graph.Doc{keep, v2}); err != nil {
		t.Fatal(err)
	}
	if d := graphtest.Diff(graphtest.Dump(t, fresh, ignoreStamp), got); d != "" {
		t.Errorf("after the edit the graph differs from one built from the new text:\n%s", d)
	}
}

// TestRewriteReplacesEvidence re-extracts an article the graph holds: its
// old evidence goes, shared facts lose its id, and the graph ends as if the
// new extraction had been there from the start; a second rewrite changes
// nothing, the Article node and its stamp included.
func TestRewriteReplacesEvidence(t *testing.T) {
	keep := article("k1", "https://x/keep", 1)
	old := article("f1", "https://x/f1", 1) // shares every entity and fact with keep
	redo := article("f1", "https://x/f1", 2)
	redo.Result.Entities[0].Mentions = 7
	redo.Rewrite = true

	st := graphtest.Open(t)
	if _, err := st.Write(ctx(t), []graph.Doc{keep, old, article("u1", "", 3)}); err != nil {
		t.Fatal(err)
	}
	unforced := redo
	unforced.Rewrite = false
	if sum, err := st.Write(ctx(t), []graph.Doc{unforced}); err != nil || sum.Unchanged != 1 || sum.Reextracted != 0 || sum.NodesCreated+sum.RelationshipsCreated != 0 {
		t.Fatalf("without Rewrite: %+v, %v; want the article unchanged", sum, err)
	}
	// One batch: a rewritten article, a known one left alone, a new one
	// marked Rewrite (it is simply new).
	fresh := article("n1", "https://x/n1", 4)
	fresh.Rewrite = true
	sum, err := st.Write(ctx(t), []graph.Doc{redo, article("u1", "", 3), fresh})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Reextracted != 1 || sum.Unchanged != 1 || sum.New != 1 || sum.Replaced != 0 || sum.Articles != 3 {
		t.Errorf("summary = %+v, want 1 re-extracted, 1 unchanged, 1 new", sum)
	}
	recs := graphtest.Exec(t, st, "MATCH (:Organization {key: 'lab1'})-[r:DEVELOPED]->(:Model {key: 'model1'}) RETURN "+stating+" AS a", nil)
	if len(recs) != 1 {
		t.Fatalf("DEVELOPED lab1->model1: %d relationships, want keep's", len(recs))
	}
	if a, _ := recs[0].Get("a"); fmt.Sprint(a) != "[k1]" {
		t.Errorf("provenance = %v, want [k1]", a)
	}
	got := graphtest.Dump(t, st, ignoreStamp)

	before := graphtest.Dump(t, st, graphtest.DumpOptions{})
	sum, err = st.Write(ctx(t), []graph.Doc{redo})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Reextracted != 1 || sum.New != 0 {
		t.Errorf("second rewrite summary = %+v", sum)
	}
	if d := graphtest.Diff(before, graphtest.Dump(t, st, graphtest.DumpOptions{})); d != "" {
		t.Errorf("a second rewrite changed the graph (stamps included):\n%s", d)
	}

	// Community has one database: the reference replaces st's graph.
	ref := graphtest.Open(t)
	if _, err := ref.Write(ctx(t), []graph.Doc{keep, redo, article("u1", "", 3), fresh}); err != nil {
		t.Fatal(err)
	}
	if d := graphtest.Diff(graphtest.Dump(t, ref, ignoreStamp), got); d != "" {
		t.Errorf("after the rewrite the graph differs from one built from the new extraction:\n%s", d)
	}
}

func TestRemoveLeavesNoOrphans(t *testing.T) {
	for _, by := range []string{"id", "url"} {
		t.Run(by, func(t *testing.T) {
			st := graphtest.Open(t)
			a, b := article("r1", "https://x/r1", 1), article("r2", "https://x/r2", 2)
			if _, err := st.Write(ctx(t), []graph.Doc{a}); err != nil {
				t.Fatal(err)
			}
			want := graphtest.Dump(t, st, ignoreStamp)
			if _, err := st.Write(ctx(t), []graph.Doc{b}); err != nil {
				t.Fatal(err)
			}
			ref := b.Article.ID
			if by == "url" {
				ref = b.Article.URL
			}
			sum, err := st.Remove(ctx(t), ref)
			if err != nil {
				t.Fatal(err)
			}
			if sum.Articles != 1 || sum.NodesDeleted == 0 {
				t.Errorf("remove summary = %+v", sum)
			}
			if d := graphtest.Diff(want, graphtest.Dump(t, st, ignoreStamp)); d != "" {
				t.Errorf("after remove the graph differs from one without the article:\n%s", d)
			}
			orphans := graphtest.Exec(t, st, "MATCH (e) WHERE (e:Person OR e:Organization OR e:Model) AND NOT (e)<-[:MENTIONS]-() RETURN count(e) AS n", nil)
			if n, _ := orphans[0].Get("n"); n != int64(0) {
				t.Errorf("%v orphan entities", n)
			}
			sum, err = st.Remove(ctx(t), ref)
			if err != nil || sum.Articles != 0 {
				t.Errorf("second remove = %+v, %v; want nothing removed", sum, err)
			}
		})
	}
}

func TestConcurrentWritersMatchOneRun(t *testing.T) {
	var docs []graph.Doc
	for i := range 60 {
		docs = append(docs, article(fmt.Sprintf("c%02d", i), fmt.Sprintf("https://x/c%d", i), i))
	}
	st := graphtest.Open(t)
	for i := 0; i < len(docs); i += 10 {
		if _, err := st.Write(ctx(t), docs[i:i+10]); err != nil {
			t.Fatal(err)
		}
	}
	want := graphtest.Dump(t, st, ignoreStamp)

	st = graphtest.Open(t)
	// Two writers over overlapping halves, one backwards, in batches of 7.
	first, second := slices.Clone(docs[:40]), slices.Clone(docs[20:])
	slices.Reverse(second)
	var wg sync.WaitGroup
	errs := make(chan error, 2)
	for _, part := range [][]graph.Doc{first, second} {
		wg.Go(func() {
			for i := 0; i < len(part); i += 7 {
				if _, err := st.Write(ctx(t), part[i:min(i+7, len(part))]); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	if d := graphtest.Diff(want, graphtest.Dump(t, st, ignoreStamp)); d != "" {
		t.Errorf("two concurrent writers built another graph than one:\n%s", d)
	}
}

func TestHostileStringsRoundTrip(t *testing.T) {
	st := graphtest.Open(t)
	hostile := []string{
		`O'Brien "the \"quoted\"" \\ back\slash`,
		"`backtick` }) MATCH (n) DETACH DELETE n //",
		"MERGE (x:Admin) RETURN x; CALL dbms.security.listUsers()",
		"emoji 🤖🦙 and 中文 and RTL \u202e",
		"control \x00\x01\x07\t\r\n chars",
		strings.Repeat("长文本 long ", 10000), // ~100 KB
	}
	var ents []extract.Entity
	var quotes []extract.Quote
	for i, h := range hostile {
		ents = append(ents, extract.Entity{Name: h, Type: extract.Person, Aliases: []string{h + " alias"}, Mentions: 1})
		quotes = append(quotes, extract.Quote{Speaker: h, Text: h, Kind: extract.Direct, Cue: h, Sentence: h, Offset: i, About: []string{h}})
	}
	ents = append(ents, extract.Entity{Name: "🦙", Type: extract.Model, Mentions: 1})
	doc := graph.Doc{
		Article: source.Article{ID: "hostile", Title: hostile[1], URL: hostile[0], Source: hostile[3], Path: hostile[4], Text: hostile[5]},
		Result: extract.Result{Entities: ents, Quotes: quotes,
			Events: []extract.Event{{Name: hostile[2], Date: "2024", Kind: hostile[0], Involves: []string{"🦙"}}}},
	}
	if _, err := st.Write(ctx(t), []graph.Doc{doc}); err != nil {
		t.Fatal(err)
	}
	if n := len(graphtest.Exec(t, st, "MATCH (n) WHERE n:Admin RETURN n", nil)); n != 0 {
		t.Fatal("a name became a label")
	}
	for _, h := range hostile {
		recs := graphtest.Exec(t, st, `MATCH (p:Person {name: $h})-[:SAID]->(q:Quote)-[:ABOUT]->(p)
RETURN p.aliases AS al, q.text AS text, q.cue AS cue, q.sentence AS s`, map[string]any{"h": h})
		if len(recs) != 1 {
			t.Errorf("%.40q: %d person/quote rows, want 1", h, len(recs))
			continue
		}
		for _, f := range []string{"text", "cue", "s"} {
			if v, _ := recs[0].Get(f); v != h {
				t.Errorf("%.40q: quote %s = %.40q", h, f, v)
			}
		}
		if al, _ := recs[0].Get("al"); !slices.Equal(al.([]any), []any{h, h + " alias"}) {
			t.Errorf("%.40q: aliases = %.80q", h, al)
		}
	}
	recs := graphtest.Exec(t, st, "MATCH (a:Article {id: 'hostile'})<-[:REPORTED_IN]-(e:Event)-[:INVOLVES]->(m:Model) RETURN a.title AS t, a.url AS u, a.source AS s, a.path AS p, e.name AS e, e.kind AS k, m.name AS m", nil)
	if len(recs) != 1 {
		t.Fatal("hostile event or article missing")
	}
	want := map[string]string{"t": hostile[1], "u": hostile[0], "s": hostile[3], "p": hostile[4], "e": hostile[2], "k": hostile[0], "m": "🦙"}
	for k, w := range want {
		if v, _ := recs[0].Get(k); v != w {
			t.Errorf("%s = %.40q, want %.40q", k, v, w)
		}
	}
}

// TestLatestRoleKeptOnTheFact: WORKS_AT keeps the latest stated role (by
// the articles' dates, whatever order they come in) and since when it is
// reported, and a removal recounts them from the statements left.
func TestLatestRoleKeptOnTheFact(t *testing.T) {
	st := graphtest.Open(t)
	doc := func(id, published, role string) graph.Doc {
		return graph.Doc{
			Article: source.Article{ID: id, URL: "https://kg.test/role/" + id, Title: id, Published: published, Lang: "en", Text: id},
			Result: extract.Result{Lang: "en",
				Entities: []extract.Entity{{Name: "Ada Park", Type: extract.Person, Mentions: 1}, {Name: "Acme", Type: extract.Organization, Mentions: 1}},
				Relations: []extract.Relation{{Type: extract.WorksAt, From: "Ada Park", To: "Acme", Role: role,
					Sentence: "Ada Park is " + role + " at Acme."}}},
		}
	}
	fact := func() string {
		recs := graphtest.Exec(t, st, `MATCH (:Person)-[r:WORKS_AT]->(:Organization)
RETURN [r.count, r.latest_role, r.since, r.role, `+stating+`] AS f`, nil)
		if len(recs) == 0 {
			return "none"
		}
		f, _ := recs[0].Get("f")
		return fmt.Sprint(f)
	}
	for _, d := range []graph.Doc{doc("c", "2024-02-01", "chief scientist"), doc("a", "2022-01-01", "engineer"), doc("b", "2023-05-01", "chief scientist")} {
		if _, err := st.Write(ctx(t), []graph.Doc{d}); err != nil {
			t.Fatal(err)
		}
	}
	steps := []struct{ remove, want string }{
		{"", "[3 chief scientist 2023-05-01 chief scientist [a b c]]"},
		{"c", "[2 chief scientist 2023-05-01 chief scientist [a b]]"},
		{"b", "[1 engineer 2022-01-01 chief scientist [a]]"},
		{"a", "none"},
	}
	for _, s := range steps {
		if s.remove != "" {
			if _, err := st.Remove(ctx(t), "https://kg.test/role/"+s.remove); err != nil {
				t.Fatal(err)
			}
		}
		if got := fact(); got != s.want {
			t.Errorf("after removing %q: %s, want %s", s.remove, got, s.want)
		}
	}
}
