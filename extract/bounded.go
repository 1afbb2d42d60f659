package extract

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"
)

// Bounds on the work one article may cost, so that extraction stays linear
// in the article's size whatever the text: a scraped tag list of 30 MB
// without a full stop is one "sentence", and the relation rules pair the
// mentions of a sentence with each other.

// MaxSentenceBytes is the longest sentence the stages see. A longer run of
// text without a sentence stop (a tag list, a table flattened to one line)
// is cut into pieces of at most this size at a clause separator (comma, 、,
// semicolon, space), with a warning. Real sentences stay far below it.
const MaxSentenceBytes = 2048

// mentionWindow bounds how many mentions of one sentence the relation rules
// pair at once: a sentence with more is read in overlapping windows of this
// many mentions, half a window apart, so that work per sentence grows
// linearly with its mentions and any two mentions within half a window of
// each other still meet in one window.
const mentionWindow = 32

// StoppedError says why extraction of an article stopped before it was
// done: its context ended (a per-article budget or Ctrl-C). Stage names the
// stage it was in, Longest the longest sentence, for the one-line message.
type StoppedError struct {
	Err     error // context.DeadlineExceeded or context.Canceled
	Stage   string
	Longest int // bytes of the longest sentence before capping, 0 if not known yet
}

func (e *StoppedError) Error() string {
	msg := "stopped while " + e.Stage
	if e.Longest > 0 {
		msg += fmt.Sprintf(" (longest sentence %s)", byteCount(e.Longest))
	}
	return msg
}

func (e *StoppedError) Unwrap() error { return e.Err }

