package extract

import (
	"slices"
	"testing"
)

func TestWithTraditional(t *testing.T) {
	got := withTraditional([]string{"表示", "说", "CEO"})
	for _, want := range []string{"表示", "说", "說", "CEO"} {
		if !slices.Contains(got, want) {
			t.Errorf("withTraditional: %q missing from %q", want, got)
		}
	}
	if len(got) != 4 {
		t.Errorf("withTraditional added forms that are no traditional spelling: %q", got)
	}
}
