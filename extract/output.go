package extract

import "sort"

// result turns the working document into a Result: entities in the order
// of their first mention with sorted aliases (the canonical name left
// out), relations without duplicates.
func (doc *document) result(rels []Relation, quotes []Quote, events []Event) Result {
	first := map[*entity]int{}
	for _, m := range doc.mentions {
		if m.Entity == nil {
			continue
		}
		if _, ok := first[m.Entity]; !ok {
			first[m.Entity] = m.Start
		}
	}
	ents := make([]*entity, 0, len(doc.entities))
	for _, e := range doc.entities {
		if _, ok := first[e]; ok {
			ents = append(ents, e)
		}
	}
	sort.SliceStable(ents, func(i, j int) bool { return first[ents[i]] < first[ents[j]] })
	r := Result{Lang: doc.lang, Entities: []Entity{}, Relations: []Relation{}, Quotes: quotes, Events: events}
	for _, e := range ents {
		aliases := []string{}
		for a := range e.aliases {
			if a != e.Name {
				aliases = append(aliases, a)
			}
		}
		sort.Strings(aliases)
		r.Entities = append(r.Entities, Entity{Name: e.Name, Type: e.Type, Aliases: aliases, Mentions: e.mentions, Rules: sortedRules(e.rules)})
	}
	seen := map[Relation]bool{}
	for _, rel := range rels {
		k := rel
		k.Role, k.Former, k.Sentence, k.Rule = "", false, "", ""
		if seen[k] {
			continue
		}
		seen[k] = true
		r.Relations = append(r.Relations, rel)
	}
	doc.relationEvidence(r.Relations)
	if r.Quotes == nil {
		r.Quotes = []Quote{}
	}
	if r.Events == nil {
		r.Events = []Event{}
	}
	return r
}
