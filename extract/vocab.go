package extract

import (
	"strings"

	"github.com/newsgraph/kg/extract/internal/vocab"
)

// simpToTrad inverts tradToSimp: the traditional forms of a simplified
// character (发 → 發, 髮).
var simpToTrad = func() map[rune][]rune {
	m := map[rune][]rune{}
	for t, s := range tradToSimp {
		m[s] = append(m[s], t)
	}
	for s := range m {
		rs := m[s]
		for i := 1; i < len(rs); i++ { // insertion sort: deterministic order
			for j := i; j > 0 && rs[j] < rs[j-1]; j-- {
				rs[j], rs[j-1] = rs[j-1], rs[j]
			}
		}
	}
	return m
}()

// maxVariants bounds the traditional spellings generated for one entry.
const maxVariants = 16

// withTraditional is words followed by every traditional spelling of each
// entry that differs from it (at most maxVariants per entry), so a list
// written once in simplified characters also matches traditional text.
func withTraditional(words []string) []string {
	out := append([]string(nil), words...)
	seen := map[string]bool{}
	for _, w := range words {
		seen[w] = true
	}
	for _, w := range words {
		variants := []string{""}
		for _, r := range w {
			alts := tradAlternatives(r)
			var next []string
			for _, v := range variants {
				for _, a := range alts {
					if len(next) < maxVariants {
						next = append(next, v+string(a))
					}
				}
			}
			variants = next
		}
		for _, v := range variants {
			if !seen[v] {
				seen[v] = true
				out = append(out, v)
			}
		}
	}
	return out
}

// bothScripts are simplified characters that traditional text also
// writes in some words (發布 beside 發佈, 台灣 beside 臺灣, 周年 beside 週年):
// a traditional spelling keeps them as one of its choices.
const bothScripts = "布巨台面杰板沈系制周范松余采并云复志表谷游冲历"

// tradAlternatives are the characters a traditional spelling may have where
// the simplified entry has r: its traditional forms, and r itself when r
// has none or is written in both scripts. Other simplified characters are
// left out, so no entry comes back half converted (开發).
func tradAlternatives(r rune) []rune {
	trad := simpToTrad[r]
	if len(trad) == 0 {
		return []rune{r}
	}
	for _, t := range trad {
		if t == r {
			return trad
		}
	}
	if strings.ContainsRune(bothScripts, r) {
		return append([]rune{r}, trad...)
	}
	return trad
}

// vocabWords is list name of the vocabulary; zh- lists come with their
// traditional spellings.
func vocabWords(name string) []string {
	w := vocab.Words(name)
	if len(name) > 3 && name[:3] == "zh-" {
		return withTraditional(w)
	}
	return w
}

// vocabSet is vocabWords as a set.
func vocabSet(name string) map[string]bool {
	m := map[string]bool{}
	for _, w := range vocabWords(name) {
		m[w] = true
	}
	return m
}
