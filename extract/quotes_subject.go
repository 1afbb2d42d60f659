// Stage: quotes. The speaker of a speech verb, in either script: the
// subject the verb has, the person a pronoun refers to, and the attributing
// words (region, chain) around them. Reads the discourse and the speakers
// found so far.

package extract

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// ruleQuotePronoun names a quote whose speaker verb has a pronoun subject
// (he said, 他表示): the speaker is the person the pronoun refers to, a step
// of its own that can go wrong, whichever sieve found the verb.
var ruleQuotePronoun = defineRule(rule{
	ID:  "quote.any.pronoun-speaker",
	Doc: "a speech verb whose subject is he, she, 他 or 她, resolved to the last fitting speaker or person",
	Fire: []string{
		"Sam Altman spoke to the students in the hall.\n\n\"Nobody in this room should fear the future of work,\" he said.",
		`李彦宏来到了会场。他表示：“百度明年将在上海开设新的研究中心。”`,
	},
	Hold: []string{
		"OpenAI published a report.\n\n\"Nobody in this room should fear the future of work,\" it said.",
		`李彦宏来到了会场。该公司表示：“百度明年将在上海开设新的研究中心。”`,
	},
})

// speakerAfterCue reads an inverted attribution: "…," said X / says X, a
// title / says the company.
func (q *quoter) speakerAfterCue(ui int, c cue) (attribution, bool) {
	u := q.units[ui]
	lim := min(u.End, c.End+120)
	for _, cd := range q.cands[q.candFrom(c.End):] {
		if cd.Start < c.End {
			continue
		}
		if cd.Start >= lim || strings.ContainsAny(q.enDropHonorifics(sub(q.doc.text, c.End, cd.Start)), ".;!?\"“") {
			break
		}
		end := strings.IndexAny(sub(q.doc.text, cd.End, u.End), ".;“\"")
		if end < 0 {
			end = u.End
		} else {
			end += cd.End
		}
		if p, ok := q.enPersonBehindTitle(cd, u.End); ok {
			cd = p
		}
		att := attribution{cue: c.word, region: span{c.Start, end}, subject: cd.span, pronoun: cd.ent == nil}
		att.speaker = q.personOf(cd, ui)
		return att, true
	}
	return attribution{}, false
}

// attribute finds the subject of the speech verb c in unit ui.
func (q *quoter) attribute(ui int, c cue) attribution {
	return q.attributeWithin(ui, c, q.units[ui].Start)
}

// attributeWithin finds the subject of c among the candidates that start at
// or after lo.
func (q *quoter) attributeWithin(ui int, c cue, lo int) attribution {
	u := q.units[ui]
	att := attribution{cue: c.word}
	if !q.zh && c.word == "according to" {
		if sp, ok := q.speakerAfterCue(ui, c); ok {
			return sp
		}
		return att
	}
	var sub *cand
	if q.zh {
		sub = q.zhSubject(u, c, lo)
	} else {
		sub = q.enSubject(u, c, lo)
	}
	if sub == nil {
		return att
	}
	att.subject = sub.span
	att.chain = span{max(q.chainStart(sub.span), u.Start), sub.End}
	if q.zh {
		att.region = span{q.regionStart(u, q.clauseStart(u, sub.Start)), c.End}
	} else {
		att.region = span{q.enRegionStart(u, att.chain.Start), c.End}
	}
	att.speaker = q.personOf(*sub, ui)
	att.pronoun = sub.ent == nil
	return att
}

// personOf turns a subject into a person: the entity itself, or the person
// a he/she pronoun refers to; nil for organizations and things.
func (q *quoter) personOf(c cand, ui int) *entity {
	if c.ent != nil {
		if c.ent.Type == Person {
			return c.ent
		}
		return nil
	}
	if c.gender == 'n' {
		return nil
	}
	return q.resolvePronoun(ui, c.Start, c.gender)
}

// resolvePronoun picks the person a pronoun at pos refers to: in the
// nearest sentence (this one first) that names a person of a compatible
// gender or holds one's words, the first of them, the sentence's subject.
// It is coref's person policy (personWindow) with the speakers the quoter
// has found as candidates too.
func (q *quoter) resolvePronoun(ui, pos int, g byte) *entity {
	for k := ui; k >= 0 && k >= ui-personWindow.back; k-- {
		u := q.units[k]
		if q.units[ui].para-u.para >= personWindow.paras {
			break
		}
		end := u.End
		if k == ui {
			end = pos
		}
		var found []*entity
		add := func(e *entity) {
			if e == nil || e.Type != Person || !genderFits(q.genderOf(e), g) {
				return
			}
			for _, f := range found {
				if f == e {
					return
				}
			}
			found = append(found, e)
		}
		for _, c := range candsFrom(q.cands, u.Start, end) { // bounded.go
			if c.Start >= u.Start && c.End <= end && c.ent != nil {
				add(c.ent)
			}
		}
		for _, e := range q.spokenIn[k] {
			add(e)
		}
		if len(found) == 0 {
			continue
		}
		if e := q.enUnitSpeaker(k, ui, pos, g); e != nil {
			return e
		}
		// One whose gender is known to fit before one whose gender is
		// unknown; then the subject, named first, rather than the last
		// speaker: "X和Y看法不同。他认为…" is X.
		for _, e := range found {
			if g != 0 && q.genderOf(e) == g {
				return e
			}
		}
		return found[0]
	}
	return nil
}

