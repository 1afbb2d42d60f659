package extract

// Mentions stage, pinyin names (read by latinPersons, rule
// entity.en.person-pinyin). Chinese names written in pinyin (Xiaohua Zhai,
// Zhai Xiaohua): a common surname and a given name of two pinyin syllables
// are a person, whatever the sentence says around them.

import "strings"

// pinyinSurnames are common Chinese surnames in pinyin.
var pinyinSurnames = vocabSet("en-name-pinyin-surnames")

// pinyinSyllables are the syllables of standard pinyin, without tones.
var pinyinSyllables = vocabSet("en-name-pinyin-syllables")

// pinyinSyllableCount returns how many pinyin syllables w splits into
// (a hyphen or apostrophe may separate them: Hsiao-mei is not pinyin,
// Xiao-Hua is), or 0 when it is not pinyin.
func pinyinSyllableCount(w string) int {
	w = strings.ToLower(strings.NewReplacer("-", "", "'", "", "’", "").Replace(w))
	if w == "" || len(w) > 12 {
		return 0
	}
	// best[i] = fewest syllables that spell w[:i], -1 when none do
	best := make([]int, len(w)+1)
	for i := 1; i <= len(w); i++ {
		best[i] = -1
		for k := max(0, i-6); k < i; k++ {
			if best[k] >= 0 && pinyinSyllables[w[k:i]] && (best[i] < 0 || best[k]+1 < best[i]) {
				best[i] = best[k] + 1
			}
		}
	}
	if best[len(w)] < 0 {
		return 0
	}
	return best[len(w)]
}

// pinyinName reports two words that are a Chinese name in pinyin: a
// common surname and a given name of two syllables, in either order
// (Xiaohua Zhai, Zhai Xiaohua).
func pinyinName(a, b string) bool {
	return pinyinSurnames[b] && pinyinSyllableCount(a) == 2 && !pinyinSurnames[a] ||
		pinyinSurnames[a] && pinyinSyllableCount(b) == 2 && !pinyinSurnames[b]
}
