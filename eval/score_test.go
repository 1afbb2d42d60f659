package eval

import (
	"encoding/json"
	"math"
	"strings"
	"testing"

	"github.com/newsgraph/kg/extract"
)

type counts struct{ tp, fp, fn int }

func (c counts) of(s Score) bool { return s.TP == c.tp && s.FP == c.fp && s.FN == c.fn }

func ent(name string, t extract.Type, aliases ...string) extract.Entity {
	return extract.Entity{Name: name, Type: t, Aliases: aliases, Mentions: 1}
}

func gent(name string, t extract.Type, aliases ...string) GoldEntity {
	return GoldEntity{Name: name, Type: t, Aliases: aliases}
}

func TestReportAdd(t *testing.T) {
	const text = "Meta的首席AI科学家杨立昆(Yann LeCun)表示，“开放才是必然的道路！”Llama 2于2023年7月18日发布。"
	meta := gent("Meta", extract.Organization, "Meta公司")
	lecun := gent("Yann LeCun", extract.Person, "杨立昆", "LeCun")
	llama2 := gent("Llama 2", extract.Model)
	tests := []struct {
		name string
		gold Gold
		pred extract.Result
		// want per section; a nil pointer means not checked
		ents, rels, quotes, about, events *counts
		byType                            map[string]counts
	}{
		{
			name: "alias on either side matches",
			gold: Gold{Entities: []GoldEntity{lecun, meta}},
			pred: extract.Result{Entities: []extract.Entity{
				ent("杨立昆", extract.Person),                            // a gold alias as the predicted name
				ent("Meta Platforms", extract.Organization, "META公司"), // a predicted alias folds to a gold alias
			}},
			ents: &counts{2, 0, 0},
		},
		{
			name: "two predictions for one gold entity are 1 TP and 1 FP",
			gold: Gold{Entities: []GoldEntity{lecun}},
			pred: extract.Result{Entities: []extract.Entity{
				ent("Yann LeCun", extract.Person),
				ent("LeCun", extract.Person),
			}},
			ents:   &counts{1, 1, 0},
			byType: map[string]counts{"Person": {1, 1, 0}, "Organization": {0, 0, 0}},
		},
		{
			name: "maximum matching, not greedy: the first prediction could take either gold item",
			gold: Gold{Entities: []GoldEntity{
				gent("Llama", extract.Model, "LLaMA"),
				gent("Llama 2", extract.Model, "Llama-2"),
			}},
			pred: extract.Result{Entities: []extract.Entity{
				ent("Llama", extract.Model, "Llama 2"), // wrongly merged: meets both
				ent("LLaMA", extract.Model),            // meets only the first
			}},
			ents: &counts{2, 0, 0},
		},
		{
			name: "same name, other type is no match",
			gold: Gold{Entities: []GoldEntity{gent("ChatGPT", extract.Model)}},
			pred: extract.Result{Entities: []extract.Entity{ent("ChatGPT", extract.Organization)}},
			ents: &counts{0, 1, 1},
			byType: map[string]counts{
				"Model":        {0, 0, 1},
				"Organization": {0, 1, 0},
			},
		},
		{
			name: "relation ends resolve through aliases on both sides",
			gold: Gold{
				Entities: []GoldEntity{lecun, meta},
				Relations: []GoldRelation{
					{Type: extract.WorksAt, From: "Yann LeCun", To: "Meta", Role: "首席AI科学家"},
				},
			},
			pred: extract.Result{
				Entities: []extract.Entity{ent("杨立昆", extract.Person, "LeCun"), ent("Meta公司", extract.Organization)},
				Relations: []extract.Relation{
					{Type: extract.WorksAt, From: "杨立昆", To: "Meta公司", Role: "科学家", Former: true}, // role and former not scored
				},
			},
			rels:   &counts{1, 0, 0},
			byType: map[string]counts{"WORKS_AT": {1, 0, 0}, "DEVELOPED": {0, 0, 0}},
		},
		{
			name: "relation of the wrong type or direction",
			gold: Gold{
				Entities:  []GoldEntity{meta, llama2},
				Relations: []GoldRelation{{Type: extract.Developed, From: "Meta", To: "Llama 2"}},
			},
			pred: extract.Result{
				Entities: []extract.Entity{ent("Meta", extract.Organization), ent("Llama 2", extract.Model)},
				Relations: []extract.Relation{
					{Type: extract.DerivedFrom, From: "Meta", To: "Llama 2"},
					{Type: extract.Developed, From: "Llama 2", To: "Meta"},
				},
			},
			rels: &counts{0, 2, 1},
		},
		{
			name: "quote contains gold text after folding, speaker by alias",
			gold: Gold{
				Entities: []GoldEntity{lecun, llama2},
				Quotes:   []GoldQuote{{Speaker: "Yann LeCun", Contains: "开放才是必然的道路", About: []string{"Llama 2"}}},
			},
			pred: extract.Result{
				Entities: []extract.Entity{ent("杨立昆", extract.Person, "Yann LeCun")},
				Quotes: []extract.Quote{
					{Speaker: "杨立昆", Text: "开放，才是 必然的道路！", Kind: extract.Direct, About: []string{"Llama-2"}},
				},
			},
			quotes: &counts{1, 0, 0},
			about:  &counts{1, 0, 0},
		},
		{
			name: "quote with the wrong speaker or a text that misses the gold piece",
			gold: Gold{
				Entities: []GoldEntity{lecun, meta},
				Quotes:   []GoldQuote{{Speaker: "Yann LeCun", Contains: "开放才是必然的道路"}},
			},
			pred: extract.Result{
				Quotes: []extract.Quote{
					{Speaker: "Meta", Text: "开放才是必然的道路"},
					{Speaker: "Yann LeCun", Text: "开放才是"},
				},
			},
			quotes: &counts{0, 2, 1},
			about:  &counts{0, 0, 0},
		},
		{
			name: "about: precision and recall of entities in matched quotes only",
			gold: Gold{
				Entities: []GoldEntity{lecun, meta, llama2},
				Quotes: []GoldQuote{
					{Speaker: "Yann LeCun", Contains: "必然的道路", About: []string{"Llama 2", "Meta"}},
					{Speaker: "Yann LeCun", Contains: "没有说过的话", About: []string{"Meta"}},
				},
			},
			pred: extract.Result{
				Quotes: []extract.Quote{
					{Speaker: "LeCun", Text: "开放才是必然的道路", About: []string{"Meta公司", "OpenAI"}},
				},
			},
			quotes: &counts{1, 0, 1},
			about:  &counts{1, 1, 1}, // Meta found, OpenAI false, Llama 2 missed; the unmatched quote's about is not scored
		},
		{
			name: "event date agrees to the gold date's precision",
			gold: Gold{
				Entities: []GoldEntity{meta, llama2},
				Events: []GoldEvent{
					{Name: "Llama 2发布", Date: "2023-07", Involves: []string{"Llama 2"}},
					{Name: "LeCun演讲", Date: "2023-02-15", Involves: []string{"Meta"}},
				},
			},
			pred: extract.Result{
				Events: []extract.Event{
					{Name: "发布", Date: "2023-07-18", Involves: []string{"Llama-2", "Meta"}}, // finer than gold: matches
					{Name: "演讲", Date: "2023-02", Involves: []string{"Meta"}},               // coarser than gold: no match
				},
			},
			events: &counts{1, 1, 1},
		},
		{
			name: "event date right but no involved entity in common",
			gold: Gold{
				Entities: []GoldEntity{meta, llama2},
				Events:   []GoldEvent{{Name: "Llama 2发布", Date: "2023", Involves: []string{"Llama 2"}}},
			},
			pred: extract.Result{
				Events: []extract.Event{{Name: "发布", Date: "2023-07-18", Involves: []string{"OpenAI"}}},
			},
			events: &counts{0, 1, 1},
		},
		{
			name:   "nothing predicted and nothing in gold",
			gold:   Gold{},
			pred:   extract.Result{},
			ents:   &counts{0, 0, 0},
			rels:   &counts{0, 0, 0},
			quotes: &counts{0, 0, 0},
			about:  &counts{0, 0, 0},
			events: &counts{0, 0, 0},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewReport()
			r.Add(Case{Name: "a", Text: text, Gold: tt.gold}, tt.pred)
			check := func(what string, want *counts, got Score) {
				t.Helper()
				if want != nil && !want.of(got) {
					t.Errorf("%s: got tp=%d fp=%d fn=%d, want %+v", what, got.TP, got.FP, got.FN, *want)
				}
			}
			check("entities", tt.ents, r.Entities.Score)
			check("relations", tt.rels, r.Relations.Score)
			check("quotes", tt.quotes, r.Quotes.Score)
			check("about", tt.about, r.Quotes.About)
			check("events", tt.events, r.Events)
			for typ, want := range tt.byType {
				s := r.Entities.ByType[typ] // entity and relation type names differ
				if s == nil {
					s = r.Relations.ByType[typ]
				}
				if s == nil {
					t.Errorf("by_type %s missing", typ)
					continue
				}
				check("by_type "+typ, &want, *s)
			}
			if len(r.Findings) != countFalse(r)+countMiss(r) {
				t.Errorf("%d findings, want one per false hit and miss (%d)", len(r.Findings), countFalse(r)+countMiss(r))
			}
		})
	}
}

func countFalse(r *Report) int {
	return r.Entities.FP + r.Relations.FP + r.Quotes.FP + r.Quotes.About.FP + r.Events.FP
}

func countMiss(r *Report) int {
	return r.Entities.FN + r.Relations.FN + r.Quotes.FN + r.Quotes.About.FN + r.Events.FN
}

func TestRatios(t *testing.T) {
	tests := []struct {
		tp, fp, fn int
		p, r, f    float64
	}{
		{0, 0, 0, 1, 1, 1}, // nothing to find and nothing found: perfect
		{0, 0, 3, 0, 0, 0}, // found nothing of three
		{0, 2, 0, 0, 0, 0}, // found two where there was nothing
		{3, 1, 2, 0.75, 0.6, 2 * 0.75 * 0.6 / 1.35},
		{5, 0, 0, 1, 1, 1},
	}
	for _, tt := range tests {
		p, r, f := ratios(tt.tp, tt.fp, tt.fn)
		if math.Abs(p-tt.p) > 1e-9 || math.Abs(r-tt.r) > 1e-9 || math.Abs(f-tt.f) > 1e-9 {
			t.Errorf("ratios(%d,%d,%d) = %v %v %v, want %v %v %v", tt.tp, tt.fp, tt.fn, p, r, f, tt.p, tt.r, tt.f)
		}
	}
}

