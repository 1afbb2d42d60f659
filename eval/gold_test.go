package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestLoad(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"b.txt":       "OpenAI发布了GPT-4o。",
		"b.gold.json": `{"lang":"zh","published":"2024-05-14","entities":[{"name":"OpenAI","type":"Organization"}]}`,
		"a.gold.json": `{"article":"other.txt","lang":"en","published":"2024-05-14"}`,
		"other.txt":   "Nothing here.",
		"notes.txt":   "not annotated",
	})
	cases, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) != 2 || cases[0].Name != "a" || cases[1].Name != "b" {
		t.Fatalf("got %d cases %+v, want a then b", len(cases), cases)
	}
	if cases[0].Text != "Nothing here." || cases[1].Gold.Entities[0].Name != "OpenAI" {
		t.Errorf("wrong text or gold: %+v", cases)
	}

	for name, files := range map[string]map[string]string{
		"no gold files":   {"a.txt": "x"},
		"article missing": {"a.gold.json": `{}`},
		"bad json":        {"a.gold.json": `{`, "a.txt": "x"},
	} {
		if _, err := Load(writeFiles(t, files)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	if _, err := Load(filepath.Join(dir, "nope")); err == nil {
		t.Error("missing folder: no error")
	}
}

func TestValidate(t *testing.T) {
	good := Case{Name: "g", Text: "Meta的杨立昆(Yann LeCun)说，“Llama 2很好”。2023年7月Meta发布Llama 2。", Gold: Gold{
		Lang: "zh", Published: "2023-11-03",
		Entities: []GoldEntity{
			gent("Meta", "Organization"), gent("Yann LeCun", "Person", "杨立昆"), gent("Llama 2", "Model"),
		},
		Relations: []GoldRelation{{Type: "WORKS_AT", From: "杨立昆", To: "Meta"}, {Type: "DEVELOPED", From: "Meta", To: "Llama 2"}},
		Quotes:    []GoldQuote{{Speaker: "Yann LeCun", Contains: "Llama 2很好", About: []string{"Llama 2"}}},
		Events:    []GoldEvent{{Name: "Llama 2发布", Date: "2023-07", Involves: []string{"Meta", "Llama 2"}}},
	}}
	if err := good.Validate(); err != nil {
		t.Fatalf("valid gold rejected: %v", err)
	}
	if a := good.Absent(); len(a) != 0 {
		t.Errorf("Absent() = %q, want none", a)
	}
	withOther := good
	withOther.Gold.Entities = append([]GoldEntity{gent("Meta", "Organization", "Facebook", "META")}, good.Gold.Entities[1:]...)
	if a := withOther.Absent(); len(a) != 1 || a[0] != "Facebook" {
		t.Errorf("Absent() = %q, want [Facebook]", a)
	}
	tests := []struct {
		name   string
		mutate func(*Gold)
		want   string
	}{
		{"bad lang", func(g *Gold) { g.Lang = "fr" }, "lang"},
		{"bad published", func(g *Gold) { g.Published = "2023-11" }, "published"},
		{"unknown type", func(g *Gold) { g.Entities[0].Type = "Place" }, "type"},
		{"name listed twice", func(g *Gold) { g.Entities[2].Aliases = []string{"meta"} }, "belongs to both"},
		{"relation end unknown", func(g *Gold) { g.Relations[0].To = "OpenAI" }, "not an entity name"},
		{"relation end wrong type", func(g *Gold) { g.Relations[1].From = "Llama 2" }, "want"},
		{"relation type unknown", func(g *Gold) { g.Relations[0].Type = "OWNS" }, "unknown type"},
		{"quote text not in article", func(g *Gold) { g.Quotes[0].Contains = "很差" }, "contains text"},
		{"speaker not a person", func(g *Gold) { g.Quotes[0].Speaker = "Meta" }, "want"},
		{"bad event date", func(g *Gold) { g.Events[0].Date = "2023-13" }, "date"},
		{"event involves unknown", func(g *Gold) { g.Events[0].Involves = []string{"OpenAI"} }, "not an entity name"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := good
			c.Gold.Entities = append([]GoldEntity(nil), good.Gold.Entities...)
			c.Gold.Relations = append([]GoldRelation(nil), good.Gold.Relations...)
			c.Gold.Quotes = append([]GoldQuote(nil), good.Gold.Quotes...)
			c.Gold.Events = append([]GoldEvent(nil), good.Gold.Events...)
			tt.mutate(&c.Gold)
			err := c.Validate()
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, want an error containing %q", err, tt.want)
			}
		})
	}
}

// TestGoldFilesValid checks the project's own test articles and, when it is
// there, the shared corpus: a gold file that breaks FORMAT.md would make
// every score computed on it meaningless.
func TestGoldFilesValid(t *testing.T) {
	corpus := os.Getenv("KG_SHARED_CORPUS")
	if corpus == "" {
		corpus = "../../shared/corpus"
	}
	for _, dir := range []string{"../testdata/articles", corpus} {
		if _, err := os.Stat(dir); err != nil {
			t.Logf("skip %s: %v", dir, err)
			continue
		}
		cases, err := Load(dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cases {
			if err := c.Validate(); err != nil {
				t.Errorf("%s: %v", dir, err)
			}
			if dir == corpus {
				continue
			}
			if absent := c.Absent(); len(absent) > 0 {
				t.Errorf("%s/%s: names not in the text: %q", dir, c.Name, absent)
			}
		}
	}
}
