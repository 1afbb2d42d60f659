package extract

import (
	"fmt"
	"testing"
)

// embeddedRelations runs the relation rules on text with the embedded
// lexicon, which knows the investors and executives the guards are about.
func embeddedRelations(t *testing.T, text string) map[string]bool {
	t.Helper()
	x := embeddedExtractor(t)
	doc := x.prepare(Doc{Text: text})
	x.findEntities(doc)
	got := map[string]bool{}
	for _, r := range x.relations(doc) {
		got[fmt.Sprintf("%s %s -> %s", r.From, r.Type, r.To)] = true
	}
	return got
}

// TestRelationGuards covers relations_guards.go: what the lexicon or a
// title pattern would pair, and the sentence says otherwise.
func TestRelationGuards(t *testing.T) {
	for _, tc := range []struct {
		rule string
		text string
		want []string
		not  []string
	}{
		{"investors of a round are no staff", "Corvane Labs closed a new funding round led by Bill Gates and Reid Hoffman, and Microsoft joined it.",
			nil, []string{"Bill Gates WORKS_AT -> Microsoft"}},
		{"a -backed fund is no post", "Intel, Microsoft and Bill Gates-backed fund Tidewater also took part.",
			nil, []string{"Bill Gates WORKS_AT -> Microsoft"}},
		{"the lexicon still confirms outside a funding clause", "Bill Gates spoke about Microsoft on Monday.",
			[]string{"Bill Gates WORKS_AT -> Microsoft"}, nil},
		{"two people each with their own company", "The deal was struck by Laura Chen, chief executive at Databricks, and Naveen Rao, Corvane's CEO.",
			[]string{"Laura Chen WORKS_AT -> Databricks"}, []string{"Naveen Rao WORKS_AT -> Databricks"}},
		{"ORG and PERSON is no title", "Shareholders such as Nvidia, the Corvane fund and Jane Whitmore joined the round.",
			nil, []string{"Jane Whitmore WORKS_AT -> Corvane"}},
		{"a title with and is still a title", "Nvidia chairman and CEO Jensen Huang spoke.",
			[]string{"Jensen Huang WORKS_AT -> Nvidia"}, nil},
	} {
		got := embeddedRelations(t, tc.text)
		for _, w := range tc.want {
			if !got[w] {
				t.Errorf("%s: want %q; got %v", tc.rule, w, got)
			}
		}
		for _, n := range tc.not {
			if got[n] {
				t.Errorf("%s: must not find %q; got %v", tc.rule, n, got)
			}
		}
	}
}

// TestSnapshotName: a model pinned at a date is no version of its own.
func TestSnapshotName(t *testing.T) {
	for name, want := range map[string]bool{
		"gpt-4-0613": true, "o1-2024-12-17": true, "corvid-2.0-flash-exp-1219": true,
		"Llama 2": false, "Qwen2.5-72B": false, "GPT-4": false, "Corvid-2023": false, "Claude 3.5 Sonnet": false,
	} {
		if got := snapshotName(name); got != want {
			t.Errorf("snapshotName(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestVersionOnOtherBase: a version of a family built on another family's
// model keeps its family's maker; a third party's fine-tune of the family
// does not get it.
func TestVersionOnOtherBase(t *testing.T) {
	got := embeddedRelations(t, "Corvane Labs released Corvid 2 on Monday. Corvid-2-7B, fine-tuned from Mistral AI's Mistral 7B, is the smaller one.")
	if !got["Corvane Labs DEVELOPED -> Corvid-2-7B"] {
		t.Errorf("want Corvane Labs DEVELOPED -> Corvid-2-7B; got %v", got)
	}
	got = embeddedRelations(t, "Microsoft released Phi-3 in April. A student in Warsaw published Phi-3-PL, fine-tuned from Phi-3 with help from Nvidia.")
	if got["Microsoft DEVELOPED -> Phi-3-PL"] {
		t.Errorf("must not find Microsoft DEVELOPED -> Phi-3-PL; got %v", got)
	}
}

// TestOrgNameGoesOn: a mention followed by more of an organization's name
// is a piece of another organization's name.
func TestOrgNameGoesOn(t *testing.T) {
	for after, want := range map[string]bool{
		" Research.": true, " & Okafor LLP": true, " Labs, said": true,
		", said": false, " analyst": false, " Researchers said": false, "": false,
	} {
		if got := orgNameGoesOn(after); got != want {
			t.Errorf("orgNameGoesOn(%q) = %v, want %v", after, got, want)
		}
	}
}

// TestGenerationName: only a family named with a version number takes the
// maker of its versions.
func TestGenerationName(t *testing.T) {
	for name, want := range map[string]bool{
		"Gemini 2.0": true, "Llama 3": true, "Corvid-2": true,
		"Yi": false, "Llama 3.1-70B": false, "Gemini Pro": false, "GPT-4o": false,
	} {
		if got := generationName(name); got != want {
			t.Errorf("generationName(%q) = %v, want %v", name, got, want)
		}
	}
}
