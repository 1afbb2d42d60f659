package queries_test

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"unsafe"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/db"

	"github.com/newsgraph/kg/extract"
	"github.com/newsgraph/kg/graph"
	"github.com/newsgraph/kg/graph/graphtest"
	"github.com/newsgraph/kg/queries"
	"github.com/newsgraph/kg/source"
)

// loadKnown writes testdata/known.json, hand-built extraction results of
// three articles, into an emptied database.
func loadKnown(t *testing.T) (*graph.Store, []graph.Doc) {
	t.Helper()
	st := graphtest.Open(t)
	return st, graphtest.Load(t, st, "testdata/known.json")
}

// run runs a saved query with params bound as kg binds them, and returns
// its visible columns as maps of plain values.
func run(t *testing.T, st *graph.Store, name string, params map[string]string) []map[string]any {
	t.Helper()
	q, bound := bind(t, name, params)
	return runBound(t, st, q, bound)
}

// bind is the saved query name and params bound as kg binds them.
func bind(t *testing.T, name string, params map[string]string) (queries.Query, map[string]any) {
	t.Helper()
	q, err := queries.Get(name)
	if err != nil {
		t.Fatal(err)
	}
	bound, err := q.Bind(params, extract.Key)
	if err != nil {
		t.Fatal(err)
	}
	return q, bound
}

// namedParams are q's parameters at their defaults with every entity
// "meta", and whether q has an entity parameter.
func namedParams(q queries.Query) (params map[string]any, named bool) {
	params = map[string]any{}
	for _, p := range q.Params {
		params[p.Name] = p.Default
		if p.Type == queries.Entity {
			params[p.Name], named = "meta", true
		}
	}
	return params, named
}

func runBound(t *testing.T, st *graph.Store, q queries.Query, bound map[string]any) []map[string]any {
	t.Helper()
	rows, err := st.Query(context.Background(), q.Text, bound, false)
	if err != nil {
		t.Fatalf("%s %v: %v", q.Name, bound, err)
	}
	var out []map[string]any
	for _, rec := range rows.Records {
		m := map[string]any{}
		for i, c := range rows.Columns {
			if c[0] != '_' {
				m[c] = graph.Plain(rec[i])
			}
		}
		out = append(out, m)
	}
	return out
}

// pick keeps the named columns of each row, for compact comparisons.
func pick(rows []map[string]any, cols ...string) [][]any {
	out := [][]any{}
	for _, r := range rows {
		var line []any
		for _, c := range cols {
			line = append(line, r[c])
		}
		out = append(out, line)
	}
	return out
}

func eq(t *testing.T, what string, got, want any) {
	t.Helper()
	g, _ := json.Marshal(got)
	w, _ := json.Marshal(want)
	if string(g) != string(w) {
		t.Errorf("%s:\n got  %s\n want %s", what, g, w)
	}
}

// quotesAbout lists (speaker, text, published) of every quote about name
// in the results, newest first: what who-said must return.
func quotesAbout(docs []graph.Doc, name, since, until string) [][]any {
	type q struct{ speaker, text, pub string }
	var qs []q
	for _, d := range docs {
		p := d.Article.Published
		if (since != "" && p < since) || (until != "" && p[:len(until)] > until) {
			continue
		}
		for _, x := range d.Result.Quotes {
			if slices.Contains(x.About, name) {
				qs = append(qs, q{x.Speaker, x.Text, p})
			}
		}
	}
	sort.SliceStable(qs, func(i, j int) bool { return qs[i].pub > qs[j].pub })
	out := [][]any{}
	for _, x := range qs {
		out = append(out, []any{x.speaker, x.text, x.pub})
	}
	return out
}

