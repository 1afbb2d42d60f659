package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// markup builds a document from text whose entity mentions are marked
// [surface|Type], [surface|Type|gender] or [surface|Type|gender|Canonical]
// (Type P, O or M; gender m, f or -), so that quote and event tests do not
// depend on entity finding. A surface form that differs from its canonical
// name is a surname mention.
func markup(t *testing.T, lang, published, src string) *document {
	t.Helper()
	var b strings.Builder
	var ms []mention
	ents := map[string]*entity{}
	var order []*entity
	for i := 0; i < len(src); {
		if src[i] != '[' {
			b.WriteByte(src[i])
			i++
			continue
		}
		j := strings.IndexByte(src[i:], ']')
		if j < 0 {
			t.Fatalf("unclosed [ in %q", src)
		}
		f := strings.Split(src[i+1:i+j], "|")
		i += j + 1
		if len(f) < 2 {
			t.Fatalf("mention needs surface|Type: %q", f)
		}
		typ := map[string]Type{"P": Person, "O": Organization, "M": Model}[f[1]]
		if typ == "" {
			typ = Type(f[1])
		}
		name := f[0]
		if len(f) >= 4 && f[3] != "" {
			name = f[3]
		}
		e := ents[name]
		if e == nil {
			e = &entity{Name: name, Type: typ, aliases: map[string]bool{name: true}}
			ents[name] = e
			order = append(order, e)
		}
		if len(f) >= 3 && (f[2] == "m" || f[2] == "f") {
			e.Gender = f[2][0]
		}
		kind := byName
		if f[0] != name {
			kind = bySurname
		}
		start := b.Len()
		b.WriteString(f[0])
		ms = append(ms, mention{span: span{start, b.Len()}, Entity: e, Kind: kind})
	}
	return newDoc(lang, published, b.String(), ms, order)
}

// newDoc fills paragraphs and sentences with the pipeline's own splitter.
func newDoc(lang, published, text string, ms []mention, ents []*entity) *document {
	doc := &document{text: text, lang: lang, published: parsePublished(published), mentions: ms, entities: ents}
	doc.paras = paragraphs(text)
	for i, p := range doc.paras {
		for _, s := range splitSentences(text, p) {
			doc.sentences = append(doc.sentences, sentence{span: s, Para: i})
		}
	}
	return doc
}

// gold is the part of a FORMAT.md gold file that quotes and events are
// scored on.
type gold struct {
	Lang      string `json:"lang"`
	Published string `json:"published"`
	Entities  []struct {
		Name    string   `json:"name"`
		Type    Type     `json:"type"`
		Aliases []string `json:"aliases"`
	} `json:"entities"`
	Quotes []struct {
		Speaker  string   `json:"speaker"`
		Contains string   `json:"contains"`
		About    []string `json:"about"`
	} `json:"quotes"`
	Events []struct {
		Name     string   `json:"name"`
		Date     string   `json:"date"`
		Involves []string `json:"involves"`
	} `json:"events"`
}

// goldDoc builds a document whose mentions are every occurrence of the gold
// entities' names and aliases, so that the quote and event stages can be
// measured apart from entity finding.
func goldDoc(t *testing.T, txtPath string) (*document, gold) {
	t.Helper()
	raw, err := os.ReadFile(txtPath)
	if err != nil {
		t.Fatal(err)
	}
	gb, err := os.ReadFile(strings.TrimSuffix(txtPath, ".txt") + ".gold.json")
	if err != nil {
		t.Fatal(err)
	}
	var g gold
	if err := json.Unmarshal(gb, &g); err != nil {
		t.Fatalf("%s: %v", txtPath, err)
	}
	text := string(raw)
	type form struct {
		s string
		e *entity
	}
	var forms []form
	var ents []*entity
	for _, ge := range g.Entities {
		e := &entity{Name: ge.Name, Type: ge.Type, aliases: map[string]bool{}}
		ents = append(ents, e)
		all := append([]string{ge.Name}, ge.Aliases...)
		// The entity stage finds surnames of Latin names on its own.
		if ws := strings.Fields(ge.Name); ge.Type == Person && len(ws) > 1 && latinEdge.MatchString(ws[len(ws)-1][:1]) {
			all = append(all, ws[len(ws)-1])
		}
		for _, a := range all {
			forms = append(forms, form{a, e})
		}
	}
	sort.SliceStable(forms, func(i, j int) bool { return len(forms[i].s) > len(forms[j].s) })
	var ms []mention
	taken := make([]bool, len(text))
	for _, f := range forms {
		for off := 0; ; {
			k := strings.Index(text[off:], f.s)
			if k < 0 {
				break
			}
			s, e := off+k, off+k+len(f.s)
			off = e
			if !latinBoundary(text, s, e) {
				continue
			}
			free := true
			for i := s; i < e; i++ {
				if taken[i] {
					free = false
					break
				}
			}
			if !free {
				continue
			}
			for i := s; i < e; i++ {
				taken[i] = true
			}
			kind := byName
			if f.s != f.e.Name && !strings.Contains(f.s, " ") && strings.Contains(f.e.Name, f.s) {
				kind = bySurname
			}
			ms = append(ms, mention{span: span{s, e}, Entity: f.e, Kind: kind})
		}
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	return newDoc(g.Lang, g.Published, text, ms, ents), g
}

var latinEdge = regexp.MustCompile(`[A-Za-z0-9]`)

func latinBoundary(text string, s, e int) bool {
	if s > 0 && latinEdge.MatchString(text[s-1:s]) && latinEdge.MatchString(text[s:s+1]) {
		return false
	}
	if e < len(text) && latinEdge.MatchString(text[e:e+1]) && latinEdge.MatchString(text[e-1:e]) {
		return false
	}
	return true
}

// corpusFiles lists the articles with gold files in dir; the test skips
// when the folder does not exist.
func corpusFiles(t *testing.T, dir string) []string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if len(files) == 0 {
		t.Skipf("no gold files in %s", dir)
	}
	var out []string
	for _, f := range files {
		out = append(out, strings.TrimSuffix(f, ".gold.json")+".txt")
	}
	return out
}

