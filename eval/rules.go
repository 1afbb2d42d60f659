package eval

import "sort"

// RuleScore is how one extraction rule did on a gold set: the items it
// produced that a gold item matched (Hits) and those none did (False). A
// rule that fires only falsely shows up here; a new rule proves itself by
// hits on many articles. An item found by several rules (an entity whose
// mentions several recognizers found) counts for each of them.
type RuleScore struct {
	ID       string `json:"id"`
	Hits     int    `json:"hits"`
	False    int    `json:"false"`
	Articles int    `json:"articles"` // articles the rule produced an item in
	// last is the article the rule last fired in, to count articles once.
	last string
}

// Precision is Hits over everything the rule produced.
func (s RuleScore) Precision() float64 {
	if s.Hits+s.False == 0 {
		return 0
	}
	return float64(s.Hits) / float64(s.Hits+s.False)
}

// credit counts one predicted item for each of its rules.
func (a *article) credit(ids []string, hit bool) {
	for _, id := range ids {
		if id == "" {
			continue
		}
		if a.rep.ByRule == nil {
			a.rep.ByRule = map[string]*RuleScore{}
		}
		s := a.rep.ByRule[id]
		if s == nil {
			s = &RuleScore{ID: id}
			a.rep.ByRule[id] = s
		}
		if hit {
			s.Hits++
		} else {
			s.False++
		}
		if s.last != a.c.Name {
			s.last = a.c.Name
			s.Articles++
		}
	}
}

// RulesByFalse lists the report's rule scores, most false hits first, then
// fewest hits, then by ID.
func (rep *Report) RulesByFalse() []RuleScore {
	out := make([]RuleScore, 0, len(rep.ByRule))
	for _, s := range rep.ByRule {
		out = append(out, *s)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.False != b.False {
			return a.False > b.False
		}
		if a.Hits != b.Hits {
			return a.Hits < b.Hits
		}
		return a.ID < b.ID
	})
	return out
}
