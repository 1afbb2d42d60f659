package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// The quote stage's lookups and the entity stage's resolution by stretch
// replace scans of the whole article; these tests hold them to the scans
// they replace, on synthetic cases and on every test article.

// TestResolveByStretch: resolving a stretch of sentences at a time keeps
// exactly the candidates resolving all of them at once keeps, also when a
// candidate reaches into the next sentence (the stretches must merge).
func TestResolveByStretch(t *testing.T) {
	text := strings.Repeat("x", 100)
	c := func(s, e, prio int) candidate { return candidate{span: span{s, e}, prio: int8(prio), name: text[s:e]} }
	cases := []struct {
		name  string
		sents []sentence
		cands map[int][]candidate // by sentence start
		merge bool                // a stretch must hold more than one sentence
	}{
		{"separate sentences", []sentence{{span: span{0, 10}}, {span: span{10, 20}}},
			map[int][]candidate{0: {c(0, 4, 1), c(2, 6, 3)}, 10: {c(10, 15, 1), c(12, 14, 3)}}, false},
		// The first sentence's candidate (a name whose first word the
		// lexicon reaches back for) ends inside the second one's, where a
		// longer candidate must win over it.
		{"candidate across a sentence end", []sentence{{span: span{0, 10}}, {span: span{10, 20}}},
			map[int][]candidate{0: {c(6, 12, 2)}, 10: {c(8, 16, 1), c(16, 18, 1)}}, true},
		{"candidate starting before its sentence", []sentence{{span: span{0, 10}}, {span: span{10, 20}}, {span: span{20, 30}}},
			map[int][]candidate{0: {c(2, 9, 1)}, 10: {c(5, 15, 3)}, 20: {c(21, 25, 1)}}, true},
		{"sentence without candidates", []sentence{{span: span{0, 10}}, {span: span{10, 20}}, {span: span{20, 30}}},
			map[int][]candidate{0: {c(1, 3, 1)}, 20: {c(22, 24, 1), c(22, 24, 2)}}, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var all []candidate
			for _, s := range tc.sents {
				all = append(all, tc.cands[s.Start]...)
			}
			want := resolveInto(nil, text, all, newOccupancy(len(text)))
			got := resolveByStretch(text, tc.sents, func(s sentence) []candidate { return tc.cands[s.Start] })
			if !reflect.DeepEqual(got, want) {
				t.Errorf("by stretch %v, all at once %v", got, want)
			}
			// Resolving each sentence alone must differ exactly where a
			// stretch has to hold several: the case tests the merging.
			var alone []candidate
			taken := newOccupancy(len(text))
			for _, s := range tc.sents {
				alone = resolveInto(alone, text, tc.cands[s.Start], taken)
			}
			if differs := !reflect.DeepEqual(alone, want); differs != tc.merge {
				t.Errorf("sentence by sentence %v, all at once %v: differs %v, want %v", alone, want, differs, tc.merge)
			}
		})
	}
}

// indexArticles are the test articles as prepared documents with their
// entities found, and a quoter over each.
func indexArticles(t *testing.T) []*quoter {
	t.Helper()
	x := fixtureExtractor(t)
	files, _ := filepath.Glob("testdata/articles/*.txt")
	more, _ := filepath.Glob("testdata/quotes/*.txt")
	var out []*quoter
	for _, f := range append(files, more...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc := x.prepare(Doc{Text: string(b)})
		x.findEntities(doc)
		out = append(out, newQuoter(doc))
	}
	if len(out) == 0 {
		t.Fatal("no test articles")
	}
	return out
}

// TestQuoteLookupsMatchScans compares each lookup with the scan of the
// whole list it replaces, at every byte of every test article.
func TestQuoteLookupsMatchScans(t *testing.T) {
	for _, q := range indexArticles(t) {
		ms := q.doc.mentions
		for pos := 0; pos <= len(q.doc.text); pos++ {
			first := func(n int, ok func(int) bool) int {
				for i := 0; i < n; i++ {
					if ok(i) {
						return i
					}
				}
				return n
			}
			if got, want := q.doc.mentionFrom(pos), first(len(ms), func(i int) bool { return ms[i].Start >= pos }); got != want {
				t.Fatalf("mentionFrom(%d) = %d, scan %d", pos, got, want)
			}
			if got, want := q.doc.mentionEndingAfter(pos), first(len(ms), func(i int) bool { return ms[i].End > pos }); got != want {
				t.Fatalf("mentionEndingAfter(%d) = %d, scan %d", pos, got, want)
			}
			if got, want := q.markFrom(pos), first(len(q.marks), func(i int) bool { return q.marks[i].Start >= pos }); got != want {
				t.Fatalf("markFrom(%d) = %d, scan %d", pos, got, want)
			}
			// Every candidate inside [pos, pos+40] is among candsInside's.
			var want, got []cand
			for _, c := range q.cands {
				if c.Start >= pos && c.End <= pos+40 {
					want = append(want, c)
				}
			}
			for _, c := range q.candsInside(pos, pos+40) {
				if c.Start >= pos && c.End <= pos+40 {
					got = append(got, c)
				}
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("candsInside(%d, %d) = %v, scan %v", pos, pos+40, got, want)
			}
		}
		// The deal table: the last unit up to k whose text tells of a deal.
		for k := range q.units {
			want := -1
			for j := 0; j <= k; j++ {
				if dealWord.MatchString(sub(q.doc.text, q.units[j].Start, q.units[j].End)) {
					want = j
				}
			}
			if got := q.lastDealUnit(k); got != want {
				t.Fatalf("lastDealUnit(%d) = %d, scan %d", k, got, want)
			}
		}
	}
}

// TestQuoteListsSorted: the lookups rely on mentions and marks in text
// order without overlaps, and on candidates in order of their starts.
func TestQuoteListsSorted(t *testing.T) {
	fired := 0
	for _, q := range indexArticles(t) {
		for i := 1; i < len(q.doc.mentions); i++ {
			if p, m := q.doc.mentions[i-1], q.doc.mentions[i]; m.Start < p.End || m.End <= m.Start {
				t.Errorf("mentions %v then %v", p, m)
			}
		}
		for i := 1; i < len(q.marks); i++ {
			if p, m := q.marks[i-1], q.marks[i]; m.Start < p.End {
				t.Errorf("marks %v then %v", p, m)
			}
		}
		for i, c := range q.cands {
			if c.End < c.Start || i > 0 && c.Start < q.cands[i-1].Start {
				t.Errorf("candidate %v out of order", c)
			}
		}
		if len(q.doc.mentions) > 1 && len(q.marks) > 1 {
			fired++
		}
	}
	if fired == 0 {
		t.Fatal("no article with several mentions and marks: the test checks nothing")
	}
}
