package copies

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/kg/extract"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Acme’s Model-2, released!", []string{"acme", "s", "model", "2", "released"}},
		{"模型發布了GPT-4", []string{"模", "型", "发", "布", "了", "gpt", "4"}}, // traditional folded
		{"ＡＢＣ　１２", []string{"abc", "12"}},                             // full width folded
	}
	for _, tt := range tests {
		if got := tokens(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("tokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// own is a text of our own, long enough to sketch.
const own = `Acme Robotics opened a research lab in Lisbon on Tuesday, its chief executive said.
The lab will employ forty engineers who work on small language models for factories.
"We want models that run on the machine itself," the chief executive told reporters.
Rivals in Berlin and Oslo have opened similar labs over the past two years.
The company did not say how much the lab cost, nor when its first model would ship.
Analysts said the move puts pressure on larger firms to follow.`

func TestIsCopy(t *testing.T) {
	paras := strings.Split(own, "\n")
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"itself", own, own, true},
		{"excerpt: the first 60% of the paragraphs", own, strings.Join(paras[:4], "\n"), true},
		{"repost with a line added and quotes changed", own, "Reposted from Example Wire.\n" + strings.ReplaceAll(own, `"`, "“") + "\nAll rights reserved.", true},
		{"another article on the same event", own, `Acme Robotics, the factory automation firm, said on Tuesday it had opened a lab in Lisbon.
The new site focuses on language models small enough for factory machines, according to a statement.
Acme's shares rose two percent in Lisbon trading after the announcement.
Acme was founded in 2015 and employs three thousand people worldwide.`, false},
		{"too short to be anybody's copy", own, "Acme Robotics", false},
	}
	for _, tt := range tests {
		a, b := Of(tt.a), Of(tt.b)
		if got := IsCopy(a, b); got != tt.want {
			t.Errorf("%s: IsCopy = %v (containment %.2f, Jaccard %.2f), want %v", tt.name, got, Containment(a, b), Jaccard(a, b), tt.want)
		}
		shared := len(intersect(a.BandKeys(), b.BandKeys())) > 0
		if tt.want && !shared {
			t.Errorf("%s: a copy shares no band key: the look-up would miss it", tt.name)
		}
	}
}

func intersect(a, b []string) []string {
	var out []string
	for _, k := range a {
		if slices.Contains(b, k) {
			out = append(out, k)
		}
	}
	return out
}

// corpusPair is a pair of texts and whether one copies the other.
type corpusPair struct {
	name string
	a, b string
	copy bool
}

// corpusPairs builds the measurement set of the README from the real
// articles: for each, an excerpt (first 60% of the paragraphs), a repost (a
// line added at the top, boilerplate at the end, one paragraph dropped) and,
// for traditional-character articles, the simplified conversion; and every
// pair of distinct articles as a non-copy (several pairs report the same
// story: OPT, Hugging Face's round, Altman's ouster, TAIDE).
func corpusPairs(t testing.TB) []corpusPair {
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "corpus", "*.txt"))
	if len(files) == 0 {
		t.Skip("no corpus at ../shared/corpus")
	}
	texts := map[string]string{}
	var names []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		n := filepath.Base(f)
		texts[n] = string(b)
		names = append(names, n)
	}
	var pairs []corpusPair
	for _, n := range names {
		s := texts[n]
		var paras []string
		for _, p := range strings.Split(s, "\n") {
			if strings.TrimSpace(p) != "" {
				paras = append(paras, p)
			}
		}
		cut := max(1, len(paras)*6/10)
		pairs = append(pairs, corpusPair{n + " excerpt", s, strings.Join(paras[:cut], "\n\n"), true})
		drop := len(paras) / 2
		repost := "转载自示例网 / Reposted from an example site\n\n" + strings.Join(slices.Delete(slices.Clone(paras), drop, drop+1), "\n\n") +
			"\n\n版权所有，未经许可不得转载。 All rights reserved."
		pairs = append(pairs, corpusPair{n + " repost", s, repost, true})
		if simp := extract.Simplified(s); simp != s {
			pairs = append(pairs, corpusPair{n + " simplified", s, simp, true})
		}
	}
	for i, a := range names {
		for _, b := range names[i+1:] {
			pairs = append(pairs, corpusPair{a + " vs " + b, texts[a], texts[b], false})
		}
	}
	return pairs
}

// TestCopiesOnCorpus measures the detector on pairs built from the real
// articles and guards the figures the README gives.
func TestCopiesOnCorpus(t *testing.T) {
	var tp, fp, fn, tn, candidates, missedByBands int
	var worstNeg float64
	for _, p := range corpusPairs(t) {
		a, b := Of(p.a), Of(p.b)
		banded := len(intersect(a.BandKeys(), b.BandKeys())) > 0
		if banded {
			candidates++
		}
		got := banded && IsCopy(a, b)
		switch {
		case got && p.copy:
			tp++
		case got && !p.copy:
			fp++
			t.Logf("false copy: %s (containment %.2f)", p.name, Containment(a, b))
		case !got && p.copy:
			fn++
			if !banded {
				missedByBands++
			}
			t.Logf("missed copy: %s (containment %.2f, banded %v)", p.name, Containment(a, b), banded)
		default:
			tn++
		}
		if !p.copy {
			worstNeg = max(worstNeg, Containment(a, b))
		}
	}
	precision := float64(tp) / float64(max(1, tp+fp))
	recall := float64(tp) / float64(max(1, tp+fn))
	t.Logf("copies: %d pairs, %d copies; precision %.3f recall %.3f (tp %d fp %d fn %d, %d of the misses not banded); %d candidate pairs; highest containment of a non-copy %.2f",
		tp+fp+fn+tn, tp+fn, precision, recall, tp, fp, fn, missedByBands, candidates, worstNeg)
	if precision < 0.99 || recall < 0.95 {
		t.Errorf("below the README's figures: precision %.3f recall %.3f", precision, recall)
	}
}

// BenchmarkSketchVsExtract sketches real articles and extracts them in the
// same run: the ratio of the two is the cost copies adds to ingest.
func BenchmarkSketchVsExtract(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "corpus", "*.txt"))
	if len(files) == 0 {
		b.Skip("no corpus at ../shared/corpus")
	}
	var texts []string
	size := 0
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(t))
		size += len(t)
	}
	b.Run("sketch", func(b *testing.B) {
		b.SetBytes(int64(size))
		for b.Loop() {
			for _, t := range texts {
				Of(t)
			}
		}
	})
	b.Run("extract", func(b *testing.B) {
		x, err := extract.New()
		if err != nil {
			b.Fatal(err)
		}
		b.SetBytes(int64(size))
		for b.Loop() {
			for _, t := range texts {
				x.Article(extract.Doc{Text: t})
			}
		}
	})
}

func ExampleIsCopy() {
	a := Of(own)
	b := Of(strings.Join(strings.Split(own, "\n")[:4], "\n"))
	fmt.Println(IsCopy(a, b))
	// Output: true
}
