package graph

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"unicode"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/kg/extract"
)

// One statement, many reports. A Quote is one statement of one speaker:
// its id hashes the speaker's key and the folded words (QuoteID), so every
// article reporting the same words reports one node, REPORTED_IN each of
// them with the offset and sentence of that article on the relationship. A
// shorter excerpt contained in a longer statement of the same speaker (or
// the other way round) is the same statement: it joins the existing node,
// which keeps the longer wording.

// minSharedQuote is the shortest folded statement, in runes, that joins
// another by containment: "yes" or 是的 is contained in too much.
const minSharedQuote = 12

// qSpeakerQuotes finds, for each quote row of the batch, the statements the
// graph holds that may contain it or be contained in it: the longer ones
// through the quote_grams index (the row's first window among their
// grams), the shorter ones through the quote_head range index (their first
// window among the row's windows; quoteKeys). Reading every statement of a
// speaker instead made each batch slower as the speaker's statements grew;
// asking the full-text index for every window of the row made the look-up
// half of a write at 200k articles: a range seek costs a fifth of a
// full-text term.
const qSpeakerQuotes = `
UNWIND $rows AS row
CALL (row) {
  CALL db.index.fulltext.queryNodes('quote_grams', row.gram, {limit: $limit}) YIELD node AS q
  RETURN q
UNION
  MATCH (q:Quote) WHERE q.head IN row.windows
  RETURN q LIMIT $limit
}
RETURN DISTINCT row.speaker AS speaker, q.id AS id, coalesce(q.folded, '') AS folded`

// quoteHead is a quote row's head as the Quote keeps it: none for a
// statement shorter than a window ("" would be one more key of the index
// shared by all of them).
const quoteHead = "CASE row.head WHEN '' THEN null ELSE row.head END"

// maxGramWindows bounds the windows indexed for one statement: an excerpt
// that starts further into a very long statement is not joined to it.
const maxGramWindows = 1000

// maxQuoteCandidates bounds the statements one quote is compared with, on
// each side (the longer ones and the shorter ones).
const maxQuoteCandidates = 50

// quoteKeys are what a statement of speaker with folded words (of text) is
// found by, each a hash of the speaker and a window of minSharedQuote
// runes: head, its first window's, and grams, the quote_grams index
// tokens, "g" and the hash of each window that starts a word (wordStarts).
// An excerpt of at least minSharedQuote runes contained in a longer
// statement starts at a word of it, so a new statement finds the longer
// ones holding it by its head among their grams, and the shorter ones it
// holds by their heads among its windows starting a word (qSpeakerQuotes).
// Windows inside words are left out: they were four in five of an English
// statement's, and the index's size is paid on every write and look-up.
// Both are "" for a statement shorter than a window.
func quoteKeys(speaker, text, folded string) (head, grams string) {
	first, atWords := wordWindows(speaker, text, folded)
	if first == "" {
		return "", ""
	}
	var b strings.Builder
	for i, h := range atWords {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString("g" + h)
	}
	return first, b.String()
}

// wordWindows are the window hashes of the statement (speaker, folded
// words of text) it is found by and finds others by: the first window's,
// and those of the windows starting a word (all of them when text's words
// do not make folded). first is "" for a statement shorter than a window.
func wordWindows(speaker, text, folded string) (first string, atWords []string) {
	w := quoteWindows(speaker, folded)
	if len(w) == 0 {
		return "", nil
	}
	starts := wordStarts(text, folded)
	if starts == nil {
		return w[0], w
	}
	for i, h := range w {
		if starts[i] {
			atWords = append(atWords, h)
		}
	}
	return w[0], atWords
}

// wordStarts marks the runes of folded (FoldQuote(text)) that start a
// word of text: the first rune of each run of letters, digits and marks,
// and each Han rune. It is nil when text's words, folded one by one, do
// not make folded (every rune may then start an excerpt).
func wordStarts(text, folded string) []bool {
	f := []rune(folded)
	starts := make([]bool, len(f))
	n := 0
	word := func(w string) bool {
		fw := []rune(FoldQuote(w))
		if n+len(fw) > len(f) || string(f[n:n+len(fw)]) != string(fw) {
			return false
		}
		if len(fw) > 0 {
			starts[n] = true
		}
		n += len(fw)
		return true
	}
	from := -1 // byte offset of the current run of a spaced script
	for i, r := range text {
		inWord := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
		han := unicode.Is(unicode.Han, r)
		if from >= 0 && (!inWord || han) {
			if !word(text[from:i]) {
				return nil
			}
			from = -1
		}
		switch {
		case han:
			if !word(string(r)) {
				return nil
			}
		case inWord && from < 0:
			from = i
		}
	}
	if from >= 0 && !word(text[from:]) {
		return nil
	}
	if n != len(f) {
		return nil
	}
	return starts
}

