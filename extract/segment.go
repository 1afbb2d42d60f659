package extract

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/kg/extract/dict"
)

// segmenter splits text into part-of-speech tagged tokens exactly as gse's
// hmm/pos tagger does with gse's full embedded dictionary (the same
// dictionary, DAG, route and HMM for unknown words; a test compares them
// token by token), but over precompiled tables (package dict) that load in
// tens of milliseconds instead of gse's trie that takes seconds and
// hundreds of megabytes, and several times faster.
//
// On top of gse it: keeps Latin case; matches lexicon surface forms first,
// leftmost-longest, so that every name the lexicon knows is one token even
// when it holds spaces, dots or hyphens (Llama 2, 萨姆·奥尔特曼, GPT-4o) that
// gse would split at; rejoins Latin words gse cuts at accented letters
// (Jürgen, Zürich); drops white space tokens; and records exact byte
// spans. It is read-only after newSegmenter, so safe for concurrent use.
type segmenter struct {
	dict  *dict.Dict
	hmm   *dict.HMM          // tags runs of characters no word covers
	forms map[rune][]lexForm // by first rune, longest first
	// gseLatin keeps gse's split of Latin words at accented letters
	// (Z|ü|rich); only the test that compares with gse sets it.
	gseLatin bool
}

// lexForm is a lexicon surface form and the tag its token gets.
type lexForm struct {
	text string
	pos  string
}

// newSegmenter loads the dictionary and indexes lex's surface forms.
func newSegmenter(lex *lexicon) (*segmenter, error) {
	var forms []surfaceForm
	if lex != nil {
		forms = lex.surfaceForms()
	}
	return newSegmenterForms(forms)
}

// newSegmenterForms is newSegmenter with the surface forms given.
func newSegmenterForms(forms []surfaceForm) (*segmenter, error) {
	// The two tables decompress in parallel: most of the cold start.
	var h *dict.HMM
	herr := make(chan error, 1)
	go func() {
		var err error
		h, err = dict.LoadHMM()
		herr <- err
	}()
	d, err := dict.Load()
	if err2 := <-herr; err == nil {
		err = err2
	}
	if err != nil {
		return nil, fmt.Errorf("segmenter: %w", err)
	}
	s := &segmenter{dict: d, hmm: h, forms: map[rune][]lexForm{}}
	for _, f := range forms {
		s.addForm(f)
	}
	for r := range s.forms {
		fs := s.forms[r]
		sort.SliceStable(fs, func(i, j int) bool { return len(fs[i].text) > len(fs[j].text) })
	}
	return s, nil
}

// posOf is the tag a lexicon form's token gets: gse's tags for person,
// organization and other proper names.
func posOf(t Type) string {
	switch t {
	case Person:
		return "nr"
	case Organization:
		return "nt"
	case Model:
		return "nz"
	}
	return "n"
}

func (s *segmenter) addForm(f surfaceForm) {
	text := strings.TrimSpace(f.Text)
	// One-character forms would fire inside ordinary words.
	if utf8.RuneCountInString(text) < 2 || !utf8.ValidString(text) {
		return
	}
	r, _ := utf8.DecodeRuneInString(text)
	for _, have := range s.forms[r] {
		if have.text == text {
			return
		}
	}
	s.forms[r] = append(s.forms[r], lexForm{text, posOf(f.Type)})
}

// tokens segments text and tags each token with its part of speech; spans
// are byte offsets into text and text[Start:End] == Text. White space
// produces no token.
func (s *segmenter) tokens(text string) []token {
	return s.appendTokens(make([]token, 0, len(text)/4), text, 0)
}

// appendTokens appends the tokens of text to out with spans moved by base,
// so that prepare fills the document's one token slice in place instead
// of copying each paragraph's tokens into it (issue 16: at 48 bytes a token
// the copies made a large share of a long article's peak memory).
func (s *segmenter) appendTokens(out []token, text string, base int) []token {
	first := len(out)
	var sc scratch
	last := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if f, ok := s.matchForm(text, i, r); ok {
			out = s.cut(out, &sc, text, last, i)
			out = append(out, newToken(i, i+len(f.text), tagOf(f.pos)))
			i += len(f.text)
			last = i
			continue
		}
		i += size
	}
	out = s.cut(out, &sc, text, last, len(text))
	if !s.gseLatin {
		out = out[:first+len(joinLatin(text, out[first:]))]
	}
	if base != 0 {
		for i := first; i < len(out); i++ {
			out[i].start += uint32(base)
			out[i].end += uint32(base)
		}
	}
	return out
}

