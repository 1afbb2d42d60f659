package queries_test

import (
	"fmt"
	"os"
	"reflect"
	"strconv"
	"testing"

	"github.com/newsgraph/kg/extract"
	"github.com/newsgraph/kg/graph"
	"github.com/newsgraph/kg/graph/graphtest"
	"github.com/newsgraph/kg/queries"
	"github.com/newsgraph/kg/source"
)

// plain is the saved query as it read before the writer kept report dates
// and co-mention counts (testdata/plain): every statement's reports, every
// article's mentions. It is the reference the fast readings must equal.
// (timeline's is the saved query reading all of an event's reports, as
// its sources became the latest few when they were indexed.)
func plain(t *testing.T, name string) queries.Query {
	t.Helper()
	b, err := os.ReadFile("testdata/plain/" + name + ".cypher")
	if err != nil {
		t.Fatal(err)
	}
	q, err := queries.Parse(string(b))
	if err != nil {
		t.Fatal(err)
	}
	return q
}

// asPlain runs the saved query name with params, and its plain reading
// with the same bound parameters, and reports where their rows differ. It
// returns the plain reading's rows.
func asPlain(t *testing.T, st *graph.Store, name string, params map[string]string) []map[string]any {
	t.Helper()
	q, bound := bind(t, name, params)
	got := runBound(t, st, q, bound)
	want := runBound(t, st, plain(t, name), bound)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s %v:\n got %v\nwant %v", name, params, got, want)
	}
	return want
}

// TestKeptDatesAndCountsReadAsThePlainReading: who-said, quotes-by and
// co-mentions give the rows of their plain reading for every window, limit
// and all/family setting, on articles with same-day ties, undated reports
// and statements reported on several days; and on a graph written by an
// older kg (no kept dates or counts) before and after kg schema apply's
// Upgrade.
func TestKeptDatesAndCountsReadAsThePlainReading(t *testing.T) {
	st := graphtest.Open(t)
	// Some entities tracked, some not (graph/comentions.go).
	graphtest.Exec(t, st, "MATCH (s:KgState {name: 'co-mentions'}) SET s.threshold = 18", nil)
	docs := graphtest.Newsroom(60, 11)
	if _, err := st.Write(t.Context(), docs); err != nil {
		t.Fatal(err)
	}
	windows := [][2]string{{"", ""}, {"2024-01-15", ""}, {"", "2024-03"}, {"2024-01-16", "2024-07-19"}, {"2024", "2024"}, {"2030-01-01", ""}}
	type call struct {
		name   string
		params map[string]string
	}
	var calls []call
	for _, w := range windows {
		for _, all := range []string{"false", "true"} {
			for _, limit := range []int{1, 2, 5, 100} {
				p := map[string]string{"all": all, "limit": strconv.Itoa(limit)}
				if w[0] != "" {
					p["since"] = w[0]
				}
				if w[1] != "" {
					p["until"] = w[1]
				}
				for _, about := range []string{"Lumen Labs", "Loom", "Ada Quill"} {
					calls = append(calls, call{"who-said", with(p, "about", about)})
				}
				for _, person := range []string{"Ada Quill", "Eli Varga"} {
					calls = append(calls, call{"quotes-by", with(p, "person", person)})
				}
			}
		}
	}
	for _, e := range []string{"Lumen Labs", "Corvid AI", "Corvid Mini", "Loom", "Bo Marsh", "Eli Varga"} {
		for _, limit := range []string{"1", "2", "3", "5", "20"} {
			calls = append(calls, call{"co-mentions", map[string]string{"entity": e, "limit": limit}})
		}
	}
	check := func(when string) {
		t.Helper()
		nonEmpty := 0
		t.Log(when) // names the graph's state for asPlain's errors below
		for _, c := range calls {
			if want := asPlain(t, st, c.name, c.params); len(want) > 0 {
				nonEmpty++
			}
		}
		if nonEmpty < len(calls)/2 {
			t.Fatalf("%s: only %d of %d calls return rows: the comparison proves little", when, nonEmpty, len(calls))
		}
	}
	check("kept as written")

	graphtest.OlderGraph(t, st, 18)
	check("written by an older kg")
	if err := st.Upgrade(t.Context()); err != nil {
		t.Fatal(err)
	}
	check("after Upgrade")
}

// with is p and key=value.
func with(p map[string]string, key, value string) map[string]string {
	out := map[string]string{key: value}
	for k, v := range p {
		out[k] = v
	}
	return out
}

// TestModelFamilyReadsAsThePlainReading: model-family reads descendants
// only as deep as the nearest $limit need; its rows are the plain
// reading's for every limit, on a family with wide and deep generations,
// a model derived from two bases and a cycle (a model that is both an
// ancestor and a descendant of another, as contradicting articles make).
func TestModelFamilyReadsAsThePlainReading(t *testing.T) {
	st := graphtest.Open(t)
	edges := [][2]string{
		{"Root", "Elder"}, {"Elder", "Eldest"},
		{"Kid A", "Root"}, {"Kid B", "Root"}, {"Kid C", "Root"}, {"Kid D", "Root"},
		{"Grand A1", "Kid A"}, {"Grand A2", "Kid A"}, {"Grand B1", "Kid B"}, {"Grand B2", "Kid B"}, {"Grand B3", "Kid B"},
		{"Great A1x", "Grand A1"}, {"Great A1y", "Grand A1"}, {"Great B3x", "Grand B3"},
		{"Twin", "Kid C"}, {"Twin", "Grand A2"},
		{"Root", "Kid D"}, // the cycle
	}
	var docs []graph.Doc
	for i, e := range edges {
		docs = append(docs, graph.Doc{
			Article: source.Article{ID: fmt.Sprintf("fam%02d", i), Title: fmt.Sprintf("Family %02d", i), Published: "2024-01-01", Lang: "en", Text: "family"},
			Result: extract.Result{Lang: "en",
				Entities:  []extract.Entity{{Name: e[0], Type: extract.Model, Mentions: 1}, {Name: e[1], Type: extract.Model, Mentions: 1}},
				Relations: []extract.Relation{{Type: extract.DerivedFrom, From: e[0], To: e[1]}}},
		})
	}
	if _, err := st.Write(t.Context(), docs); err != nil {
		t.Fatal(err)
	}
	for _, model := range []string{"Root", "Kid A", "Kid B", "Elder", "Twin", "Kid D"} {
		for limit := 1; limit <= 18; limit++ {
			asPlain(t, st, "model-family", map[string]string{"model": model, "limit": strconv.Itoa(limit)})
		}
	}
}

