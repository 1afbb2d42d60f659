package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// attribution is who said a statement and where the attributing words are.
type attribution struct {
	speaker *entity
	cue     string
	region  span // the attributing words: subject, title, verb
	chain   span // the subject with the organization and title before it
	subject span
}

// quoter holds one document's quote finding: the discourse it reads, and
// the state attribution by context needs (the last speaker).
type quoter struct {
	*discourse
	quotes   []Quote
	spoken   []spokenAt // every attribution made so far, in text order
	regions  []span     // the attributing words of every quote
	last     *entity    // the last speaker; nil after an attribution to no person
	lastPar  int
	inferred map[*entity]byte // genders read from the article's pronouns
	// shared are the offsets of statements two persons made together ("A
	// and B wrote"): one quote for each speaker.
	shared map[int]bool
	// employers are the organizations each person works at now, as the
	// article states it; nil when not looked up (events need none).
	employers map[*entity][]*entity
	// spokenIn are the speakers of spoken by unit, in the same order, so
	// that a pronoun reads its sentence's speakers without a scan.
	spokenIn map[int][]*entity
}

// spokenAt records an attribution, so that a later pronoun can find the
// speaker of an earlier sentence.
type spokenAt struct {
	pos  int
	unit int
	ent  *entity
}

// quotes finds the direct and reported statements the article attributes to
// named persons.
func (x *Extractor) quotes(doc *document) []Quote {
	return runQuoter(doc, x.relations(doc)).found()
}

// runQuoter finds the article's quotes, given its relations. Events read
// the same run: the relations only shape what a quote is about, which no
// event reads, so Article runs the quoter once for both.
func runQuoter(doc *document, rels []Relation) *quoter {
	q := newQuoter(doc)
	q.employers = employers(doc, rels)
	q.run()
	return q
}

// found is the quotes of a run, never nil.
func (q *quoter) found() []Quote {
	if q.quotes == nil {
		return []Quote{}
	}
	return q.quotes
}

// employers maps each person to the organizations the article says they
// work at now, in the order the relations are found: "his team" and 公司 in
// a statement are the speaker's own organization.
func employers(doc *document, rels []Relation) map[*entity][]*entity {
	byName := map[string]*entity{}
	for _, e := range doc.entities {
		byName[e.Name] = e
	}
	out := map[*entity][]*entity{}
	for _, r := range rels {
		p, o := byName[r.From], byName[r.To]
		if r.Type != WorksAt || r.Former || p == nil || o == nil {
			continue
		}
		out[p] = append(out[p], o)
	}
	return out
}

// newQuoter is a quoter for doc, with its discourse built.
func newQuoter(doc *document) *quoter {
	return &quoter{discourse: newDiscourse(doc), lastPar: -10}
}

func (q *quoter) run() {
	for ui := range q.units {
		if q.zh && (q.zhInterview(ui) || q.zhAccording(ui)) || q.labelled(ui) {
			continue
		}
		if q.zh {
			q.zhForgetUnnamed(ui)
		}
		q.doUnit(ui)
	}
	sort.SliceStable(q.quotes, func(i, j int) bool { return q.quotes[i].Offset < q.quotes[j].Offset })
	// The graph keys a quote by article and offset: one quote per offset,
	// but for a statement two persons made together.
	var out []Quote
	for _, qt := range q.quotes {
		if n := len(out); n > 0 && qt.Offset == out[n-1].Offset && (!q.shared[qt.Offset] || qt.Speaker == out[n-1].Speaker) {
			continue
		}
		out = append(out, qt)
	}
	q.quotes = out
}

var labelColon = re(`^[*\s]*[：:][*\s]*`)

// labelled handles the answers of an interview: a paragraph that opens with
// a person's name and a colon (韩书言：…, LeCun: …) is that person's words,
// one quote for the paragraph. It reports whether unit ui belongs to one.
func (q *quoter) labelled(ui int) bool {
	u := q.units[ui]
	start := ui
	for start > 0 && q.units[start-1].para == u.para {
		start--
	}
	ps := q.units[start].Start
	text := q.doc.text
	var who *mention
	if i := q.doc.mentionFrom(ps); i < len(q.doc.mentions) {
		if m := q.doc.mentions[i]; m.Start-ps <= 4 && strings.Trim(sub(text, ps, m.Start), "*【[ ") == "" {
			who = &q.doc.mentions[i]
		}
	}
	if who == nil || who.Entity == nil || who.Entity.Type != Person || who.End > q.units[start].End {
		return false
	}
	// A headline in the X：… style restates what the story quotes.
	if u.para == 0 && !strings.ContainsAny(lastRune(strings.TrimSpace(sub(text, ps, q.paraEnd(start)))), "。！？.!?”」") {
		return false
	}
	loc := labelColon.FindStringIndex(sub(text, who.End, u.End))
	if loc == nil {
		if start == ui {
			return false
		}
		// Later sentences of a labelled paragraph were handled with it.
		return labelColon.MatchString(sub(text, who.End, q.units[start].End))
	}
	if start != ui {
		return true
	}
	end := u.End
	for k := ui + 1; k < len(q.units) && q.units[k].para == u.para; k++ {
		end = q.units[k].End
	}
	bs := who.End + loc[1]
	cueWord := strings.TrimSpace(strings.Trim(sub(text, who.End, bs), "* "))
	body := strings.TrimSpace(sub(text, bs, end))
	if mi := q.markAt(bs + strings.Index(sub(text, bs, end), body)); mi >= 0 && q.marks[mi].End >= end-len("。") {
		// 韩书言：“…”: the words are those between the marks.
		bs, end = q.marks[mi].inner.Start, q.marks[mi].inner.End
		body = strings.TrimSpace(sub(text, bs, end))
	}
	if runeLetters(body) < 4 || q.zh && zhBioLine(body) {
		return false
	}
	off := bs + strings.Index(sub(text, bs, end), body)
	att := attribution{speaker: who.Entity, cue: "：", region: span{ps, bs}, subject: who.span}
	q.emit(Quote{
		Speaker:  who.Entity.Name,
		Text:     body,
		Kind:     Direct,
		Cue:      cueWord,
		Offset:   off,
		Sentence: strings.TrimSpace(sub(text, ps, end)),
	}, ui, span{off, off + len(body)}, att, u)
	return true
}