func TestSavedQueriesOnKnownGraph(t *testing.T) {
	st, docs := loadKnown(t)

	t.Run("who-said", func(t *testing.T) {
		for _, tc := range []struct{ about, since, until string }{
			{"LLaMA-2", "", ""}, {"llama 2", "2023-08", ""}, {"Llama2", "", "2023-07"}, {"Mistral", "", ""}, {"Code Llama 70B", "2024", "2024"},
		} {
			p := map[string]string{"about": tc.about}
			if tc.since != "" {
				p["since"] = tc.since
			}
			if tc.until != "" {
				p["until"] = tc.until
			}
			rows := run(t, st, "who-said", p)
			e, _ := canonical(docs, tc.about)
			eq(t, "who-said "+fmt.Sprint(p), pick(rows, "speaker", "quote", "published"), quotesAbout(docs, e, tc.since, tc.until))
		}
		rows := run(t, st, "who-said", map[string]string{"about": "Llama 2"})
		// The speaker's current position; Mensch's DeepMind post is former.
		eq(t, "positions", pick(rows, "speaker", "role", "organization", "kind", "about"), [][]any{
			{"Arthur Mensch", "CEO", "Mistral AI", "reported", "Llama 2"},
			{"Yann LeCun", "chief AI scientist", "Meta", "direct", "Llama 2"}, // his latest title
		})
	})

	t.Run("who-said family", func(t *testing.T) {
		// Llama itself is the topic of no statement; its family is.
		if rows := run(t, st, "who-said", map[string]string{"about": "Llama"}); len(rows) != 0 {
			t.Errorf("about Llama alone: %v, want no rows", pick(rows, "speaker", "about"))
		}
		rows := run(t, st, "who-said", map[string]string{"about": "Llama", "family": "true"})
		eq(t, "family of Llama", pick(rows, "speaker", "about"), [][]any{
			{"Mark Zuckerberg", "Code Llama"}, {"Arthur Mensch", "Llama 2"}, {"Yann LeCun", "Llama 2"},
		})
		// A version's family holds its descendants, not its ancestors.
		rows = run(t, st, "who-said", map[string]string{"about": "Llama 2", "family": "true"})
		eq(t, "family of Llama 2", pick(rows, "speaker", "about"), [][]any{
			{"Mark Zuckerberg", "Code Llama"}, {"Arthur Mensch", "Llama 2"}, {"Yann LeCun", "Llama 2"},
		})
	})

	t.Run("alias typed in Browser", func(t *testing.T) {
		// Neo4j Browser sends the raw name; the query folds it itself.
		q, _ := queries.Get("who-said")
		rows := runBound(t, st, q, map[string]any{"about": " LLaMA-2 ", "since": nil, "until": nil, "family": false, "all": false, "limit": int64(100)})
		eq(t, "raw alias", pick(rows, "speaker"), [][]any{{"Arthur Mensch"}, {"Yann LeCun"}})
	})

	t.Run("limit keeps the newest", func(t *testing.T) {
		// List queries return at most limit rows (100 unless given), the
		// newest: the same first rows as without the limit.
		all := pick(run(t, st, "who-said", map[string]string{"about": "Llama 2"}), "speaker", "published")
		one := pick(run(t, st, "who-said", map[string]string{"about": "Llama 2", "limit": "1"}), "speaker", "published")
		if len(all) < 2 {
			t.Fatalf("who-said Llama 2: %v, want at least 2 rows", all)
		}
		eq(t, "who-said limit 1", one, all[:1])
		for _, name := range []string{"quotes-by", "sources", "org-people", "models-by", "model-family", "timeline"} {
			q, _ := queries.Get(name)
			if p, ok := q.Param("limit"); !ok || fmt.Sprint(p.Default) != "100" {
				t.Errorf("%s: limit parameter %+v, want default 100", name, p)
			}
		}
	})

	t.Run("quotes-by", func(t *testing.T) {
		rows := run(t, st, "quotes-by", map[string]string{"person": "杨立昆"})
		var want [][]any
		for i := len(docs) - 1; i >= 0; i-- { // known.json is in date order
			for _, q := range docs[i].Result.Quotes {
				if q.Speaker == "Yann LeCun" {
					about := append([]string(nil), q.About...)
					sort.Strings(about)
					want = append(want, []any{q.Text, about, docs[i].Article.Title})
				}
			}
		}
		eq(t, "quotes-by 杨立昆", pick(rows, "quote", "about", "title"), want)
	})

	t.Run("model-family", func(t *testing.T) {
		eq(t, "llama 2", pick(run(t, st, "model-family", map[string]string{"model": "LLaMA 2"}), "generation", "relation", "name", "developed_by", "derived_from"), [][]any{
			{-1, "ancestor", "Llama", []string{"Meta"}, []string{}},
			{0, "itself", "Llama 2", []string{"Meta"}, []string{"Llama"}},
			{1, "descendant", "Code Llama", []string{"Meta"}, []string{"Llama 2"}},
		})
		eq(t, "code llama", pick(run(t, st, "model-family", map[string]string{"model": "code-llama"}), "generation", "name"), [][]any{
			{-2, "Llama"}, {-1, "Llama 2"}, {0, "Code Llama"},
		})
	})

	t.Run("org-people", func(t *testing.T) {
		// The latest role stated, and since when: LeCun's title as the
		// December article gives it, not the July one's.
		eq(t, "Meta公司", pick(run(t, st, "org-people", map[string]string{"org": "Meta公司"}), "person", "role", "status", "since", "articles", "sources"), [][]any{
			{"Mark Zuckerberg", "CEO", "current", "2024-01-30", 1, []string{docs[2].Article.Title}},
			{"Yann LeCun", "chief AI scientist", "current", "2023-12-11", 2, []string{docs[0].Article.Title, docs[1].Article.Title}},
		})
		// sources=1: the latest source, the count of all.
		eq(t, "Meta公司, one source", pick(run(t, st, "org-people", map[string]string{"org": "Meta公司", "sources": "1"}), "person", "articles", "sources"), [][]any{
			{"Mark Zuckerberg", 1, []string{docs[2].Article.Title}},
			{"Yann LeCun", 2, []string{docs[1].Article.Title}},
		})
		eq(t, "DeepMind", pick(run(t, st, "org-people", map[string]string{"org": "deepmind"}), "organization", "person", "role", "status"), [][]any{
			{"Google DeepMind", "Arthur Mensch", "researcher", "former"},
		})
	})

	t.Run("models-by", func(t *testing.T) {
		var want [][]any
		for _, d := range docs {
			for _, r := range d.Result.Relations {
				if r.Type == extract.Developed && !slices.ContainsFunc(want, func(x []any) bool { return x[0] == r.From && x[1] == r.To }) {
					want = append(want, []any{r.From, r.To})
				}
			}
		}
		sort.Slice(want, func(i, j int) bool {
			if want[i][0] != want[j][0] {
				return want[i][0].(string) < want[j][0].(string)
			}
			return want[i][1].(string) < want[j][1].(string)
		})
		eq(t, "every org", pick(run(t, st, "models-by", nil), "organization", "model"), want)
		eq(t, "mistral", pick(run(t, st, "models-by", map[string]string{"org": "mistral"}), "model", "derived_from", "articles"), [][]any{
			{"Mistral 7B", []string{}, 1}, {"Mixtral 8x7B", []string{}, 1},
		})
	})

	t.Run("timeline", func(t *testing.T) {
		events := func(involving, since, until string) [][]any {
			out := [][]any{}
			for _, d := range docs {
				for _, e := range d.Result.Events {
					if (involving == "" || slices.Contains(e.Involves, involving)) &&
						(since == "" || e.Date >= since) && (until == "" || e.Date[:min(len(e.Date), len(until))] <= until) {
						inv := append([]string(nil), e.Involves...)
						sort.Strings(inv)
						out = append(out, []any{e.Date, e.Name, inv})
					}
				}
			}
			sort.Slice(out, func(i, j int) bool { return out[i][0].(string) < out[j][0].(string) })
			return out
		}
		for _, tc := range []struct{ entity, canon, since, until string }{
			{"", "", "", ""}, {"Meta", "Meta", "", ""}, {"", "", "2023-12", "2023-12"}, {"", "", "", "2023"}, {"mensch", "Arthur Mensch", "", ""},
		} {
			p := map[string]string{}
			for k, v := range map[string]string{"entity": tc.entity, "since": tc.since, "until": tc.until} {
				if v != "" {
					p[k] = v
				}
			}
			eq(t, "timeline "+fmt.Sprint(p), pick(run(t, st, "timeline", p), "date", "event", "involves"), events(tc.canon, tc.since, tc.until))
		}
		// The family of Llama: the events of its versions and derivatives.
		family := append(events("Llama 2", "", ""), events("Code Llama", "", "")...)
		sort.Slice(family, func(i, j int) bool { return family[i][0].(string) < family[j][0].(string) })
		if len(family) == 0 || len(events("Llama", "", "")) != 0 {
			t.Fatal("known.json no longer has family events only: fix the test")
		}
		eq(t, "timeline of the Llama family", pick(run(t, st, "timeline", map[string]string{"entity": "Llama", "family": "true"}), "date", "event", "involves"), family)
	})

	t.Run("co-mentions", func(t *testing.T) {
		counts := map[string]int{}
		for _, d := range docs {
			if _, ok := d.Result.Entity("Meta"); !ok {
				continue
			}
			for _, e := range d.Result.Entities {
				if e.Name != "Meta" {
					counts[e.Name]++
				}
			}
		}
		var want [][]any
		for name, n := range counts {
			want = append(want, []any{name, n})
		}
		sort.Slice(want, func(i, j int) bool {
			if want[i][1] != want[j][1] {
				return want[i][1].(int) > want[j][1].(int)
			}
			return want[i][0].(string) < want[j][0].(string)
		})
		eq(t, "co-mentions Meta", pick(run(t, st, "co-mentions", map[string]string{"entity": "Facebook"}), "other", "articles"), want)
		eq(t, "limit", len(run(t, st, "co-mentions", map[string]string{"entity": "Meta", "limit": "3"})), 3)
		// With its family, Llama's versions are itself, not co-mentions.
		for _, r := range run(t, st, "co-mentions", map[string]string{"entity": "Llama", "family": "true"}) {
			if r["other"] == "Llama 2" || r["other"] == "Code Llama" {
				t.Errorf("co-mentions of the Llama family list its member %v", r["other"])
			}
		}
		withFamily := run(t, st, "co-mentions", map[string]string{"entity": "Llama", "family": "true", "limit": "100"})
		alone := run(t, st, "co-mentions", map[string]string{"entity": "Llama", "limit": "100"})
		if len(withFamily) <= len(alone)-2 || !slices.ContainsFunc(withFamily, func(r map[string]any) bool { return r["other"] == "Mistral AI" }) {
			t.Errorf("family co-mentions %v should reach the articles of Llama 2 and Code Llama (alone: %v)", pick(withFamily, "other"), pick(alone, "other"))
		}
	})

	t.Run("article", func(t *testing.T) {
		d := docs[2]
		for _, key := range []string{d.Article.URL, d.Article.ID, d.Article.Title, d.Article.Path} {
			rows := run(t, st, "article", map[string]string{"article": key})
			parts := map[any]int{}
			for _, r := range rows {
				parts[r["part"]]++
			}
			eq(t, "parts of "+key, parts, map[any]int{"article": 1, "entity": len(d.Result.Entities),
				"fact": len(d.Result.Relations), "quote": len(d.Result.Quotes), "event": len(d.Result.Events)})
		}
		rows := run(t, st, "article", map[string]string{"article": d.Article.URL})
		var facts [][]any
		for _, r := range rows {
			if r["part"] == "fact" {
				facts = append(facts, []any{r["subject"], r["predicate"], r["object"], r["detail"]})
			}
		}
		eq(t, "facts", facts, [][]any{
			{"Code Llama", "DERIVED_FROM", "Llama 2", ""},
			{"Mark Zuckerberg", "WORKS_AT", "Meta", "CEO"},
			{"Meta", "DEVELOPED", "Code Llama", ""},
		})
	})

	t.Run("sources", func(t *testing.T) {
		stating := func(typ extract.RelationType, from, to string) [][]any {
			out := [][]any{}
			for i := len(docs) - 1; i >= 0; i-- {
				for _, r := range docs[i].Result.Relations {
					if (typ == "" || r.Type == typ) && r.From == from && r.To == to {
						var sentence any // null when the article gave none
						if r.Sentence != "" {
							sentence = r.Sentence
						}
						out = append(out, []any{string(r.Type), sentence, docs[i].Article.Title, docs[i].Article.URL})
					}
				}
			}
			return out
		}
		eq(t, "LeCun works at Meta", pick(run(t, st, "sources", map[string]string{"from": "LeCun", "type": "works_at", "to": "Facebook"}), "type", "sentence", "title", "url"),
			stating(extract.WorksAt, "Yann LeCun", "Meta"))
		eq(t, "Meta to Llama 2, any type", pick(run(t, st, "sources", map[string]string{"from": "meta", "to": "llama-2"}), "type", "sentence", "title", "url"),
			stating("", "Meta", "Llama 2"))
	})
}