// joinLatin rejoins Latin words gse splits at letters outside ASCII
// (Jürgen, Zürich, Sébastien, Łukasz): adjacent tokens made only of Latin
// letters become one eng token when one of them holds such a letter.
func joinLatin(text string, toks []token) []token {
	out := toks[:0]
	for i := 0; i < len(toks); {
		j := i + 1
		accented := latinWord(text, toks[i]) == 2
		if latinWord(text, toks[i]) > 0 {
			for j < len(toks) && toks[j].Start() == toks[j-1].End() && latinWord(text, toks[j]) > 0 {
				accented = accented || latinWord(text, toks[j]) == 2
				j++
			}
		}
		if j-i == 1 || !accented {
			out = append(out, toks[i:j]...)
			i = j
			continue
		}
		t := toks[i]
		t.end = toks[j-1].end
		t.tag = tagEng
		out = append(out, t)
		i = j
	}
	return out
}

// latinWord is 0 when t is not all Latin letters tagged x or eng, 1 when
// they are all ASCII, 2 when one is not. Lexicon tokens are never
// rejoined: their tags are nr, nt or nz.
func latinWord(text string, t token) int {
	if t.tag != tagX && t.tag != tagEng || t.end == t.start {
		return 0
	}
	kind := 1
	for _, r := range t.word(text) {
		switch {
		case r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'):
		case r >= utf8.RuneSelf && unicode.Is(unicode.Latin, r) && unicode.IsLetter(r):
			kind = 2
		default:
			return 0
		}
	}
	return kind
}

// matchForm finds the longest lexicon form at text[i:]. A form that starts
// or ends with a Latin letter or digit must not continue a Latin word
// (Meta in Metaverse, GPT-4 in GPT-4o).
func (s *segmenter) matchForm(text string, i int, r rune) (lexForm, bool) {
	cands := s.forms[r]
	if len(cands) == 0 {
		return lexForm{}, false
	}
	if isASCIIAlnum(r) && i > 0 && isASCIIAlnum(rune(text[i-1])) {
		return lexForm{}, false
	}
	for _, f := range cands {
		if !strings.HasPrefix(text[i:], f.text) {
			continue
		}
		end := i + len(f.text)
		if end < len(text) && isASCIIAlnum(rune(text[end])) && isASCIIAlnum(rune(f.text[len(f.text)-1])) {
			continue
		}
		return f, true
	}
	return lexForm{}, false
}

func isASCIIAlnum(r rune) bool {
	return r < utf8.RuneSelf && (r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')
}

// inBlock reports whether r belongs to the runs gse's tagger segments with
// its dictionary (its regexp [\p{Han}+[:alnum:]+#&\._]); every other rune
// is a token of its own.
func inBlock(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIAlnum(r) || r == '+' || r == '#' || r == '&' || r == '.' || r == '_'
	}
	return unicode.Is(unicode.Han, r)
}

// cut tags text[from:to] as gse's pos.Segmenter.Cut(…, true) does.
func (s *segmenter) cut(out []token, sc *scratch, text string, from, to int) []token {
	for i := from; i < to; {
		r, size := utf8.DecodeRuneInString(text[i:to])
		if inBlock(r) {
			j := i + size
			for j < to {
				r2, n := utf8.DecodeRuneInString(text[j:to])
				if !inBlock(r2) {
					break
				}
				j += n
			}
			out = s.block(out, sc, text, i, j)
			i = j
			continue
		}
		if !unicode.IsSpace(r) {
			out = append(out, newToken(i, i+size, tagX))
		}
		i += size
	}
	return out
}

// scratch holds one call's working arrays so blocks reuse them. A run of
// Han text with no other character is one block, however long, so its
// arrays are sized once from the block's rune count and hold 32-bit
// offsets (an article is at most 32 MiB).
type scratch struct {
	offs   []int32       // byte offset of each rune in the block, and the end
	score  []float64     // best route score from each rune to the block's end
	next   []int32       // last rune of the word the best route takes first
	ends   []end         // the dictionary words that start at one rune
	tagged []dict.Tagged // the HMM's words for one unknown run
}

// end is a dictionary word from the current rune to rune i.
type end struct {
	i    int32
	freq uint32
}

