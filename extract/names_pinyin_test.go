package extract

import "testing"

// TestPinyinName checks the pinyin rule: a common surname and a given name
// of two syllables, in either order, and nothing else.
func TestPinyinName(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Xiaohua", "Zhai", true},
		{"Zhai", "Xiaohua", true},
		{"Zitong", "Yang", true},
		{"Shanghai", "Tower", false}, // no surname
		{"Hong", "Kong", false},      // one syllable
		{"Wang", "Li", false},        // two surnames
		{"Jason", "Wang", false},     // not pinyin
	}
	for _, tc := range tests {
		if got := pinyinName(tc.a, tc.b); got != tc.want {
			t.Errorf("pinyinName(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
