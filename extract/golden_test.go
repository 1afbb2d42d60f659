package extract

import (
	"encoding/json"
	"flag"
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
			r := doc.result(x.relations(doc), nil, nil)
			got, err := json.MarshalIndent(goldenView{r.Lang, r.Entities, r.Relations}, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := strings.TrimSuffix(f, ".txt") + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./extract -run TestGolden -update)", err)
			}
			if string(got) != string(want) {
				t.Errorf("%s differs from the golden file; run with -update and review the diff\n got:\n%s", f, got)
			}
		})
	}
}
