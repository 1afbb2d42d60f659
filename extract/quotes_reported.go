// Stage: quotes. Reported speech: the words after a speech verb that are
// outside quotation marks (X said that …, X表示，…). Reads the discourse,
// the cues and the direct quotes of the unit.

package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The sieves of reported speech: the words after a speech verb.
var (
	ruleQuoteZhReported = defineRule(rule{
		ID:   "quote.zh.reported",
		Doc:  "the clause after a person's speech verb, without quotation marks: X表示，…",
		Fire: []string{`李彦宏表示，百度明年将在上海开设新的研究中心。`, `李彥宏表示，百度明年將在上海開設新的研究中心。`},
		Hold: []string{`百度表示，明年将在上海开设新的研究中心。`},
	})
	ruleQuoteEnReported = defineRule(rule{
		ID:   "quote.en.reported",
		Doc:  "the clause after a person's speech verb, without quotation marks: X said (that) …",
		Fire: []string{`Sam Altman said that OpenAI would open a new office in Paris next year.`},
		Hold: []string{`OpenAI said that it would open a new office in Paris next year.`},
	})
	ruleQuoteEnAccordingTo = defineRule(rule{
		ID:   "quote.en.according-to",
		Doc:  "a statement introduced by according to and a person: According to X, …",
		Fire: []string{`According to Sam Altman, OpenAI will open a new office in Paris next year.`},
		Hold: []string{`According to the report, OpenAI will open a new office in Paris next year.`},
	})
)

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
			att.rule = ruleQuoteEnAccordingTo
		} else {
			att = q.attribute(ui, c)
			att.rule = q.ruleByScript(ruleQuoteZhReported, ruleQuoteEnReported)
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

// enAndThat joins two reported statements: X said that A, and that B.
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

// enPrepLead is a preposition that opens the words after a verb (in,
// during): where or when something was said. Unused by the quoter; the
// regexp tests read it.
var enPrepLead = re(`^(?:in|on|at|during|via|through|to|from|after|before|while)\b`)

// enThat is the "that" that opens reported speech, maybe after a listener
// (told reporters that).
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

// inRegions reports whether s lies within the attributing words of a quote.
func (q *quoter) inRegions(s span) bool {
	for _, r := range q.regions {
		if s.Start >= r.Start && s.End <= r.End {
			return true
		}
	}
	return false
}

// enObjectAfterVerb opens words after a speech verb that are its object or
// an adjunct (with, about, the story), not a statement.
var enObjectAfterVerb = re(`^(?i:with|alongside|about|for|to|at|from|under|into|onto|of|by|the story|a story|the tale|a tale|the history|a joke|jokes|no to|yes to)\b`)
