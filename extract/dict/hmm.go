package dict

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"regexp"
	"sort"
	"sync"

	"github.com/go-ego/gse/hmm/util"
)

//go:embed hmm.bin.gz
var hmmGz []byte

const (
	hmmMagic = "KGH1"
	nStates  = 500       // states are position*100 + tag index, position 1..4
	minFloat = -3.14e100 // gse's emission score for a character a state never emits
)

// HMM is gse's part-of-speech HMM (hmm/pos, from jieba's posseg) over
// dense arrays instead of nested maps: the same Viterbi, the same scores
// and tie-breaks, several times faster. It tags runs of characters the
// dictionary does not cover, which is where unknown names get nr, ns or nt.
// It is read-only after LoadHMM and safe for concurrent use.
type HMM struct {
	tags    []string
	start   [nStates]float64 // 0 where gse has no entry (its map's zero value)
	trans   []float64        // nStates*nStates, -Inf where gse has none
	next    [nStates][]uint16
	hasNext [nStates]bool
	allKeys []uint16 // every state with a transition row
	chars   map[rune][]uint16
	emit    map[rune][]stateProb // ascending state
	valid   [nStates]bool
}

type stateProb struct {
	state uint16
	prob  float64
}

// Tagged is a word and its part-of-speech tag.
type Tagged struct {
	Text, Pos string
}

// LoadHMM decompresses the embedded model.
func LoadHMM() (*HMM, error) {
	h, err := decodeHMM(hmmGz)
	if err != nil {
		return nil, fmt.Errorf("load embedded POS HMM: %w", err)
	}
	return h, nil
}

// reader reads the table's little-endian fields; the first error sticks.
type reader struct {
	b   []byte
	err error
}

func (r *reader) take(n int) []byte {
	if r.err != nil || n > len(r.b) {
		if r.err == nil {
			r.err = io.ErrUnexpectedEOF
		}
		return make([]byte, n)
	}
	b := r.b[:n]
	r.b = r.b[n:]
	return b
}

func (r *reader) u32() int {
	n := binary.LittleEndian.Uint32(r.take(4))
	if r.err == nil && n > 1<<24 {
		r.err = fmt.Errorf("count %d out of range", n)
	}
	return int(n)
}

func (r *reader) f64() float64 { return math.Float64frombits(binary.LittleEndian.Uint64(r.take(8))) }

func (r *reader) state() uint16 {
	s := binary.LittleEndian.Uint16(r.take(2))
	if r.err == nil && s >= nStates {
		r.err = fmt.Errorf("state %d out of range", s)
	}
	return s
}

func decodeHMM(gz []byte) (*HMM, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, err
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, err
	}
	if !bytes.HasPrefix(raw, []byte(hmmMagic)) {
		return nil, fmt.Errorf("not a POS HMM table")
	}
	r := &reader{b: raw[len(hmmMagic):]}
	h := &HMM{
		trans: make([]float64, nStates*nStates),
		chars: map[rune][]uint16{},
	}
	for i := range h.trans {
		h.trans[i] = math.Inf(-1)
	}
	for range r.u32() {
		h.tags = append(h.tags, string(r.take(int(r.take(1)[0]))))
	}
	for range r.u32() {
		y := r.state()
		h.start[y] = r.f64()
		h.valid[y] = true
	}
	for range r.u32() {
		y0 := r.state()
		h.allKeys = append(h.allKeys, y0)
		h.valid[y0] = true
		m := r.u32()
		for range m {
			y := r.state()
			h.trans[int(y0)*nStates+int(y)] = r.f64()
			h.next[y0] = append(h.next[y0], y)
			h.valid[y] = true
		}
		h.hasNext[y0] = m > 0
	}
	for range r.u32() {
		c := rune(r.u32())
		states := make([]uint16, r.u32())
		for i := range states {
			states[i] = r.state()
			h.valid[states[i]] = true
		}
		h.chars[c] = states
	}
	// Rows come by state, ascending; regroup them by rune, so a step of
	// the Viterbi does one map lookup.
	byRune := map[rune][]stateProb{}
	for range r.u32() {
		y := r.state()
		h.valid[y] = true
		for range r.u32() {
			c := rune(r.u32())
			byRune[c] = append(byRune[c], stateProb{y, r.f64()})
		}
	}
	if r.err != nil {
		return nil, fmt.Errorf("damaged POS HMM table: %w", r.err)
	}
	for y := range nStates {
		if h.valid[y] && y%100 >= len(h.tags) {
			return nil, fmt.Errorf("state %d has no tag", y)
		}
	}
	h.emit = byRune
	return h, nil
}

func (h *HMM) emitProb(row []stateProb, y uint16) float64 {
	i := sort.Search(len(row), func(i int) bool { return row[i].state >= y })
	if i < len(row) && row[i].state == y {
		return row[i].prob
	}
	return minFloat
}

// The regexps of gse's cutDetail, verbatim: they decide what is Han, what
// is a number and what is Latin exactly as gse does.
var (
	reHanDetail  = regexp.MustCompile(`(\p{Han}+)`)
	reSkipDetail = regexp.MustCompile(`([[\.[:digit:]]+|[:alnum:]]+)`)
	reEng        = regexp.MustCompile(`[[:alnum:]]`)
	reNum        = regexp.MustCompile(`[\.[:digit:]]+`)
)

// Cut tags text as gse's hmm/pos cutDetail does: Han runs by the HMM,
// the rest as numbers (m), Latin (eng) or other (x).
func (h *HMM) Cut(text string) []Tagged {
	return h.AppendCut(nil, text)
}

