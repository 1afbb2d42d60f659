// Stage: discourse. Which pairs of quotation marks can hold speech: not a
// term, a title or a name in quotation marks, not a fragment inside a
// sentence. Reads the discourse (text, marks, units).

package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Words before a quotation mark that make it a name, a term or a title.
var termBefore = re(`(` + cueAlternation(vocabWords("zh-quote-term-before")) +
	`|\b(?:called|dubbed|so-called|known as|termed|labell?ed|titled|entitled|named|as an?|as|` +
	`the (?:term|word|phrase|label|title))|\b(?:a|an|the))\s*$`)

// Words after a quotation mark that make it a term.
var termAfter = re(`^\s*(` + cueAlternation(vocabWords("zh-quote-term-after")) + `)`)

// isTerm reports whether the marks hold a name, a term or scare quotes
// rather than speech. Short quotes count as speech only when a speech verb
// stands right before or after them.
func (d *discourse) isTerm(m qmark, u unit) bool {
	text := d.doc.text
	before := sub(text, max(u.Start, m.Start-40), m.Start)
	before = strings.TrimRight(before, " \t*")
	if termBefore.MatchString(before) || termAfter.MatchString(sub(text, m.End, min(u.End, m.End+20))) {
		return true
	}
	if !d.zh && titleCase(text[m.inner.Start:m.inner.End]) {
		return true
	}
	if d.zh && d.zhIsTerm(m, u) {
		return true
	}
	if d.statementLike(m.inner) {
		return false
	}
	// Words in quotation marks that open a sentence are said by someone.
	if strings.TrimSpace(sub(text, u.Start, m.Start)) == "" && d.sayable(m.inner) {
		return false
	}
	// Short: speech only with a cue right beside it, and, after a cue, only
	// if the words end their clause: 他认为，“开源”这个说法… is a term.
	trimmed := strings.TrimRight(before, " ：:，,")
	if _, ok := d.cueEnding(trimmed); ok || d.enCueAdjunctBefore(u, m) {
		r, _ := utf8.DecodeRuneInString(sub(text, m.End, min(len(text), m.End+4)))
		return !(m.End >= u.End || strings.ContainsRune("，。！？；,.!?;:：”\"*\n ", r))
	}
	after := strings.TrimLeft(sub(text, m.End, min(u.End, m.End+120)), " ，,*")
	if after == "" && !d.zh {
		after = d.enNextSentence(m.End)
	}
	if _, _, ok := d.cueStartingAfter(after); ok {
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
func (d *discourse) embedded(m qmark, from int) bool {
	before := strings.TrimRight(sub(d.doc.text, from, m.Start), " \t*")
	if strings.HasSuffix(before, "：") || strings.HasSuffix(before, ":") {
		return false
	}
	cs := d.findCues(from, m.Start)
	if len(cs) == 0 {
		return false
	}
	between := sub(d.doc.text, cs[len(cs)-1].End, m.Start)
	if strings.ContainsAny(between, "。！？!?") || strings.Contains(between, ". ") {
		return false
	}
	if t := strings.TrimRight(between, " \t*"); !d.zh && strings.HasSuffix(t, ",") && enAdjunctOnly(cs[len(cs)-1].word, t[:len(t)-1]) {
		return false // said in a statement, “…”
	}
	if d.zh {
		return runeLetters(between) >= 2
	}
	return len(strings.Fields(between)) >= 2
}

// statementLike reports whether quoted words read as a statement rather
// than a phrase: long enough, or with a clause inside.
func (d *discourse) statementLike(s span) bool {
	t := d.doc.text[s.Start:s.End]
	if d.zh {
		if strings.ContainsAny(t, "，。！？；,!?") && runeLetters(t) >= 6 {
			return true
		}
		return runeLetters(t) >= 12
	}
	return len(strings.Fields(t)) >= 6
}

// sayable reports whether quoted words that open a sentence are enough to be
// speech: shorter than statementLike asks of words inside a sentence.
func (d *discourse) sayable(s span) bool {
	t := d.doc.text[s.Start:s.End]
	if d.zh {
		return runeLetters(t) >= 8
	}
	return len(strings.Fields(t)) >= 4
}

// zhTermBefore ends with words that make the next quotation a term being
// defined or asked about: 何谓「7B」, 什么是“…”.
var zhTermBefore = re(`(?:何谓|何謂|什么是|什麼是|所说的|所說的|即所谓|所谓的|所謂的)\s*$`)

// zhIsTerm reports whether the Chinese words in m are a term, not speech.
func (d *discourse) zhIsTerm(m qmark, u unit) bool {
	text := d.doc.text
	if runeLetters(text[m.inner.Start:m.inner.End]) < zhMinQuoteLetters {
		return true
	}
	if zhTermBefore.MatchString(sub(text, max(u.Start, m.Start-24), m.Start)) {
		return true
	}
	return d.zhNameInSentence(m, u)
}

// zhNameInSentence reports whether quoted words with no clause in them are
// a name or a title that the sentence goes on from (「可信任对话引擎计划」将
// 在年底完成): the words after the closing mark go straight on, with no
// stop and no speech verb, and no speech verb stands right before the
// opening mark.
func (d *discourse) zhNameInSentence(m qmark, u unit) bool {
	text := d.doc.text
	if strings.ContainsAny(text[m.inner.Start:m.inner.End], "，,。！？!?；;") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(sub(text, m.End, u.End))
	if !unicode.Is(unicode.Han, r) || strings.ContainsRune("等外时時中后後里裡", r) {
		return false
	}
	// 回应「…」外: words that are the verb's own object; 表示，「…」将: a
	// name that opens the statement.
	before := strings.TrimRight(sub(text, max(u.Start, m.Start-40), m.Start), " ")
	if _, ok := d.cueEnding(before); ok {
		return false
	}
	_, _, ok := d.cueStartingAfter(sub(text, m.End, min(u.End, m.End+60)))
	return !ok
}
