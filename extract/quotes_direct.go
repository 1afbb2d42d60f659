// Stage: quotes. Direct quotes: the attribution sieves for the words in
// quotation marks (a verb before or after the marks, a colon before the
// paragraph, the last speaker going on), interview labels and block quotes.
// Reads the discourse and the cues; emits through quoter.emit.

package extract

import (
	"strings"
	"unicode/utf8"
)

// The attribution sieves of direct quotes, tried in this order for each
// pair of quotation marks (doUnit, directAttribution).
var (
	ruleQuoteEnCharacterise = defineRule(rule{
		ID:   "quote.en.characterisation",
		Doc:  "a person's verb of naming before quotation marks: X described the era as “…”",
		Fire: []string{`Sam Altman described the coming decade as "an age of cheap intelligence for everyone."`},
		Hold: []string{`OpenAI released a model called "Orion Nova for everyone."`},
	})
	ruleQuoteZhCueBefore = defineRule(rule{
		ID:  "quote.zh.cue-before",
		Doc: "a speech verb right before the marks: X表示：“…”",
		Fire: []string{
			`李彦宏表示：“百度明年将在上海开设新的研究中心。”`,
			`李彥宏闡述了自己的觀點：“百度明年將在上海開設新的研究中心。”`, // a stance cue, traditional
		},
		Hold: []string{`报告表示：“百度明年将在上海开设新的研究中心。”`},
	})
	ruleQuoteEnSaidBefore = defineRule(rule{
		ID:  "quote.en.said-before",
		Doc: "a speech verb, maybe with where and when, right before the marks: X said, “…”",
		Fire: []string{
			`Sam Altman said, "We will open a new office in Paris next year."`,
			`Sam Altman said in an interview on Monday, "The new chips will arrive much sooner than people expect."`,
		},
		Hold: []string{`The brochure said, "We will open a new office in Paris next year."`},
	})
	ruleQuoteColonBefore = defineRule(rule{
		ID:  "quote.any.colon-before",
		Doc: "a speech verb earlier in the clause that a colon before the marks ends: X warned about costs: “…”",
		Fire: []string{
			`At the conference in Berlin, Sam Altman warned about costs: "Training runs are getting too expensive for small labs."`,
			`李彦宏在会上谈到新的计划时表示，公司的目标很明确：“百度明年将在上海开设新的研究中心。”`,
		},
		Hold: []string{`At the conference in Berlin, the brochure warned about costs: "Training runs are getting too expensive for small labs."`},
	})
	ruleQuoteEnSaidInverted = defineRule(rule{
		ID:   "quote.en.said-inverted",
		Doc:  "a speech verb after the marks with the speaker after it: “…,” said X",
		Fire: []string{`"We will open a new office in Paris next year," said Sam Altman.`},
		Hold: []string{`"We will open a new office in Paris next year," said the brochure.`},
	})
	ruleQuoteZhCueAfter = defineRule(rule{
		ID:   "quote.zh.cue-after",
		Doc:  "a subject and speech verb after the marks: “…”X说",
		Fire: []string{`“百度明年将在上海开设新的研究中心。”李彦宏说。`},
		Hold: []string{`“百度明年将在上海开设新的研究中心。”报告说。`},
	})
	ruleQuoteEnSaidAfter = defineRule(rule{
		ID:   "quote.en.said-after",
		Doc:  "a subject and speech verb after the marks: “…,” X said",
		Fire: []string{`"We will open a new office in Paris next year," Sam Altman said.`},
		Hold: []string{`"We will open a new office in Paris next year," the brochure said.`},
	})
	ruleQuoteColonParagraph = defineRule(rule{
		ID:   "quote.any.colon-paragraph",
		Doc:  "quotation marks that open a paragraph after one ending in a speech verb and a colon: X wrote:⏎“…”",
		Fire: []string{"Sam Altman wrote on his blog:\n\n\"OpenAI will open a new office in Paris next year and hire many engineers.\""},
		Hold: []string{"The brochure reads:\n\n\"OpenAI will open a new office in Paris next year and hire many engineers.\""},
	})
	ruleQuoteContinues = defineRule(rule{
		ID:  "quote.any.continues",
		Doc: "quotation marks with no verb of their own that carry on the last speaker's words",
		Fire: []string{
			`"We will open a new office in Paris next year," Sam Altman said. "The team there will work on safety research."`,
			`“百度明年将在上海开设新的研究中心。”李彦宏说。“这个中心将专注于大模型的安全研究。”`,
		},
		Hold: []string{`"We will open a new office in Paris," Sam Altman said. The slogan on the wall was "Nobody should fear the new machines at all."`},
	})
	ruleQuoteNameLabel = defineRule(rule{
		ID:   "quote.any.name-label",
		Doc:  "a paragraph that opens with a person's name and a colon, as in an interview transcript: X：…",
		Fire: []string{`Sam Altman: We will open a new office in Paris next year and hire many people.`, `李彦宏：百度明年将在上海开设新的研究中心，并招聘很多工程师。`},
		Hold: []string{`OpenAI: We will open a new office in Paris next year and hire many people.`, `李彦宏：百度。`},
	})
	ruleQuoteBlockParagraph = defineRule(rule{
		ID:   "quote.any.block-paragraph",
		Doc:  "a paragraph without quotation marks after one ending in a speech verb and a colon: X表示：⏎…",
		Fire: []string{"Sam Altman wrote on his blog:\n\nOpenAI will open a new office in Paris next year and hire many engineers there."},
		Hold: []string{"The brochure reads:\n\nOpenAI will open a new office in Paris next year and hire many engineers there."},
	})
)

