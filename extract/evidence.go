// Stage: relations, after all rules ran: gives each relation of the Result
// the sentence that states it. Reads the document's mentions and sentences.

package extract

import (
	"sort"
	"strings"
)

// maxEvidence bounds an evidence sentence in bytes: a "sentence" of a
// scraped page with no full stop can run to kilobytes, and the graph keeps
// one per article and fact.
const maxEvidence = 600

// relationEvidence fills in the Sentence of each relation: the first
// sentence that mentions both ends (by name, surname or pronoun), else the
// first two consecutive sentences that do between them. It reads only what
// the mention stage found, so every relation rule gets evidence without
// carrying it.
func (doc *document) relationEvidence(rels []Relation) {
	if len(rels) == 0 {
		return
	}
	// sentencesOf lists, per entity name, the sentences mentioning it, in
	// order, without repeats.
	sentencesOf := map[string][]int{}
	for _, m := range doc.mentions {
		if m.Entity == nil {
			continue
		}
		i := sort.Search(len(doc.sentences), func(i int) bool { return doc.sentences[i].End > m.Start })
		if i == len(doc.sentences) {
			continue
		}
		l := sentencesOf[m.Entity.Name]
		if len(l) == 0 || l[len(l)-1] != i {
			sentencesOf[m.Entity.Name] = append(l, i)
		}
	}
	for k := range rels {
		a, b := sentencesOf[rels[k].From], sentencesOf[rels[k].To]
		if i, ok := firstCommon(a, b, 0); ok {
			rels[k].Sentence = doc.sentenceText(i, i)
		} else if i, ok := firstCommon(a, b, 1); ok {
			rels[k].Sentence = doc.sentenceText(i-1, i)
		}
	}
}

// firstCommon finds the first sentence index i in b such that a holds i
// or, with gap 1, i-1 or i (both lists sorted ascending).
func firstCommon(a, b []int, gap int) (int, bool) {
	j := 0
	for _, i := range b {
		for j < len(a) && a[j] < i-gap {
			j++
		}
		if j < len(a) && a[j] <= i && (gap > 0 || a[j] == i) {
			return i, true
		}
	}
	return 0, false
}

// sentenceText is the text of sentences from..to, trimmed and bounded.
func (doc *document) sentenceText(from, to int) string {
	return doc.spanText(span{doc.sentences[from].Start, doc.sentences[to].End})
}

// spanText is the text of a span as evidence: spacing folded, bounded to
// maxEvidence bytes.
func (doc *document) spanText(sp span) string {
	s := strings.TrimSpace(doc.text[sp.Start:sp.End])
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > maxEvidence {
		cut := maxEvidence
		for cut > 0 && !utf8RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut] + "…"
	}
	return s
}

// utf8RuneStart reports whether b starts a UTF-8 sequence.
func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }
