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
	if !shares(gramQuery("ada", shortText, short), quoteGrams("ada", long)) {
		t.Error("an excerpt does not find the longer statement holding it")
	}
	if !shares(gramQuery("ada", longText, long), quoteGrams("ada", short)) {
		t.Error("a longer statement does not find the excerpt it holds")
	}
	if shares(gramQuery("bob", shortText, short), quoteGrams("ada", long)) {
		t.Error("another speaker's statement matches")
	}
	if shares(gramQuery("ada", otherText, other), quoteGrams("ada", long)) {
		t.Error("an unrelated statement matches")
	}
	if gramQuery("ada", "yes", FoldQuote("yes")) != "" || quoteGrams("ada", FoldQuote("yes")) != "" {
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

// TestGramQueryOnlyWordStarts: a statement looks up the excerpts starting
// at its words, not those starting inside a word.
func TestGramQueryOnlyWordStarts(t *testing.T) {
	text := "Regulators should act before it is too late."
	q := gramQuery("ada", text, FoldQuote(text))
	word := quoteGrams("ada", FoldQuote("act before it is too late"))
	inside := quoteGrams("ada", FoldQuote("ct before it is too late"))
	has := func(grams string) bool {
		return strings.Contains(q, "h"+strings.Fields(grams)[0][1:])
	}
	if !has(word) {
		t.Error("an excerpt starting at a word is not looked up")
	}
	if has(inside) {
		t.Error("an excerpt starting inside a word is looked up")
	}
}
