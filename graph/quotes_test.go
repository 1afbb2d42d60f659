package graph

import (
	"strings"
	"testing"
)

// TestQuoteGramsFindContainment: a statement and an excerpt of it share a
// token of the quote_grams index whichever of the two comes first, and
// statements of another speaker or without a shared window do not.
func TestQuoteGramsFindContainment(t *testing.T) {
	longText := "Open models will catch up with the closed ones within a year, she said."
	shortText := "will catch up with the closed ones"
	otherText := "Nothing in common with anything said before today."
	long, short, other := FoldQuote(longText), FoldQuote(shortText), FoldQuote(otherText)
	shares := func(query, grams string) bool {
		tokens := strings.Fields(grams)
		for _, term := range strings.Split(query, " OR ") {
			for _, tok := range tokens {
				if term == tok {
					return true
				}
			}
		}
		return false
	}
	if !sameStatement(long, short) {
		t.Fatal("the excerpt is not one statement with the long one")
	}
	if !shares(gramQuery("ada", shortText, short), quoteGrams("ada", longText, long)) {
		t.Error("an excerpt does not find the longer statement holding it")
	}
	if !shares(gramQuery("ada", longText, long), quoteGrams("ada", shortText, short)) {
		t.Error("a longer statement does not find the excerpt it holds")
	}
	if shares(gramQuery("bob", shortText, short), quoteGrams("ada", longText, long)) {
		t.Error("another speaker's statement matches")
	}
	if shares(gramQuery("ada", otherText, other), quoteGrams("ada", longText, long)) {
		t.Error("an unrelated statement matches")
	}
	if gramQuery("ada", "yes", FoldQuote("yes")) != "" || quoteGrams("ada", "yes", FoldQuote("yes")) != "" {
		t.Error("a statement shorter than a window gets tokens")
	}
}

// TestWordStarts: the runes of a folded statement where an excerpt may
// start are the first of each word, and every Han character; a text whose
// words do not fold to the statement gives nil (every rune may start one).
func TestWordStarts(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       string // "^" under each start of FoldQuote(text)
	}{
		{"words", "Open models, she said.", "^   ^     ^  ^   "},
		{"apostrophe and digits", "It's GPT-5 now", "^ ^^  ^^"},
		{"han", "模型很好", "^^^^"},
		{"mixed", "我们的AI模型", "^^^^ ^^"},
		{"full-width", "ＡＩ模型", "^ ^^"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := wordStarts(tc.text, FoldQuote(tc.text))
			if got == nil {
				t.Fatalf("wordStarts(%q) = nil", tc.text)
			}
			var b strings.Builder
			for _, s := range got {
				if s {
					b.WriteByte('^')
				} else {
					b.WriteByte(' ')
				}
			}
			if want := strings.TrimRight(tc.want, " "); strings.TrimRight(b.String(), " ") != want {
				t.Errorf("wordStarts(%q):\n got %q\nwant %q", tc.text, b.String(), want)
			}
		})
	}
	// A circled digit folds to a digit but is no word character: the words
	// do not make the statement.
	if got := wordStarts("step ① done", FoldQuote("step ① done")); got != nil {
		t.Errorf("wordStarts with a folded symbol = %v, want nil", got)
	}
}

// TestGramsOnlyAtWordStarts: a statement is indexed, and looks up the
// excerpts it holds, at the windows starting its words, not inside them.
func TestGramsOnlyAtWordStarts(t *testing.T) {
	text := "Regulators should act before it is too late."
	grams, query := quoteGrams("ada", text, FoldQuote(text)), gramQuery("ada", text, FoldQuote(text))
	// first is the hash of an excerpt's first window, as its own tokens
	// carry it.
	first := func(excerpt string) string {
		return strings.Fields(quoteGrams("ada", excerpt, FoldQuote(excerpt)))[0][1:]
	}
	word, inside := first("act before it is too late"), first("ct before it is too late")
	if !strings.Contains(grams, "g"+word) || !strings.Contains(query, "h"+word) {
		t.Error("a window starting a word is not indexed and looked up")
	}
	if strings.Contains(grams, "g"+inside) || strings.Contains(query, "h"+inside) {
		t.Error("a window inside a word is indexed or looked up")
	}
	// Han text has no spaces: every character starts a window.
	zh := "监管者应该在为时已晚之前采取行动"
	if got, want := strings.Count(quoteGrams("ada", zh, FoldQuote(zh)), " g"), len([]rune(zh))-minSharedQuote+1; got != want {
		t.Errorf("Han statement: %d windows indexed, want %d", got, want)
	}
}
