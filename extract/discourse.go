// Stage: discourse. What quote and event finding read of a document before
// any attribution: quotation marks, units (sentence groups), the possible
// subjects of a speech verb, paragraphs and datelines. Reads the prepared
// document (text, sentences, mentions).
//
// Quote finding works on "units": the article's sentences, joined where a
// pair of quotation marks runs across a sentence end, so that a quote of
// several sentences stays one quote.

package extract

import (
	"iter"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// qmark is one top-level pair of quotation marks: span covers the marks,
// inner the words between them.
type qmark struct {
	span
	inner span
}

// unit is a sentence, or sentences joined by a quotation spanning them.
type unit struct {
	span
	para int
}

// cand is something that can be the subject of a speech verb: an entity
// mention, or a pronoun found in the text.
type cand struct {
	span
	ent    *entity // nil for a pronoun
	gender byte    // pronouns: 'm' or 'f'; 'n' for a pronoun of a thing (该公司, it)
}

// discourse is what quote and event finding read of a document before any
// attribution: its quotation marks, its units (sentence groups), the
// possible subjects of a speech verb, its paragraphs and datelines, the
// folded view of Chinese text and the units that tell of a deal. It is
// built once per document (newDiscourse); the parts made on demand are
// cached here.
type discourse struct {
	doc    *document
	zh     bool
	marks  []qmark
	units  []unit
	cands  []cand
	folded string // ztext's folded view of the text, made when needed
	// surnameOrgs are one-word organizations that are a person's surname.
	surnameOrgs map[*entity]*entity
	// paras are paraSpans when the document has no paragraphs of its own;
	// datelines is where each paragraph's dateline ends (-1: none).
	paras     []span
	datelines map[int]int
	// dealUnits is, for each unit, the last unit up to it whose text
	// tells of a deal (-1: none), made when first needed.
	dealUnits []int
	lastCues  cueMemo // findCues' last answer, asked again for the same span
}

// newDiscourse reads doc's quotation marks, units and subject candidates.
func newDiscourse(doc *document) *discourse {
	d := &discourse{doc: doc, zh: doc.lang != "en"}
	d.marks = findQuoteMarks(doc.text)
	d.units = d.buildUnits()
	d.cands = d.buildCands()
	return d
}

// Opening marks and the closing mark that pairs with each.
var quotePairs = map[rune]rune{'“': '”', '「': '」', '『': '』', '"': '"', '＂': '＂'}

// findQuoteMarks pairs quotation marks paragraph by paragraph. Only the
// outermost pairs are returned; nested marks, single quotes included, are
// part of the outer quote. A mark left open at the end of a paragraph closes
// there: a quote that runs on is cut rather than swallowing the article.
func findQuoteMarks(text string) []qmark {
	var out []qmark
	var open rune
	var start int
	depth := 0
	for i, r := range text {
		if r == '\n' {
			if depth > 0 {
				out = append(out, qmark{span{start, i}, span{start + utf8.RuneLen(open), i}})
			}
			depth, open = 0, 0
			continue
		}
		if depth == 0 {
			if _, ok := quotePairs[r]; ok {
				open, start, depth = r, i, 1
			}
			continue
		}
		closer := quotePairs[open]
		switch {
		case r == closer:
			if open == closer || depth == 1 {
				out = append(out, qmark{span{start, i + utf8.RuneLen(r)}, span{start + utf8.RuneLen(open), i}})
				depth, open = 0, 0
			} else {
				depth--
			}
		case r == open && open != closer:
			depth++
		}
	}
	if depth > 0 {
		out = append(out, qmark{span{start, len(text)}, span{start + utf8.RuneLen(open), len(text)}})
	}
	return out
}

// markAt returns the index of the mark that contains pos, or -1.
func (d *discourse) markAt(pos int) int {
	i := sort.Search(len(d.marks), func(i int) bool { return d.marks[i].End > pos })
	if i < len(d.marks) && d.marks[i].Start <= pos {
		return i
	}
	return -1
}

// buildUnits groups the sentences into units: a sentence that starts inside
// a quotation opened in the one before joins it, and a unit holds every
// quotation that opens in it.
func (d *discourse) buildUnits() []unit {
	sents := d.doc.sentences
	if len(sents) == 0 {
		for i, p := range paragraphs(d.doc.text) {
			for _, s := range splitSentences(d.doc.text, p) {
				sents = append(sents, sentence{span: s, Para: i})
			}
		}
	}
	var out []unit
	for _, s := range sents {
		if n := len(out); n > 0 && out[n-1].para == s.Para && s.Start < d.marksEnd(out[n-1].span) {
			out[n-1].End = max(out[n-1].End, s.End)
			continue
		}
		out = append(out, unit{s.span, s.Para})
	}
	// A unit holds every mark that opens in it, whole.
	for i := range out {
		out[i].End = max(out[i].End, d.marksEnd(out[i].span))
		if i+1 < len(out) && out[i+1].Start < out[i].End {
			out[i].End = out[i+1].Start
		}
	}
	return out
}

// sub is text[a:b], empty when the bounds cross: names and marks can
// straddle a sentence end the splitter chose.
func sub(text string, a, b int) string {
	a, b = max(a, 0), min(b, len(text))
	if a >= b {
		return ""
	}
	return text[a:b]
}

// marksEnd is where the last quotation mark that opens in s ends.
func (d *discourse) marksEnd(s span) int {
	end := s.End
	for i := d.markFrom(s.Start); i < len(d.marks) && d.marks[i].Start < s.End; i++ {
		end = max(end, d.marks[i].End)
	}
	return end
}

// Pronouns a speech verb can have as its subject: persons (他, she) and
// things (该公司, it), which make the statement no person's.
var (
	zhPronoun = re(`[他她](?:[们們人]?)`)
	enPronoun = re(`\b(?:[Hh]e|[Ss]he)\b`)
	// Pronouns and descriptions of things: a subject that is no person.
	// The organizations are coref.go's vocabulary.
	thingPronoun = re(zhOrgAnaphorAlt + `|\b(?:[Tt]he (?:` + enOrgNounAlt + `|report|study|paper|memo|memorandum|statement)|[Ii]t|[Tt]hey)\b`)
)

// buildCands lists every possible subject outside quotation marks, in text order.
func (d *discourse) buildCands() []cand {
	text := d.doc.text
	// Sized once: a 他 or 她 starts each Chinese pronoun, so their count
	// bounds those; growing the slice by doubling through a long article
	// of pronouns cost more than the slice itself (issue 16).
	out := make([]cand, 0, len(d.doc.mentions)+strings.Count(text, "他")+strings.Count(text, "她")+16)
	taken := d.doc.overlapsMention // bounded.go: a binary search, not a scan per pronoun
	for _, m := range d.doc.mentions {
		if m.Entity == nil || d.markAt(m.Start) >= 0 {
			continue
		}
		if m.Kind == byPronoun && isPersonPronoun(text[m.Start:m.End]) {
			continue // resolved here, against the speakers
		}
		out = append(out, cand{span: m.span, ent: d.enPersonForOrg(m.Entity)})
	}
	for loc := range zhPronouns(text) {
		w := sub(text, loc[0], loc[1])
		if len(w) > 3 || (loc[0] >= 3 && sub(text, loc[0]-3, loc[0]) == "其") || d.markAt(loc[0]) >= 0 {
			continue // 他们, 他人, 其他
		}
		g := byte('m')
		if w == "她" {
			g = 'f'
		}
		out = append(out, cand{span: span{loc[0], loc[1]}, gender: g})
	}
	for _, loc := range enPronoun.FindAllStringIndex(text, -1) {
		if d.markAt(loc[0]) >= 0 {
			continue
		}
		g := byte('m')
		if strings.EqualFold(sub(text, loc[0], loc[1]), "she") {
			g = 'f'
		}
		out = append(out, cand{span: span{loc[0], loc[1]}, gender: g})
	}
	if !d.zh {
		out = append(out, d.enNameCands(taken)...)
		out = append(out, d.enDescriptorCands()...)
	}
	for _, loc := range thingPronoun.FindAllStringIndex(text, -1) {
		if d.markAt(loc[0]) >= 0 || taken(loc[0], loc[1]) {
			continue
		}
		out = append(out, cand{span: span{loc[0], loc[1]}, gender: 'n'})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// zhPronouns yields the matches of zhPronoun in text, in order, one at a
// time: FindAllStringIndex made a [2]int slice per match, 700 k of them
// for 4 MB of 他说 (issue 16). A 他 or 她 and the one of 们們人 after it.
func zhPronouns(text string) iter.Seq[[2]int] {
	return func(yield func([2]int) bool) {
		for from := 0; ; {
			k := strings.IndexAny(text[from:], "他她")
			if k < 0 {
				return
			}
			start := from + k
			end := start + len("他")
			if r, n := utf8.DecodeRuneInString(text[end:]); r == '们' || r == '們' || r == '人' {
				end += n
			}
			if !yield([2]int{start, end}) {
				return
			}
			from = end
		}
	}
}

// isPersonPronoun reports whether s is he, she, 他 or 她, which the quoter
// resolves against the speakers itself.
func isPersonPronoun(s string) bool {
	switch strings.ToLower(s) {
	case "他", "她", "he", "she":
		return true
	}
	return false
}

// paraEnd is where the paragraph of unit ui ends.
func (d *discourse) paraEnd(ui int) int {
	end := d.units[ui].End
	for k := ui + 1; k < len(d.units) && d.units[k].para == d.units[ui].para; k++ {
		end = d.units[k].End
	}
	return end
}

// lastRune is the last character of s, empty for an empty s.
func lastRune(s string) string {
	_, n := utf8.DecodeLastRuneInString(s)
	return s[len(s)-n:]
}

// runeLetters counts the letters and digits of s.
func runeLetters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return n
}

// paraStart reports whether unit ui opens its paragraph.
func (d *discourse) paraStart(ui int) bool {
	return ui == 0 || d.units[ui-1].para != d.units[ui].para
}

// unitAfter is the index of the unit that follows the one ending at end in
// the same paragraph, or -1.
func (d *discourse) unitAfter(end int) int {
	i := sort.Search(len(d.units), func(i int) bool { return d.units[i].End >= end })
	if i+1 < len(d.units) && d.units[i].End == end && d.units[i+1].para == d.units[i].para {
		return i + 1
	}
	return -1
}

// sentenceEnd cuts [s, e) at the first sentence end outside quotation
// marks: a unit joined across a quote can hold several sentences.
func (d *discourse) sentenceEnd(s, e int) int {
	text := d.doc.text
	for i := s; i < e; {
		if mi := d.markAt(i); mi >= 0 {
			i = max(i+1, d.marks[mi].End)
			continue
		}
		r, n := utf8.DecodeRuneInString(sub(text, i, e))
		if strings.ContainsRune("。！？!?", r) || r == '.' && (englishStop(text, i) || strings.HasPrefix(text[i+1:], " \"") || strings.HasPrefix(text[i+1:], " “")) {
			return i + n
		}
		i += n
	}
	return e
}

// inDateline reports whether s lies in the dateline that opens its
// paragraph ("SAN JOSE (Reuters) -", 新华社杭州5月9日电): the agency is
// no part of the story.
func (d *discourse) inDateline(s span) bool {
	ps := d.paraSpans()
	// Paragraphs are in text order without overlaps: the first that ends
	// after s.Start is the only one that can hold it.
	i := sort.Search(len(ps), func(i int) bool { return ps[i].End > s.Start })
	if i == len(ps) || s.Start < ps[i].Start {
		return false
	}
	end, ok := d.datelines[i]
	if !ok {
		p := ps[i]
		t := sub(d.doc.text, p.Start, p.End)
		loc := zhDateline.FindStringIndex(foldZh(t)) // 日電 in traditional text
		if loc == nil {
			loc = enDateline.FindStringIndex(t)
		}
		end = -1
		if loc != nil {
			end = p.Start + loc[1]
		}
		if d.datelines == nil {
			d.datelines = map[int]int{}
		}
		d.datelines[i] = end
	}
	return end >= 0 && s.End <= end
}

// paraSpans are the paragraphs, from the document or from the units.
func (d *discourse) paraSpans() []span {
	if len(d.doc.paras) > 0 {
		return d.doc.paras
	}
	if d.paras != nil {
		return d.paras
	}
	d.paras = d.paraSpansFromUnits()
	return d.paras
}

// paraSpansFromUnits joins the units of each paragraph.
func (d *discourse) paraSpansFromUnits() []span {
	var out []span
	for i, u := range d.units {
		if i == 0 || d.units[i-1].para != u.para {
			out = append(out, u.span)
		} else {
			out[len(out)-1].End = u.End
		}
	}
	return out
}

// sameUnit reports whether two offsets lie in one sentence.
func (d *discourse) sameUnit(a, b int) bool {
	i := sort.Search(len(d.units), func(i int) bool { return d.units[i].End > a })
	return i < len(d.units) && d.units[i].Start <= b && b < d.units[i].End
}

// unitOf is the index of the unit that holds pos.
func (d *discourse) unitOf(pos int) int {
	i := sort.Search(len(d.units), func(i int) bool { return d.units[i].End > pos })
	return min(i, len(d.units)-1)
}

// Datelines that open a paragraph: PLACE (Agency) — and 北京3月5日电.
var (
	enDateline = re(`^[A-Z][A-Za-z .,'’/-]{1,60}\([A-Za-z .]{2,30}\)\s*[-–—]+\s*|^\(?[A-Z][A-Za-z]+\)?\s*[-–—]+\s*`)
	zhDateline = re(`^[^，。；\n]{0,24}?[0-9０-９一二三四五六七八九十]+日(?:专电|电|综合外电报导|综合外电报道|综合报导|综合报道)(?:[（(][^）)]{0,20}[）)])?\s*`)
)