func TestMatchIsMaximumAndOrderFree(t *testing.T) {
	// Prediction 0 fits gold 0 and 1, prediction 1 only gold 0: two pairs,
	// whichever order the predictions come in (greedy finds one when 0 goes
	// first), and prediction 2, fitting nothing, stays unmatched.
	edges := map[[2]int]bool{{0, 0}: true, {0, 1}: true, {1, 0}: true}
	for _, order := range [][]int{{0, 1, 2}, {2, 1, 0}, {1, 0, 2}, {0, 2, 1}} {
		m := match(3, 2, func(i, j int) bool { return edges[[2]int{order[i], j}] })
		pairs := 0
		for i, j := range m.left {
			if j >= 0 {
				pairs++
				if m.right[j] != i {
					t.Errorf("order %v: left[%d]=%d but right[%d]=%d", order, i, j, j, m.right[j])
				}
			}
		}
		if pairs != 2 {
			t.Errorf("order %v: %d pairs, want 2", order, pairs)
		}
	}
}

func TestDateAgrees(t *testing.T) {
	tests := []struct {
		pred, gold string
		want       bool
	}{
		{"2023-02-15", "2023-02", true},
		{"2023-02", "2023-02-15", false},
		{"2023-02-15", "2023-02-15", true},
		{"2023-12", "2023-1", false}, // a prefix by characters, not by field
		{"2023", "2023", true},
		{"2024-02", "2023", false},
		{"", "2023", false},
		{"2023", "", false},
	}
	for _, tt := range tests {
		if got := dateAgrees(tt.pred, tt.gold); got != tt.want {
			t.Errorf("dateAgrees(%q, %q) = %v, want %v", tt.pred, tt.gold, got, tt.want)
		}
	}
}

func TestFindingsCarrySentences(t *testing.T) {
	text := "Dr. Smith joined Acme Labs in 2020. 她说，“模型还不够好。”\nOpenAI发布了GPT-4o。"
	g := Gold{
		Entities: []GoldEntity{gent("OpenAI", extract.Organization), gent("GPT-4o", extract.Model), gent("John Smith", extract.Person, "Smith")},
		Relations: []GoldRelation{
			{Type: extract.Developed, From: "OpenAI", To: "GPT-4o"},
		},
		Quotes: []GoldQuote{{Speaker: "John Smith", Contains: "模型还不够好"}},
	}
	pred := extract.Result{
		Entities: []extract.Entity{ent("Acme Labs", extract.Organization), ent("OpenAI", extract.Organization)},
		Quotes:   []extract.Quote{{Speaker: "Acme Labs", Text: "模型还不够好", Offset: strings.Index(text, "模型")}},
	}
	r := NewReport()
	r.Add(Case{Name: "t", Text: text, Gold: g}, pred)
	want := map[string]string{ // kind item what -> sentence
		"false entity Acme Labs":                     "Dr. Smith joined Acme Labs in 2020.",
		"miss entity GPT-4o":                         "OpenAI发布了GPT-4o。",
		"miss entity John Smith (Smith)":             "Dr. Smith joined Acme Labs in 2020.",
		"miss relation OpenAI -[DEVELOPED]-> GPT-4o": "OpenAI发布了GPT-4o。",
		"false quote Acme Labs: “模型还不够好”":            "她说，“模型还不够好。”",
		"miss quote John Smith: “模型还不够好”":            "她说，“模型还不够好。”",
	}
	got := map[string]string{}
	for _, f := range r.Findings {
		got[f.Kind+" "+f.Item+" "+f.What] = f.Sentence
	}
	for k, s := range want {
		if got[k] != s {
			t.Errorf("finding %q: sentence %q, want %q", k, got[k], s)
		}
	}
	if len(got) != len(want) {
		b, _ := json.MarshalIndent(r.Findings, "", "  ")
		t.Errorf("%d findings, want %d:\n%s", len(got), len(want), b)
	}
}

