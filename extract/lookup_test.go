package extract

import (
	"slices"
	"testing"
)

func TestLookup(t *testing.T) {
	x, err := New() // the embedded lexicon, as kg show uses it
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		in       string
		want     string
		typ      Type
		found    bool
		hasAlias string
	}{
		{"Meta", "Meta", Organization, true, "Facebook"},
		{"meta platforms", "Meta", Organization, true, ""}, // an alias, case folded
		{"臉書", "Meta", Organization, true, ""},             // traditional characters
		{"  LLAMA-2 ", "Llama 2", Model, true, ""},
		{"Zorblat Quenwick Labs", "", "", false, ""}, // nobody knows it
		{"", "", "", false, ""},
	}
	for _, tt := range tests {
		e, ok := x.Lookup(tt.in)
		if ok != tt.found || e.Name != tt.want || e.Type != tt.typ {
			t.Errorf("Lookup(%q) = %q %s %v, want %q %s %v", tt.in, e.Name, e.Type, ok, tt.want, tt.typ, tt.found)
		}
		if tt.hasAlias != "" && !slices.Contains(e.Aliases, tt.hasAlias) {
			t.Errorf("Lookup(%q) aliases %q lack %q", tt.in, e.Aliases, tt.hasAlias)
		}
	}
}
