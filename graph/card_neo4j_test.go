package graph_test

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/newsgraph/kg/extract"
	"github.com/newsgraph/kg/graph/graphtest"
)

// TestCardQuotesReadAsWithoutTheIndex: kg show's lists of statements by
// and about an entity are the same whether read newest first from the
// first_reported indexes (an entity with a large share of all statements,
// on a graph that keeps the dates) or by ranking all its statements (the
// graph's KgState marker taken away), for every limit.
func TestCardQuotesReadAsWithoutTheIndex(t *testing.T) {
	st := graphtest.Open(t)
	if _, err := st.Write(ctx(t), graphtest.Newsroom(60, 5)); err != nil {
		t.Fatal(err)
	}
	names := []string{"Ada Quill", "Eli Varga", "Lumen Labs", "Loom", "Pip Lane Capital"}
	type lists struct {
		Said, About           any
		SaidTotal, AboutTotal int
	}
	read := func() map[string]lists {
		out := map[string]lists{}
		for _, name := range names {
			for _, limit := range []int{1, 2, 5, 50} {
				c, found, err := st.Card(ctx(t), extract.Key(name), limit)
				if err != nil || !found {
					t.Fatalf("card %s: found %v, %v", name, found, err)
				}
				out[fmt.Sprintf("%s/%d", name, limit)] = lists{c.Said, c.SaidAbout, c.SaidTotal, c.SaidAboutTotal}
			}
		}
		return out
	}
	indexed := read()
	if l := indexed["Ada Quill/2"]; l.SaidTotal < 5 || l.AboutTotal < 1 {
		t.Fatalf("Ada Quill: %d statements, %d about her: the comparison proves little", l.SaidTotal, l.AboutTotal)
	}
	graphtest.Exec(t, st, "MATCH (s:KgState) SET s.counted = false", nil)
	ranked := read()
	for k, want := range ranked {
		if got := indexed[k]; !reflect.DeepEqual(got, want) {
			t.Errorf("%s: read through the index\n%+v\nranking every statement\n%+v", k, got, want)
		}
	}
}

// TestCardFactsReadAsThePlainReading: kg show's facts (how many articles
// state each, the first and last dates, the latest sources) read from the
// fact's count and the states_fact_published index are what all of the
// fact's statements say, for every limit, on facts stated on the same day
// by several articles and by undated ones.
func TestCardFactsReadAsThePlainReading(t *testing.T) {
	st := graphtest.Open(t)
	if _, err := st.Write(ctx(t), graphtest.Newsroom(60, 5)); err != nil {
		t.Fatal(err)
	}
	const plainFacts = `
MATCH (e {key: $key})-[r:WORKS_AT|DEVELOPED|DERIVED_FROM]-(o)
MATCH (a:Article)-[:STATES {fact: type(r) + '\t' + startNode(r).key + '\t' + endNode(r).key}]->()
WITH o, a ORDER BY a.published DESC, a.title DESC
WITH o, count(a) AS stated, min(a.published) AS first, max(a.published) AS last, collect(a.id)[..$limit] AS latest
RETURN o.name AS other, stated, first, last, reverse(latest) AS sources ORDER BY other`
	checked := 0
	for _, name := range []string{"Ada Quill", "Bo Marsh", "Lumen Labs", "Corvid AI"} {
		for _, limit := range []int{1, 2, 3, 50} {
			c, found, err := st.Card(ctx(t), extract.Key(name), limit)
			if err != nil || !found {
				t.Fatalf("card %s: found %v, %v", name, found, err)
			}
			var got [][]any
			for _, f := range c.Facts {
				var ids []any
				for _, a := range f.Sources {
					ids = append(ids, a.ID)
				}
				got = append(got, []any{f.Other, int64(f.Articles), f.First, f.Last, ids})
			}
			var want [][]any
			for _, r := range graphtest.Exec(t, st, plainFacts, map[string]any{"key": extract.Key(name), "limit": limit}) {
				want = append(want, r.Values)
				checked++
			}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("card %s, limit %d:\n got %v\nwant %v", name, limit, got, want)
			}
		}
	}
	if checked < 10 {
		t.Fatalf("%d facts checked: the check would prove little", checked)
	}
}
