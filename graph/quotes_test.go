package graph

import (
	"strings"
	"testing"
)

// TestQuoteGramsFindContainment: a statement and an excerpt of it share a
// token of the quote_grams index whichever of the two comes first, and
// statements of another speaker or without a shared window do not.
func TestQuoteGramsFindContainment(t *testing.T) {
	long := FoldQuote("Open models will catch up with the closed ones within a year, she said.")
	short := FoldQuote("will catch up with the closed ones")
	other := FoldQuote("Nothing in common with anything said before today.")
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
	if !shares(gramQuery("ada", short), quoteGrams("ada", long)) {
		t.Error("an excerpt does not find the longer statement holding it")
	}
	if !shares(gramQuery("ada", long), quoteGrams("ada", short)) {
		t.Error("a longer statement does not find the excerpt it holds")
	}
	if shares(gramQuery("bob", short), quoteGrams("ada", long)) {
		t.Error("another speaker's statement matches")
	}
	if shares(gramQuery("ada", other), quoteGrams("ada", long)) {
		t.Error("an unrelated statement matches")
	}
	if gramQuery("ada", FoldQuote("yes")) != "" || quoteGrams("ada", FoldQuote("yes")) != "" {
		t.Error("a statement shorter than a window gets tokens")
	}
}