// doUnit finds the quotes of one unit: each pair of quotation marks that
// holds speech, then at most one reported statement.
func (q *quoter) doUnit(ui int) {
	u := q.units[ui]
	text := q.doc.text
	var marks []int
	for i := q.markFrom(u.Start); i < len(q.marks) && q.marks[i].Start < u.End; i++ {
		marks = append(marks, i)
	}
	usedCues := map[int]bool{} // cue starts that introduced a direct quote
	var direct []span          // the marks that became quotes
	prevEnd := u.Start
	for _, mi := range marks {
		m := q.marks[mi]
		from := prevEnd
		prevEnd = m.End
		if att, ok := q.characterisation(ui, m, from); ok {
			direct = append(direct, m.span)
			q.emit(Quote{
				Speaker:  att.speaker.Name,
				Text:     strings.TrimRight(text[m.inner.Start:m.inner.End], ",，、 .。"),
				Kind:     Direct,
				Cue:      att.cue,
				Offset:   m.inner.Start,
				Sentence: strings.TrimSpace(text[u.Start:u.End]),
			}, ui, m.inner, att, u)
			continue
		}
		if q.isTerm(m, u) || q.embedded(m, from) {
			continue
		}
		att, found, cueAt := q.directAttribution(ui, m, from)
		if found && cueAt >= 0 {
			usedCues[cueAt] = true
		}
		if !found {
			if p := q.enPrevSubject(ui, m); p != nil {
				att = attribution{speaker: p}
				found = true
			} else if q.continues(ui, m, from) {
				att = attribution{speaker: q.last}
				found = true
			} else {
				continue
			}
		}
		if att.speaker == nil {
			q.setLast(nil, u.para)
			continue
		}
		if q.enOneWord(m) {
			q.enSkipOneWord(att, u)
			continue
		}
		direct = append(direct, m.span)
		q.emit(Quote{
			Speaker:  att.speaker.Name,
			Text:     strings.TrimRight(text[m.inner.Start:m.inner.End], ",，、 "),
			Kind:     Direct,
			Cue:      att.cue,
			Offset:   m.inner.Start,
			Sentence: strings.TrimSpace(text[u.Start:u.End]),
		}, ui, m.inner, att, u)
	}
	q.reported(ui, usedCues, direct)
	q.blockQuote(ui)
}

func (q *quoter) setLast(e *entity, para int) {
	q.last, q.lastPar = e, para
}

func (q *quoter) emit(qt Quote, ui int, stmt span, att attribution, u unit) {
	if q.zh && zhBadSpeaker(qt.Speaker) {
		return
	}
	if att.region != (span{}) {
		q.regions = append(q.regions, att.region)
	}
	qt.About = q.about(ui, stmt, att)
	if qt.About == nil {
		qt.About = []string{}
	}
	q.enCoSpoken(qt, att)
	q.quotes = append(q.quotes, qt)
	q.spoken = append(q.spoken, spokenAt{pos: stmt.Start, unit: ui, ent: att.speaker})
	if q.spokenIn == nil {
		q.spokenIn = map[int][]*entity{}
	}
	q.spokenIn[ui] = append(q.spokenIn[ui], att.speaker)
	q.setLast(att.speaker, u.para)
}

// Words before a quotation mark that make it a name, a term or a title.
var termBefore = re(`(题为|題為|名叫|称为|称之为|稱為|稱之為|被称作|称作|稱作|所谓|所謂|名为|名為|叫做|叫作|号称|號稱|描述为|描述為|视为|視為|誉为|譽為|定义为|定義為|冠以|简称|簡稱|俗称|俗稱|堪称|堪稱|打上|贴上|貼上|\b(?:called|dubbed|so-called|known as|termed|labell?ed|titled|entitled|named|as an?|as|the (?:term|word|phrase|label|title))|\b(?:a|an|the))\s*$`)

// Words after a quotation mark that make it a term.
var termAfter = re(`^\s*(一词|一詞|这个词|這個詞|这一说法|這一說法|的说法|的說法|的概念|的标签|的標籤|的口号|的口號)`)

// isTerm reports whether the marks hold a name, a term or scare quotes
// rather than speech. Short quotes count as speech only when a speech verb
// stands right before or after them.
func (q *discourse) isTerm(m qmark, u unit) bool {
	text := q.doc.text
	before := sub(text, max(u.Start, m.Start-40), m.Start)
	before = strings.TrimRight(before, " \t*")
	if termBefore.MatchString(before) || termAfter.MatchString(sub(text, m.End, min(u.End, m.End+20))) {
		return true
	}
	if !q.zh && titleCase(text[m.inner.Start:m.inner.End]) {
		return true
	}
	if q.zh && q.zhIsTerm(m, u) {
		return true
	}
	if q.statementLike(m.inner) {
		return false
	}
	// Words in quotation marks that open a sentence are said by someone.
	if strings.TrimSpace(sub(text, u.Start, m.Start)) == "" && q.sayable(m.inner) {
		return false
	}
	// Short: speech only with a cue right beside it, and, after a cue, only
	// if the words end their clause: 他认为，“开源”这个说法… is a term.
	trimmed := strings.TrimRight(before, " ：:，,")
	if _, ok := q.cueEnding(trimmed); ok || q.enCueAdjunctBefore(u, m) {
		r, _ := utf8.DecodeRuneInString(sub(text, m.End, min(len(text), m.End+4)))
		return !(m.End >= u.End || strings.ContainsRune("，。！？；,.!?;:：”\"*\n ", r))
	}
	after := strings.TrimLeft(sub(text, m.End, min(u.End, m.End+120)), " ，,*")
	if after == "" && !q.zh {
		after = q.enNextSentence(m.End)
	}
	if _, _, ok := q.cueStartingAfter(after); ok {
		return false
	}
	return true
}

// titleCase reports whether English quoted words are a title: most words
// capitalised ("LLM Accuracy Falls Sharply for Rare Dialects …").
func titleCase(t string) bool {
	ws := strings.Fields(t)
	if len(ws) < 3 {
		return false
	}
	up := 0
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			up++
		}
	}
	return up*10 >= len(ws)*8
}

// embedded reports whether the marks stand inside reported speech: a verb
// before them in the sentence, then words of the statement, then the quote
// (X认为Llama会让“…”). The reported statement carries those words.
func (q *discourse) embedded(m qmark, from int) bool {
	before := strings.TrimRight(sub(q.doc.text, from, m.Start), " \t*")
	if strings.HasSuffix(before, "：") || strings.HasSuffix(before, ":") {
		return false
	}
	cs := q.findCues(from, m.Start)
	if len(cs) == 0 {
		return false
	}
	between := sub(q.doc.text, cs[len(cs)-1].End, m.Start)
	if strings.ContainsAny(between, "。！？!?") || strings.Contains(between, ". ") {
		return false
	}
	if t := strings.TrimRight(between, " \t*"); !q.zh && strings.HasSuffix(t, ",") && enAdjunctOnly(cs[len(cs)-1].word, t[:len(t)-1]) {
		return false // said in a statement, “…”
	}
	if q.zh {
		return runeLetters(between) >= 2
	}
	return len(strings.Fields(between)) >= 2
}

