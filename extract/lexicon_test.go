package extract

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

const fixtureLexicon = "testdata/lexicon/test.tsv"

// fixtureLex loads only the test fixture, so that rule tests do not move
// when the embedded lexicon grows.
func fixtureLex(t *testing.T, extra ...string) *lexicon {
	t.Helper()
	b := newLexBuilder()
	for _, f := range append([]string{fixtureLexicon}, extra...) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := b.parse(f, data); err != nil {
			t.Fatal(err)
		}
	}
	return b.build()
}

var (
	fixtureOnce sync.Once
	fixtureX    *Extractor
	fixtureErr  error
)

// fixtureExtractor is an Extractor over the fixture lexicon and the real
// segmenter, built once for all tests.
func fixtureExtractor(t *testing.T) *Extractor {
	t.Helper()
	fixtureOnce.Do(func() {
		b := newLexBuilder()
		data, err := os.ReadFile(fixtureLexicon)
		if err != nil {
			fixtureErr = err
			return
		}
		if fixtureErr = b.parse(fixtureLexicon, data); fixtureErr != nil {
			return
		}
		lex := b.build()
		seg, err := newSegmenter(lex)
		if err != nil {
			fixtureErr = err
			return
		}
		fixtureX = &Extractor{lex: lex, seg: seg}
	})
	if fixtureErr != nil {
		t.Fatal(fixtureErr)
	}
	return fixtureX
}

func writeTemp(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLexiconErrorsNameFileAndLine(t *testing.T) {
	tests := []struct {
		name, content, want string
	}{
		{"unknown type", "# c\nCompany\tAcme\n", "bad.tsv:2: unknown type"},
		{"too many columns", "Person\tA\tB\tgender=m\textra\n", "bad.tsv:1: want 2 to 4"},
		{"one column", "\n\nPerson\n", "bad.tsv:3: want 2 to 4"},
		{"bad attribute", "Model\tX\t\tdeveloper\n", "bad.tsv:1: attribute \"developer\" is not key=value"},
		{"empty name", "Model\t \t\t\n", "bad.tsv:1: empty name"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := writeTemp(t, "bad.tsv", tc.content)
			_, err := loadLexicon([]string{p})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want it to contain %q", err, tc.want)
			}
		})
	}
	if _, err := loadLexicon([]string{filepath.Join(t.TempDir(), "missing.tsv")}); err == nil || !strings.Contains(err.Error(), "missing.tsv") {
		t.Fatalf("missing file: err = %v", err)
	}
}

func TestLexiconUserFileOverridesAndIgnores(t *testing.T) {
	user := writeTemp(t, "user.tsv", "Person\tYann LeCun\tLeCun\tgender=m;org=NYU\nModel\tZeta-9\tZeta\tdeveloper=Meta\nIgnore\tFacebook\n")
	l := fixtureLex(t, user)
	e := l.lookupType("LeCun", Person)
	if e == nil || e.attr("org") != "NYU" {
		t.Fatalf("LeCun: got %+v, want the user entry with org=NYU", e)
	}
	if l.lookupType("杨立昆", Person) != nil {
		t.Error("杨立昆 should be gone with the replaced entry")
	}
	if l.lookupType("Zeta", Model) == nil {
		t.Error("a new user entry should be found")
	}
	if l.lookup("Facebook") != nil || !l.ignored("Facebook") {
		t.Error("Ignore should remove the form Facebook")
	}
	if l.lookupType("Meta公司", Organization) == nil {
		t.Error("the other forms of Meta should stay")
	}
}

func TestLexiconLookupFolds(t *testing.T) {
	l := fixtureLex(t)
	tests := []struct {
		form string
		want string // canonical name, "" for none
	}{
		{"脸书", "Meta"},
		{"臉書", "Meta"},
		{"llama-2", "Llama 2"},
		{"LLAMA 2", "Llama 2"},
		{"通義千問", "通义千问"},
		{"祖克柏", "Mark Zuckerberg"},
		{"Metaverse", ""},
		{"许可", ""}, // Ignore
	}
	for _, tc := range tests {
		got := ""
		if es := l.lookup(tc.form); len(es) > 0 {
			got = es[0].Name
		}
		if got != tc.want {
			t.Errorf("lookup(%q) = %q, want %q", tc.form, got, tc.want)
		}
	}
}

func TestLexiconMatch(t *testing.T) {
	l := fixtureLex(t)
	tests := []struct {
		text string
		at   int
		want string // matched text, "" for no match
	}{
		{"Meta发布了Llama 2模型", 0, "Meta"},
		{"Meta发布了Llama 2模型", len("Meta发布了"), "Llama 2"},
		{"the LLaMA-2 weights", 4, "LLaMA-2"},      // case folded for a mixed-case form
		{"a meta analysis", 2, ""},                 // a plain word must keep its case
		{"the Metaverse", 4, ""},                   // no match inside a longer word
		{"GPT-4o is out", 0, "GPT"},                // GPT-4 must not match inside GPT-4o
		{"Thomas Bloom said", 7, ""},               // BLOOM only in capitals
		{"BLOOM is open", 0, "BLOOM"},              // the form itself
		{"read the paper", 5, ""},                  // a lower-case alias is never matched
		{"thanks to @ylecun today", 10, "@ylecun"}, // handles are kept
		{"臉書母公司", 0, "臉書"},
		{"DeepSeek-R1-Distill-Llama-70B", len("DeepSeek-R1-Distill-"), ""}, // inside a hyphenated name
		{"萨姆·奥尔特曼表示", 0, "萨姆·奥尔特曼"},
		{"a post on X today", 10, "X"},
		{"an X-ray image", 3, ""},              // a one-letter name never starts a hyphenated word
		{"NVIDIA chips", 0, "NVIDIA"},          // a second case form of the same entry
		{"Nvidia chips", 0, "Nvidia"},          // and the first one
		{"使用X射线晶体学", len("使用"), ""},            // a letter that opens a common word
		{"see https://x.com/Meta now", 18, ""}, // inside a link
		{"OpenAI/Meta deal", 7, "Meta"},        // a slash alone is no link
	}
	for _, tc := range tests {
		m, ok := l.match(tc.text, tc.at)
		got := ""
		if ok {
			got = tc.text[m.Start:m.End]
		}
		if got != tc.want {
			t.Errorf("match(%q, %d) = %q, want %q", tc.text, tc.at, got, tc.want)
		}
	}
}

func TestSurfaceFormsSkipIgnored(t *testing.T) {
	user := writeTemp(t, "user.tsv", "Ignore\tFacebook\n")
	l := fixtureLex(t, user)
	seen := map[string]Type{}
	for _, f := range l.surfaceForms() {
		seen[f.Text] = f.Type
	}
	if seen["Meta公司"] != Organization || seen["Llama 2"] != Model || seen["LeCun"] != Person {
		t.Errorf("surface forms miss entries: %v", seen)
	}
	if _, ok := seen["Facebook"]; ok {
		t.Error("an ignored form must not reach the segmenter")
	}
}

func TestEmbeddedLexiconLoads(t *testing.T) {
	l, err := loadLexicon(nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(l.entries) == 0 {
		t.Fatal("the embedded lexicon is empty")
	}
}