// TestStatementOnceWithSources: a statement that two articles report is
// one row of who-said and quotes-by, from the earliest report, with two
// sources; all=true gives one row per report.
func TestStatementOnceWithSources(t *testing.T) {
	st, _ := loadKnown(t)
	repost := graph.Doc{
		Article: source.Article{ID: "c1", Title: "A repost", URL: "https://kg.test/repost", Published: "2023-07-20", Lang: "zh", Text: "转载"},
		Result: extract.Result{Lang: "zh",
			Entities: []extract.Entity{{Name: "Yann LeCun", Type: extract.Person, Mentions: 1}, {Name: "Llama 2", Type: extract.Model, Mentions: 1}},
			Quotes: []extract.Quote{
				// The same words with other punctuation: the same statement.
				{Speaker: "Yann LeCun", Text: "开源模型，会让人工智能更安全", Kind: extract.Direct, About: []string{"Llama 2"}, Offset: 5},
				{Speaker: "Yann LeCun", Text: "a line only the repost has", Kind: extract.Direct, About: []string{"Llama 2"}, Offset: 90},
			}},
	}
	if _, err := st.Write(context.Background(), []graph.Doc{repost}); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"who-said", "quotes-by"} {
		p := map[string]string{"about": "Llama 2"}
		if name == "quotes-by" {
			p = map[string]string{"person": "LeCun"}
		}
		rows := run(t, st, name, p)
		got := map[any][]any{}
		for _, r := range rows {
			got[r["quote"]] = append(got[r["quote"]], r["sources"], r["title"])
		}
		if w := []any{int64(2), "Meta发布开源大模型Llama 2"}; !slices.Equal(got["开源模型会让人工智能更安全"], w) {
			t.Errorf("%s: shared statement %v, want once with 2 sources from the earliest article", name, got["开源模型会让人工智能更安全"])
		}
		if w := []any{int64(1), "A repost"}; !slices.Equal(got["a line only the repost has"], w) {
			t.Errorf("%s: the repost's own line %v, want %v", name, got["a line only the repost has"], w)
		}
		p["all"] = "true"
		if all := run(t, st, name, p); len(all) != len(rows)+1 {
			t.Errorf("%s all=true: %d rows, want %d (one per report)", name, len(all), len(rows)+1)
		}
	}
	// Taking the repost out leaves the statement with its first article.
	if _, err := st.Remove(context.Background(), "https://kg.test/repost"); err != nil {
		t.Fatal(err)
	}
	for _, r := range run(t, st, "who-said", map[string]string{"about": "Llama 2"}) {
		if r["sources"] != int64(1) || r["title"] == "A repost" {
			t.Errorf("after removing the repost: %v", r)
		}
	}
}