// labelColon is the colon after the name that labels an interview answer.
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
	att := attribution{speaker: who.Entity, cue: "：", region: span{ps, bs}, subject: who.span, rule: ruleQuoteNameLabel}
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
				att = attribution{speaker: p, rule: ruleQuoteEnPrevSubject}
				found = true
			} else if q.continues(ui, m, from) {
				att = attribution{speaker: q.last, rule: ruleQuoteContinues}
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
		att.rule = q.ruleByScript(ruleQuoteZhCueBefore, ruleQuoteEnSaidBefore)
		return att, true, c.Start
	}
	if att, c, ok := q.enCueThenAdjunct(ui, from, before); ok {
		att.rule = ruleQuoteEnSaidBefore
		return att, true, c.Start
	}
	if strings.HasSuffix(before, "：") || strings.HasSuffix(before, ":") {
		cs := q.findCues(from, from+len(before))
		if len(cs) > 0 {
			c := cs[len(cs)-1]
			att := q.attribute(ui, c)
			if att.speaker != nil {
				att.rule = ruleQuoteColonBefore
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
				att.rule = q.ruleByScript(ruleQuoteZhCueAfter, ruleQuoteEnSaidInverted)
				return att, true, cs.Start
			}
		}
		att := q.attributeWithin(au, cs, afterStart)
		att.rule = q.ruleByScript(ruleQuoteZhCueAfter, ruleQuoteEnSaidAfter)
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
		att.rule = ruleQuoteEnColonSubject
		return att, true, -1
	}
	if att, ok := q.enRunsOn(ui, m); ok {
		att.rule = ruleQuoteEnRunsOn
		return att, true, -1
	}
	// The paragraph before ends with a verb and a colon.
	if ui > 0 && strings.TrimSpace(sub(text, u.Start, m.Start)) == "" && q.paraStart(ui) {
		if att, ok := q.colonIntro(ui - 1); ok {
			att.rule = ruleQuoteColonParagraph
			return att, true, -1
		}
	}
	return attribution{}, false, -1
}

// Words before quotation marks that give them to no one ("the verdict was")
// unless a pronoun points at the speaker.
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
	att.rule = ruleQuoteEnCharacterise
	return att, true
}

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
	att.rule = ruleQuoteBlockParagraph
	q.emitParagraph(span{next.Start, end}, ui+1, att, next)
	if q.zh {
		q.zhBlockGoesOn(ui+1, att)
	}
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
