package extract

import (
	"regexp"
	"regexp/syntax"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// re compiles a pattern into a prefiltered regexp (see filtered).
func re(s string) *filtered { return filter(regexp.MustCompile(s)) }

// filtered is a regexp that knows literals every match contains, so that
// a text without them is turned down by substring searches instead of a
// run of the regexp: most of kg's patterns are alternations of words that
// rarely occur in a given sentence, and Go's regexp engine only skips ahead
// for a literal prefix. The methods used in kg are overridden to check
// first; results are those of the regexp.
type filtered struct {
	*regexp.Regexp
	// needs are sets of literals; every match holds one of each set.
	needs [][]needle
	// byLine: no match is empty, holds a newline or needs the text's
	// start or end, so matches in a text are those in its lines. Lines
	// are short enough for the regexp's backtracker, which is much faster
	// than the automaton it falls back on for a long text, and most lines
	// fail the prefilter.
	byLine bool
}

// needle is a literal a match must contain; fold ones are lower-case and
// match ASCII letters of either case.
type needle struct {
	s    string
	fold bool
}

// filter finds the needles of a compiled regexp.
func filter(r *regexp.Regexp) *filtered {
	f := &filtered{Regexp: r}
	if t, err := syntax.Parse(r.String(), syntax.Perl); err == nil {
		t = t.Simplify()
		f.needs = needles(t)
		f.byLine = !nullable(t) && lineLocal(t)
	}
	return f
}

// mayMatch is false when text cannot hold a match.
func (f *filtered) mayMatch(text string) bool {
	lower := "" // text with ASCII letters lower-cased, made when needed
	for _, set := range f.needs {
		found := false
		for _, n := range set {
			if n.fold {
				if lower == "" {
					lower = lowerASCIIString(text)
				}
				found = strings.Contains(lower, n.s)
			} else {
				found = strings.Contains(text, n.s)
			}
			if found {
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// MatchString is regexp.MatchString.
func (f *filtered) MatchString(s string) bool {
	return f.mayMatch(s) && f.Regexp.MatchString(s)
}

// FindStringSubmatchIndex is regexp.FindStringSubmatchIndex.
func (f *filtered) FindStringSubmatchIndex(s string) []int {
	if !f.mayMatch(s) {
		return nil
	}
	return f.Regexp.FindStringSubmatchIndex(s)
}

// FindStringIndex is regexp.FindStringIndex.
func (f *filtered) FindStringIndex(s string) []int {
	if !f.mayMatch(s) {
		return nil
	}
	return f.Regexp.FindStringIndex(s)
}

// FindStringSubmatch is regexp.FindStringSubmatch.
func (f *filtered) FindStringSubmatch(s string) []string {
	if !f.mayMatch(s) {
		return nil
	}
	return f.Regexp.FindStringSubmatch(s)
}

// FindAllStringIndex is regexp.FindAllStringIndex.
func (f *filtered) FindAllStringIndex(s string, n int) [][]int {
	return f.findAll(s, n, f.Regexp.FindAllStringIndex)
}

// FindAllStringSubmatchIndex is regexp.FindAllStringSubmatchIndex.
func (f *filtered) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return f.findAll(s, n, f.Regexp.FindAllStringSubmatchIndex)
}

// findAll runs find over s, line by line where that gives the same
// matches, shifting the offsets back to s.
func (f *filtered) findAll(s string, n int, find func(string, int) [][]int) [][]int {
	if !f.byLine || strings.IndexByte(s, '\n') < 0 {
		if !f.mayMatch(s) {
			return nil
		}
		return find(s, n)
	}
	var out [][]int
	for at := 0; at < len(s) && n != 0; {
		end := strings.IndexByte(s[at:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += at
		}
		if line := s[at:end]; f.mayMatch(line) {
			for _, loc := range find(line, n) {
				for i := range loc {
					if loc[i] >= 0 {
						loc[i] += at
					}
				}
				out = append(out, loc)
				n--
			}
		}
		at = end + 1
	}
	return out
}

// nullable reports whether t can match an empty text.
func nullable(t *syntax.Regexp) bool {
	switch t.Op {
	case syntax.OpLiteral, syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL, syntax.OpNoMatch:
		return false
	case syntax.OpCapture, syntax.OpPlus:
		return nullable(t.Sub[0])
	case syntax.OpRepeat:
		return t.Min == 0 || nullable(t.Sub[0])
	case syntax.OpConcat:
		for _, sub := range t.Sub {
			if !nullable(sub) {
				return false
			}
		}
		return true
	case syntax.OpAlternate:
		for _, sub := range t.Sub {
			if nullable(sub) {
				return true
			}
		}
		return false
	}
	return true // empty, star, quest, anchors, word boundaries
}

// lineLocal reports whether no match of t holds a newline or depends on
// where the text starts or ends. Word boundaries are fine: a newline is no
// word character, just like the edge of a text.
func lineLocal(t *syntax.Regexp) bool {
	switch t.Op {
	case syntax.OpAnyChar, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText:
		return false
	case syntax.OpLiteral:
		for _, r := range t.Rune {
			if r == '\n' {
				return false
			}
		}
	case syntax.OpCharClass:
		for i := 0; i+1 < len(t.Rune); i += 2 {
			if t.Rune[i] <= '\n' && '\n' <= t.Rune[i+1] {
				return false
			}
		}
	}
	for _, sub := range t.Sub {
		if !lineLocal(sub) {
			return false
		}
	}
	return true
}

// needles returns sets of literals such that every match of t holds one
// literal of each set; none when it finds no such set.
func needles(t *syntax.Regexp) [][]needle {
	switch t.Op {
	case syntax.OpLiteral:
		if n, ok := literalNeedle(t.Rune, t.Flags&syntax.FoldCase != 0); ok {
			return [][]needle{{n}}
		}
	case syntax.OpCharClass:
		// A small class is a choice of one-rune literals: [日号號], [0-9].
		var set []needle
		for i := 0; i+1 < len(t.Rune); i += 2 {
			if t.Rune[i+1]-t.Rune[i] >= 10 {
				return nil
			}
			for r := t.Rune[i]; r <= t.Rune[i+1]; r++ {
				set = append(set, needle{s: string(r)})
			}
		}
		if len(set) == 0 || len(set) > 10 {
			return nil
		}
		return [][]needle{set}
	case syntax.OpCapture, syntax.OpPlus:
		return needles(t.Sub[0])
	case syntax.OpRepeat:
		if t.Min >= 1 {
			return needles(t.Sub[0])
		}
	case syntax.OpConcat:
		// Every part's sets hold; runs of literals and small classes
		// make one set of words ([拥擁]有: 拥有, 擁有). Keep the rarest few,
		// rarest first, so that most texts are turned down by the first
		// search.
		var all [][]needle
		var run []needle
		for _, sub := range t.Sub {
			set, ok := exactSet(sub)
			switch {
			case !ok:
				if run != nil {
					all = append(all, run)
					run = nil
				}
				all = append(all, needles(sub)...)
			case run == nil:
				run = set
			case len(run)*len(set) > 16:
				all = append(all, run)
				run = set
			default:
				run = product(run, set)
			}
		}
		if run != nil {
			all = append(all, run)
		}
		sort.SliceStable(all, func(i, j int) bool { return rarer(all[i], all[j]) })
		return all[:min(len(all), 3)]
	case syntax.OpAlternate:
		// (A and B) or C is (A or C) and (B or C): every choice of one
		// set per alternative makes a set, from the rarest two sets of
		// each alternative while that makes no more than four.
		var alts [][][]needle
		combos := 1
		for _, sub := range t.Sub {
			n := needles(sub)
			if len(n) == 0 {
				return nil
			}
			alts = append(alts, n)
			combos *= min(len(n), 2)
		}
		out := [][]needle{nil}
		for _, n := range alts {
			if combos > 4 {
				n = n[:1]
			}
			var next [][]needle
			for _, set := range out {
				for _, m := range n[:min(len(n), 2)] {
					next = append(next, append(append([]needle{}, set...), m...))
				}
			}
			out = next
		}
		return out
	}
	return nil
}

// exactSet is the texts a literal or a small class matches, as needles;
// ok is false for other nodes and for a folded literal with k or s.
func exactSet(t *syntax.Regexp) ([]needle, bool) {
	switch t.Op {
	case syntax.OpLiteral:
		n, ok := literalNeedle(t.Rune, t.Flags&syntax.FoldCase != 0)
		if !ok || n.fold && utf8.RuneCountInString(n.s) != len(t.Rune) {
			return nil, false
		}
		return []needle{n}, true
	case syntax.OpCharClass:
		if n := needles(t); n != nil {
			return n[0], true
		}
	}
	return nil, false
}

// product is every needle of a followed by one of b. A folded part folds
// the whole: that matches more texts, never fewer.
func product(a, b []needle) []needle {
	var out []needle
	for _, x := range a {
		for _, y := range b {
			n := needle{s: x.s + y.s, fold: x.fold || y.fold}
			if n.fold {
				n.s = lowerASCIIString(n.s)
			}
			out = append(out, n)
		}
	}
	return out
}

// lowerASCIIString lower-cases the ASCII letters of s; other bytes, and
// so byte offsets, stay as they are.
func lowerASCIIString(s string) string {
	i := 0
	for i < len(s) && !('A' <= s[i] && s[i] <= 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := []byte(s)
	for i := range b {
		b[i] = lowerASCII(b[i])
	}
	return string(b)
}

// rarer guesses that set a turns down more texts than set b: its shortest
// needle is longer, or as long with fewer needles.
func rarer(a, b []needle) bool {
	if sa, sb := shortest(a), shortest(b); sa != sb {
		return sa > sb
	}
	return len(a) < len(b)
}

func shortest(ns []needle) int {
	m := len(ns[0].s)
	for _, n := range ns[1:] {
		m = min(m, len(n.s))
	}
	return m
}

// literalNeedle turns a literal into a needle. A case-folded literal keeps
// its longest stretch of runes whose case variants are all ASCII (k and s
// are not: K is the Kelvin sign, ſ a long s) or that have none (Han).
func literalNeedle(rs []rune, fold bool) (needle, bool) {
	if !fold {
		return needle{s: string(rs)}, true
	}
	var best, cur []rune
	for _, r := range rs {
		if !asciiFold(r) {
			cur = nil
			continue
		}
		cur = append(cur, unicode.ToLower(r))
		if len(string(cur)) > len(string(best)) {
			best = append([]rune(nil), cur...)
		}
	}
	if len(best) == 0 {
		return needle{}, false
	}
	return needle{s: string(best), fold: true}, true
}

// asciiFold reports whether every case variant of r is r itself or ASCII.
func asciiFold(r rune) bool {
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		if f >= utf8.RuneSelf || r >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func lowerASCII(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}