// statementLike reports whether quoted words read as a statement rather
// than a phrase: long enough, or with a clause inside.
func (q *discourse) statementLike(s span) bool {
	t := q.doc.text[s.Start:s.End]
	if q.zh {
		if strings.ContainsAny(t, "，。！？；,!?") && runeLetters(t) >= 6 {
			return true
		}
		return runeLetters(t) >= 12
	}
	return len(strings.Fields(t)) >= 6
}

// sayable reports whether quoted words that open a sentence are enough to be
// speech: shorter than statementLike asks of words inside a sentence.
func (q *discourse) sayable(s span) bool {
	t := q.doc.text[s.Start:s.End]
	if q.zh {
		return runeLetters(t) >= 8
	}
	return len(strings.Fields(t)) >= 4
}

// directAttribution finds who speaks the words in m: a speech verb before
// the marks (X表示：“…”, X said, "…"), one after them (“…”X说, "…," X
// said), or a verb at the end of the paragraph before (X表示：⏎“…”).
// found is true when the attribution is explicit, even if to no person.
func (q *quoter) directAttribution(ui int, m qmark, from int) (attribution, bool, int) {
	text := q.doc.text
	u := q.units[ui]
	// Before: the words since the last quote end with a verb, or with a
	// verb's clause that ends in a colon.
	before := strings.TrimRight(sub(text, from, m.Start), " \t*")
	trimmed := strings.TrimRight(before, " ：:，,")
	if w, ok := q.cueEnding(trimmed); ok {
		c := cue{span{from + len(trimmed) - len(w), from + len(trimmed)}, w}
		att := q.attribute(ui, c)
		return att, true, c.Start
	}
	if att, c, ok := q.enCueThenAdjunct(ui, from, before); ok {
		return att, true, c.Start
	}
	if strings.HasSuffix(before, "：") || strings.HasSuffix(before, ":") {
		cs := q.findCues(from, from+len(before))
		if len(cs) > 0 {
			c := cs[len(cs)-1]
			att := q.attribute(ui, c)
			if att.speaker != nil {
				return att, true, c.Start
			}
		}
	}
	// After, in this sentence or, when the quote ends it, the next one.
	afterStart, au := m.End, ui
	rest := sub(text, afterStart, u.End)
	if strings.Trim(rest, " ，,.。*") == "" && ui+1 < len(q.units) && q.units[ui+1].para == u.para {
		au = ui + 1
		afterStart = q.units[au].Start
		rest = sub(text, afterStart, q.units[au].End)
	}
	lead := len(rest) - len(strings.TrimLeft(rest, " ，,.。*"))
	if c, off, ok := q.cueStartingAfter(rest[lead:]); ok && !q.enReplyAfter(afterStart+lead+off+len(c.word)) {
		cs := cue{span{afterStart + lead + off, afterStart + lead + off + len(c.word)}, c.word}
		if off == 0 || strings.TrimSpace(rest[lead:lead+off]) == "" {
			// "…," said X: the speaker follows the verb.
			if att, ok := q.speakerAfterCue(au, cs); ok {
				return att, true, cs.Start
			}
		}
		att := q.attributeWithin(au, cs, afterStart)
		// "…," X said during a call with analysts: the words after the verb
		// attribute too.
		if att.region != (span{}) {
			end := q.units[au].End
			if k := strings.IndexAny(sub(text, cs.End, end), ".;“\"。，,"); k >= 0 {
				end = cs.End + k
			}
			att.region.End = max(att.region.End, end)
		}
		return att, true, cs.Start
	}
	if att, ok := q.enColonSubject(ui, from, m); ok {
		return att, true, -1
	}
	if att, ok := q.enRunsOn(ui, m); ok {
		return att, true, -1
	}
	// The paragraph before ends with a verb and a colon.
	if ui > 0 && strings.TrimSpace(sub(text, u.Start, m.Start)) == "" && q.paraStart(ui) {
		if att, ok := q.colonIntro(ui - 1); ok {
			return att, true, -1
		}
	}
	return attribution{}, false, -1
}

var (
	copulaEnd      = re(`(?i)(?:\b(?:was|is|were|are|read|reads|went)|是|为|為)\s*[:：,，]?$`)
	speakerPointer = re(`(?i)\b(?:he|she|his|her|they|their|we|our|I|my)\b|他|她|我`)
)

// enCharacterise is a person's verb of naming right before quotation
// marks: he described the era as an "…", she called it "…".
var enCharacterise = re(`\b(described|called|dubbed|labell?ed|branded)\b(?:\s+[\w'’-]+){0,6}?\s+(?:as\s+)?(?:an?\s+|the\s+)?$`)

// characterisation reports marks that hold a person's own words for
// something (he described the coming era as an "open agentic web"): they
// are that person's quote, not a term. A thing that is called something
// (a model called "Orion") has no person as the subject of the verb.
func (q *quoter) characterisation(ui int, m qmark, from int) (attribution, bool) {
	if q.zh {
		return attribution{}, false
	}
	before := sub(q.doc.text, max(from, q.units[ui].Start), m.Start)
	loc := enCharacterise.FindStringSubmatchIndex(before)
	if loc == nil {
		return attribution{}, false
	}
	base := m.Start - len(before)
	c := cue{span{base + loc[2], base + loc[3]}, before[loc[2]:loc[3]]}
	att := q.attribute(ui, c)
	if att.speaker == nil || att.subject == (span{}) || att.subject.End+2 < c.Start && !enGapOK(sub(q.doc.text, att.subject.End, c.Start)) {
		return attribution{}, false
	}
	return att, true
}

var enObjectAfterVerb = re(`^(?i:with|alongside|about|for|to|at|from|under|into|onto|of|by|the story|a story|the tale|a tale|the history|a joke|jokes|no to|yes to)\b`)

// colonIntro reports whether unit ui ends its paragraph with a speech verb
// and a colon that introduce what follows.
func (q *quoter) colonIntro(ui int) (attribution, bool) {
	u := q.units[ui]
	if ui+1 < len(q.units) && q.units[ui+1].para == u.para {
		return attribution{}, false
	}
	t := strings.TrimRight(q.doc.text[u.Start:u.End], " \t*")
	if !strings.HasSuffix(t, "：") && !strings.HasSuffix(t, ":") {
		return attribution{}, false
	}
	cs := q.findCues(u.Start, u.Start+len(t))
	if len(cs) == 0 {
		return attribution{}, false
	}
	att := q.attribute(ui, cs[len(cs)-1])
	return att, att.speaker != nil
}

