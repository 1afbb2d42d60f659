package vocab

import (
	"strings"
	"testing"
)

// TestListsAreClean checks every list: no duplicate entries, no entry with
// a tab (a list is one entry per line, not a table).
func TestListsAreClean(t *testing.T) {
	names := Names()
	if len(names) == 0 {
		t.Fatal("no lists embedded")
	}
	for _, name := range names {
		seen := map[string]bool{}
		words := Words(name)
		if len(words) == 0 {
			t.Errorf("%s: empty list", name)
		}
		for _, w := range words {
			if seen[w] {
				t.Errorf("%s: %q listed twice", name, w)
			}
			if strings.Contains(w, "\t") {
				t.Errorf("%s: %q has a tab", name, w)
			}
			seen[w] = true
		}
	}
}

func TestWordsSkipsCommentsAndPanicsOnMissingList(t *testing.T) {
	for _, name := range Names() {
		for _, w := range Words(name) {
			if strings.HasPrefix(w, "#") || strings.Contains(w, " #") {
				t.Errorf("%s: comment kept as entry %q", name, w)
			}
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("Words on a missing list did not panic")
		}
	}()
	Words("no-such-list")
}
