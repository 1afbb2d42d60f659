package extract

import (
	"fmt"
	"sort"
	"strings"
)

// A rule is one named way the extractor finds something: a recognizer of
// unknown names, a pattern for who works where, an attribution of a quote,
// a dated happening. Every item of a Result names the rule (or, for an
// entity, the rules) that produced it, so a user can ask "why does kg say
// so?" (kg extract --explain) and a gold set can score each rule on its own
// (kg eval --by-rule): a rule that fires only falsely shows up there.
//
// Rules are declared where they are implemented, as package-level values:
//
//	var ruleSaidAfter = defineRule(rule{
//		ID:   "quote.en.said-after",
//		Doc:  "a quotation followed by “, NAME said”",
//		Fire: []string{`“Prices will fall,” said Sam Altman.`},
//		Hold: []string{`“Prices will fall,” the brochure said.`},
//	})
//
// TestRuleBook runs every rule's Fire texts, which must produce an item
// carrying the ID, and its Hold texts, which must not.
type rule struct {
	// ID is stable and reads <stage>.<script>.<name>: entity, works-at,
	// developed, derived-from, quote, event; zh for rules written for Han
	// text, en for Latin text, any for both. The script is the rule's, not
	// the document's: an English title before a name fires in a Chinese
	// article too.
	ID string
	// Doc says in one line what the rule finds.
	Doc string
	// Fire are texts of our own on which the rule must fire; Hold are near
	// misses on which it must not. Both are extracted with published date
	// ruleTestPublished.
	Fire, Hold []string
}

// ruleTestPublished is the publication date TestRuleBook gives every Fire
// and Hold text, so relative dates resolve.
const ruleTestPublished = "2025-06-15"

// ruleBook holds every defined rule by ID.
var ruleBook = map[string]*rule{}

// defineRule registers r and returns its ID, for the call sites that tag
// what the rule produces. Two rules with one ID are a programming error,
// caught when the package loads.
func defineRule(r rule) string {
	if r.ID == "" || strings.ContainsAny(r.ID, " \t\n") || r.Doc == "" {
		panic(fmt.Sprintf("extract: rule %q needs an ID without spaces and a Doc", r.ID))
	}
	if _, dup := ruleBook[r.ID]; dup {
		panic("extract: rule " + r.ID + " defined twice")
	}
	ruleBook[r.ID] = &r
	return r.ID
}

// RuleInfo describes one extraction rule for listings such as
// kg eval --by-rule.
type RuleInfo struct {
	ID  string `json:"id"`
	Doc string `json:"doc"`
}

// Rules lists every extraction rule, sorted by ID.
func Rules() []RuleInfo {
	out := make([]RuleInfo, 0, len(ruleBook))
	for _, r := range ruleBook {
		out = append(out, RuleInfo{ID: r.ID, Doc: r.Doc})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// credit records that rule id found (a mention of) e.
func (e *entity) credit(id string) {
	if id == "" {
		return
	}
	for _, have := range e.rules {
		if have == id {
			return
		}
	}
	e.rules = append(e.rules, id)
}

// sortedRules is a copy of ids, sorted; nil when there are none.
func sortedRules(ids []string) []string {
	if len(ids) == 0 {
		return nil
	}
	out := append([]string(nil), ids...)
	sort.Strings(out)
	return out
}
