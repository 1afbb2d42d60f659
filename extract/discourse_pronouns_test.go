package extract

import (
	"slices"
	"testing"
)

// TestZhPronounsMatchRegexp: buildCands scans for 他 and 她 by hand
// (zhPronouns) instead of zhPronoun.FindAllStringIndex; the matches must
// be the regexp's.
func TestZhPronounsMatchRegexp(t *testing.T) {
	for _, s := range []string{"", "他", "她们說他人", "其他他们们她a他\n她人", "abc他說她们們", "他他她她", "We said 他"} {
		var got [][]int
		for loc := range zhPronouns(s) {
			got = append(got, []int{loc[0], loc[1]})
		}
		want := zhPronoun.Regexp.FindAllStringIndex(s, -1)
		if !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("%q: zhPronouns %v, regexp %v", s, got, want)
		}
	}
}
