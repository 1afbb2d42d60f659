package main

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/kg/extract"
	"github.com/newsgraph/kg/graph"
	"github.com/newsgraph/kg/queries"
)

// picks are the entities a query benchmark asks about: for each type, one
// of high, middle and low frequency (articles mentioning it), and facts and
// an article to go with them.
type picks struct {
	entity map[extract.Type]map[string]string // type -> band -> name
	fact   map[string][2]string               // band -> person, employer
	count  map[string]int                     // name -> articles
	art    string
}

var bands = []string{"high", "mid", "low"}

// pick chooses the entities from the graph: the most mentioned, the one at
// the 1% rank (an entity a reader would still look up) and one named in a
// single article. The degree counts read the relationship count each node
// stores, not the relationships.
func pick(ctx context.Context, st *graph.Store) (picks, error) {
	p := picks{entity: map[extract.Type]map[string]string{}, fact: map[string][2]string{}, count: map[string]int{}}
	run := func(q string, params map[string]any) ([]*neo4j.Record, error) {
		res, err := neo4j.ExecuteQuery(ctx, st.Driver(), q, params, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(st.Database()), neo4j.ExecuteQueryWithReadersRouting())
		if err != nil {
			return nil, err
		}
		return res.Records, nil
	}
	for _, t := range entityTypes {
		recs, err := run(`MATCH (e:`+string(t)+`) WITH e, COUNT { (e)<-[:MENTIONS]-() } AS n
ORDER BY n DESC, e.key RETURN e.name AS name, n`, nil)
		if err != nil {
			return p, err
		}
		if len(recs) == 0 {
			return p, fmt.Errorf("no %s in the graph", t)
		}
		p.entity[t] = map[string]string{}
		// The low one: the first named in a single article.
		low := len(recs) - 1
		for i, r := range recs {
			if n, _ := r.Get("n"); n.(int64) <= 1 {
				low = i
				break
			}
		}
		for b, i := range map[string]int{"high": 0, "mid": len(recs) / 100, "low": low} {
			name, _ := recs[i].Get("name")
			n, _ := recs[i].Get("n")
			p.entity[t][b] = name.(string)
			p.count[name.(string)] = int(n.(int64))
		}
	}
	for _, b := range bands {
		recs, err := run(`MATCH (e:Person {name: $n})-[:WORKS_AT]->(o) RETURN e.name AS p, o.name AS o LIMIT 1`,
			map[string]any{"n": p.entity[extract.Person][b]})
		if err != nil {
			return p, err
		}
		if len(recs) == 0 { // this person has no stated employer: any who has, of the band
			recs, err = run(`MATCH (e:Person)-[:WORKS_AT]->(o) WITH e, o, COUNT { (e)<-[:MENTIONS]-() } AS n
WHERE n >= $n RETURN e.name AS p, o.name AS o ORDER BY n LIMIT 1`, map[string]any{"n": p.count[p.entity[extract.Person][b]]})
			if err != nil || len(recs) == 0 {
				return p, fmt.Errorf("no WORKS_AT fact: %v", err)
			}
		}
		pe, _ := recs[0].Get("p")
		o, _ := recs[0].Get("o")
		p.fact[b] = [2]string{pe.(string), o.(string)}
	}
	recs, err := run(`MATCH (a:Article) RETURN a.id AS id ORDER BY a.id LIMIT 1`, nil)
	if err != nil || len(recs) == 0 {
		return p, fmt.Errorf("no article: %v", err)
	}
	id, _ := recs[0].Get("id")
	p.art = id.(string)
	return p, nil
}

// probeTimeout bounds the first run of each query.
const probeTimeout = 60 * time.Second

var entityTypes = []extract.Type{extract.Person, extract.Organization, extract.Model}

// params are the parameters of one saved query for a band: the entity of
// the type the query is about.
func (p picks) params(name, band string) map[string]string {
	e := func(t extract.Type) string { return p.entity[t][band] }
	switch name {
	case "who-said":
		return map[string]string{"about": e(extract.Organization)}
	case "quotes-by":
		return map[string]string{"person": e(extract.Person)}
	case "org-people", "models-by":
		return map[string]string{"org": e(extract.Organization)}
	case "co-mentions", "timeline":
		return map[string]string{"entity": e(extract.Organization)}
	case "model-family":
		return map[string]string{"model": e(extract.Model)}
	case "sources":
		return map[string]string{"from": p.fact[band][0], "to": p.fact[band][1], "type": "WORKS_AT"}
	case "article":
		return map[string]string{"article": p.art}
	}
	return map[string]string{}
}