// canonical maps an alias to the canonical name the results use.
func canonical(docs []graph.Doc, alias string) (string, extract.Type) {
	for _, d := range docs {
		for _, e := range d.Result.Entities {
			for _, a := range append([]string{e.Name}, e.Aliases...) {
				if extract.Key(a) == extract.Key(alias) {
					return e.Name, e.Type
				}
			}
		}
	}
	return alias, ""
}

func TestQueriesAreReadOnly(t *testing.T) {
	st, _ := loadKnown(t)
	ctx := context.Background()
	qs, err := queries.List()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range qs {
		params := map[string]any{}
		for _, p := range q.Params {
			params[p.Name] = p.Default
		}
		if _, err := st.Query(ctx, q.Text, params, false); err != nil {
			t.Errorf("%s does not run read-only with defaults: %v", q.Name, err)
		}
	}
	for _, w := range []string{
		"CREATE (n:Person {key: 'x'})",
		"MATCH (p:Person) SET p.hacked = true",
		"// a comment first\nMATCH (n) DETACH DELETE n",
		"PROFILE MATCH (p:Person) SET p.hacked = true",
		"CREATE INDEX x IF NOT EXISTS FOR (n:Person) ON (n.hacked)",
		// Not planned first: the read transaction refuses it.
		"CYPHER planner=cost MATCH (p:Person) SET p.hacked = true",
	} {
		if _, err := st.Query(ctx, w, nil, false); err != graph.ErrWrites {
			t.Errorf("%q: err = %v, want ErrWrites", w, err)
		}
	}
	if recs := graphtest.Exec(t, st, "MATCH (p:Person) WHERE p.hacked IS NOT NULL RETURN count(p) AS n", nil); recs[0].Values[0].(int64) != 0 {
		t.Error("a refused write changed the graph")
	}
	if _, err := st.Query(ctx, "CREATE (n:Scratch) RETURN n", nil, true); err != nil {
		t.Errorf("write allowed: %v", err)
	}
	var qe *graph.QueryError
	_, err = st.Query(ctx, "MATCH (n) WHERE n.key = $missing RETURN n", nil, false)
	if !asQueryError(err, &qe) || qe.Code != "Neo.ClientError.Statement.ParameterMissing" {
		t.Errorf("missing parameter: %v", err)
	}
	_, err = st.Query(ctx, "MATCH (n RETURN n", nil, false)
	if !asQueryError(err, &qe) || qe.Code != "Neo.ClientError.Statement.SyntaxError" {
		t.Errorf("syntax error: %v", err)
	}
}

