package extract

import "testing"

func TestFirstCommon(t *testing.T) {
	tests := []struct {
		name string
		a, b []int
		gap  int
		want int
		ok   bool
	}{
		{"same sentence", []int{1, 4}, []int{2, 4}, 0, 4, true},
		{"none in the same sentence", []int{1}, []int{2}, 0, 0, false},
		{"adjacent, gap 1", []int{1}, []int{2}, 1, 2, true},
		{"adjacent the other way is not evidence", []int{3}, []int{2}, 1, 0, false},
		{"too far apart", []int{1}, []int{3}, 1, 0, false},
		{"empty", nil, []int{1}, 1, 0, false},
	}
	for _, tt := range tests {
		got, ok := firstCommon(tt.a, tt.b, tt.gap)
		if got != tt.want || ok != tt.ok {
			t.Errorf("%s: firstCommon(%v, %v, %d) = %d %v, want %d %v", tt.name, tt.a, tt.b, tt.gap, got, ok, tt.want, tt.ok)
		}
	}
}

func TestRelationEvidence(t *testing.T) {
	x := fixtureExtractor(t)
	text := "The weather in Lisbon was mild on Monday.\n\nMeta released Llama 2 to researchers last week. Critics were unimpressed."
	r := x.Article(Doc{Text: text, Lang: "en", Published: "2024-05-02"})
	found := false
	for _, rel := range r.Relations {
		if rel.Type == Developed && rel.From == "Meta" && rel.To == "Llama 2" {
			found = true
			if rel.Sentence != "Meta released Llama 2 to researchers last week." {
				t.Errorf("evidence %q, want the sentence that states the fact", rel.Sentence)
			}
		}
		if rel.Sentence == "" {
			t.Errorf("%+v has no evidence", rel)
		}
	}
	if !found {
		t.Fatalf("no DEVELOPED Meta -> Llama 2 in %+v", r.Relations)
	}
}
