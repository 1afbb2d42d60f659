// Stage: discourse. Speech cues: the verbs of saying (表示, said) found
// outside quotation marks, and the tests of a verb before or after a quote.
// Reads the discourse (text, marks) and the cue lists.

package extract

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/kg/extract/internal/vocab"
)

// zhStanceVerbs open a stance phrase (vocabulary zh-speech-stance-verbs),
// in file order, which puts a longer verb before its prefix.
var zhStanceVerbs = vocab.Words("zh-speech-stance-verbs")

// zhStance matches stance phrases that introduce a view: 也持有不同的意见，“…”.
// It is matched on the folded view, so the lists are simplified only.
var zhStance = re(`(?:` + cueAlternation(zhStanceVerbs) + `)[^，,。；;：:“”]{0,30}(?:` + cueAlternation(vocab.Words("zh-speech-stance-views")) + `)`)

// zhStanceFirst are the first characters of the stance verbs: the scanner
// tries zhStanceAt only where one stands.
var zhStanceFirst = func() string {
	var b strings.Builder
	for _, w := range zhStanceVerbs {
		if r, _ := utf8.DecodeRuneInString(w); !strings.ContainsRune(b.String(), r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}()

// cueAlternation is words as a regexp alternation, each quoted, in list
// order: leftmost-first matching tries them in that order.
func cueAlternation(words []string) string {
	q := make([]string, len(words))
	for i, w := range words {
		q[i] = regexp.QuoteMeta(w)
	}
	return strings.Join(q, "|")
}

// zhStanceAt is zhStance anchored at the start of the text.
var zhStanceAt = re(`^(?:` + zhStance.String() + `)`)

// enCues are the English speech verbs (vocabulary en-speech-cues), in
// file order: cueEnding takes the first that ends a text.
var enCues = vocab.Words("en-speech-cues")

// enParticiple are the cues that end in -ing (saying, adding): a participle
// continues a sentence whose subject is named before it.
var enParticiple = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range enCues {
		if strings.HasSuffix(w, "ing") {
			m[w] = true
		}
	}
	return m
}()

// sortByLen sorts s longest first, keeping the order of equal lengths, so
// that a scanner tries 坚持认为 before 认为.
func sortByLen(s []string) []string {
	sort.SliceStable(s, func(i, j int) bool { return len(s[i]) > len(s[j]) })
	return s
}

// cue is one speech verb found in the text.
type cue struct {
	span
	word string
}

// findCues lists the speech verbs in [from, to) that stand outside quotes.
// The quote and event stages ask for one unit's cues several times in a
// row, so the last answer is kept and given again: callers only read it,
// and it is clipped to its length, so that an append to it copies. The
// answer depends only on the span (the text, its folded view and the
// quotation marks are fixed once the discourse is built). On 4 MB of 他说
// the repeated scans allocated about 100 MB of growing slices (issue 16).
func (d *discourse) findCues(from, to int) []cue {
	if m := &d.lastCues; m.ok && m.from == from && m.to == to {
		return m.cues
	}
	cs := d.scanCues(from, to)
	cs = cs[:len(cs):len(cs)]
	d.lastCues = cueMemo{from: from, to: to, cues: cs, ok: true}
	return cs
}

// cueMemo is findCues' last answer.
type cueMemo struct {
	from, to int
	cues     []cue
	ok       bool
}

// scanCues finds the speech verbs in [from, to) outside quotes (findCues).
func (d *discourse) scanCues(from, to int) []cue {
	text := d.doc.text
	var out []cue
	if d.zh {
		text = d.ztext()
		for i := from; i < to; {
			if d.markAt(i) >= 0 {
				i = d.marks[d.markAt(i)].End
				continue
			}
			matched := ""
			rest := sub(text, i, to)
			r, _ := utf8.DecodeRuneInString(rest)
			for _, w := range zhCueIndex[r] {
				if strings.HasPrefix(rest, w) {
					matched = w
					break
				}
			}
			if matched == "" && strings.ContainsRune(zhStanceFirst, r) {
				if loc := zhStanceAt.FindStringIndex(sub(text, i, min(to, i+120))); loc != nil {
					matched = sub(text, i, i+loc[1])
				}
			}
			if matched != "" && !d.zhNotCueAt(i, matched) && !zhCueRejected(text, i, matched) {
				out = append(out, cue{span{i, i + len(matched)}, d.doc.text[i : i+len(matched)]})
				i += len(matched)
				continue
			}
			_, n := utf8.DecodeRuneInString(text[i:])
			i += n
		}
		return out
	}
	seg := sub(text, from, to)
	for _, w := range enCues {
		for off := 0; ; {
			k := strings.Index(seg[off:], w)
			if k < 0 {
				break
			}
			s := from + off + k
			e := s + len(w)
			off += k + len(w)
			if !wordBoundary(text, s, e) || d.markAt(s) >= 0 || overlapsCue(out, s, e) {
				continue
			}
			out = append(out, cue{span{s, e}, strings.ToLower(w)})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// overlapsCue reports whether [s, e) overlaps a cue of cs.
func overlapsCue(cs []cue, s, e int) bool {
	for _, c := range cs {
		if s < c.End && c.Start < e {
			return true
		}
	}
	return false
}

// wordBoundary reports whether text[s:e] is a whole word: no letter or
// hyphen touches it on either side.
func wordBoundary(text string, s, e int) bool {
	if s > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:s])
		if unicode.IsLetter(r) || r == '-' {
			return false
		}
	}
	if e < len(text) {
		r, _ := utf8.DecodeRuneInString(text[e:])
		if unicode.IsLetter(r) || r == '-' {
			return false
		}
	}
	return true
}

// zhNotCueAt reports whether the cue at i is part of a word that is no
// speech verb (说明, 称为, 被认为).
func (d *discourse) zhNotCueAt(i int, w string) bool {
	text := d.ztext()
	for _, nc := range zhNotCueWords {
		k := strings.Index(nc, w)
		if k < 0 {
			continue
		}
		s := i - k
		if s >= 0 && strings.HasPrefix(text[s:], nc) {
			return true
		}
	}
	return false
}

// cueEnding reports whether s ends with a speech verb, and which.
func (d *discourse) cueEnding(s string) (string, bool) {
	if d.zh {
		orig := s
		s = foldZh(s)
		if loc := zhStance.FindAllStringIndex(s, -1); len(loc) > 0 && loc[len(loc)-1][1] == len(s) {
			return orig[loc[len(loc)-1][0]:], true
		}
		for _, w := range zhCueWords {
			if strings.HasSuffix(s, w) {
				start := len(s) - len(w)
				for _, nc := range zhNotCueWords {
					if k := strings.Index(nc, w); k >= 0 && start-k >= 0 && strings.HasPrefix(s[start-k:], nc) {
						return "", false
					}
				}
				return orig[start:], true
			}
		}
		return "", false
	}
	for _, w := range enCues {
		if strings.HasSuffix(s, w) && wordBoundary(s, len(s)-len(w), len(s)) {
			return w, true
		}
	}
	return "", false
}

// cueStartingAfter looks for a speech verb in the words that follow a
// closing quotation mark, before the clause ends: “…”X说, "…," said X,
// "…," X said. It returns the verb's offset in s.
func (d *discourse) cueStartingAfter(s string) (cue, int, bool) {
	end := len(s)
	stops := "，,。；;！？!?\n“\""
	if !d.zh {
		stops = ".;!?\n“\""
	}
	if k := strings.IndexAny(s, stops); k >= 0 {
		end = k
	}
	if d.zh {
		end = min(end, zhAfterQuoteLimit)
	} else if end > 160 {
		end = 160
	}
	lim := s[:end]
	if d.zh {
		folded := foldZh(lim)
		for i := 0; i < len(lim); {
			for _, w := range zhCueWords {
				if strings.HasPrefix(folded[i:], w) && !zhCueRejected(folded, i, w) {
					return cue{span{i, i + len(w)}, lim[i : i+len(w)]}, i, true
				}
			}
			_, n := utf8.DecodeRuneInString(lim[i:])
			i += n
		}
		return cue{}, 0, false
	}
	best := -1
	var bw string
	for _, w := range enCues {
		k := 0
		for {
			j := strings.Index(lim[k:], w)
			if j < 0 {
				break
			}
			j += k
			if wordBoundary(lim, j, j+len(w)) {
				if best < 0 || j < best {
					best, bw = j, w
				}
				break
			}
			k = j + len(w)
		}
	}
	if best < 0 {
		return cue{}, 0, false
	}
	return cue{span{best, best + len(bw)}, bw}, best, true
}