func asQueryError(err error, qe **graph.QueryError) bool {
	e, ok := err.(*graph.QueryError)
	if ok {
		*qe = e
	}
	return ok
}

// TestEntityLookupIsAnIndexSeek: the queries that start from a named
// entity find it through the entity_keys index, never by scanning every
// person, organization or model (issue 15: list membership is not indexed).
func TestEntityLookupIsAnIndexSeek(t *testing.T) {
	st, _ := loadKnown(t)
	for _, name := range []string{"who-said", "quotes-by", "org-people", "model-family", "co-mentions", "sources"} {
		q, err := queries.Get(name)
		if err != nil {
			t.Fatal(err)
		}
		params, _ := namedParams(q)
		res, err := neo4j.ExecuteQuery(context.Background(), st.Driver(), "EXPLAIN "+q.Text, params, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(st.Database()))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var walk func(p db.Plan)
		seek := false
		walk = func(p db.Plan) {
			details := fmt.Sprint(p.Arguments["Details"])
			if strings.HasPrefix(p.Operator, "AllNodesScan") ||
				(strings.Contains(p.Operator, "LabelScan") && regexp.MustCompile(`:(Person|Organization|Model)\b`).MatchString(details)) {
				t.Errorf("%s scans entities: %s %s", name, p.Operator, details)
			}
			// The index's name is a literal the planner turns into a
			// parameter: the procedure is what the plan shows.
			if strings.HasPrefix(p.Operator, "ProcedureCall") && strings.Contains(details, "db.index.fulltext.queryNodes") {
				seek = true
			}
			for _, c := range p.Children {
				walk(c)
			}
		}
		walk(rawPlan(res.Summary.Plan()))
		if !seek {
			t.Errorf("%s: no full-text index look-up in its plan", name)
		}
	}
}