// continues reports whether a quote with no verb of its own carries on the
// words of the last speaker: it opens its sentence, or is a whole statement
// next to that speaker's last words.
func (q *quoter) continues(ui int, m qmark, from int) bool {
	if q.last == nil {
		return false
	}
	u := q.units[ui]
	lead := sub(q.doc.text, from, m.Start)
	if e := q.sentenceEnd(from, m.Start); e < m.Start {
		lead = sub(q.doc.text, e, m.Start) // a sentence ended before the quote
		for e2 := q.sentenceEnd(e, m.Start); e2 < m.Start && e2 > e; e2 = q.sentenceEnd(e, m.Start) {
			e = e2
			lead = sub(q.doc.text, e, m.Start)
		}
	}
	lead = strings.TrimSpace(strings.Trim(lead, " *"))
	if runeLetters(lead) <= 2 && u.para-q.lastPar <= 2 && q.sayable(m.inner) {
		return true
	}
	if !q.statementLike(m.inner) {
		return false
	}
	if u.para-q.lastPar > 1 {
		return false
	}
	// "The hallway verdict was '…'", 口号是“…”: words given to no one,
	// unless the sentence points at the speaker (his answer was).
	if copulaEnd.MatchString(lead) && !speakerPointer.MatchString(lead) {
		return false
	}
	// Mid-sentence: only when the sentence names no other speaker.
	return len(q.findCues(u.Start, u.End)) == 0 && !q.personIn(u.Start, m.Start, q.last) && !(q.zh && q.zhOtherSubject(u, m.Start))
}

