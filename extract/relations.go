// Stage: relations, after mentions, coref and discourse: the finder of
// WORKS_AT, DEVELOPED and DERIVED_FROM and its driver. Reads the
// document's sentences, name mentions and the lexicon; each relations_*.go
// file adds what one family of patterns states, under a named rule.

package extract

import "strings"

// relations finds the facts the article states between its entities:
// who works where, which organization built which model, which model comes
// from which. The lexicon only confirms what the text puts side by side.
func (x *Extractor) relations(doc *document) []Relation {
	r := &relFinder{x: x, doc: doc, seen: map[Relation]bool{}, stated: map[*entity]bool{}, inherited: map[string]bool{}}
	for si, s := range doc.sentences {
		// Windows bound the pairs a sentence of many mentions costs.
		for _, ms := range mentionWindows(doc.sentenceMentions(s)) {
			before := len(r.out)
			r.worksAt(s, ms)
			r.sharedPosts(s, ms, before)
			r.laterClause(s, ms)
			r.coordinatedEmployers(s, ms, before)
			r.developed(si, s, ms)
			r.companyReleased(s, ms)
			r.itsModel(s, ms)
			r.jointAndParenMakers(s, ms)
			derivedFrom := len(r.out)
			r.derived(s, ms)
			r.adoptsBase(s, ms)
			r.zhVersionOf(s, ms)
			r.basedAdjective(s, ms)
			r.coordinatedBases(s, ms, derivedFrom)
		}
	}
	r.namedAfterMaker()
	r.families()
	r.familyFromVersions()
	return r.out
}

// relFinder collects the relations of one article: each rule method reads
// a sentence's mentions and adds what it finds through add, which keeps
// the first relation of a type between two entities.
type relFinder struct {
	x    *Extractor
	doc  *document
	out  []Relation
	seen map[Relation]bool
	// byFamily records DERIVED_FROM found from names alone (Llama 2 ->
	// Llama): a version inherits its family's developer, unless the text
	// says the version was fine-tuned from something (stated), which is how
	// third parties' models are introduced (Phi-3-mini-PL, fine-tuned from
	// Phi-3-mini).
	byFamily  [][2]*entity
	stated    map[*entity]bool
	inherited map[string]bool
	// via names the rule that is reusing another rule's reading of a
	// clause: a pronoun rule runs copulaWork and verbWork on 他/He standing
	// for a person, and what they find is the pronoun rule's.
	via string
}

// add records a relation of type t from from to to, found by rule id,
// unless the types of the ends do not fit t or the same relation was found
// before: the first rule to find a relation names it.
func (r *relFinder) add(id string, t RelationType, from, to *entity, role string, former bool) {
	if from == nil || to == nil || from == to {
		return
	}
	switch t {
	case WorksAt:
		if from.Type != Person || to.Type != Organization {
			return
		}
	case Developed:
		if from.Type != Organization || to.Type != Model {
			return
		}
	case DerivedFrom:
		if from.Type != Model || to.Type != Model {
			return
		}
	}
	k := Relation{Type: t, From: from.Name, To: to.Name}
	if r.seen[k] {
		return
	}
	r.seen[k] = true
	r.out = append(r.out, Relation{Type: t, From: from.Name, To: to.Name, Role: strings.TrimSpace(role), Former: former, Rule: id})
}

// sentenceMentions returns the name mentions inside a sentence, in order.
func (doc *document) sentenceMentions(s sentence) []mention {
	return doc.mentionsIn(s) // bounded.go: a binary search, not a scan of the article
}

// clauseBreak reports punctuation that ends a clause.
func clauseBreak(s string) bool {
	return strings.ContainsAny(s, "，,。；;：:！？!?“”\"「」")
}

// orgBefore is the organization the anaphor at pos ("the company", 该公司)
// stands for, as coref reads it for a relation (relationOrgWindow).
func (r *relFinder) orgBefore(pos int, anaphor string) *entity {
	return r.doc.orgAntecedent(pos, anaphor, relationOrgWindow)
}

// ruleFor is id, or the rule that is running this one on its own behalf
// (see via).
func (r *relFinder) ruleFor(id string) string {
	if r.via != "" {
		return r.via
	}
	return id
}

// viaRule runs find with what it adds credited to rule id.
func (r *relFinder) viaRule(id string, find func()) {
	r.via = id
	defer func() { r.via = "" }()
	find()
}
