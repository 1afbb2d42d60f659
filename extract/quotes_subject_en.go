// Stage: quotes, English. The subject of an English speech verb: the
// candidate before "said", past adverbs and appositions. Reads the
// discourse.

package extract

import (
	"strings"
)

// enGapWord is a word that may stand between a subject and its verb (also,
// has, recently, today).
var enGapWord = re(`^(?:also|has|have|had|long|often|always|since|still|even|already|later|then|previously|recently|once|` +
	`further|again|separately|first|himself|herself|on|last|this|month|week|year|today|yesterday|morning|` +
	`evening|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\w+ly)$`)

// enAppositive is an apposition between a subject and its verb: X, the
// chief executive, said.
var enAppositive = re(`^\s*,(?:[^,"“”;]{1,120},){1,3}\s*(?:(?:also|later|then|has|have|had|long|often|always|since|still|even|already|\w+ly)\s+)*$`)

// enGapOK reports whether the words between an English subject and its verb
// are adverbs or an appositive ("Lee Chan, the agency's press
// secretary, said").
func enGapOK(g string) bool {
	g = enStripAside(g)
	if enAppositive.MatchString(g) {
		return true
	}
	for _, w := range strings.Fields(g) {
		if !enGapWord.MatchString(w) {
			return false
		}
	}
	return true
}

// enSubject finds the subject of an English speech verb: the nearest name
// before it that only adverbs or an appositive separate from it; for a
// participle (", saying …") the first person of the sentence.
func (q *quoter) enSubject(u unit, c cue, lo int) *cand {
	text := q.doc.text
	cs := max(q.clauseStart(u, c.Start), lo)
	if enParticiple[c.word] {
		for i := q.candFrom(cs); i < len(q.cands) && q.cands[i].Start <= c.Start; i++ {
			if cd := q.cands[i]; cd.Start >= cs && cd.End <= c.Start && (cd.ent == nil && cd.gender != 'n' || cd.ent != nil && cd.ent.Type == Person) {
				return &q.cands[i]
			}
		}
		return nil
	}
	tries := 0
	// Candidates that start after the verb end after it: skip them at once.
	for i := q.candFrom(c.Start+1) - 1; i >= 0 && tries < 4; i-- {
		cd := q.cands[i]
		if cd.End > c.Start {
			continue
		}
		if cd.Start < cs {
			break
		}
		tries++
		after := sub(text, cd.End, min(len(text), cd.End+3))
		if strings.HasPrefix(after, "'s") || strings.HasPrefix(after, "’s") || q.enObjectOfPreposition(cd) {
			continue
		}
		if enGapOK(sub(text, cd.End, c.Start)) || q.enNameInApposition(cd, c) {
			return &q.cands[i]
		}
	}
	return nil
}