// byteCount prints a size for messages: 812 B, 64 KB, 3.1 MB.
func byteCount(n int) string {
	switch {
	case n < 1<<10:
		return fmt.Sprintf("%d B", n)
	case n < 1<<20:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
}

// progress is where a running extraction is, read by Extract when the
// context ends first.
type progress struct {
	stage   atomic.Value // string
	longest atomic.Int64
}

// Extract extracts one article like Article, and also returns warnings
// about the text (overlong sentences cut) and stops when ctx ends: it
// returns a *StoppedError at once, and the abandoned work stops at its next
// stage boundary. A panic on odd input is returned as an error.
func (x *Extractor) Extract(ctx context.Context, d Doc) (Result, []string, error) {
	type outcome struct {
		res   Result
		warns []string
		err   error
	}
	done := make(chan outcome, 1)
	p := &progress{}
	p.stage.Store("splitting sentences and words")
	go func() {
		if len(d.Text) >= largeArticle {
			defer tightenGC()()
		}
		defer func() {
			if r := recover(); r != nil {
				if r == errStopped {
					done <- outcome{err: errStopped} // nobody waits any more
					return
				}
				done <- outcome{err: fmt.Errorf("extract: internal error: %v", r)}
			}
		}()
		res, warns, err := x.article(ctx, d, p)
		done <- outcome{res, warns, err}
	}()
	select {
	case o := <-done:
		return o.res, o.warns, o.err
	case <-ctx.Done():
		return Result{}, nil, &StoppedError{Err: ctx.Err(), Stage: p.stage.Load().(string), Longest: int(p.longest.Load())}
	}
}

// largeArticle is the size from which Extract has the garbage collector
// run more often while it works on the article (tightenGC).
const largeArticle = 1 << 20

// largeArticleGCPercent is the GOGC that tightenGC sets. Go's default, 100,
// lets the heap reach twice what is live before it collects; at 4 MB of the
// hostile shapes (BENCHMARKS.md, issue 16) 25 cut peak RSS by a fifth to a
// third for 0–12% more CPU, and ordinary articles never reach largeArticle.
const largeArticleGCPercent = 25

// gcTight counts the large articles being extracted and keeps the GC
// percent to restore after the last one.
var gcTight struct {
	sync.Mutex
	n    int
	prev int
}

// tightenGC lowers the GC percent to largeArticleGCPercent until the
// returned function is called; calls nest across goroutines, and the
// setting found before the first is restored after the last. It is
// process-wide: other articles extracted meanwhile collect more often
// too. A lower setting (GOGC=10, or off) is left alone.
func tightenGC() (restore func()) {
	gcTight.Lock()
	defer gcTight.Unlock()
	if gcTight.n == 0 {
		gcTight.prev = debug.SetGCPercent(largeArticleGCPercent)
		if gcTight.prev < largeArticleGCPercent {
			debug.SetGCPercent(gcTight.prev)
		}
	}
	gcTight.n++
	return func() {
		gcTight.Lock()
		defer gcTight.Unlock()
		if gcTight.n--; gcTight.n == 0 {
			debug.SetGCPercent(gcTight.prev)
		}
	}
}

// errStopped ends an abandoned extraction at a stage boundary.
var errStopped = errors.New("extraction stopped")

// article runs the stages, checking ctx between them.
func (x *Extractor) article(ctx context.Context, d Doc, p *progress) (Result, []string, error) {
	doc := x.prepare(d)
	if ctx.Done() != nil {
		doc.ctx = ctx
	}
	if p != nil {
		p.longest.Store(int64(doc.longest))
	}
	var (
		rels []Relation
		q    *quoter
	)
	for _, stage := range []struct {
		name string
		run  func()
	}{
		{"finding entities", func() {
			x.findEntities(doc)
			// Only the mention stage reads tokens; dropping them here lets
			// a huge article's later stages run without its token slice
			// (~12 bytes of tokens per byte of Chinese text).
			doc.tokens = nil
		}},
		{"finding relations", func() { rels = x.relations(doc) }},
		{"finding quotes and events", func() { q = runQuoter(doc, rels) }},
	} {
		if ctx.Err() != nil {
			return Result{}, nil, errStopped
		}
		if p != nil {
			p.stage.Store(stage.name)
		}
		stage.run()
	}
	return doc.result(rels, q.found(), q.events()), doc.warnings, nil
}

// checkStop ends an abandoned extraction from inside a stage: helpers that
// run once per paragraph, sentence or quote call it, and Extract's
// goroutine recovers the panic. Article, with no context, never stops.
func (doc *document) checkStop() {
	if doc.ctx != nil && doc.ctx.Err() != nil {
		panic(errStopped)
	}
}

// capSentences cuts every sentence longer than MaxSentenceBytes into
// pieces and records a warning on doc; it returns ss when nothing is long.
func (doc *document) capSentences(ss []span) []span {
	long := false
	for _, s := range ss {
		doc.longest = max(doc.longest, s.End-s.Start)
		long = long || s.End-s.Start > MaxSentenceBytes
	}
	if !long {
		return ss
	}
	var out []span
	for _, s := range ss {
		if s.End-s.Start <= MaxSentenceBytes {
			out = append(out, s)
			continue
		}
		pieces := 0
		for start := s.Start; start < s.End; pieces++ {
			end := cutPoint(doc.text, start, s.End)
			out = append(out, span{start, end})
			start = end
		}
		doc.warnings = append(doc.warnings, fmt.Sprintf("sentence of %s without a sentence stop at byte %d cut into %d pieces of at most %s",
			byteCount(s.End-s.Start), s.Start, pieces, byteCount(MaxSentenceBytes)))
	}
	return out
}

// cutSeparators end a piece of an overlong sentence, best first.
var cutSeparators = []string{"，", "、", "；", ", ", "; ", ",", ";", "：", ":", " ", "\t"}

// cutPoint is where the piece of text[start:end] that starts at start ends:
// after the last clause separator in the second half of the allowed size,
// else at the last rune boundary that fits.
func cutPoint(text string, start, end int) int {
	if end-start <= MaxSentenceBytes {
		return end
	}
	limit := start + MaxSentenceBytes
	window := text[start+MaxSentenceBytes/2 : limit]
	for _, sep := range cutSeparators {
		if i := lastIndex(window, sep); i >= 0 {
			return start + MaxSentenceBytes/2 + i + len(sep)
		}
	}
	for limit > start+1 && !utf8.RuneStart(text[limit]) {
		limit--
	}
	return limit
}

// lastIndex is strings.LastIndex, spelled out to keep the import list short.
func lastIndex(s, sep string) int {
	for i := len(s) - len(sep); i >= 0; i-- {
		if s[i:i+len(sep)] == sep {
			return i
		}
	}
	return -1
}

// mentionWindows splits a sentence's mentions into overlapping windows of
// mentionWindow, half a window apart; a sentence with fewer mentions is one
// window, as before.
func mentionWindows(ms []mention) [][]mention {
	if len(ms) <= mentionWindow {
		return [][]mention{ms}
	}
	var out [][]mention
	for i := 0; ; i += mentionWindow / 2 {
		end := min(i+mentionWindow, len(ms))
		out = append(out, ms[i:end])
		if end == len(ms) {
			return out
		}
	}
}

// mentionsIn returns the mentions inside s: doc.mentions is sorted by
// Start without overlaps, so a binary search finds the first, and the cost
// follows the sentence, not the article.
func (doc *document) mentionsIn(s sentence) []mention {
	doc.checkStop()
	i := sort.Search(len(doc.mentions), func(i int) bool { return doc.mentions[i].Start >= s.Start })
	var out []mention
	for ; i < len(doc.mentions) && doc.mentions[i].Start < s.End; i++ {
		m := doc.mentions[i]
		if m.End <= s.End && m.Kind != byPronoun && m.Entity != nil {
			out = append(out, m)
		}
	}
	return out
}

// occupancy marks the bytes of a text that kept spans cover, so that
// checking a new span for overlap costs its length, not the number of spans
// kept so far.
type occupancy []uint64

// newOccupancy makes an occupancy for a text of n bytes.
func newOccupancy(n int) occupancy { return make(occupancy, n/64+1) }

// free says whether no byte of [start, end) is taken.
func (o occupancy) free(start, end int) bool {
	for i := start; i < end; i++ {
		if o[i/64]&(1<<(i%64)) != 0 {
			return false
		}
	}
	return true
}

// take marks [start, end) as taken.
func (o occupancy) take(start, end int) {
	for i := start; i < end; i++ {
		o[i/64] |= 1 << (i % 64)
	}
}

// maxUnknownRun is the longest run of characters, in bytes, that the
// segmenter hands gse's HMM at once: the HMM keeps a back-pointer row of
// every state per character (about 500 bytes each), so 1 MB of 他说 with no
// word the dictionary prefers took over 600 MB. Real unknown runs (a name,
// a transliteration) are a few characters long.
const maxUnknownRun = 768

// runChunks cuts run into pieces of at most maxUnknownRun bytes at rune
// boundaries.
func runChunks(run string) []string {
	var out []string
	for len(run) > maxUnknownRun {
		cut := maxUnknownRun
		for cut > 1 && !utf8.RuneStart(run[cut]) {
			cut--
		}
		out = append(out, run[:cut])
		run = run[cut:]
	}
	return append(out, run)
}

// count is strings.Count(doc.text, s), remembered: rules that compare how
// often two forms occur would otherwise scan the article once per mention.
func (doc *document) count(s string) int {
	if n, ok := doc.counts[s]; ok {
		return n
	}
	doc.checkStop()
	if doc.counts == nil {
		doc.counts = map[string]int{}
	}
	n := strings.Count(doc.text, s)
	doc.counts[s] = n
	return n
}

// mentionsWithin returns every mention (pronouns included) that lies
// inside s, found by binary search: they are a contiguous run of
// doc.mentions, which is sorted by Start without overlaps.
func (doc *document) mentionsWithin(s span) []mention {
	doc.checkStop()
	ms := doc.mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= s.Start })
	j := i
	for j < len(ms) && ms[j].End <= s.End {
		j++
	}
	return ms[i:j]
}

