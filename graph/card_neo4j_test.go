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