// TestNamedEntityScansNoLabel: run with an entity (or an article's title)
// given, no saved query reads a whole label. A branch for "no entity given" was planned as a
// label scan filtered on the missing entity afterwards, so it read every
// event or organization on every call (170k events at 200k articles).
func TestNamedEntityScansNoLabel(t *testing.T) {
	st, docs := loadKnown(t)
	all, err := queries.List()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range all {
		params, named := namedParams(q)
		if q.Name == "article" {
			// An article by its title: through title_key, as by id or url.
			params["article"], named = docs[2].Article.Title, true
		}
		if !named {
			continue
		}
		res, err := neo4j.ExecuteQuery(context.Background(), st.Driver(), "PROFILE "+q.Text, params, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(st.Database()))
		if err != nil {
			t.Fatalf("%s: %v", q.Name, err)
		}
		var walk func(p neo4j.ProfiledPlan)
		walk = func(p neo4j.ProfiledPlan) {
			if (strings.Contains(p.Operator(), "LabelScan") || strings.HasPrefix(p.Operator(), "AllNodesScan")) && p.Records() > 0 {
				t.Errorf("%s: %s read %d rows: %v", q.Name, p.Operator(), p.Records(), p.Arguments()["Details"])
			}
			for _, c := range p.Children() {
				walk(c)
			}
		}
		walk(res.Summary.Profile())
	}
}