func TestReportJSONShape(t *testing.T) {
	r := NewReport()
	r.Add(Case{Name: "a", Gold: Gold{Entities: []GoldEntity{gent("Meta", extract.Organization)}}},
		extract.Result{Entities: []extract.Entity{ent("Meta", extract.Organization)}})
	r.Findings = nil
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	for _, path := range [][]string{
		{"articles"},
		{"entities", "precision"}, {"entities", "recall"}, {"entities", "f1"}, {"entities", "tp"}, {"entities", "fp"}, {"entities", "fn"},
		{"entities", "by_type", "Organization", "f1"}, {"entities", "by_type", "Person", "f1"},
		{"relations", "f1"}, {"relations", "by_type", "WORKS_AT", "recall"},
		{"quotes", "precision"}, {"quotes", "about", "f1"},
		{"events", "recall"},
	} {
		var v any = m
		for _, k := range path {
			obj, ok := v.(map[string]any)
			if !ok {
				v = nil
				break
			}
			v = obj[k]
		}
		if v == nil {
			t.Errorf("JSON lacks %s: %s", strings.Join(path, "."), b)
		}
	}
	if _, ok := m["findings"]; ok {
		t.Errorf("findings present without any: %s", b)
	}
}

func TestHasName(t *testing.T) {
	tests := []struct {
		sentence string
		name     string
		want     bool
	}{
		{"an exact fix was expected", "X", false},
		{"a post on x about it", "X", true},
		{"openai发布了gpt-4o。", "OpenAI", true},
		{"openai发布了gpt-4o。", "GPT-4", false}, // "gpt-4" runs on into "o"
		{"杨立昆表示", "杨立昆", true},
		{"meta公司的模型", "Meta", true}, // a Han character is not a Latin word character
		{"metaverse", "Meta", false},
	}
	for _, tt := range tests {
		if got := hasName(tt.sentence, []string{tt.name}); got != tt.want {
			t.Errorf("hasName(%q, %q) = %v, want %v", tt.sentence, tt.name, got, tt.want)
		}
	}
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"他说：“好。”然后走了。", []string{"他说：“好。”", "然后走了。"}},
		{"Dr. Smith said so. U.S. firms agreed! Really?", []string{"Dr. Smith said so.", "U.S. firms agreed!", "Really?"}},
		{"标题\n\n正文第一句；第二句", []string{"标题", "正文第一句；", "第二句"}},
		{"Llama 3.1 is out. Version 2.5 too.", []string{"Llama 3.1 is out.", "Version 2.5 too."}},
		{"", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range splitSentences(tt.text) {
			got = append(got, s.text)
			if tt.text[s.start:s.end] == "" {
				t.Errorf("%q: empty span for %q", tt.text, s.text)
			}
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("splitSentences(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestAddByLang(t *testing.T) {
	rep := NewReport()
	en := Case{Name: "en-a", Text: "Acme built Zeta.", Gold: Gold{Lang: "en", Entities: []GoldEntity{gent("Acme", extract.Organization)}}}
	zh := Case{Name: "zh-a", Text: "甲公司发布了模型。", Gold: Gold{Lang: "zh", Entities: []GoldEntity{gent("甲公司", extract.Organization)}}}
	rep.AddByLang(en, extract.Result{Entities: []extract.Entity{ent("Acme", extract.Organization)}})
	rep.AddByLang(zh, extract.Result{})
	if !(counts{1, 0, 1}).of(rep.Entities.Score) {
		t.Errorf("overall entities %+v, want 1 TP 1 FN", rep.Entities.Score)
	}
	if got := rep.ByLang["en"]; got == nil || got.Articles != 1 || !(counts{1, 0, 0}).of(got.Entities.Score) {
		t.Errorf("en report %+v, want one article with 1 TP", got)
	}
	if got := rep.ByLang["zh"]; got == nil || !(counts{0, 0, 1}).of(got.Entities.Score) || len(got.Findings) != 0 {
		t.Errorf("zh report %+v, want 1 FN and no findings of its own", got)
	}
	if len(rep.Findings) == 0 {
		t.Error("the overall report lost its findings")
	}
}