// AppendCut is Cut appending to out, so that a caller that tags many runs
// reuses one slice. Words are substrings of text.
func (h *HMM) AppendCut(out []Tagged, text string) []Tagged {
	for _, blk := range util.RegexpSplit(reHanDetail, text, -1) {
		if reHanDetail.MatchString(blk) {
			out = h.cutHan(out, blk)
			continue
		}
		for _, x := range util.RegexpSplit(reSkipDetail, blk, -1) {
			switch {
			case x == "":
			case reNum.MatchString(x):
				out = append(out, Tagged{x, "m"})
			case reEng.MatchString(x):
				out = append(out, Tagged{x, "eng"})
			default:
				out = append(out, Tagged{x, "x"})
			}
		}
	}
	return out
}

// cutHan is gse's cutDetailInternal: B…E and S states make the words.
// text is a run of Han characters (valid UTF-8), so a word's text is the
// substring of text its runes span, not a new string: the tokens of a long
// unknown run share the article's memory.
func (h *HMM) cutHan(out []Tagged, text string) []Tagged {
	w := hmmPool.Get().(*hmmWork)
	defer hmmPool.Put(w)
	w.runes, w.offs = w.runes[:0], w.offs[:0]
	for i, r := range text {
		w.runes = append(w.runes, r)
		w.offs = append(w.offs, i)
	}
	w.offs = append(w.offs, len(text))
	runes, offs := w.runes, w.offs
	tags := h.viterbi(w, runes)
	begin, next := 0, 0
	for i, t := range tags {
		switch t / 100 {
		case 1:
			begin = i
		case 2:
			out = append(out, Tagged{text[offs[begin]:offs[i+1]], h.tags[t%100]})
			next = i + 1
		case 4:
			out = append(out, Tagged{text[offs[i]:offs[i+1]], h.tags[t%100]})
			next = i + 1
		}
	}
	if next < len(runes) {
		out = append(out, Tagged{text[offs[next]:], h.tags[tags[next]%100]})
	}
	return out
}

// hmmWork is one Cut's working memory. The back-pointer rows take 1,000
// bytes a character, so a new set per call made a long article's HMM runs
// allocate over a gigabyte of short-lived garbage (issue 16); a pool lets
// calls reuse them, and concurrent callers each get their own.
type hmmWork struct {
	runes []rune
	offs  []int // byte offset of each rune in the text, and the end
	back  [][nStates]uint16
	route []uint16
}

// hmmPool holds hmmWork between calls.
var hmmPool = sync.Pool{New: func() any { return new(hmmWork) }}

// maxPooledRunes bounds the rows a pooled hmmWork keeps: one unusually long
// run must not pin its rows for the rest of the process.
const maxPooledRunes = 4096

// viterbi is gse's hmm/pos viterbi and probs on arrays. Where gse ranges
// over maps, the result never depends on the order: maxima break ties on
// the larger state, as gse's do.
//
// It works in w and returns w.route, valid until w goes back to the pool.
// Reused rows are cleared: a state no step wrote reads 0, as in a new array.
func (h *HMM) viterbi(w *hmmWork, obs []rune) []uint16 {
	n := len(obs)
	if n == 0 {
		return nil
	}
	if cap(w.back) < n {
		w.back = make([][nStates]uint16, n)
	}
	back := w.back[:n]
	clear(back)
	if n > maxPooledRunes {
		w.back = nil // this call's rows are garbage afterwards
	}
	var prev, cur [nStates]float64
	var prevStates, curStates []uint16
	var inCur, expect [nStates]bool

	statesOf := func(c rune) []uint16 {
		if s, ok := h.chars[c]; ok {
			return s
		}
		return h.allKeys
	}
	row := h.emit[obs[0]]
	for _, y := range statesOf(obs[0]) {
		cur[y] = h.emitProb(row, y) + h.start[y]
		back[0][y] = 0
		if !inCur[y] {
			inCur[y] = true
			curStates = append(curStates, y)
		}
	}
	var from, expectList, obsStates []uint16
	for t := 1; t < n; t++ {
		prev, prevStates = cur, append(prevStates[:0], curStates...)
		for _, y := range curStates {
			inCur[y] = false
		}
		curStates = curStates[:0]
		from = from[:0]
		for _, x := range prevStates {
			if h.hasNext[x] {
				from = append(from, x)
			}
		}
		for _, y := range expectList {
			expect[y] = false
		}
		expectList = expectList[:0]
		for _, x := range from {
			for _, y := range h.next[x] {
				if !expect[y] {
					expect[y] = true
					expectList = append(expectList, y)
				}
			}
		}
		obsStates = obsStates[:0]
		for _, y := range statesOf(obs[t]) {
			if expect[y] {
				obsStates = append(obsStates, y)
			}
		}
		if len(obsStates) == 0 {
			obsStates = append(obsStates, expectList...)
		}
		if len(obsStates) == 0 {
			obsStates = append(obsStates, h.allKeys...)
		}
		row := h.emit[obs[t]]
		for _, y := range obsStates {
			var best float64
			var bestState uint16
			e := h.emitProb(row, y)
			for i, y0 := range from {
				p := prev[y0] + h.trans[int(y0)*nStates+int(y)] + e
				if i == 0 || p > best || (p == best && y0 > bestState) {
					best, bestState = p, y0
				}
			}
			cur[y] = best
			back[t][y] = bestState
			if !inCur[y] {
				inCur[y] = true
				curStates = append(curStates, y)
			}
		}
	}
	var state uint16
	for i, y := range curStates {
		if i == 0 || cur[y] > cur[state] || (cur[y] == cur[state] && y > state) {
			state = y
		}
	}
	if cap(w.route) < n {
		w.route = make([]uint16, n)
	}
	route := w.route[:n]
	for i := n - 1; i >= 0; i-- {
		route[i] = state
		state = back[i][state]
	}
	return route
}