// genderOf is a person's gender: the lexicon's or a title's, else the one
// the article's own pronouns show.
func (q *quoter) genderOf(e *entity) byte {
	if e.Gender != 0 {
		return e.Gender
	}
	if q.inferred == nil {
		q.inferred = q.inferGenders()
	}
	return q.inferred[e]
}

// inferGenders reads a person's gender from a he or she whose antecedent
// is beyond doubt: the only person named in the nearest sentence before it
// that names any ("Dana Whitfield is an analyst. She said…"). A person
// seen with both stays unknown.
func (q *quoter) inferGenders() map[*entity]byte {
	out := map[*entity]byte{}
	clash := map[*entity]bool{}
	for _, c := range q.cands {
		if c.ent != nil || c.gender != 'm' && c.gender != 'f' {
			continue
		}
		ui := sort.Search(len(q.units), func(i int) bool { return q.units[i].End > c.Start })
		for k := min(ui, len(q.units)-1); k >= 0 && k >= ui-2; k-- {
			u := q.units[k]
			end := min(u.End, c.Start)
			var ps []*entity
			for _, d := range q.candsInside(u.Start, end) {
				if d.Start >= u.Start && d.End <= end && d.ent != nil && d.ent.Type == Person && !appearsIn(ps, d.ent) {
					ps = append(ps, d.ent)
				}
			}
			if len(ps) == 0 {
				continue
			}
			if len(ps) == 1 && ps[0].Gender == 0 {
				if g, ok := out[ps[0]]; ok && g != c.gender {
					clash[ps[0]] = true
				}
				out[ps[0]] = c.gender
			}
			break
		}
	}
	for e := range clash {
		delete(out, e)
	}
	return out
}

// genderFits reports whether a person of gender have can be a pronoun of
// gender want; 0 is unknown and fits both.
func genderFits(have, want byte) bool {
	return have == 0 || want == 0 || have == want
}

// Clause separators: a subject does not reach across them.
const zhClauseStops = "，,；;：:。！？!?\n"

// clauseStart is where the clause holding pos starts within unit u: after
// a Chinese comma or stop outside parentheses, after an English sentence
// stop or semicolon.
func (q *quoter) clauseStart(u unit, pos int) int {
	text := q.doc.text
	depth := 0 // parentheses: 约书亚（Joshua Yang，译音）在推文透露 is one clause
	for i := pos; i > u.Start; {
		r, n := utf8.DecodeLastRuneInString(text[:i])
		depth = zhParenDepth(r, depth)
		if q.zh && strings.ContainsRune(zhClauseStops, r) && (depth == 0 || strings.ContainsRune("。！？!?\n", r)) {
			return i
		}
		// English commas join appositives to their names, and periods
		// end abbreviations (U.S.): only these end a clause.
		if !q.zh && (r == ';' || r == '\n' || r == '!' || r == '?' || r == '.' && englishStop(text, i-n)) {
			return i
		}
		i -= n
	}
	return u.Start
}

// chainStart extends a subject back over the organizations and titles
// that qualify it: 火山引擎总裁谭待, Acme's head of sales Lee Chan.
func (q *quoter) chainStart(subj span) int {
	start := subj.Start
	for i := q.doc.mentionEndingAfter(start) - 1; i >= 0; i-- {
		m := q.doc.mentions[i]
		if m.End > start {
			continue
		}
		if start-m.End > 60 || strings.ContainsAny(sub(q.doc.text, m.End, start), ",;，；。：:“”\"") {
			break
		}
		start = m.Start
	}
	return start
}

// enLeadPhrase is a scene-setting phrase before a subject (In a memo,
// Speaking at the summit,): part of the attributing words.
var enLeadPhrase = re(`^(?:In|On|At|During|Speaking|Writing|Responding)\b[^,]{0,80},\s*$`)

// enRegionStart widens an English attribution to a leading phrase that
// sets the scene ("Speaking at a trade fair in Lyon, …").
func (q *quoter) enRegionStart(u unit, start int) int {
	if enLeadPhrase.MatchString(sub(q.doc.text, u.Start, start)) {
		return u.Start
	}
	return start
}

// regionStart widens a Chinese attribution to the adverbial clauses that
// open its sentence (在今日…大会中，X表示): their names set the scene.
func (q *quoter) regionStart(u unit, cs int) int {
	if !q.zh {
		return u.Start
	}
	text := q.doc.text
	for cs > u.Start {
		ps := q.clauseStart(u, prevRune(text, cs))
		if !zhAdverbial.MatchString(sub(text, ps, cs)) {
			break
		}
		cs = ps
	}
	return cs
}