// block runs gse's DAG and route over one run text[from:to] of Han and
// ASCII characters (pos.Segmenter's getDag, calc and cutDAG), with its
// quirks: the route adds raw log frequencies (gse never sets the total),
// and a character that only starts dictionary words scores -Inf.
func (s *segmenter) block(out []token, sc *scratch, text string, from, to int) []token {
	blk := text[from:to]
	n := utf8.RuneCountInString(blk)
	sc.offs = growInt32(sc.offs, n+1)[:0]
	for i := range blk {
		sc.offs = append(sc.offs, int32(i))
	}
	sc.offs = append(sc.offs, int32(len(blk)))
	sc.score = grow(sc.score, n+1)
	sc.next = growInt32(sc.next, n+1)
	sc.score[n], sc.next[n] = 0, 0
	d := s.dict
	for k := n - 1; k >= 0; k-- {
		sc.ends = sc.ends[:0]
		var r dict.Range
		prefixOnly := false
		for i := k; i < n; i++ {
			frag := blk[sc.offs[k]:sc.offs[i+1]]
			if i == k {
				c, _ := utf8.DecodeRuneInString(frag)
				r = d.First(c)
			} else {
				r = d.Narrow(r, frag)
			}
			if r.Empty() {
				break
			}
			if freq, _, ok := d.Word(r, frag); ok && freq > 0 {
				sc.ends = append(sc.ends, end{int32(i), freq})
			} else if i == k {
				prefixOnly = true
			}
		}
		if len(sc.ends) == 0 {
			// gse scores the fallback single character log(0) when it
			// starts some word, log(1) when it starts none.
			f := 0.0
			if prefixOnly {
				f = math.Inf(-1)
			}
			sc.score[k], sc.next[k] = f+sc.score[k+1], int32(k)
			continue
		}
		first := true
		for _, e := range sc.ends {
			f := math.Log(float64(e.freq)) + sc.score[e.i+1]
			if first || sc.score[k] < f || (sc.score[k] == f && sc.next[k] < e.i) {
				sc.score[k], sc.next[k] = f, e.i
				first = false
			}
		}
	}
	emit := func(a, b int, p string) {
		out = append(out, newToken(from+int(sc.offs[a]), from+int(sc.offs[b]), tagOf(p)))
	}
	flush := func(a, b int) {
		if b-a == 1 {
			emit(a, b, s.tag(blk[sc.offs[a]:sc.offs[b]]))
			return
		}
		run := blk[sc.offs[a]:sc.offs[b]]
		if freq, _, ok := d.Lookup(run); !ok || freq == 0 {
			out = s.unknown(out, sc, from+int(sc.offs[a]), run)
			return
		}
		for i := a; i < b; i++ {
			emit(i, i+1, s.tag(blk[sc.offs[i]:sc.offs[i+1]]))
		}
	}
	buf := -1
	for x := 0; x < n; {
		y := int(sc.next[x]) + 1
		if y-x == 1 {
			if buf < 0 {
				buf = x
			}
			x = y
			continue
		}
		if buf >= 0 {
			flush(buf, x)
			buf = -1
		}
		emit(x, y, s.tag(blk[sc.offs[x]:sc.offs[y]]))
		x = y
	}
	if buf >= 0 {
		flush(buf, n)
	}
	return out
}

// tag is a word's dictionary tag, x when it is not a word.
func (s *segmenter) tag(word string) string {
	if _, p, ok := s.dict.Lookup(word); ok && p != "" {
		return p
	}
	return "x"
}

// unknown tags a run of characters no dictionary word covers with gse's
// HMM, which is where unknown names get their nr, ns and nt tags.
func (s *segmenter) unknown(out []token, sc *scratch, at int, run string) []token {
	if len(run) > maxUnknownRun {
		// The HMM's memory grows with the run (bounded.go).
		for _, c := range runChunks(run) {
			out = s.unknown(out, sc, at, c)
			at += len(c)
		}
		return out
	}
	i := 0
	sc.tagged = s.hmm.AppendCut(sc.tagged[:0], run)
	for _, sp := range sc.tagged {
		if sp.Text == "" {
			continue
		}
		if !strings.HasPrefix(run[i:], sp.Text) {
			break // never seen; the rest becomes one token below
		}
		out = append(out, newToken(at+i, at+i+len(sp.Text), tagOf(sp.Pos)))
		i += len(sp.Text)
	}
	if i < len(run) {
		out = append(out, newToken(at+i, at+len(run), tagX))
	}
	return out
}

func grow(s []float64, n int) []float64 {
	if cap(s) < n {
		return make([]float64, n)
	}
	return s[:n]
}

// growInt32 is grow for the int32 arrays of scratch.
func growInt32(s []int32, n int) []int32 {
	if cap(s) < n {
		return make([]int32, n)
	}
	return s[:n]
}