// windowHash is the length of a window's hash: 64 bits, unique enough
// among one speaker's windows.
const windowHash = 16

// quoteWindows hashes the speaker with each window of minSharedQuote runes
// of folded, at most maxGramWindows of them.
func quoteWindows(speaker, folded string) []string {
	r := []rune(folded)
	var out []string
	for i := 0; i+minSharedQuote <= len(r) && i < maxGramWindows; i++ {
		out = append(out, hash(speaker + "\x00" + string(r[i:i+minSharedQuote]))[:windowHash])
	}
	return out
}

// resolveQuotes gives each quote row the id of the statement it repeats:
// one the graph holds or one earlier in the batch whose folded words
// contain it or are contained in it. Longer statements are placed first,
// so an excerpt joins the fullest wording.
func resolveQuotes(ctx context.Context, tx neo4j.ManagedTransaction, c *counter, rows []map[string]any) error {
	if len(rows) == 0 {
		return nil
	}
	var queries []map[string]any
	for _, r := range rows {
		if first, windows := wordWindows(r["speaker"].(string), r["text"].(string), r["folded"].(string)); first != "" {
			// The first window, wherever it starts, finds a shorter
			// statement that starts where this one does.
			windows = append(slices.Clone(windows), first)
			slices.Sort(windows)
			queries = append(queries, map[string]any{"speaker": r["speaker"], "gram": "g" + first, "windows": slices.Compact(windows)})
		}
	}
	var recs []*neo4j.Record
	if len(queries) > 0 {
		var err error
		recs, err = c.collect(ctx, tx, qSpeakerQuotes, map[string]any{"rows": queries, "limit": maxQuoteCandidates})
		if err != nil {
			return err
		}
	}
	type known struct{ id, folded string }
	bySpeaker := map[string][]known{}
	for _, r := range recs {
		m := r.AsMap()
		bySpeaker[str(m["speaker"])] = append(bySpeaker[str(m["speaker"])], known{str(m["id"]), str(m["folded"])})
	}
	for _, k := range bySpeaker {
		slices.SortFunc(k, func(a, b known) int { return cmp.Compare(a.id, b.id) })
	}
	order := slices.Clone(rows)
	slices.SortStableFunc(order, func(a, b map[string]any) int {
		return cmp.Or(-cmp.Compare(len(a["folded"].(string)), len(b["folded"].(string))), cmp.Compare(a["id"].(string), b["id"].(string)))
	})
	for _, r := range order {
		sp, f := r["speaker"].(string), r["folded"].(string)
		for _, k := range bySpeaker[sp] {
			if k.id == r["id"] {
				break
			}
			if sameStatement(k.folded, f) {
				r["id"] = k.id
				break
			}
		}
		if !slices.ContainsFunc(bySpeaker[sp], func(k known) bool { return k.id == r["id"] }) {
			bySpeaker[sp] = append(bySpeaker[sp], known{r["id"].(string), f})
		}
	}
	return nil
}

// sameStatement reports whether two folded statements are one: equal, or
// one holds the other and the shorter is long enough to mean something.
func sameStatement(a, b string) bool {
	if a == b {
		return true
	}
	short, long := a, b
	if len(short) > len(long) {
		short, long = long, short
	}
	return len([]rune(short)) >= minSharedQuote && strings.Contains(long, short)
}

// aboutRows are the ABOUT links of the quote rows, per label, once their ids
// are resolved.
func aboutRows(rows []map[string]any) map[extract.Type][]map[string]any {
	out := map[extract.Type][]map[string]any{}
	seen := map[string]bool{}
	for _, r := range rows {
		targets, _ := r["about"].([]map[string]any)
		for _, t := range targets {
			label, key := extract.Type(t["label"].(string)), t["key"].(string)
			k := r["id"].(string) + "\x00" + key + "\x00" + string(label) + "\x00" + r["article"].(string)
			if seen[k] {
				continue
			}
			seen[k] = true
			out[label] = append(out[label], map[string]any{"quote": r["id"], "key": key, "articles": []string{r["article"].(string)}})
		}
	}
	for _, l := range out {
		slices.SortFunc(l, func(a, b map[string]any) int {
			return cmp.Or(cmp.Compare(a["quote"].(string), b["quote"].(string)), cmp.Compare(a["key"].(string), b["key"].(string)),
				cmp.Compare(a["articles"].([]string)[0], b["articles"].([]string)[0]))
		})
	}
	return out
}
