// Stage: discourse, Chinese. The folded view of Chinese text (traditional
// characters simplified byte for byte) on which speech cues are matched,
// and the Chinese cue word lists built from it. Reads the text only.
//
// Chinese quote attribution reads speech verbs on a folded view of the
// text: traditional characters mapped to simplified ones, rune for rune and
// byte for byte (every CJK character is three bytes in UTF-8), so offsets in
// the folded view are offsets in the text and one simplified word list
// serves both scripts.

package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/kg/extract/internal/vocab"
)

// zhCueTradExtra pairs the traditional characters of speech verbs and
// their surroundings that tradToSimp lacks (強調, 介紹, 呼籲, 辯駁, 則,
// 卻, 進行, 於): the folded view needs them, while the lexicon's folding
// does not take them (於 would change how dates read, see lexicon.go).
const zhCueTradExtra = "強强紹绍籲吁覆复釐厘辯辩駁驳誇夸諷讽憤愤則则於于卻却進进"

// zhFoldMap maps a traditional character to its simplified form, for the
// folded view; only pairs of equal UTF-8 length, so offsets stay put.
var zhFoldMap = func() map[rune]rune {
	m := map[rune]rune{}
	add := func(a, b rune) {
		if a != b && utf8.RuneLen(a) == utf8.RuneLen(b) {
			m[a] = b
		}
	}
	for a, b := range tradToSimp {
		add(a, b)
	}
	rs := []rune(zhCueTradExtra)
	for i := 0; i+1 < len(rs); i += 2 {
		add(rs[i], rs[i+1])
	}
	return m
}()

// foldZh is s with traditional characters simplified, byte for byte the
// same length as s.
func foldZh(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	changed := false
	for _, r := range s {
		if m, ok := zhFoldMap[r]; ok {
			r = m
			changed = true
		}
		b.WriteRune(r)
	}
	if !changed {
		return s
	}
	return b.String()
}

// foldAll folds and de-duplicates a word list, longest first.
func foldAll(lists ...[]string) []string {
	seen := map[string]bool{}
	var out []string
	for _, l := range lists {
		for _, w := range l {
			f := foldZh(w)
			if !seen[f] {
				seen[f] = true
				out = append(out, f)
			}
		}
	}
	return sortByLen(out)
}

// zhPointFollowers are the characters after 指 that make a word of their
// own (指出, 指导, 指定): 也指出 is 指出 after 也, not the cue 也指.
const zhPointFollowers = "出导定挥示责向称数南明控认代标令引望点教"

// zhCueRejected reports whether the cue w at i of the folded text is the
// start of a longer word: 则指 in 则指出.
func zhCueRejected(text string, i int, w string) bool {
	if !strings.HasSuffix(w, "指") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(sub(text, i+len(w), len(text)))
	return strings.ContainsRune(zhPointFollowers, r)
}

// zhCueWords and zhNotCueWords are the folded lists the scanner matches,
// longest first: the speech verbs (vocabulary zh-speech-cues) and the words
// that hold one but are none (zh-speech-not-cues). They are matched on the
// folded view, which covers traditional text, so they are read without the
// traditional spellings vocabWords would add.
var (
	zhCueWords    = foldAll(vocab.Words("zh-speech-cues"), vocab.Words("zh-speech-view-cues"))
	zhNotCueWords = foldAll(vocab.Words("zh-speech-not-cues"))
)

// zhCueIndex indexes zhCueWords by first rune, longest first.
var zhCueIndex = func() map[rune][]string {
	m := map[rune][]string{}
	for _, w := range zhCueWords {
		r, _ := utf8.DecodeRuneInString(w)
		m[r] = append(m[r], w)
	}
	return m
}()

// ztext is the folded view of the document's text (Chinese only).
func (d *discourse) ztext() string {
	if d.folded == "" {
		d.folded = foldZh(d.doc.text)
	}
	return d.folded
}
