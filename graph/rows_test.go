package graph

import (
	"path/filepath"
	"reflect"
	"testing"

	"github.com/newsgraph/kg/extract"
	"github.com/newsgraph/kg/source"
)

// llamaDocs are two hand-built articles that between them use every node
// and relationship type, plus items the writer must drop.
func llamaDocs() []Doc {
	a := Doc{
		Article: source.Article{ID: "aaa", Path: "a.txt", Title: "Llama", URL: "https://example.com/a", Lang: "zh", Text: "正文"},
		Result: extract.Result{
			Lang: "zh",
			Entities: []extract.Entity{
				{Name: "Yann LeCun", Type: extract.Person, Aliases: []string{"杨立昆", "LeCun"}, Mentions: 3},
				{Name: "Meta", Type: extract.Organization, Aliases: []string{"Meta公司"}, Mentions: 2},
				{Name: "Llama 2", Type: extract.Model, Mentions: 4},
				{Name: "Vicuna", Type: extract.Model, Mentions: 1},
				{Name: "Nobody", Type: "Planet", Mentions: 1},
			},
			Relations: []extract.Relation{
				{Type: extract.WorksAt, From: "Yann LeCun", To: "Meta", Role: "首席AI科学家"},
				{Type: extract.Developed, From: "Meta", To: "Llama 2"},
				{Type: extract.DerivedFrom, From: "Vicuna", To: "Llama 2"},
				{Type: extract.WorksAt, From: "Llama 2", To: "Meta"},    // wrong end types: dropped
				{Type: "LIKES", From: "Yann LeCun", To: "Llama 2"},      // not a fact type: dropped
				{Type: extract.Developed, From: "Meta", To: "Unlisted"}, // unknown end: dropped
			},
			Quotes: []extract.Quote{
				{Speaker: "Yann LeCun", Text: "开放才是出路", Kind: extract.Direct, Cue: "表示", About: []string{"Llama 2", "Meta", "Unlisted"}, Offset: 120, Sentence: "他表示"},
				{Speaker: "扎克伯格", Text: "we will open it", Kind: extract.Reported, Cue: "said", Offset: 300},
			},
			Events: []extract.Event{
				{Name: "Llama 2 发布", Date: "2023-07-18", Kind: "release", Involves: []string{"Meta", "Llama 2", "Unlisted"}},
			},
		},
	}
	b := Doc{
		Article: source.Article{ID: "bbb", Path: "feed.jsonl", Line: 7, Lang: "en"},
		Result: extract.Result{
			Lang: "en",
			Entities: []extract.Entity{
				{Name: "Meta", Type: extract.Organization, Aliases: []string{"Meta Platforms"}, Mentions: 1},
				{Name: "Llama 2", Type: extract.Model, Aliases: []string{"LLaMA-2"}, Mentions: 2},
			},
			Relations: []extract.Relation{{Type: extract.Developed, From: "Meta", To: "Llama 2"}},
			Events:    []extract.Event{{Name: "LLAMA 2 发布", Date: "2023-07-18", Kind: "release", Involves: []string{"Meta"}}},
		},
	}
	return []Doc{b, a, a} // out of order, with a duplicate
}

func TestArticleRows(t *testing.T) {
	rows := articleRows(llamaDocs())
	if len(rows) != 2 {
		t.Fatalf("got %d article rows, want 2 (duplicates merged)", len(rows))
	}
	tests := []struct {
		row          int
		id, origin   string
		chars        int64
		lang, source string
	}{
		{0, "aaa", "https://example.com/a", 2, "zh", ""},
		{1, "bbb", abs("feed.jsonl") + ":7", 0, "en", ""},
	}
	for _, tt := range tests {
		r := rows[tt.row]
		if r["id"] != tt.id || r["origin"] != tt.origin || r["chars"] != tt.chars || r["lang"] != tt.lang {
			t.Errorf("row %d = %v, want id %s origin %s chars %d lang %s", tt.row, r, tt.id, tt.origin, tt.chars, tt.lang)
		}
	}
}

func TestOrigin(t *testing.T) {
	tests := []struct {
		a    source.Article
		want string
	}{
		{source.Article{Path: "x.md", URL: "https://u"}, "https://u"},
		{source.Article{Path: "x.md"}, abs("x.md")},
		{source.Article{Path: "./sub/../x.md"}, abs("x.md")},
		{source.Article{Path: "x.jsonl", Line: 3}, abs("x.jsonl") + ":3"},
		{source.Article{Path: "https://site/page"}, "https://site/page"},
		{source.Article{Path: "-"}, ""},
	}
	for _, tt := range tests {
		if got := origin(tt.a); got != tt.want {
			t.Errorf("origin(%+v) = %q, want %q", tt.a, got, tt.want)
		}
	}
}

