package extract

import (
	"sort"
	"strings"
)

// English quote attribution beyond the shared rules of quotes.go: speakers
// after the verb behind a title, verbs followed by where and when they
// spoke, statements whose attribution closes the sentence, pronouns that
// continue the last speaker, and what an English statement is about.

// enNextSentence is the start of the sentence that follows pos in the same
// paragraph, when only spaces lie between: the splitter cuts after “Done!”,
// yet the verb that follows (“Done!” shouted X) still names who spoke.
func (q *quoter) enNextSentence(pos int) string {
	k := sort.Search(len(q.units), func(i int) bool { return q.units[i].End >= pos })
	if k+1 >= len(q.units) || q.units[k].Start >= pos || q.units[k+1].para != q.units[k].para {
		return ""
	}
	n := q.units[k+1]
	if strings.TrimSpace(sub(q.doc.text, pos, n.Start)) != "" {
		return ""
	}
	return strings.TrimLeft(sub(q.doc.text, n.Start, min(n.End, n.Start+120)), " ,*")
}

// enAside is what may stand between a name and the rest of the words that
// lead to its verb without making the name an object: a bracketed aside
// (Blumenthal (D-CT) said) or where the person is from (Hawley of
// Missouri, said; Lee of the Computer Science Department said).
var enAside = re(`^\s*\([^()"“”]{1,40}\)|^\s+(?:of|from)\s+(?:the\s+)?\p{Lu}[\p{L}\d.'’&-]*(?:\s+(?:\p{Lu}[\p{L}\d.'’&-]*|of|and|for|the))*\s*,?`)

// enStripAside drops the asides that open a gap between a name and its verb.
func enStripAside(g string) string {
	for {
		loc := enAside.FindStringIndex(g)
		if loc == nil || loc[1] == 0 {
			return g
		}
		g = " " + g[loc[1]:]
	}
}

// enPrepositionBefore ends with a preposition: a name right after one is
// its object (the CEO of Acme, a post on X), not the subject of a verb.
var enPrepositionBefore = re(`(?i)\b(?:of|at|for|from|with|in|on|by|to|about|against|without|behind|via)\s+(?:the\s+)?$`)

// enObjectOfPreposition reports whether a subject candidate stands right
// after a preposition: "Brian Roe, the head of Acme, a cloud company, said"
// is Roe's statement, not Acme's, and "a letter to Roe said" none of Roe's.
// Pronouns are no objects of this kind (for he said is no phrase).
func (q *quoter) enObjectOfPreposition(cd cand) bool {
	if cd.ent == nil && cd.gender != 'n' {
		return false
	}
	return enPrepositionBefore.MatchString(sub(q.doc.text, max(0, cd.Start-24), cd.Start))
}

// enNameInApposition reports whether a name set off by commas stands for
// the subject before it, with only its closing comma before the verb: "Our
// CEO, Dana Roe, says".
func (q *quoter) enNameInApposition(cd cand, c cue) bool {
	text := q.doc.text
	if strings.TrimSpace(sub(text, cd.End, c.Start)) != "," {
		return false
	}
	before := strings.TrimRight(sub(text, max(0, cd.Start-4), cd.Start), " ")
	return strings.HasSuffix(before, ",")
}

// enUnitSpeaker is the speaker of English sentence k that a he or she at
// pos in sentence ui most likely continues: a pronoun that opens a
// statement goes on with the one who spoke last ("Dana Roe, head of
// Greyline, said Lee Chan had her support. She stressed that …"), before
// persons the sentence only names. Chinese keeps the subject-first order.
func (q *quoter) enUnitSpeaker(k, ui, pos int, g byte) *entity {
	if q.zh {
		return nil
	}
	for i := len(q.spoken) - 1; i >= 0; i-- {
		s := q.spoken[i]
		if s.unit != k || k == ui && s.pos >= pos {
			continue
		}
		if s.ent != nil && s.ent.Type == Person && genderFits(q.genderOf(s.ent), g) {
			return s.ent
		}
	}
	return nil
}

// enThatAfter opens reported speech right after a verb.
var enThatAfter = re(`^\s*(?:,\s*)?that\b`)

// enReplyAfter reports whether the verb that follows a quotation goes on
// with a statement of its own ("Is it done?" Lee replied that it was): the
// quotation is then someone else's words, the question Lee answers.
func (q *quoter) enReplyAfter(verbEnd int) bool {
	return !q.zh && enThatAfter.MatchString(sub(q.doc.text, verbEnd, min(len(q.doc.text), verbEnd+12)))
}