// TestOrgPeopleReadsAsThePlainReading: org-people reads a large
// employer's most stated people from the index on WORKS_AT's count; its
// rows are the plain reading's for every limit of people and of sources,
// with ties at the cut, a former post and a role that changed.
func TestOrgPeopleReadsAsThePlainReading(t *testing.T) {
	st := graphtest.Open(t)
	var docs []graph.Doc
	// Staff k of Big Lab is stated in 1 + k%4 articles (ties at every
	// count); Small Lab has two people; every third article is later.
	// Titles run against the articles' order, so a cut among same-day
	// sources that ignored them would show.
	for k := range 14 {
		for j := range 1 + k%4 {
			person := fmt.Sprintf("Staff %02d", k)
			org, role := "Big Lab", "researcher"
			if k >= 12 {
				org = "Small Lab"
			}
			if j == 2 {
				role = "director"
			}
			id := fmt.Sprintf("job%02d%d", k, j)
			docs = append(docs, graph.Doc{
				Article: source.Article{ID: id, Title: fmt.Sprintf("Job %d %s", 9-j, id), Published: fmt.Sprintf("2024-0%d-01", 1+j*3%9), Lang: "en", Text: "job"},
				Result: extract.Result{Lang: "en",
					Entities: []extract.Entity{{Name: person, Type: extract.Person, Mentions: 1}, {Name: org, Type: extract.Organization, Mentions: 1}},
					Relations: []extract.Relation{{Type: extract.WorksAt, From: person, To: org, Role: role, Former: k == 5,
						Sentence: person + " works at " + org}}},
			})
		}
	}
	if _, err := st.Write(t.Context(), docs); err != nil {
		t.Fatal(err)
	}
	for _, org := range []string{"Big Lab", "Small Lab"} {
		for limit := 1; limit <= 15; limit++ {
			for _, sources := range []int{1, 2, 3, 10} {
				asPlain(t, st, "org-people", map[string]string{"org": org, "limit": strconv.Itoa(limit), "sources": strconv.Itoa(sources)})
			}
		}
	}
}

// TestSourcesReadAsThePlainReading: sources reads a fact's newest
// statements from the index on STATES' fact and date; its rows are the
// plain reading's for every limit, on facts stated on the same day by
// several articles and by undated ones, of one type or any.
func TestSourcesReadAsThePlainReading(t *testing.T) {
	st := graphtest.Open(t)
	if _, err := st.Write(t.Context(), graphtest.Newsroom(60, 7)); err != nil {
		t.Fatal(err)
	}
	pairs := graphtest.Exec(t, st, `MATCH (p:Person)-[w:WORKS_AT]->(o) RETURN p.name AS p, o.name AS o, w.count AS n ORDER BY n DESC, p, o`, nil)
	if len(pairs) < 3 || pairs[0].Values[2].(int64) < 5 {
		t.Fatalf("%d employments, the first stated %v times: the check would prove little", len(pairs), pairs[0].Values[2])
	}
	for _, r := range pairs[:3] {
		for limit := 1; limit <= 8; limit++ {
			for _, typ := range []string{"", "works_at"} {
				p := map[string]string{"from": r.Values[0].(string), "to": r.Values[1].(string), "limit": strconv.Itoa(limit)}
				if typ != "" {
					p["type"] = typ
				}
				asPlain(t, st, "sources", p)
			}
		}
	}
}

// TestTimelineReadsAsThePlainReading: timeline reads an event's latest
// reports from the index on the event and the article's date; its rows
// (the reports' count, the latest sources, the sentence) are those of
// reading every report, for every limit, on events reported by many
// articles on the same day, by undated ones, with and without a sentence.
func TestTimelineReadsAsThePlainReading(t *testing.T) {
	st := graphtest.Open(t)
	if _, err := st.Write(t.Context(), graphtest.Newsroom(60, 7)); err != nil {
		t.Fatal(err)
	}
	most := graphtest.Exec(t, st, `MATCH (ev:Event) RETURN max(COUNT { (ev)-[:REPORTED_IN]->() }) AS n`, nil)[0].Values[0].(int64)
	if most < 8 {
		t.Fatalf("the most reported event has %d reports: the check would prove little", most)
	}
	for limit := 1; limit <= 9; limit++ {
		for _, entity := range []string{"", "Lumen-7", "Loom"} {
			p := map[string]string{"limit": strconv.Itoa(limit)}
			if entity != "" {
				p["entity"] = entity
			}
			asPlain(t, st, "timeline", p)
		}
	}
}