func TestBuildEvidence(t *testing.T) {
	ev := buildEvidence(llamaDocs())

	keys := func(rows []map[string]any, field string) []string {
		var out []string
		for _, r := range rows {
			out = append(out, r[field].(string))
		}
		return out
	}
	t.Run("entities", func(t *testing.T) {
		tests := []struct {
			label extract.Type
			keys  []string
		}{
			{extract.Person, []string{"yannlecun", "扎克伯格"}}, // the unlisted speaker becomes a Person
			{extract.Organization, []string{"meta"}},
			{extract.Model, []string{"llama2", "vicuna"}},
		}
		for _, tt := range tests {
			if got := keys(ev.entities[tt.label], "key"); !reflect.DeepEqual(got, tt.keys) {
				t.Errorf("%s keys = %v, want %v", tt.label, got, tt.keys)
			}
		}
		if len(ev.entities) != 3 {
			t.Errorf("entity labels = %d, want only Person, Organization, Model", len(ev.entities))
		}
		meta := ev.entities[extract.Organization][0]
		if want := []string{"Meta", "Meta Platforms", "Meta公司"}; !reflect.DeepEqual(meta["aliases"], want) {
			t.Errorf("Meta aliases = %v, want %v", meta["aliases"], want)
		}
		if want := []string{"meta", "metaplatforms", "meta公司"}; !reflect.DeepEqual(meta["keys"], want) {
			t.Errorf("Meta keys = %v, want %v", meta["keys"], want)
		}
		wantMentions := []map[string]any{{"article": "aaa", "count": int64(2)}, {"article": "bbb", "count": int64(1)}}
		if !reflect.DeepEqual(meta["mentions"], wantMentions) {
			t.Errorf("Meta mentions = %v, want %v", meta["mentions"], wantMentions)
		}
	})
	t.Run("facts", func(t *testing.T) {
		tests := []struct {
			typ      extract.RelationType
			from, to string
			articles []string
		}{
			{extract.WorksAt, "yannlecun", "meta", []string{"aaa"}},
			{extract.Developed, "meta", "llama2", []string{"aaa", "bbb"}},
			{extract.DerivedFrom, "vicuna", "llama2", []string{"aaa"}},
		}
		for _, tt := range tests {
			rows := ev.facts[tt.typ]
			if len(rows) != 1 {
				t.Fatalf("%s rows = %v, want 1", tt.typ, rows)
			}
			r := rows[0]
			if r["from"] != tt.from || r["to"] != tt.to || !reflect.DeepEqual(r["articles"], tt.articles) {
				t.Errorf("%s = %v, want %s->%s from %v", tt.typ, r, tt.from, tt.to, tt.articles)
			}
		}
		if r := ev.facts[extract.WorksAt][0]; r["role"] != "首席AI科学家" || r["former"] != false {
			t.Errorf("WORKS_AT role/former = %v/%v", r["role"], r["former"])
		}
		if len(ev.facts) != 3 {
			t.Errorf("fact types = %d, want 3", len(ev.facts))
		}
	})
	t.Run("quotes", func(t *testing.T) {
		if len(ev.quotes) != 2 {
			t.Fatalf("quotes = %d, want 2", len(ev.quotes))
		}
		var lecun map[string]any
		for _, q := range ev.quotes {
			if q["speaker"] == "yannlecun" {
				lecun = q
			}
		}
		if lecun == nil || lecun["id"] != QuoteID("yannlecun", "开放才是出路") || lecun["offset"] != int64(120) || lecun["article"] != "aaa" {
			t.Fatalf("LeCun quote = %v", lecun)
		}
		// ABOUT: the unlisted name is dropped, each label its own rows.
		id := QuoteID("yannlecun", "开放才是出路")
		want := map[extract.Type][]map[string]any{
			extract.Organization: {{"quote": id, "key": "meta", "articles": []string{"aaa"}}},
			extract.Model:        {{"quote": id, "key": "llama2", "articles": []string{"aaa"}}},
		}
		if got := aboutRows(ev.quotes); !reflect.DeepEqual(got, want) {
			t.Errorf("about = %v, want %v", got, want)
		}
	})
	t.Run("events", func(t *testing.T) {
		// "Llama 2 发布" and "LLAMA 2 发布" on one date are one event.
		if len(ev.events) != 1 {
			t.Fatalf("events = %v, want 1", ev.events)
		}
		e := ev.events[0]
		if e["id"] != EventID("Llama 2 发布", "2023-07-18") || !reflect.DeepEqual(e["articles"], []string{"aaa", "bbb"}) {
			t.Errorf("event = %v", e)
		}
		if got := ev.involves[extract.Organization]; len(got) != 1 || !reflect.DeepEqual(got[0]["articles"], []string{"aaa", "bbb"}) {
			t.Errorf("INVOLVES Organization = %v, want meta from aaa and bbb", got)
		}
		if got := ev.involves[extract.Model]; len(got) != 1 || got[0]["key"] != "llama2" {
			t.Errorf("INVOLVES Model = %v", got)
		}
		if got := ev.involves[extract.Person]; len(got) != 0 {
			t.Errorf("INVOLVES Person = %v, want none", got)
		}
	})
}

func TestIDs(t *testing.T) {
	if QuoteID("a", "open models win") == QuoteID("a", "closed models win") || QuoteID("a", "open models win") == QuoteID("b", "open models win") {
		t.Error("quote ids collide")
	}
	// The same words with other quotation marks, spacing, case or script
	// are one statement.
	if QuoteID("a", "“Open models, win!”") != QuoteID("a", "open models win") || QuoteID("a", "開放才是出路") != QuoteID("a", "开放 才是出路。") {
		t.Error("quote ids not folded")
	}
	if EventID("GPT-4 launch", "2023") != EventID("gpt4 Launch", "2023") {
		t.Error("event id not normalised")
	}
	if EventID("x", "2023") == EventID("x", "2024") {
		t.Error("event id ignores the date")
	}
	if entityKey("🤖") != "🤖" {
		t.Error("a symbol-only name needs a non-empty key")
	}
}

func abs(p string) string {
	a, err := filepath.Abs(p)
	if err != nil {
		panic(err)
	}
	return a
}

func TestSameStatement(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"openmodelswillcatchup", "openmodelswillcatchup", true},
		{"openmodelswillcatchupwiththeclosedones", "openmodelswillcatchup", true}, // an excerpt
		{"openmodelswillcatchup", "closedmodelsstayahead", false},
		{"yesofcourse", "yesofcourseitwill", false}, // too short to join by containment
	}
	for _, tt := range tests {
		if got := sameStatement(tt.a, tt.b); got != tt.want {
			t.Errorf("sameStatement(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