// overlapsMention says whether [s, e) overlaps a mention: doc.mentions is
// sorted by Start without overlaps, so their Ends rise too and the first
// mention ending after s is the only one to check.
func (doc *document) overlapsMention(s, e int) bool {
	ms := doc.mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].End > s })
	return i < len(ms) && ms[i].Start < e
}

// candsFrom returns the quote candidates (sorted by Start) that start in
// [from, to), so that a pronoun looks at its own units' candidates rather
// than the article's.
func candsFrom(cs []cand, from, to int) []cand {
	i := sort.Search(len(cs), func(i int) bool { return cs[i].Start >= from })
	j := i + sort.Search(len(cs)-i, func(k int) bool { return cs[i+k].Start >= to })
	return cs[i:j]
}

// textFact is what a rule that reads the whole text (surnameSpeaks,
// placeSomewhere) said of one form.
type textFact struct {
	rule uintptr // the rule's code address
	form string
}

// fact is rule(doc.text, form), remembered: such a rule reads the article
// from its start, and a long article asks about the same names in
// sentence after sentence, which made it quadratic (10 s of CPU for 1 MB
// of Chinese interview with one name).
func (doc *document) fact(rule func(text, form string) bool, form string) bool {
	k := textFact{reflect.ValueOf(rule).Pointer(), form}
	if v, ok := doc.facts[k]; ok {
		return v
	}
	doc.checkStop()
	if doc.facts == nil {
		doc.facts = map[textFact]bool{}
	}
	v := rule(doc.text, form)
	doc.facts[k] = v
	return v
}