// personIn reports whether a person other than but is named in [s, e).
func (q *quoter) personIn(s, e int, but *entity) bool {
	for _, c := range q.candsInside(s, e) {
		if c.Start >= s && c.End <= e && c.ent != nil && c.ent.Type == Person && c.ent != but {
			return true
		}
	}
	return false
}

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
		att := attribution{cue: c.word, region: span{c.Start, end}, subject: cd.span}
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
func (q *quoter) resolvePronoun(ui, pos int, g byte) *entity {
	for k := ui; k >= 0 && k > ui-8; k-- {
		u := q.units[k]
		if q.units[ui].para-u.para > 3 {
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

func genderFits(have, want byte) bool {
	return have == 0 || want == 0 || have == want
}

// Clause separators: a subject does not reach across them.
const zhClauseStops = "，,；;：:。！？!?\n"

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

var zhAdverbial = re(`^(?:但|而|不过|不過|另一方面|同时|同時|此外)?\s*(?:在|于|於|当|當|从|從|随着|隨著|截至)`)

// Adverbial material allowed between a subject and its verb (X也表示,
// X在采访中表示, X曾在…时说).
var zhGapAdverbs = sortByLen([]string{
	"也", "还", "還", "则", "則", "又", "更", "就", "都", "曾", "亦", "再", "仍", "却", "卻", "并", "並", "均", "是",
	"同时", "同時", "当场", "當場", "公开", "公開", "直接", "明确", "明確", "已经", "已經", "曾经", "曾經", "随后", "隨後",
	"此前", "近日", "日前", "今天", "今日", "昨天", "昨日", "后来", "後來", "进一步", "進一步", "一再", "多次", "再次",
	"坚持", "堅持", "同样", "同樣", "始终", "始終", "一直", "自己", "本人", "对此", "對此", "早前", "最近", "近期", "不久前",
	"如是", "亲自", "親自", "甚至", "特别", "特別", "坦率地", "明确地", "公开地", "此外", "另外", "不过", "不過", "但", "而",
	"向媒体", "向記者", "向记者", "对记者", "對記者", "对媒体", "對媒體", "告诉记者", "發文", "发文", "撰文", "发帖", "發帖",
	"发推", "發推", "也曾", "其实", "其實", "确实", "確實", "所", "当时", "當時", "随即", "隨即", "最后", "最後", "最终", "最終", "首先", "接着", "接著", "还曾", "早在",
})

var zhGapPhrase = re(`^(?:(?:在|于|於|接受|在接受)[^，,。；;：:]{0,40}(?:采访时|採訪時|采访中|採訪中|期间|期間|上|中|时|時|里|裡|后|後|前|间|間|采访|採訪)|受访时|受訪時|受访|受訪|` +
	// 今年3月, 去年: when it was said.
	`(?:今年|去年|前年|上月|上个月|上個月|上周|上週|[0-9０-９]{4}年)(?:[0-9０-９一二三四五六七八九十]{1,2}月(?:[0-9０-９一二三四五六七八九十]{1,2}[日号號])?)?|[0-9０-９一二三四五六七八九十]{1,2}月(?:[0-9０-９一二三四五六七八九十]{1,2}[日号號])?|` +
	// 來台時, 出席论坛时: a short clause of when.
	`(?:来|來|访|訪|出席|参加|參加|到访|到訪|抵达|抵達)[^，,。；;：:“”「」]{0,4}(?:时|時))`)

// zhGapOK reports whether the words between a subject and its verb are
// only adverbs and adverbial phrases.
func zhGapOK(g string) bool {
	g = foldZh(g)
	for {
		if loc := zhGlossParen.FindStringIndex(g); loc != nil {
			g = g[loc[1]:] // 周强(Zhou Qiang)表示
		}
		g = strings.TrimLeft(g, " \t*()（）、")
		if g == "" {
			return true
		}
		changed := false
		for _, a := range zhGapWords {
			if strings.HasPrefix(g, a) {
				g = g[len(a):]
				changed = true
				break
			}
		}
		if !changed {
			if loc := zhGapPhrase.FindStringIndex(g); loc != nil {
				g = g[loc[1]:]
				changed = true
			} else if loc := zhParenTail.FindStringIndex(g); loc != nil {
				g = g[loc[1]:]
				changed = true
			} else if loc := zhWithOthers.FindStringIndex(g); loc != nil {
				g = g[loc[1]:]
				changed = true
			}
		}
		if !changed {
			// 在朋友圈写道, 在微博表示: a short place right before the verb.
			return zhGapPlace.MatchString(g)
		}
	}
}

var zhGapPlace = re(`^(?:在|于|於)[^，,。；;：:“”「」（(]{1,8}(?:[（(][^（()）]{1,30}[）)])?$`)

// Words that, before a name in its clause, make the name an object: 致信X,
// 对X, 与X, 由X.
var zhObjectMarks = []string{"对", "對", "向", "与", "與", "跟", "同", "给", "給", "让", "讓", "请", "請", "被", "把", "将", "將",
	"致信", "会见", "會見", "采访", "採訪", "联系", "聯繫", "邀请", "邀請", "任命", "感谢", "感謝", "批评", "批評", "称赞", "稱讚",
	"面对", "面對", "由", "为", "為", "和", "及", "以及"}

// zhSubject finds the subject of a Chinese speech verb: a name before it in
// its clause followed only by adverbials; or, when the clause has no
// subject of its own (，表示…), the name that opens the nearest clause
// before that opens with one (none when that subject is no person).
func (q *quoter) zhSubject(u unit, c cue, lo int) *cand {
	text := q.doc.text
	cs := max(q.clauseStart(u, c.Start), lo)
	var inClause []cand
	for _, cd := range q.candsInside(cs, c.Start) {
		if cd.Start >= cs && cd.End <= c.Start {
			inClause = append(inClause, cd)
		}
	}
	for i := len(inClause) - 1; i >= 0; i-- {
		cd := inClause[i]
		if q.zhGloss(cd) {
			continue
		}
		if g := sub(text, cd.End, c.Start); !zhGapOK(g) && !zhViewGapOK(c.word, g) {
			continue
		}
		if q.zhObjectBefore(cs, cd) {
			if j := q.zhCoordinateOf(inClause, i); j >= 0 {
				return &inClause[j] // 许宁和周强都认为: the first of them
			}
			continue
		}
		return &inClause[i]
	}
	if len(inClause) > 0 {
		return nil
	}
	// No name in the clause: the clause must have no subject at all.
	if !zhGapOK(sub(text, cs, c.Start)) {
		return nil // 据业内人士说: a subject that names nobody
	}
	// Walk back clause by clause to the start of the unit.
	for end := cs; end > max(u.Start, lo); {
		start := q.clauseStart(u, prevRune(text, end))
		start = max(start, lo)
		if i, ok := q.zhClauseSubject(start, end); ok {
			if !speakerCand(q.cands[i]) {
				return nil // 谷歌暂停了他的工作，称…: the company speaks
			}
			return &q.cands[i]
		}
		if start >= end {
			break
		}
		end = start
	}
	return nil
}

// prevRune returns the offset of the rune before i's separator, so that a
// clause search steps over it.
func prevRune(text string, i int) int {
	if i <= 0 {
		return 0
	}
	_, n := utf8.DecodeLastRuneInString(text[:i])
	return i - n
}

// zhObjectBefore reports whether a name, or the organization and title
// before it (致信帆影科技公司CEO周宁), stands right after a verb or
// preposition, so that it is an object rather than the subject.
func (q *quoter) zhObjectBefore(cs int, cd cand) bool {
	start := cd.Start
	for i := q.doc.mentionEndingAfter(start) - 1; i >= 0; i-- {
		m := q.doc.mentions[i]
		if m.Start < cs {
			break // the earlier mentions start before cs too
		}
		if m.End > start {
			continue
		}
		// An organization and a title right before the name: 火山引擎总裁谭待.
		if m.Entity != nil && m.Entity.Type == Organization && start-m.End <= 40 && !strings.ContainsAny(sub(q.doc.text, m.End, start), zhClauseStops+"“”") {
			start = m.Start
		}
	}
	pre := strings.TrimRight(sub(q.doc.text, cs, start), " ")
	if strings.HasSuffix(pre, "据") || strings.HasSuffix(pre, "據") {
		return false
	}
	for _, w := range zhObjectMarks {
		if strings.HasSuffix(pre, w) {
			return true
		}
	}
	return false
}

var enGapWord = re(`^(?:also|has|have|had|long|often|always|since|still|even|already|later|then|previously|recently|once|further|again|separately|first|himself|herself|on|last|this|month|week|year|today|yesterday|morning|evening|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\w+ly)$`)

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

// reported finds at most one statement in indirect speech in unit ui: a
// speech verb with its person, followed by what was said (X认为…, X said
// that …, according to X, …). A verb that introduced a direct quote, or
// that ends its clause with a colon before one, is no reported speech.
func (q *quoter) reported(ui int, used map[int]bool, direct []span) {
	u := q.units[ui]
	text := q.doc.text
	cues := q.findCues(u.Start, u.End)
	for ci, c := range cues {
		if used[c.Start] && !q.hasContentAfter(c, u) {
			continue
		}
		if q.enTrailing(ui, c, direct) {
			return
		}
		content, ok := q.reportedContent(u, c)
		if !ok || q.zh && zhNotStatement(c.word, sub(text, content.Start, content.End)) {
			continue
		}
		if q.zh {
			content = q.zhSkipObject(content, c.word)
		}
		// 抱类似的观点，认为…: the verb that opens the statement is the cue.
		if ci+1 < len(cues) && cues[ci+1].Start == content.Start {
			continue
		}
		var att attribution
		if !q.zh && c.word == "according to" {
			sp, ok := q.speakerAfterCue(ui, c)
			if !ok {
				continue
			}
			att = sp
		} else {
			att = q.attribute(ui, c)
		}
		if q.enWhClause(att) {
			continue
		}
		if att.speaker == nil {
			if att.subject != (span{}) {
				q.setLast(nil, u.para)
				return
			}
			continue
		}
		if att.region != (span{}) {
			att.region.End = max(att.region.End, content.Start)
		}
		// A direct quote that already is the whole statement.
		for _, d := range direct {
			if d.Start <= content.Start && content.End <= d.End {
				return
			}
		}
		// "X said that A, and that B": two statements.
		for _, part := range q.thatClauses(content) {
			q.emit(Quote{
				Speaker:  att.speaker.Name,
				Text:     strings.TrimSpace(text[part.Start:part.End]),
				Kind:     Reported,
				Cue:      c.word,
				Offset:   part.Start,
				Sentence: strings.TrimSpace(text[u.Start:u.End]),
			}, ui, part, att, u)
		}
		return
	}
}

var enAndThat = re(`,?\s+and that\s+`)

// thatClauses splits English reported speech at ", and that" outside
// quotation marks; anything else is one statement.
func (q *quoter) thatClauses(content span) []span {
	if q.zh {
		return []span{content}
	}
	var out []span
	start := content.Start
	for _, loc := range enAndThat.FindAllStringIndex(sub(q.doc.text, content.Start, content.End), -1) {
		s, e := content.Start+loc[0], content.Start+loc[1]
		if q.markAt(s) >= 0 {
			continue
		}
		out = append(out, span{start, s})
		start = e
	}
	return append(out, span{start, content.End})
}

// hasContentAfter reports whether words other than a quote follow a cue.
func (q *quoter) hasContentAfter(c cue, u unit) bool {
	rest := strings.TrimLeft(sub(q.doc.text, c.End, q.sentenceEnd(c.End, u.End)), " ，,：:")
	// "…," X said during a call with analysts / told a packed arena: English reported
	// speech after a quote's verb needs its "that".
	if !q.zh && !strings.Contains(" "+rest, " that ") {
		return false
	}
	if rest == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	_, isOpen := quotePairs[r]
	return !isOpen
}

var enPrepLead = re(`^(?:in|on|at|during|via|through|to|from|after|before|while)\b`)

var enThat = re(`^(?:[^,.;"“]{0,60}?\s)?that\s`)

// reportedContent returns what follows the speech verb c, up to the end of
// the unit, if it is a statement and not the lead-in of a direct quote.
func (q *quoter) reportedContent(u unit, c cue) (span, bool) {
	text := q.doc.text
	s := c.End
	e := u.End
	if !q.zh && c.word == "according to" {
		// "according to X, …" or "…, according to X."
		k := strings.IndexAny(sub(text, c.End, u.End), ",")
		if k >= 0 {
			s = c.End + k + 1
		} else {
			s, e = u.Start, c.Start
		}
	}
	bare := false // English: no "that" opens what follows the verb
	if !q.zh && c.word != "according to" {
		if loc := enThat.FindStringIndex(sub(text, s, e)); loc != nil {
			s += loc[1]
		} else {
			bare = true
		}
		if bare && (c.word == "told" || c.word == "tells") {
			// X told Reuters the deal was off: the listener is no part of it.
			// Mentions before s stay before it; after the first that
			// does not follow s across white space, none can.
			for i := q.doc.mentionFrom(s); i < len(q.doc.mentions); i++ {
				m := q.doc.mentions[i]
				if strings.TrimSpace(sub(text, s, m.Start)) != "" {
					break
				}
				s = m.End
			}
		}
	}
	for s < e {
		r, n := utf8.DecodeRuneInString(sub(text, s, e))
		if !unicode.IsSpace(r) && !strings.ContainsRune("，,：:*道", r) {
			break
		}
		s += n
	}
	s = q.enSkipAdjunctColon(s, e)
	e = q.sentenceEnd(s, e)
	// A statement goes on past a semicolon: X表示，A；而B。
	for k := q.unitAfter(e); k >= 0 && strings.HasSuffix(strings.TrimSpace(sub(text, s, e)), "；"); k = q.unitAfter(e) {
		e = q.sentenceEnd(q.units[k].Start, q.units[k].End)
	}
	body := strings.TrimRight(sub(text, s, e), " \t*")
	if body == "" {
		return span{}, false
	}
	// The verb introduces a direct quote when one fills what follows; a
	// term in quotation marks may open a statement (认为，“开源”这个说法…).
	if mi := q.markAt(s); mi >= 0 && q.marks[mi].Start == s {
		if rest := strings.TrimLeft(sub(text, q.marks[mi].End, s+len(body)), " 。.，,！!？?；;"); rest == "" || q.marks[mi].End >= s+len(body) {
			return span{}, false
		}
		if q.statementLike(q.marks[mi].inner) && !(q.zh && q.zhNameInSentence(q.marks[mi], u)) {
			return span{}, false
		}
	}
	// A lead-in that ends in a colon before a quote or a paragraph end;
	// in Chinese a whole clause before the colon is a statement of its own.
	if strings.HasSuffix(body, "：") || strings.HasSuffix(body, ":") {
		if !q.zh || !zhClauseBeforeColon(body) {
			return span{}, false
		}
		body = strings.TrimRight(body, "：:")
	}
	for _, sep := range []string{"：“", ":“", ": \"", ":\"", "：「", "：\""} {
		if k := strings.Index(body, sep); k >= 0 {
			if m := q.markAt(s + k + len(sep) - 1); m >= 0 && q.marks[m].End >= u.End-len("。”") {
				return span{}, false
			}
		}
	}
	if q.zh && runeLetters(body) < 5 || !q.zh && len(strings.Fields(body)) < 4 {
		return span{}, false
	}
	// "the paper he wrote with A and B", "told the story of …": what
	// follows the verb is its object, no statement.
	if !q.zh && (enObjectAfterVerb.MatchString(body) && !enNotObject(c.word, body) || bare && (enToldAbout(c.word, body) || !enBareStatement(c.word, body))) {
		return span{}, false
	}
	// Drop the sentence-final stop.
	body = strings.TrimRightFunc(body, func(r rune) bool { return strings.ContainsRune("。.；;", r) })
	return span{s, s + len(body)}, true
}

// blockQuote handles a paragraph that ends with a speech verb and a colon
// and is followed by a paragraph of speech without quotation marks.
func (q *quoter) blockQuote(ui int) {
	att, ok := q.colonIntro(ui)
	if !ok || ui+1 >= len(q.units) {
		return
	}
	next := q.units[ui+1]
	text := q.doc.text
	t := strings.TrimSpace(text[next.Start:next.End])
	r, _ := utf8.DecodeRuneInString(t)
	if _, isOpen := quotePairs[r]; isOpen || !q.statementLike(next.span) {
		return
	}
	// The whole next paragraph is the quote.
	end := next.End
	for k := ui + 2; k < len(q.units) && q.units[k].para == next.para; k++ {
		end = q.units[k].End
	}
	q.emitParagraph(span{next.Start, end}, ui+1, att, next)
	if q.zh {
		q.zhBlockGoesOn(ui+1, att)
	}
}

func (q *quoter) inRegions(s span) bool {
	for _, r := range q.regions {
		if s.Start >= r.Start && s.End <= r.End {
			return true
		}
	}
	return false
}

var (
	zhWe = re(`我们|我們|咱们`)
	enWe = re(`\b(?:[Ww]e|[Oo]ur|[Uu]s)\b`)
)

// about lists the models and organizations a statement concerns: those
// named in it and in the rest of its sentence, but not those that only
// introduce the speaker (the speaker's employer, the outlet), unless the
// statement speaks for them ("we", 我们). A statement that names none and
// goes on from the sentence before borrows from that sentence.
func (q *quoter) about(ui int, stmt span, att attribution) []string {
	u := q.units[ui]
	if stmt.Start < u.Start || stmt.End > u.End {
		u = unit{stmt, u.para}
	}
	text := q.doc.text
	var out []string
	seen := map[*entity]bool{}
	add := func(e *entity) {
		if e == nil || seen[e] || (e.Type != Model && e.Type != Organization) {
			return
		}
		seen[e] = true
		out = append(out, e.Name)
	}
	we := zhWe.MatchString(text[stmt.Start:stmt.End]) || enWe.MatchString(text[stmt.Start:stmt.End])
	inRegion := func(m mention) bool {
		return att.region != (span{}) && m.Start >= att.region.Start && m.End <= att.region.End
	}
	inChain := func(m mention) bool {
		return att.chain != (span{}) && m.Start >= att.chain.Start && m.End <= att.chain.End
	}
	for _, m := range q.doc.mentionsWithin(u.span) {
		if m.Start < u.Start || m.End > u.End || q.enChannel(m) || q.enOpenerMention(m) || q.enPersonForOrg(m.Entity) != m.Entity {
			continue
		}
		if m.Start >= stmt.Start && m.End <= stmt.End {
			add(m.Entity)
			continue
		}
		if inRegion(m) {
			// "Asked about Llama 2, X said", "said of X that", 谈到X时:
			// the attribution names the topic.
			if topicBefore.MatchString(sub(text, max(u.Start, m.Start-24), m.Start)) || q.zh && zhViewObject(m, att) || q.enTopicVerb(m) || q.enModelInRegion(m) {
				add(m.Entity)
				continue
			}
			// "we" speaks for the speaker's organization, the first of the
			// chain (玄枢实验室负责人、清华大学副教授X: not the university).
			if we && inChain(m) && m.Entity != nil && m.Entity == q.chainOrg(att) {
				add(m.Entity)
			}
			continue
		}
		// A person's employer or a dateline elsewhere in the sentence
		// introduces, it is no topic (360集团创始人周鸿祎并不认同，他认为…).
		if q.employerOf(m) || q.inDateline(m.span) || q.zh && q.zhAboutSpeaker(m, att, u) || q.enOtherClause(m.span, stmt, att) {
			continue
		}
		// Other words in quotation marks belong to their own quote.
		if mi := q.markAt(m.Start); mi >= 0 && !(q.marks[mi].Start <= stmt.Start && stmt.End <= q.marks[mi].End) {
			continue
		}
		add(m.Entity)
	}
	// "the model", 该模型: the model named last before the attribution.
	if modelAnaphor.MatchString(sub(text, stmt.Start, stmt.End)) || q.zh && zhModelAnaphor.MatchString(foldZh(sub(text, stmt.Start, stmt.End))) {
		add(q.lastBefore(min(stmt.Start, att.regionStartOr(stmt.Start)), Model))
	}
	// "the deal", 这笔交易: the parties of the last acquisition or funding.
	if dealAnaphor.MatchString(sub(text, stmt.Start, stmt.End)) {
		for _, e := range q.dealParties(min(stmt.Start, att.regionStartOr(stmt.Start))) {
			add(e)
		}
	}
	// "his team", "our mission", 公司 opening a statement: the speaker's own organization.
	if enOwnOrg.MatchString(sub(text, stmt.Start, stmt.End)) || !q.zh && enOurOrg.MatchString(sub(text, stmt.Start, stmt.End)) || q.zh && zhOwnOrg.MatchString(sub(text, stmt.Start, stmt.End)) {
		add(q.speakerOrg(att))
	}
	// "the company will…", 该公司: the organization meant.
	for _, loc := range orgAnaphor.FindAllStringSubmatchIndex(sub(text, stmt.Start, stmt.End), -1) {
		noun := ""
		if loc[2] >= 0 {
			noun = strings.ToLower(text[stmt.Start+loc[2] : stmt.Start+loc[3]])
		}
		add(q.orgMeant(stmt.Start+loc[0], noun, att))
	}
	if len(out) > 0 || !q.borrows(ui, att) {
		return dropMakers(out, q.makers(u.span))
	}
	prev := q.units[ui-1]
	for _, m := range q.doc.mentionsWithin(prev.span) {
		if m.Start < prev.Start || m.End > prev.End || q.markAt(m.Start) >= 0 || q.inRegions(m.span) || q.employerOf(m) {
			continue
		}
		add(m.Entity)
	}
	return dropMakers(out, q.makers(prev.span))
}

var (
	enOwnOrg = re(`\b(?:[Hh]is|[Hh]er|[Tt]heir|[Oo]ur) (?:team|firm|company|group|lab|startup|organization|employer)\b`)
	// 公司已为…, 集团去年…: the organization itself as the subject.
	zhOwnOrg = re(`^(?:本|我们|我們)?(?:公司|集团|集團|协会|協會|研究院|实验室|實驗室)|^旗下|^(?:我们|我們|他们|他們)(?:当前|目前|现在|現在|已经|已經|正在|将|將|会|會|一直|也|还|還)`)
	// A maker before its model ("OpenAI's GPT-4o", 腾讯的混元) names the
	// model, not a topic of its own.
	enMakerOf = re(`^(?:'s|’s)\s+$`)
)

// makers are the organizations in s named only as the maker of the model
// that follows them ("Meta's Llama 4").
func (q *quoter) makers(s span) map[*entity]bool {
	out := map[*entity]bool{}
	ms := q.doc.mentionsWithin(s) // bounded.go: the span's, not the article's
	for i := 0; i+1 < len(ms); i++ {
		m, n := ms[i], ms[i+1]
		if m.Start < s.Start || n.End > s.End || m.Entity == nil || n.Entity == nil || m.Entity.Type != Organization || n.Entity.Type != Model {
			continue
		}
		if !q.zh && enMakerOf.MatchString(sub(q.doc.text, m.End, n.Start)) {
			out[m.Entity] = true
		}
	}
	// A maker named on its own too is a topic after all.
	for _, m := range ms {
		if m.Start >= s.Start && m.End <= s.End && out[m.Entity] && !possessive(q.doc.text, m.End) {
			delete(out, m.Entity)
		}
	}
	return out
}

func dropMakers(names []string, makers map[*entity]bool) []string {
	if len(makers) == 0 {
		return names
	}
	out := names[:0]
	for _, n := range names {
		drop := false
		for e := range makers {
			if e.Name == n {
				drop = true
			}
		}
		if !drop {
			out = append(out, n)
		}
	}
	return out
}

// topicBefore ends with words that make the next name a statement's topic.
var topicBefore = re(`(?i)\b(?:about|regarding|concerning)\s+(?:the\s+)?$|\b(?:said|says|spoke|speaking|wrote|writing) of\s+$|(?:谈到|談到|谈及|談及|关于|關於|对于|對於|针对|針對|提到|提及|说起|說起)\s*$`)

var (
	modelAnaphor = re(`\b[Tt]he (?:model|chatbot)\b|该模型|該模型|这款模型|這款模型|这个模型|這個模型`)
	dealAnaphor  = re(`\b(?:[Tt]he|[Tt]his|[Tt]hat) (?:deal|acquisition|merger|takeover|transaction)\b|这笔交易|這筆交易|该交易|該交易|此次收购|此次收購|这次收购|這次收購|本次交易`)
)

func (a attribution) regionStartOr(pos int) int {
	if a.region == (span{}) {
		return pos
	}
	return a.region.Start
}

// lastBefore is the entity of type t named last before pos, outside
// quotation marks.
func (q *quoter) lastBefore(pos int, t Type) *entity {
	for i := q.doc.mentionFrom(pos) - 1; i >= 0; i-- {
		m := q.doc.mentions[i]
		if m.Start < pos && m.Entity != nil && m.Entity.Type == t && q.markAt(m.Start) < 0 {
			return m.Entity
		}
	}
	return nil
}

// dealParties are the organizations of the last sentence before pos that
// tells of an acquisition or an investment.
func (q *quoter) dealParties(pos int) []*entity {
	for k := q.unitFrom(pos) - 1; k >= 0; k-- {
		u := q.units[k]
		if u.Start >= pos {
			continue
		}
		if u.End < pos {
			// Units before the one that holds pos are read whole: the
			// last that tells of a deal is looked up, not searched for.
			if k = q.lastDealUnit(k); k < 0 {
				return nil
			}
			u = q.units[k]
		}
		t := sub(q.doc.text, u.Start, min(u.End, pos))
		if !dealWord.MatchString(t) {
			continue
		}
		var out []*entity
		for _, m := range q.doc.mentionsWithin(span{u.Start, min(u.End, pos)}) {
			if m.Start >= u.Start && m.End <= min(u.End, pos) && m.Entity != nil && m.Entity.Type == Organization && !q.employerOf(m) && !appearsIn(out, m.Entity) {
				out = append(out, m.Entity)
			}
		}
		return out
	}
	return nil
}

var dealWord = re(`收购|收購|并购|併購|\b(?:acquire|acquires|acquired|acquisition|buy|buys|bought|merge|merger|invest|invests|invested|investment)\b`)

func appearsIn(es []*entity, e *entity) bool {
	for _, x := range es {
		if x == e {
			return true
		}
	}
	return false
}

// chainOrg is the first organization in the words that introduce the
// speaker (Halcyon chief executive X).
func (q *quoter) chainOrg(att attribution) *entity {
	if att.chain == (span{}) {
		return nil
	}
	for _, m := range q.doc.mentionsWithin(att.chain) {
		if m.Start >= att.chain.Start && m.End <= att.chain.End && m.Entity != nil && m.Entity.Type == Organization && q.enPersonForOrg(m.Entity) == m.Entity {
			return m.Entity
		}
	}
	return nil
}

// speakerOrg is the organization the speaker speaks for: the one that
// introduces them, else the one the article says they work at.
func (q *quoter) speakerOrg(att attribution) *entity {
	if e := q.chainOrg(att); e != nil {
		return e
	}
	if att.speaker != nil {
		if es := q.employers[att.speaker]; len(es) > 0 {
			return es[0]
		}
	}
	return nil
}

var orgAnaphor = re(`\b[Tt]he (company|firm|startup|department|agency|lab)\b|该公司|該公司|这家公司|這家公司`)

// orgMeant is the organization "the company" in a statement stands for:
// the speaker's own, named in the attribution (OpenAI spokesperson X tells
// The Verge that the company…) or where the article says where the speaker
// works, else the one named last before the attributing words.
func (q *quoter) orgMeant(pos int, noun string, att attribution) *entity {
	if e := q.speakerOrg(att); e != nil {
		return e
	}
	if att.region != (span{}) && att.region.Start < pos {
		pos = att.region.Start
	}
	return q.orgBefore(pos, noun)
}

// orgBefore is the organization named last before pos; for a noun with a
// name of its own (the department) the last one whose name holds it.
func (q *quoter) orgBefore(pos int, noun string) *entity {
	named := noun == "department" || noun == "agency" || noun == "lab"
	for i := q.doc.mentionFrom(pos) - 1; i >= 0; i-- {
		m := q.doc.mentions[i]
		if m.Start >= pos || m.Entity == nil || m.Entity.Type != Organization || q.enPersonForOrg(m.Entity) != m.Entity {
			continue
		}
		if !named || strings.Contains(strings.ToLower(m.Entity.Name), noun) {
			return m.Entity
		}
	}
	return nil
}

// borrows reports whether a statement that names nothing takes what it is
// about from the sentence before: only a quote with no verb of its own,
// which goes on with the speech before it. A statement with a subject of its
// own, a pronoun (他说, He said) included, is about what it names: borrowing
// there put the previous sentence's models and companies on statements
// about other things.
func (q *quoter) borrows(ui int, att attribution) bool {
	return ui > 0 && q.units[ui-1].para == q.units[ui].para && att.subject == (span{})
}

// employerOf reports whether an organization mention stands right before a
// person's name, as that person's employer (火山引擎总裁谭待).
func (q *quoter) employerOf(m mention) bool {
	if m.Entity == nil || m.Entity.Type != Organization {
		return false
	}
	// The first mention after m, if any, decides.
	if i := q.doc.mentionFrom(m.End); i < len(q.doc.mentions) {
		n := q.doc.mentions[i]
		return n.Entity != nil && n.Entity.Type == Person && n.Start-m.End < 40 && !strings.ContainsAny(sub(q.doc.text, m.End, n.Start), "，,。；;") && q.sameUnit(m.Start, n.Start)
	}
	return false
}

// emitParagraph emits the paragraph text in sp, trimmed, as att's direct
// words: a paragraph that is a quotation without marks ("X说：" before it).
func (q *quoter) emitParagraph(sp span, ui int, att attribution, u unit) {
	raw := sub(q.doc.text, sp.Start, sp.End)
	body := strings.TrimSpace(raw)
	off := sp.Start + strings.Index(raw, body)
	q.emit(Quote{
		Speaker:  att.speaker.Name,
		Text:     body,
		Kind:     Direct,
		Cue:      att.cue,
		Offset:   off,
		Sentence: body,
	}, ui, span{off, off + len(body)}, att, u)
}