// benchQueries runs every saved query for each band, runs times after one
// warm-up, through graph.Store.Query as kg query run does (plan check
// included), and prints p50/p95 in milliseconds.
func benchQueries(ctx context.Context, runs int) error {
	st, err := open(ctx)
	if err != nil {
		return err
	}
	defer st.Close(context.Background())
	p, err := pick(ctx, st)
	if err != nil {
		return err
	}
	for _, t := range entityTypes {
		for _, b := range bands {
			n := p.entity[t][b]
			fmt.Printf("pick %s %s %q articles=%d\n", t, b, n, p.count[n])
		}
	}
	qs, err := queries.List()
	if err != nil {
		return err
	}
	for _, q := range qs {
		for _, b := range bands {
			params, err := q.Bind(p.params(q.Name, b), extract.Key)
			if err != nil {
				return err
			}
			// The probe, also the warm-up: under a server-side transaction
			// timeout, so that a query that grows with the graph faster than
			// it does is reported as such instead of holding the benchmark
			// (and the server) for hours.
			if _, err := neo4j.ExecuteQuery(ctx, st.Driver(), q.Text, params, neo4j.EagerResultTransformer,
				neo4j.ExecuteQueryWithDatabase(st.Database()), neo4j.ExecuteQueryWithReadersRouting(),
				neo4j.ExecuteQueryWithTransactionConfig(neo4j.WithTxTimeout(probeTimeout))); err != nil {
				if strings.Contains(err.Error(), "Timeout") || strings.Contains(err.Error(), "timeout") || strings.Contains(err.Error(), "terminated") {
					fmt.Printf("query %s %s rows=? runs=0 timeout_s=%.0f\n", q.Name, b, probeTimeout.Seconds())
					continue
				}
				return fmt.Errorf("%s: %w", q.Name, err)
			}
			var ms []float64
			var rows int
			n := runs
			for i := 0; i <= n; i++ {
				t0 := time.Now()
				r, err := st.Query(ctx, q.Text, params, false)
				if err != nil {
					return fmt.Errorf("%s: %w", q.Name, err)
				}
				d := time.Since(t0)
				switch {
				case i > 0: // the first run warms the plan cache and pages
					ms = append(ms, float64(d.Microseconds())/1000)
				case d > 20*time.Second: // a query this slow is timed once, warm-up and all
					ms, n = append(ms, float64(d.Microseconds())/1000), 0
				case d > time.Second: // a slow query: fewer runs, so that the benchmark ends
					n = min(n, 3)
				}
				rows = len(r.Records)
			}
			slices.Sort(ms)
			fmt.Printf("query %s %s rows=%d runs=%d p50_ms=%.1f p95_ms=%.1f\n", q.Name, b, rows, len(ms),
				ms[len(ms)/2], ms[min(len(ms)-1, len(ms)*95/100)])
		}
	}
	fmt.Printf("show_high=%q\nshow_mid=%q\nshow_low=%q\n", p.entity[extract.Person]["high"], p.entity[extract.Person]["mid"], p.entity[extract.Person]["low"])
	fmt.Printf("article_id=%q\n", p.art)
	return nil
}

// profile runs a saved query with PROFILE and prints its plan, operator by
// operator with rows and db hits: the proof that the entity is found
// through an index, not a scan of every entity.
func profileQuery(ctx context.Context, name string, raw map[string]string) error {
	st, err := open(ctx)
	if err != nil {
		return err
	}
	defer st.Close(context.Background())
	q, err := queries.Get(name)
	if err != nil {
		return err
	}
	params, err := q.Bind(raw, extract.Key)
	if err != nil {
		return err
	}
	// PROFILE runs the query: bounded like the benchmark's probe. A query
	// that does not end in time gets its EXPLAIN plan (estimated rows).
	run := func(mode string, timeout time.Duration) (*neo4j.EagerResult, error) {
		return neo4j.ExecuteQuery(ctx, st.Driver(), mode+" "+q.Text, params, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(st.Database()), neo4j.ExecuteQueryWithReadersRouting(),
			neo4j.ExecuteQueryWithTransactionConfig(neo4j.WithTxTimeout(timeout)))
	}
	res, err := run("PROFILE", probeTimeout)
	if err != nil {
		fmt.Printf("# PROFILE %s %v: not done in %v (%v); EXPLAIN instead\n", name, raw, probeTimeout, firstLine(err.Error()))
		if res, err = run("EXPLAIN", probeTimeout); err != nil {
			return err
		}
		walk(res.Summary.Plan(), 0, false)
		return nil
	}
	fmt.Printf("# PROFILE %s %v: %d rows\n", name, raw, len(res.Records))
	walk(res.Summary.Profile(), 0, true)
	return nil
}

// plan is what neo4j.Plan and neo4j.ProfiledPlan share, and the counts of
// the latter.
type plan interface {
	Operator() string
	Arguments() map[string]any
}

// walk prints a plan operator by operator, indented, with its Details.
func walk(p plan, depth int, profiled bool) {
	extra := ""
	if d, ok := p.Arguments()["Details"].(string); ok {
		if len(d) > 110 {
			d = d[:110] + "…"
		}
		extra = " " + strings.ReplaceAll(d, "\n", " ")
	}
	counts := ""
	var kids []plan
	switch p := p.(type) {
	case neo4j.ProfiledPlan:
		counts = fmt.Sprintf(" rows=%d dbhits=%d", p.Records(), p.DbHits())
		for _, c := range p.Children() {
			kids = append(kids, c)
		}
	case neo4j.Plan:
		if e, ok := p.Arguments()["EstimatedRows"]; ok {
			counts = fmt.Sprintf(" est_rows=%v", e)
		}
		for _, c := range p.Children() {
			kids = append(kids, c)
		}
	}
	fmt.Printf("%s%s%s%s\n", strings.Repeat("  ", depth), p.Operator(), counts, extra)
	for _, c := range kids {
		walk(c, depth+1, profiled)
	}
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}