// prf is precision, recall and F1 from counts.
type prf struct{ tp, fp, fn int }

func (s prf) f1() float64 {
	if s.tp == 0 {
		if s.fp == 0 && s.fn == 0 {
			return 1
		}
		return 0
	}
	p := float64(s.tp) / float64(s.tp+s.fp)
	r := float64(s.tp) / float64(s.tp+s.fn)
	return 2 * p * r / (p + r)
}

// nameKeys are the folded names an entity can be matched by in gold.
func goldKeys(g gold, name string) map[string]bool {
	keys := map[string]bool{Key(name): true}
	for _, e := range g.Entities {
		all := append([]string{e.Name}, e.Aliases...)
		hit := false
		for _, a := range all {
			if Key(a) == Key(name) {
				hit = true
			}
		}
		if hit {
			for _, a := range all {
				keys[Key(a)] = true
			}
		}
	}
	return keys
}

// scoreQuotes matches predicted quotes to gold as FORMAT.md says, greedily
// in gold order, and scores the about lists of the matched ones.
func scoreQuotes(t *testing.T, name string, g gold, qs []Quote) (q, about prf) {
	used := make([]bool, len(qs))
	for _, gq := range g.Quotes {
		sk := goldKeys(g, gq.Speaker)
		found := -1
		for i, p := range qs {
			if !used[i] && sk[Key(p.Speaker)] && strings.Contains(Key(p.Text), Key(gq.Contains)) {
				found = i
				break
			}
		}
		if found < 0 {
			q.fn++
			t.Logf("%s: MISSED %s: %s", name, gq.Speaker, gq.Contains)
			continue
		}
		used[found] = true
		q.tp++
		p := qs[found]
		matched := map[int]bool{}
		for _, ga := range gq.About {
			ak := goldKeys(g, ga)
			hit := false
			for i, pa := range p.About {
				if !matched[i] && ak[Key(pa)] {
					matched[i] = true
					hit = true
					break
				}
			}
			if hit {
				about.tp++
			} else {
				about.fn++
				t.Logf("%s: about missed %s in %s: %.40s", name, ga, gq.Speaker, p.Text)
			}
		}
		for i, pa := range p.About {
			if !matched[i] {
				about.fp++
				t.Logf("%s: about extra %s in %s: %.40s", name, pa, gq.Speaker, p.Text)
			}
		}
	}
	for i, p := range qs {
		if !used[i] {
			q.fp++
			t.Logf("%s: FALSE %s [%s %s]: %.80s", name, p.Speaker, p.Kind, p.Cue, p.Text)
		}
	}
	return q, about
}

// scoreEvents matches predicted events to gold: the date agrees to the
// gold date's precision and one involved entity matches.
func scoreEvents(t *testing.T, name string, g gold, evs []Event) (s prf) {
	used := make([]bool, len(evs))
	// Precise gold dates first, so that a bare year does not take the
	// event a month-precise one needs (kg eval matches optimally).
	ges := append(g.Events[:0:0], g.Events...)
	sort.SliceStable(ges, func(i, j int) bool { return len(ges[i].Date) > len(ges[j].Date) })
	for _, ge := range ges {
		found := -1
		for i, e := range evs {
			if used[i] || !strings.HasPrefix(e.Date, ge.Date) {
				continue
			}
			for _, gi := range ge.Involves {
				k := goldKeys(g, gi)
				for _, pi := range e.Involves {
					if k[Key(pi)] {
						found = i
					}
				}
			}
			if found >= 0 {
				break
			}
		}
		if found < 0 {
			s.fn++
			t.Logf("%s: event MISSED %s %s", name, ge.Date, ge.Name)
			continue
		}
		used[found] = true
		s.tp++
	}
	for i, e := range evs {
		if !used[i] {
			s.fp++
			t.Logf("%s: event FALSE %s %s %s %v", name, e.Date, e.Kind, e.Name, e.Involves)
		}
	}
	return s
}
