package extract

import (
	"slices"
	"sync"
	"testing"
)

var (
	embeddedOnce sync.Once
	embeddedX    *Extractor
	embeddedErr  error
)

// embeddedExtractor is the product's extractor (embedded lexicon), built once.
func embeddedExtractor(t *testing.T) *Extractor {
	t.Helper()
	embeddedOnce.Do(func() { embeddedX, embeddedErr = New() })
	if embeddedErr != nil {
		t.Fatal(embeddedErr)
	}
	return embeddedX
}

// firedRules is every rule ID the items of r carry.
func firedRules(r Result) map[string]bool {
	ids := map[string]bool{}
	for _, e := range r.Entities {
		for _, id := range e.Rules {
			ids[id] = true
		}
	}
	for _, x := range r.Relations {
		ids[x.Rule] = true
	}
	for _, q := range r.Quotes {
		ids[q.Rule] = true
	}
	for _, e := range r.Events {
		ids[e.Rule] = true
	}
	delete(ids, "")
	return ids
}

// TestRuleBook is every rule's own table test: each Fire text must produce
// an item that names the rule, each Hold text must not.
func TestRuleBook(t *testing.T) {
	x := embeddedExtractor(t)
	for _, info := range Rules() {
		r := ruleBook[info.ID]
		t.Run(r.ID, func(t *testing.T) {
			if len(r.Fire) == 0 || len(r.Hold) == 0 {
				t.Fatalf("rule %s needs at least one Fire and one Hold text", r.ID)
			}
			for _, text := range r.Fire {
				if got := firedRules(x.Article(Doc{Text: text, Published: ruleTestPublished})); !got[r.ID] {
					t.Errorf("did not fire on %q (fired: %v)", text, keys(got))
				}
			}
			for _, text := range r.Hold {
				if got := firedRules(x.Article(Doc{Text: text, Published: ruleTestPublished})); got[r.ID] {
					t.Errorf("fired on %q", text)
				}
			}
		})
	}
}

// TestEveryItemNamesItsRule runs the test articles and checks that every
// entity, relation, quote and event names a rule, and only defined ones.
func TestEveryItemNamesItsRule(t *testing.T) {
	x := embeddedExtractor(t)
	texts := articles(t)
	for name, text := range texts {
		r := x.Article(Doc{Text: text, Published: ruleTestPublished})
		check := func(what string, ids ...string) {
			if len(ids) == 0 || ids[0] == "" {
				t.Errorf("%s: %s names no rule", name, what)
			}
			for _, id := range ids {
				if id != "" && ruleBook[id] == nil {
					t.Errorf("%s: %s names undefined rule %q", name, what, id)
				}
			}
		}
		for _, e := range r.Entities {
			check("entity "+e.Name, e.Rules...)
		}
		for _, rel := range r.Relations {
			check(string(rel.Type)+" "+rel.From+" → "+rel.To, rel.Rule)
		}
		for _, q := range r.Quotes {
			check("quote of "+q.Speaker, q.Rule)
		}
		for _, e := range r.Events {
			check("event "+e.Name, e.Rule)
		}
	}
}

// withoutRules is r with every rule ID cleared: the golden files record
// what is found, TestRuleBook and TestEveryItemNamesItsRule how.
func withoutRules(r Result) Result {
	out := r
	out.Entities = slices.Clone(r.Entities) // nil stays nil, empty stays empty
	for i := range out.Entities {
		out.Entities[i].Rules = nil
	}
	out.Relations = slices.Clone(r.Relations) // nil stays nil, empty stays empty
	for i := range out.Relations {
		out.Relations[i].Rule = ""
	}
	out.Quotes = slices.Clone(r.Quotes) // nil stays nil, empty stays empty
	for i := range out.Quotes {
		out.Quotes[i].Rule = ""
	}
	out.Events = slices.Clone(r.Events) // nil stays nil, empty stays empty
	for i := range out.Events {
		out.Events[i].Rule = ""
	}
	return out
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return sortedRules(out)
}
