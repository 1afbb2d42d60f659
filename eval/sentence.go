package eval

import (
	"strings"
	"unicode/utf8"
)

// sentence is one sentence of an article with its byte range.
type sentence struct {
	start, end int
	text       string
	lower      string
}

// splitSentences cuts text at Chinese and Latin sentence ends and at line
// breaks. It only serves to show a finding in context, so it errs on the
// side of simple.
func splitSentences(text string) []sentence {
	var out []sentence
	start := 0
	emit := func(end int) {
		s := strings.TrimSpace(text[start:end])
		if s != "" {
			out = append(out, sentence{start: start, end: end, text: s, lower: strings.ToLower(s)})
		}
		start = end
	}
	for i, r := range text {
		size := utf8.RuneLen(r)
		switch r {
		case '\n', '。', '！', '？', '!', '?', '；':
			end := i + size
			// Keep a closing quotation mark with its sentence.
			for end < len(text) {
				c, n := utf8.DecodeRuneInString(text[end:])
				if !strings.ContainsRune("”」』\"’)）", c) {
					break
				}
				end += n
			}
			if end > start && i >= start {
				emit(end)
			}
		case '.':
			if next := i + 1; next >= len(text) || text[next] == ' ' || text[next] == '\n' {
				if !abbreviation(text[start:i]) {
					emit(i + 1)
				}
			}
		}
	}
	if start < len(text) {
		emit(len(text))
	}
	return out
}

// abbreviation says whether the text before a full stop ends in a title or
// initial (Dr. Mr. U.S. A.), where the sentence goes on.
func abbreviation(before string) bool {
	w := before[strings.LastIndexAny(before, " \n(")+1:]
	switch w {
	case "Dr", "Mr", "Mrs", "Ms", "Prof", "St", "Inc", "Co", "Ltd", "Jr", "Sr", "vs", "U.S", "U.K", "e.g", "i.e":
		return true
	}
	return utf8.RuneCountInString(w) == 1 && w >= "A" && w <= "Z"
}

// clip keeps a shown sentence readable.
func clip(s string) string {
	const max = 200
	if r := []rune(s); len(r) > max {
		return string(r[:max]) + "…"
	}
	return s
}

// sentenceWith returns the first sentence that contains any of the names.
func (a *article) sentenceWith(names []string) string {
	for _, s := range a.sents {
		if hasName(s.lower, names) {
			return clip(s.text)
		}
	}
	return ""
}

// hasName says whether lower (a lower-cased sentence) names any of names.
// A name that starts or ends with a Latin letter or digit must stand as a
// word there, so that "X" is not found in "exceptions".
func hasName(lower string, names []string) bool {
	for _, n := range names {
		n = strings.ToLower(n)
		if n == "" {
			continue
		}
		for from := 0; ; {
			i := strings.Index(lower[from:], n)
			if i < 0 {
				break
			}
			i += from
			j := i + len(n)
			first, _ := utf8.DecodeRuneInString(n)
			last, _ := utf8.DecodeLastRuneInString(n)
			before, _ := utf8.DecodeLastRuneInString(lower[:i])
			after, _ := utf8.DecodeRuneInString(lower[j:])
			if !(word(first) && word(before)) && !(word(last) && word(after)) {
				return true
			}
			from = i + 1
		}
	}
	return false
}

// word says whether r is an ASCII letter or digit.
func word(r rune) bool {
	return r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
}

// sentenceWithBoth returns the first sentence that names both ends of a
// relation, or else the first that names its first end.
func (a *article) sentenceWithBoth(from, to []string) string {
	for _, s := range a.sents {
		if hasName(s.lower, from) && hasName(s.lower, to) {
			return clip(s.text)
		}
	}
	return a.sentenceWith(from)
}

// sentenceAt returns the sentence holding the byte offset of a quote, or,
// when the offset is out of range, the first sentence holding its text.
func (a *article) sentenceAt(off int, text string) string {
	if off > 0 || (off == 0 && strings.HasPrefix(a.c.Text, text)) {
		for _, s := range a.sents {
			if off >= s.start && off < s.end {
				return clip(s.text)
			}
		}
	}
	probe := text
	if r := []rune(probe); len(r) > 12 {
		probe = string(r[:12])
	}
	return a.sentenceWith([]string{probe})
}

// forms returns the surface forms of the entity called name, or name alone.
func forms(byName map[string][]string, name string) []string {
	if f, ok := byName[name]; ok {
		return f
	}
	return []string{name}
}
