package extract

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/articles")

// goldenView is the part of a Result this package owns: entities and
// relations (quotes and events have their own tests).
type goldenView struct {
	Lang      string     `json:"lang"`
	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`
}

// TestGolden runs prepare, findEntities, relations and result over the
// articles in testdata/articles (written for these tests) with the fixture
// lexicon, and compares with NAME.golden.json; -update rewrites them.
func TestGolden(t *testing.T) {
	x := fixtureExtractor(t)
	files, err := filepath.Glob("testdata/articles/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test articles: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			text, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			doc := x.prepare(Doc{Text: string(text)})
			x.findEntities(doc)
			r := withoutRules(doc.result(x.relations(doc), nil, nil))
			checkGolden(t, strings.TrimSuffix(f, ".txt")+".golden.json", goldenView{r.Lang, r.Entities, r.Relations})
		})
	}
}

// TestArticleConcurrent runs the whole pipeline from several goroutines on
// one Extractor; with -race it proves Article shares nothing mutable.
func TestArticleConcurrent(t *testing.T) {
	x := fixtureExtractor(t)
	files, _ := filepath.Glob("testdata/articles/*.txt")
	var texts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	want := make([]string, len(texts))
	for i, s := range texts {
		b, _ := json.Marshal(x.Article(Doc{Text: s}))
		want[i] = string(b)
	}
	done := make(chan error, 8)
	for g := 0; g < 8; g++ {
		go func(g int) {
			for k := range texts {
				i := (k + g) % len(texts)
				b, _ := json.Marshal(x.Article(Doc{Text: texts[i]}))
				if string(b) != want[i] {
					done <- fmt.Errorf("goroutine %d, %s: result differs", g, files[i])
					return
				}
			}
			done <- nil
		}(g)
	}
	for g := 0; g < 8; g++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

// FuzzArticle checks that no input makes the pipeline panic and that every
// mention lies inside the text.
func FuzzArticle(f *testing.F) {
	for _, s := range []string{"", "Meta的Llama 2。", "Anthropic CEO Dario Amodei said, \"", "高尔斯（Timothy Gowers", "Vicuna, fine-tuned from", "前OpenAI研究员、现任", "(CCC", "Llama-", "由微调而来"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		x := fixtureExtractor(t)
		doc := x.prepare(Doc{Text: s})
		x.findEntities(doc)
		for _, m := range doc.mentions {
			if m.Start < 0 || m.End > len(s) || m.Start >= m.End {
				t.Fatalf("mention %v outside the text %q", m.span, s)
			}
		}
		doc.result(x.relations(doc), nil, nil)
	})
}

// checkGolden compares v, as indented JSON, with the golden file, or
// rewrites the file under -update.
func checkGolden(t *testing.T, golden string, v any) {
	t.Helper()
	got, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./extract -update)", err)
	}
	if string(got) != string(want) {
		t.Errorf("%s differs from the golden file; run with -update and review the diff\n got:\n%s", golden, got)
	}
}
