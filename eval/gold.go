// Package eval scores extraction results against hand-made gold
// annotations, as ../shared/corpus/FORMAT.md defines them: precision, recall
// and F1 for entities, relations, quotes (and their about) and events.
package eval

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/newsgraph/kg/extract"
)

// Gold is one NAME.gold.json file: everything a careful reader extracts
// from the article.
type Gold struct {
	Article   string         `json:"article"`
	Lang      string         `json:"lang"`
	Published string         `json:"published"`
	Source    string         `json:"source"`
	Entities  []GoldEntity   `json:"entities"`
	Relations []GoldRelation `json:"relations"`
	Quotes    []GoldQuote    `json:"quotes"`
	Events    []GoldEvent    `json:"events"`
}

// GoldEntity is a person, organization or model with the other names the
// article uses for it.
type GoldEntity struct {
	Name    string       `json:"name"`
	Type    extract.Type `json:"type"`
	Aliases []string     `json:"aliases,omitempty"`
}

// GoldRelation is a fact between two entities named in Gold.Entities.
type GoldRelation struct {
	Type   extract.RelationType `json:"type"`
	From   string               `json:"from"`
	To     string               `json:"to"`
	Role   string               `json:"role,omitempty"`
	Former bool                 `json:"former,omitempty"`
}

// GoldQuote is a statement attributed to a person; Contains is a short piece
// of its text copied exactly.
type GoldQuote struct {
	Speaker  string   `json:"speaker"`
	Contains string   `json:"contains"`
	About    []string `json:"about"`
}

// GoldEvent is a dated happening; Date is YYYY, YYYY-MM or YYYY-MM-DD.
type GoldEvent struct {
	Name     string   `json:"name"`
	Date     string   `json:"date"`
	Involves []string `json:"involves"`
}

// Case is one annotated article: its name (the file name without
// .gold.json), its text and its gold annotation.
type Case struct {
	Name string
	Text string
	Gold Gold
}

// Load reads every NAME.gold.json in dir (not its sub-folders) with the
// article beside it (Gold.Article, or NAME.txt when that is empty), sorted by
// name. A folder without gold files is an error.
func Load(dir string) ([]Case, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if err != nil {
		return nil, fmt.Errorf("list gold files in %s: %w", dir, err)
	}
	if len(paths) == 0 {
		if _, err := os.Stat(dir); err != nil {
			return nil, fmt.Errorf("read gold folder: %w", err)
		}
		return nil, fmt.Errorf("no *.gold.json files in %s", dir)
	}
	sort.Strings(paths)
	cases := make([]Case, 0, len(paths))
	for _, p := range paths {
		c, err := LoadCase(p)
		if err != nil {
			return nil, err
		}
		cases = append(cases, c)
	}
	return cases, nil
}

// LoadCase reads one gold file and the article it annotates.
func LoadCase(goldPath string) (Case, error) {
	b, err := os.ReadFile(goldPath)
	if err != nil {
		return Case{}, fmt.Errorf("read gold: %w", err)
	}
	var g Gold
	if err := json.Unmarshal(b, &g); err != nil {
		return Case{}, fmt.Errorf("parse gold %s: %w", goldPath, err)
	}
	name := strings.TrimSuffix(filepath.Base(goldPath), ".gold.json")
	article := g.Article
	if article == "" {
		article = name + ".txt"
	}
	text, err := os.ReadFile(filepath.Join(filepath.Dir(goldPath), article))
	if err != nil {
		return Case{}, fmt.Errorf("read article for %s: %w", goldPath, err)
	}
	return Case{Name: name, Text: string(text), Gold: g}, nil
}

var (
	goldDate      = regexp.MustCompile(`^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$`)
	publishedDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
)

// Validate checks that the gold file keeps FORMAT.md's rules against its
// article text: known types, every name used by a relation, quote or event
// listed among the entities, each name listed once, quote texts present in
// the article, well-formed dates. It returns every problem found.
func (c Case) Validate() error {
	g := c.Gold
	var errs []error
	bad := func(format string, a ...any) {
		errs = append(errs, fmt.Errorf("%s: "+format, append([]any{c.Name}, a...)...))
	}
	if g.Lang != "zh" && g.Lang != "en" {
		bad("lang %q is not zh or en", g.Lang)
	}
	if !publishedDate.MatchString(g.Published) {
		bad("published %q is not YYYY-MM-DD", g.Published)
	}
	types := map[string]extract.Type{} // surface form as written -> type
	keys := map[string]string{}        // key -> entity it belongs to
	for _, e := range g.Entities {
		switch e.Type {
		case extract.Person, extract.Organization, extract.Model:
		default:
			bad("entity %q: type %q", e.Name, e.Type)
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			k := extract.Key(n)
			if k == "" {
				bad("entity %q: empty name", e.Name)
				continue
			}
			if other, ok := keys[k]; ok && other != e.Name {
				bad("name %q belongs to both %q and %q", n, other, e.Name)
			}
			keys[k] = e.Name
			types[n] = e.Type
		}
	}
	need := func(what, name string, want ...extract.Type) {
		t, ok := types[name]
		if !ok {
			bad("%s: %q is not an entity name", what, name)
			return
		}
		for _, w := range want {
			if t == w {
				return
			}
		}
		bad("%s: %q is a %s, want %v", what, name, t, want)
	}
	for _, r := range g.Relations {
		what := fmt.Sprintf("relation %s %s -> %s", r.Type, r.From, r.To)
		switch r.Type {
		case extract.WorksAt:
			need(what, r.From, extract.Person)
			need(what, r.To, extract.Organization)
		case extract.Developed:
			need(what, r.From, extract.Organization)
			need(what, r.To, extract.Model)
		case extract.DerivedFrom:
			need(what, r.From, extract.Model)
			need(what, r.To, extract.Model)
		default:
			bad("%s: unknown type", what)
		}
	}
	folded := extract.Key(c.Text)
	for _, q := range g.Quotes {
		what := fmt.Sprintf("quote of %s %q", q.Speaker, q.Contains)
		need(what, q.Speaker, extract.Person)
		if !strings.Contains(c.Text, q.Contains) || extract.Key(q.Contains) == "" || !strings.Contains(folded, extract.Key(q.Contains)) {
			bad("%s: contains text not in the article", what)
		}
		for _, a := range q.About {
			need(what+" about", a, extract.Person, extract.Organization, extract.Model)
		}
	}
	for _, e := range g.Events {
		what := fmt.Sprintf("event %q", e.Name)
		if !goldDate.MatchString(e.Date) {
			bad("%s: date %q", what, e.Date)
		}
		for _, n := range e.Involves {
			need(what+" involves", n, extract.Person, extract.Organization, extract.Model)
		}
	}
	return errors.Join(errs...)
}

// Absent lists the entity names and aliases that do not occur in the
// article text (ignoring case). FORMAT.md allows none, but annotators add
// well-known other names (an English name for a Chinese article); the
// project's own test articles keep to the letter.
func (c Case) Absent() []string {
	lower := strings.ToLower(c.Text)
	var out []string
	for _, e := range c.Gold.Entities {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if !strings.Contains(lower, strings.ToLower(n)) {
				out = append(out, n)
			}
		}
	}
	return out
}
