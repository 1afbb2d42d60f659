package eval

import (
	"testing"

	"github.com/newsgraph/kg/extract"
)

// TestByRule scores rules: a matched item is a hit for each of its rules,
// an unmatched one a false hit; articles count once per rule.
func TestByRule(t *testing.T) {
	rep := NewReport()
	gold := Gold{Lang: "en", Entities: []GoldEntity{{Name: "Acme", Type: extract.Organization}, {Name: "Jo Bloggs", Type: extract.Person}},
		Relations: []GoldRelation{{Type: extract.WorksAt, From: "Jo Bloggs", To: "Acme"}}}
	pred := extract.Result{
		Entities: []extract.Entity{
			{Name: "Acme", Type: extract.Organization, Rules: []string{"entity.lex", "entity.org-head"}},
			{Name: "Jo Bloggs", Type: extract.Person, Rules: []string{"entity.lex"}},
			{Name: "Monday", Type: extract.Organization, Rules: []string{"entity.org-head"}},
		},
		Relations: []extract.Relation{
			{Type: extract.WorksAt, From: "Jo Bloggs", To: "Acme", Rule: "works-at.apposition"},
			{Type: extract.WorksAt, From: "Jo Bloggs", To: "Monday", Rule: "works-at.apposition"},
			{Type: extract.Developed, From: "Acme", To: "Jo Bloggs", Rule: "developed.verb"},
		},
	}
	rep.Add(Case{Name: "a", Text: "Jo Bloggs of Acme spoke on Monday.", Gold: gold}, pred)
	rep.Add(Case{Name: "b", Text: "Jo Bloggs of Acme spoke on Monday.", Gold: gold}, pred)
	want := map[string]RuleScore{
		"entity.lex":          {Hits: 4, False: 0, Articles: 2},
		"entity.org-head":     {Hits: 2, False: 2, Articles: 2},
		"works-at.apposition": {Hits: 2, False: 2, Articles: 2},
		"developed.verb":      {Hits: 0, False: 2, Articles: 2},
	}
	if len(rep.ByRule) != len(want) {
		t.Errorf("ByRule has %d rules, want %d", len(rep.ByRule), len(want))
	}
	for id, w := range want {
		got := rep.ByRule[id]
		if got == nil || got.Hits != w.Hits || got.False != w.False || got.Articles != w.Articles {
			t.Errorf("%s = %+v, want %+v", id, got, w)
		}
	}
	order := rep.RulesByFalse()
	if order[0].ID != "developed.verb" || order[len(order)-1].ID != "entity.lex" {
		t.Errorf("RulesByFalse order = %v", order)
	}
	var falseRules []string
	for _, f := range rep.Findings {
		if f.Kind == False && f.Item == "relation" && f.Type == string(extract.Developed) {
			falseRules = append(falseRules, f.Rules...)
		}
	}
	if len(falseRules) != 2 || falseRules[0] != "developed.verb" {
		t.Errorf("false DEVELOPED findings name rules %v, want developed.verb twice", falseRules)
	}
}
