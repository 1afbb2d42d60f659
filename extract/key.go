package extract

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Key is the graph identity of a name: NFKC-folded, lower-cased, with white
// space and punctuation removed, so that "Llama 2", "LLaMA-2" and "llama2"
// share one node. It is also how FORMAT.md compares names when scoring.
func Key(name string) string {
	s := norm.NFKC.String(name)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}
