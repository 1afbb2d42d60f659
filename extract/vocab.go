package extract

import "github.com/newsgraph/kg/extract/internal/vocab"

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
			alts := append([]rune{r}, simpToTrad[r]...)
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
