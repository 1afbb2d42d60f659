// Package copies finds near-duplicate articles: syndicated copies, excerpts,
// reposts with a line added, simplified/traditional conversions. An article
// is summarised by a MinHash signature of its shingles (four consecutive
// words, or four Han characters, after folding case, width and traditional
// characters); locality-sensitive hashing cuts the signature into bands, so
// that finding candidates is a look-up of band keys, not a scan; a candidate
// is a copy when the estimated containment of the shorter text in the longer
// one reaches Threshold.
package copies

import (
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"math"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/newsgraph/kg/extract"
)

// Signature sizes: Bands bands of Rows values each. With 40 × 3 a pair of
// texts with Jaccard similarity 0.5 shares a band with probability 0.995 (an
// excerpt of 60% of a text has about 0.6), at 0.2 with 0.28, at 0.1 with
// 0.04: few candidates to check, and no copy lost.
const (
	Bands = 40
	Rows  = 3
	Size  = Bands * Rows
)

// shingleTokens is how many tokens make one shingle.
const shingleTokens = 4

// Threshold is the estimated containment of the shorter article in the
// longer at which the shorter is a copy: an excerpt of the first 60% of the
// paragraphs, a repost with a paragraph added or boilerplate changed, a
// simplified/traditional conversion all reach it; two articles on the same
// event do not (README, "Copies of an article", has the measurement).
const Threshold = 0.7

// Sketch is what is kept of an article to compare it with others.
type Sketch struct {
	Sig      []uint64 // the MinHash signature, Size values
	Shingles int      // distinct shingles, for containment
}

// seeds are the per-slot odd multipliers and offsets of the hash family:
// slot i hashes a shingle hash h as (h ^ b[i]) * a[i], mixed.
var seedA, seedB = func() (a, b [Size]uint64) {
	x := uint64(0x9E3779B97F4A7C15)
	next := func() uint64 { // splitmix64
		x += 0x9E3779B97F4A7C15
		z := x
		z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
		z = (z ^ (z >> 27)) * 0x94D049BB133111EB
		return z ^ (z >> 31)
	}
	for i := range Size {
		a[i] = next() | 1
		b[i] = next()
	}
	return a, b
}()

// Of sketches a text. A text with fewer tokens than a shingle has no
// shingles and an empty sketch: it is nobody's copy.
func Of(text string) Sketch {
	toks := tokens(text)
	seen := map[uint64]bool{}
	sig := make([]uint64, Size)
	for i := range sig {
		sig[i] = math.MaxUint64
	}
	for i := 0; i+shingleTokens <= len(toks); i++ {
		s := uint64(fnvOffset)
		for _, t := range toks[i : i+shingleTokens] {
			for k := 0; k < len(t); k++ {
				s = (s ^ uint64(t[k])) * fnvPrime
			}
			s = (s ^ 0) * fnvPrime // token boundary
		}
		s = mix(s)
		if seen[s] {
			continue
		}
		seen[s] = true
		for j := range sig {
			// A multiply and a finalizer per slot: the finalizer spreads
			// every input bit over the high bits the minimum compares.
			v := mix((s ^ seedB[j]) * seedA[j])
			if v < sig[j] {
				sig[j] = v
			}
		}
	}
	if len(seen) == 0 {
		return Sketch{}
	}
	return Sketch{Sig: sig, Shingles: len(seen)}
}

// FNV-1a parameters, for hashing shingles without allocating.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// mix finishes a hash so that its low and high bits are both well spread.
func mix(z uint64) uint64 {
	z = (z ^ (z >> 33)) * 0xFF51AFD7ED558CCD
	z = (z ^ (z >> 33)) * 0xC4CEB9FE1A85EC53
	return z ^ (z >> 33)
}

// tokens splits folded text into words of letters and digits, each Han
// character a word of its own; punctuation and spacing are dropped, so a
// change of quotation marks or line breaks does not count.
func tokens(text string) []string {
	text = extract.Simplified(strings.ToLower(norm.NFKC.String(text)))
	var out []string
	start := -1
	for i, r := range text {
		switch {
		case unicode.Is(unicode.Han, r):
			if start >= 0 {
				out = append(out, text[start:i])
				start = -1
			}
			out = append(out, string(r))
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if start < 0 {
				start = i
			}
		default:
			if start >= 0 {
				out = append(out, text[start:i])
				start = -1
			}
		}
	}
	if start >= 0 {
		out = append(out, text[start:])
	}
	return out
}

// BandKeys are the LSH keys of a sketch: two sketches that share one are
// candidates. Each key names its band, so equal rows in different bands do
// not collide.
func (s Sketch) BandKeys() []string {
	if len(s.Sig) != Size {
		return nil
	}
	keys := make([]string, Bands)
	buf := make([]byte, 8*Rows)
	for b := range Bands {
		for r := range Rows {
			binary.LittleEndian.PutUint64(buf[8*r:], s.Sig[b*Rows+r])
		}
		h := fnv.New64a()
		h.Write(buf)
		keys[b] = fmt.Sprintf("%02d%016x", b, h.Sum64())
	}
	return keys
}

// Jaccard estimates the Jaccard similarity of the two texts' shingle sets.
func Jaccard(a, b Sketch) float64 {
	if len(a.Sig) != Size || len(b.Sig) != Size {
		return 0
	}
	same := 0
	for i := range a.Sig {
		if a.Sig[i] == b.Sig[i] {
			same++
		}
	}
	return float64(same) / Size
}

// Containment estimates how much of the smaller text's shingles the larger
// holds, from the Jaccard estimate and the two set sizes: |A∩B| =
// J(|A|+|B|)/(1+J), over min(|A|, |B|). An excerpt scores near 1 against its
// source; its Jaccard similarity is only its share of the source.
func Containment(a, b Sketch) float64 {
	j := Jaccard(a, b)
	if j == 0 {
		return 0
	}
	inter := j * float64(a.Shingles+b.Shingles) / (1 + j)
	return min(1, inter/float64(min(a.Shingles, b.Shingles)))
}

// IsCopy reports whether the two sketches are copies of one text.
func IsCopy(a, b Sketch) bool { return Containment(a, b) >= Threshold }