// rawPlan is the driver's own tree behind a neo4j.Plan. The driver's
// Children() (v5.28) takes the address of its range variable under Go 1.18
// loop semantics, so every child of a branching operator comes back as the
// last one; the tree it parsed is right.
func rawPlan(p neo4j.Plan) db.Plan {
	v := reflect.ValueOf(p).Elem().Field(0) // plan *db.Plan
	return *(*db.Plan)(unsafe.Pointer(v.Pointer()))
}

// TestArticleByAnyTitle: the article query finds an article by its exact
// title, through the title_key index when the title is short enough to
// index and by reading the articles when it is not; a title no article
// has finds nothing.
func TestArticleByAnyTitle(t *testing.T) {
	st := graphtest.Open(t)
	long := strings.Repeat("A headline that goes on and on, ", 12) + "and ends."
	var docs []graph.Doc
	for i, title := range []string{"Labs race to ship smaller models", long} {
		docs = append(docs, graph.Doc{
			Article: source.Article{ID: fmt.Sprintf("t%d", i), Title: title, URL: fmt.Sprintf("https://kg.test/t/%d", i), Lang: "en", Text: title},
			Result:  extract.Result{Lang: "en", Entities: []extract.Entity{{Name: "Ada Quill", Type: extract.Person, Mentions: 1}}},
		})
	}
	if _, err := st.Write(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		rows := run(t, st, "article", map[string]string{"article": d.Article.Title})
		if len(rows) == 0 || rows[0]["part"] != "article" || rows[0]["detail"] != " "+d.Article.ID {
			t.Errorf("by title %.40q…: %v, want article %s", d.Article.Title, pick(rows, "part", "detail"), d.Article.ID)
		}
	}
	keys := graphtest.Exec(t, st, "MATCH (a:Article) RETURN a.id AS id, a.title_key IS NOT NULL AS keyed ORDER BY id", nil)
	if k0, _ := keys[0].Get("keyed"); k0 != true {
		t.Error("a headline has no title_key")
	}
	if k1, _ := keys[1].Get("keyed"); k1 != false {
		t.Errorf("a %d-character title has a title_key", len(long))
	}
	if rows := run(t, st, "article", map[string]string{"article": "Labs race to ship"}); len(rows) != 0 {
		t.Errorf("part of a title finds %v", pick(rows, "part", "detail"))
	}
}
