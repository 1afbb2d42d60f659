// Package graphtest gives tests a Neo4j store to write to and a way to
// compare whole graphs. Tests that use it skip when NEO4J_URI is unset and
// fail instead when CI=true; they empty the database, so run them with -p 1.
package graphtest

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/kg/graph"
)

// Config is the connection the environment describes (NEO4J_URI,
// NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE). It skips t when
// NEO4J_URI is unset, and fails it when CI=true.
func Config(t testing.TB) graph.Config {
	t.Helper()
	uri := os.Getenv("NEO4J_URI")
	if uri == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("NEO4J_URI is not set but CI=true: Neo4j integration tests must run in CI")
		}
		t.Skip("NEO4J_URI not set: skipping Neo4j integration test (scripts/neo4j start prints the variables)")
	}
	user := os.Getenv("NEO4J_USERNAME")
	if user == "" {
		user = "neo4j"
	}
	return graph.Config{URI: uri, User: user, Password: os.Getenv("NEO4J_PASSWORD"), Database: os.Getenv("NEO4J_DATABASE")}
}

// Open connects to the test database, empties it and applies the schema.
// The store is closed when the test ends.
func Open(t testing.TB) *graph.Store {
	t.Helper()
	cfg := Config(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	st, err := graph.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close(context.Background()) })
	Exec(t, st, "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS", nil)
	if err := st.ApplySchema(ctx); err != nil {
		t.Fatal(err)
	}
	return st
}

// Load writes the extraction results in a JSON file (a []graph.Doc, such
// as queries/testdata/known.json) to st and returns them.
func Load(t testing.TB, st *graph.Store, path string) []graph.Doc {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var docs []graph.Doc
	if err := json.Unmarshal(b, &docs); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if _, err := st.Write(context.Background(), docs); err != nil {
		t.Fatalf("write %s: %v", path, err)
	}
	return docs
}

// Exec runs one auto-commit statement and returns its records.
func Exec(t testing.TB, st *graph.Store, q string, params map[string]any) []*neo4j.Record {
	t.Helper()
	ctx := context.Background()
	sess := st.Driver().NewSession(ctx, neo4j.SessionConfig{DatabaseName: st.Database()})
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, q, params)
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	recs, err := res.Collect(ctx)
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return recs
}

// DumpOptions leave properties out of a Dump.
type DumpOptions struct {
	Ignore []string // property names to leave out, such as ingested_at
}

// Dump is the whole graph as sorted lines, one per node and relationship,
// nodes named by label and key (or id) and the set-like list properties
// (articles, evidence, roles, role_since, about, involves) sorted, so that two graphs built in different orders compare equal. A
// duplicate node or relationship shows as a repeated line.
func Dump(t testing.TB, st *graph.Store, opt DumpOptions) []string {
	t.Helper()
	var lines []string
	clean := func(props map[string]any) string {
		for _, k := range opt.Ignore {
			delete(props, k)
		}
		// Lists kg keeps as sets, in the order articles came.
		for _, k := range []string{"articles", "evidence", "roles", "role_since", "about", "involves"} {
			if a, ok := props[k].([]any); ok {
				slices.SortFunc(a, func(x, y any) int { return strings.Compare(fmt.Sprint(x), fmt.Sprint(y)) })
			}
		}
		b, err := json.Marshal(props)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	for _, r := range Exec(t, st, "MATCH (n) RETURN labels(n) AS l, properties(n) AS p", nil) {
		l, _ := r.Get("l")
		p, _ := r.Get("p")
		lines = append(lines, fmt.Sprintf("node %v %s", l, clean(p.(map[string]any))))
	}
	for _, r := range Exec(t, st, `MATCH (a)-[r]->(b)
RETURN labels(a)[0] + ':' + coalesce(a.key, a.id) AS a, type(r) AS t, labels(b)[0] + ':' + coalesce(b.key, b.id) AS b, properties(r) AS p`, nil) {
		a, _ := r.Get("a")
		ty, _ := r.Get("t")
		b, _ := r.Get("b")
		p, _ := r.Get("p")
		lines = append(lines, fmt.Sprintf("rel %v-[%v]->%v %s", a, ty, b, clean(p.(map[string]any))))
	}
	slices.Sort(lines)
	return lines
}

// Diff describes how two dumps differ, or returns "" when they are equal.
func Diff(want, got []string) string {
	count := func(ls []string) map[string]int {
		m := map[string]int{}
		for _, l := range ls {
			m[l]++
		}
		return m
	}
	w, g := count(want), count(got)
	var b strings.Builder
	for _, l := range want {
		if g[l] < w[l] {
			fmt.Fprintf(&b, "- %s\n", trim(l))
			g[l] = w[l]
		}
	}
	for _, l := range got {
		if w[l] < g[l] {
			fmt.Fprintf(&b, "+ %s\n", trim(l))
			w[l] = g[l]
		}
	}
	return b.String()
}

func trim(s string) string {
	if len(s) > 300 {
		return s[:300] + "…"
	}
	return s
}

// OlderGraph makes st's graph look written by a kg that kept no co-mention
// counts or statement report dates, as Store.Upgrade finds such a graph,
// with the marker's threshold set to threshold for the upgrade.
func OlderGraph(t testing.TB, st *graph.Store, threshold int) {
	t.Helper()
	Exec(t, st, "MATCH ()-[c:CO_MENTIONED]->() DELETE c", nil)
	Exec(t, st, "MATCH (e) WHERE e.co_tracked IS NOT NULL REMOVE e.co_tracked", nil)
	Exec(t, st, "MATCH (q:Quote) REMOVE q.first_reported, q.last_reported", nil)
	Exec(t, st, "MATCH ()-[r:SAID|ABOUT]->() REMOVE r.first_reported", nil)
	Exec(t, st, "MERGE (s:KgState {name: 'co-mentions'}) SET s.counted = false, s.threshold = $n", map[string]any{"n": threshold})
}
