package graph

import (
	"slices"
	"strings"
	"testing"
)

// finds reports whether a statement new (of speaker sn, text tn) finds
// the statement old (so, to) the graph holds, as qSpeakerQuotes looks it
// up: its first window among old's grams, or old's head among its
// windows.
func finds(sn, tn, so, to string) bool {
	first, windows := wordWindows(sn, tn, FoldQuote(tn))
	head, grams := quoteKeys(so, to, FoldQuote(to))
	if first == "" || head == "" {
		return false
	}
	return slices.Contains(strings.Fields(grams), "g"+first) || head == first || slices.Contains(windows, head)
}

// TestQuoteKeysFindContainment: a statement and an excerpt of it find one
// another whichever of the two the graph holds, and statements of another
// speaker or without a shared window do not.
func TestQuoteKeysFindContainment(t *testing.T) {
	longText := "Open models will catch up with the closed ones within a year, she said."
	shortText := "will catch up with the closed ones"
	otherText := "Nothing in common with anything said before today."
	if !sameStatement(FoldQuote(longText), FoldQuote(shortText)) {
		t.Fatal("the excerpt is not one statement with the long one")
	}
	for _, tc := range []struct {
		name           string
		sn, tn, so, to string
		want           bool
	}{
		{"an excerpt finds the longer statement holding it", "ada", shortText, "ada", longText, true},
		{"a longer statement finds the excerpt it holds", "ada", longText, "ada", shortText, true},
		{"a statement finds a shorter one starting where it does", "ada", longText, "ada", "Open models will catch up", true},
		{"another speaker's", "bob", shortText, "ada", longText, false},
		{"another speaker's, the other way", "bob", longText, "ada", shortText, false},
		{"unrelated", "ada", otherText, "ada", longText, false},
	} {
		if got := finds(tc.sn, tc.tn, tc.so, tc.to); got != tc.want {
			t.Errorf("%s: finds = %v, want %v", tc.name, got, tc.want)
		}
	}
	if head, grams := quoteKeys("ada", "yes", FoldQuote("yes")); head != "" || grams != "" {
		t.Error("a statement shorter than a window gets keys")
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
	_, grams := quoteKeys("ada", text, FoldQuote(text))
	_, windows := wordWindows("ada", text, FoldQuote(text))
	// head is an excerpt's first window, as the graph keeps it.
	head := func(excerpt string) string {
		h, _ := quoteKeys("ada", excerpt, FoldQuote(excerpt))
		return h
	}
	word, inside := head("act before it is too late"), head("ct before it is too late")
	if !strings.Contains(grams, "g"+word) || !slices.Contains(windows, word) {
		t.Error("a window starting a word is not indexed and looked up")
	}
	if strings.Contains(grams, "g"+inside) || slices.Contains(windows, inside) {
		t.Error("a window inside a word is indexed or looked up")
	}
	// Han text has no spaces: every character starts a window.
	zh := "监管者应该在为时已晚之前采取行动"
	_, zhGrams := quoteKeys("ada", zh, FoldQuote(zh))
	if got, want := len(strings.Fields(zhGrams)), len([]rune(zh))-minSharedQuote+1; got != want {
		t.Errorf("Han statement: %d windows indexed, want %d", got, want)
	}
}
