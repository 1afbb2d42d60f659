package extract

// Mentions stage, candidates: findEntities runs every recognizer over each
// sentence of the prepared text (sentences, tokens: prepare.go, segment.go)
// — lexicon matches (entities_lexicon.go), Latin persons and organizations
// (names_en*.go), Chinese persons and organizations (names_zh*.go), model
// names (models*.go) — keeps the longest of overlapping candidates, and
// hands them to the entity table (entities_merge.go, entities_aliases.go).

import (
	"iter"
	"runtime"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// candidate is a possible mention, from the lexicon or from a pattern.
// Candidates overlap; resolve keeps the longest.
//
// An article's kept candidates are all held until the entity table is
// built (a 4 MB list of model names keeps half a million), so the small
// fields sit side by side in one word, the rare list of several lexicon
// entries is out of line, and the type and the rule are small numbers: 56
// bytes, not 136 (issue 16).
type candidate struct {
	span
	name   string       // canonical name when the entity is new
	lex    *lexEntry    // set when the lexicon knows the name
	alts   *[]*lexEntry // the lexicon's entries for the form when it has several (Mistral: company and model)
	rule   ruleRef      // the rule that proposed it, credited to the entity it becomes or joins
	ty     typeCode     // the type it would have as an entity (typ)
	kind   mentionKind
	prio   int8 // on equal length the higher wins: lexicon 3, strong pattern 2, weak 1
	gender byte
	oneAlt bool // the lexicon has one entry for the form: lex
}

// typeCode is an entity Type in one byte, its place in typeNames.
type typeCode uint8

// typeNames are the Types a candidate can have, by typeCode: none, and
// those the lexicon accepts.
var typeNames = [...]Type{"", Person, Organization, Model, typeIgnore}

// codeOf is the typeCode of t, one of typeNames.
func codeOf(t Type) typeCode {
	switch t {
	case "":
		return 0
	case Person:
		return 1
	case Organization:
		return 2
	case Model:
		return 3
	case typeIgnore:
		return 4
	}
	panic("extract: candidate of unknown type " + string(t))
}

// typ is the candidate's type.
func (c *candidate) typ() Type { return typeNames[c.ty] }

// ruleRef is a rule's ID as a small number, the rule's place in ruleIDs:
// a candidate holds it in two bytes instead of a string's sixteen.
type ruleRef uint16

// ruleIDs lists every rule's ID, ruleIDs[0] being none; ruleRefs maps an
// ID to its place. Both are filled once, by init, after every package-level
// defineRule has run, and only read after.
var (
	ruleIDs  = []string{""}
	ruleRefs = map[string]ruleRef{"": 0}
)

func init() {
	ids := make([]string, 0, len(ruleBook))
	for id := range ruleBook {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		ruleRefs[id] = ruleRef(len(ruleIDs))
		ruleIDs = append(ruleIDs, id)
	}
}

// refOf is the ruleRef of a defined rule's ID.
func refOf(id string) ruleRef {
	r, ok := ruleRefs[id]
	if !ok {
		panic("extract: rule " + id + " is not defined")
	}
	return r
}

// id is the rule's ID, "" for none.
func (r ruleRef) id() string { return ruleIDs[r] }

// altCount is how many entries the lexicon has for the candidate's form
// (0 when it found the candidate by a pattern or by lookupType).
func (c *candidate) altCount() int {
	if c.alts != nil {
		return len(*c.alts)
	}
	if c.oneAlt {
		return 1
	}
	return 0
}

// altList is the lexicon's entries for the form when it has several, else nil.
func (c *candidate) altList() []*lexEntry {
	if c.alts == nil {
		return nil
	}
	return *c.alts
}

// setAlts records the lexicon's entries for the candidate's form: a
// pointer, held only when there are several, keeps the candidate small.
func (c *candidate) setAlts(es []*lexEntry) {
	c.alts, c.oneAlt = nil, len(es) == 1
	if len(es) > 1 {
		c.alts = &es
	}
}

// findEntities fills doc.mentions and doc.entities.
//
// Once the candidates are found, only the place names among the tokens
// are read (entityTable.add: the city that opens a company's name), so
// doc.tokens keeps those alone while the kept candidates, the stage's
// largest holding, are typed and added (issue 16). The kept candidates
// stay in their stretches (keptCands): joining them into one slice held
// two copies of them at the stage's peak, and each stretch is let go once
// its candidates are mentions.
func (x *Extractor) findEntities(doc *document) {
	var buf []candidate // one sentence's candidates; resolveStretches copies them
	stretches := resolveStretches(doc.text, doc.sentences, func(s sentence) []candidate {
		buf = x.sentenceCandidates(buf[:0], doc, s)
		return buf
	})
	doc.tokens = placeTokens(doc.tokens)
	chosen := x.listTypes(doc, newKept(stretches))
	t := newEntityTable(x.lex)
	chooseAmbiguous(doc, chosen)
	for k, part := range chosen.parts {
		for i := range part {
			t.add(doc, &part[i])
		}
		chosen.parts[k] = nil // collectable while the mentions grow
	}
	t.mergeParentheses(doc)
	t.secondPass(doc)
	doc.entities = t.list
	doc.mentions = t.mentions
	t.familyShortName(doc)
	doc.entities = t.list
	doc.mentions = t.mentions
	sort.Slice(doc.mentions, func(i, j int) bool { return doc.mentions[i].Start < doc.mentions[j].Start })
	if len(doc.text) >= largeArticle {
		// The article's tokens and kept candidates, most of the live heap
		// at the last collection, are garbage now; the collector would wait
		// for the heap to grow GOGC% past that figure, and the next stages
		// would build their own on top (4 MB of 他说: 102 MB of heap when
		// the quote stage starts, 55 MB after the next collection).
		runtime.GC()
	}
}

// sentenceCandidates runs the lexicon and every pattern over one sentence,
// appending the candidates to out: findEntities hands it the same buffer
// for every sentence, so that a long article's candidates do not each
// pass through a new growing slice (issue 16).
func (x *Extractor) sentenceCandidates(out []candidate, doc *document, s sentence) []candidate {
	text := doc.text[:s.End]
	headline := isHeadline(doc.text[s.Start:s.End])
	var plain []token
	for i := s.Start; i < s.End; {
		m, ok := x.lex.match(text, i)
		if !ok {
			_, n := utf8.DecodeRuneInString(text[i:])
			i += n
			continue
		}
		if allHan(text[m.Start:m.End]) && utf8.RuneCountInString(text[m.Start:m.End]) <= 3 && x.seg != nil {
			// 京东 in 北京|东城区, 小米 in 小米粥, 科技部 in 科技|部门: the
			// dictionary alone, without the lexicon's forms, puts the name
			// inside other words (only short names are at risk)
			if plain == nil {
				var sc scratch
				plain = x.seg.cut([]token{}, &sc, doc.text, s.Start, s.End)
			}
			if x.commonWordAcross(doc.text, plain, m.Start) || x.commonWordAcross(doc.text, plain, m.End) {
				_, n := utf8.DecodeRuneInString(text[i:])
				i += n
				continue
			}
		}
		lc := x.lexCandidate(text, m)
		out = append(out, lc...)
		if len(lc) > 0 && lc[0].typ() == Organization && !hasHan(text[m.Start:m.End]) {
			out = append(out, x.listedOrgs(doc, s, m.End)...) // Pinecone, Weaviate and LangChain
		}
		i = m.End
	}
	words := latinWords(doc.text, s.span)
	out = append(out, x.latinPersons(doc, s, words, headline)...)
	if !headline {
		out = append(out, x.latinOrgs(doc, s, words)...)
		out = append(out, x.appositionOrgs(doc, s)...)
		out = append(out, x.cuedOrgs(doc, s)...)
	}
	out = append(out, x.chineseOrgs(doc, s, words)...)
	out = append(out, x.zhInstitutions(doc, s)...)
	out = append(out, x.bylinePersons(doc, s)...)
	out = append(out, x.tokenNames(doc, s)...)
	out = append(out, x.zhNameBeforeTitle(doc, s)...)
	out = append(out, x.zhDescribedOrgBeforeTitle(doc, s)...)
	out = append(out, x.zhCompanyBeforeVerb(doc, s)...)
	out = append(out, x.companyAfterNoun(doc, s)...)
	out = append(out, x.chinesePersons(doc, s)...)
	out = append(out, x.models(doc, s, words)...)
	out = append(out, x.zhCuedModels(doc, s)...)
	return out
}

// resolveByStretch resolves the candidates of each sentence (from cands)
// a stretch of sentences at a time, as soon as the next sentence's
// candidates all start after every candidate so far ends: only overlapping
// candidates compete, so the kept ones are those resolveInto keeps from
// all of the article's at once, without holding all of them (a 4 MB list
// of names has millions). cands may reuse its slice from call to call.
//
// Each stretch's kept candidates are set aside in a slice of their own
// and joined once at the end into a slice of the exact size: appending
// them to one growing slice copied the kept candidates of a long article
// about five times over, and held a grown copy beside the old one at the
// peak (4 MB of a models list: 214 MB allocated, issue 16).
func resolveByStretch(text string, ss []sentence, cands func(sentence) []candidate) []candidate {
	return joinStretches(resolveStretches(text, ss, cands))
}

// resolveStretches is resolveByStretch up to the join: the kept
// candidates of each stretch, in text order.
func resolveStretches(text string, ss []sentence, cands func(sentence) []candidate) [][]candidate {
	var group, kept []candidate
	var stretches [][]candidate
	taken := newOccupancy(len(text))
	resolve := func() {
		kept = resolveInto(kept[:0], text, group, taken)
		if len(kept) > 0 {
			stretches = append(stretches, slices.Clone(kept))
		}
		group = group[:0]
	}
	end := 0 // where the candidates so far end, at the latest
	for _, s := range ss {
		cs := cands(s)
		if len(cs) == 0 {
			continue
		}
		if len(group) > 0 && minStart(cs) >= end {
			resolve()
		}
		group = append(group, cs...)
		for _, c := range cs {
			end = max(end, c.End)
		}
	}
	resolve()
	return stretches
}

// joinStretches joins the stretches' kept candidates into one slice of
// their total size.
func joinStretches(stretches [][]candidate) []candidate {
	if len(stretches) == 1 {
		return stretches[0]
	}
	total := 0
	for _, st := range stretches {
		total += len(st)
	}
	chosen := make([]candidate, 0, total)
	for i, st := range stretches {
		chosen = append(chosen, st...)
		stretches[i] = nil // collectable while the rest is copied
	}
	return chosen
}

// keptCands is an article's kept candidates in text order, held as the
// stretches resolveStretches set them aside: one slice of all of them
// would be a second copy (4 MB of a models list keeps half a million
// candidates, about 50 MB; issue 16). Index i counts across the parts.
type keptCands struct {
	parts [][]candidate
	ends  []int // ends[k] is the number of candidates in parts[:k+1]
}

// newKept holds the stretches as they are.
func newKept(parts [][]candidate) *keptCands {
	k := &keptCands{parts: parts, ends: make([]int, len(parts))}
	n := 0
	for i, p := range parts {
		n += len(p)
		k.ends[i] = n
	}
	return k
}

// len is the number of candidates.
func (k *keptCands) len() int {
	if len(k.ends) == 0 {
		return 0
	}
	return k.ends[len(k.ends)-1]
}

// at is the candidate of index i, to read or to change in place.
func (k *keptCands) at(i int) *candidate {
	if len(k.parts) == 1 {
		return &k.parts[0][i]
	}
	p := sort.SearchInts(k.ends, i+1)
	if p > 0 {
		i -= k.ends[p-1]
	}
	return &k.parts[p][i]
}

// placeTokens keeps the tokens tagged ns (place names), in a slice of
// their own size. Tokens do not overlap, so the token starting at an
// offset is the same or absent in both: tokenStartingAt answers the same
// where its caller wants a place name.
func placeTokens(toks []token) []token {
	ns := tagOf("ns")
	n := 0
	for _, tk := range toks {
		if tk.tag == ns {
			n++
		}
	}
	out := make([]token, 0, n)
	for _, tk := range toks {
		if tk.tag == ns {
			out = append(out, tk)
		}
	}
	return out
}

// minStart is the smallest start of cs, which is not empty.
func minStart(cs []candidate) int {
	m := cs[0].Start
	for _, c := range cs[1:] {
		m = min(m, c.Start)
	}
	return m
}

// resolveInto keeps the longest candidates that do not overlap each other
// or the bytes already taken; on equal length the higher priority, then
// the earlier one. It appends the kept ones, sorted by start, to out:
// findEntities hands it stretches of text in order, so out stays sorted.
func resolveInto(out []candidate, text string, cands []candidate, taken occupancy) []candidate {
	length := make([]int, len(cands))
	for i, c := range cands {
		length[i] = utf8.RuneCountInString(text[c.Start:c.End])
	}
	idx := make([]int, len(cands))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool {
		ca, cb := cands[idx[a]], cands[idx[b]]
		la, lb := length[idx[a]], length[idx[b]]
		if la != lb {
			return la > lb
		}
		if ca.prio != cb.prio {
			return ca.prio > cb.prio
		}
		return ca.Start < cb.Start
	})
	n := len(out)
	for _, i := range idx { // taken: bounded.go, linear, not all pairs
		c := cands[i]
		if taken.free(c.Start, c.End) {
			taken.take(c.Start, c.End)
			out = append(out, c)
		}
	}
	kept := out[n:]
	sort.Slice(kept, func(i, j int) bool { return kept[i].Start < kept[j].Start })
	return out
}

// isHeadline reports a line whose words are nearly all capitalised: name
// patterns would fire on every pair of words in it.
func isHeadline(s string) bool {
	if hasHan(s) {
		return false
	}
	words := strings.Fields(s)
	if len(words) < 4 {
		return false
	}
	caps := 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			caps++
		}
	}
	if caps < len(words) && strings.HasSuffix(strings.TrimSpace(s), ".") && !strings.HasSuffix(s, "..") {
		return false // a sentence that lists names (Backers include Fenwick Capital and Bluepine Ltd.) ends with a stop; titles do not
	}
	return caps*10 >= len(words)*7
}

// wordBounded checks that a match of Latin letters does not continue a
// longer Latin word.
func wordBounded(text string, s span) bool {
	if s.Start > 0 {
		first, _ := utf8.DecodeRuneInString(text[s.Start:])
		prev, _ := utf8.DecodeLastRuneInString(text[:s.Start])
		if isLatinAlnum(first) && isLatinAlnum(prev) {
			return false
		}
	}
	if s.End < len(text) {
		last, _ := utf8.DecodeLastRuneInString(text[:s.End])
		next, _ := utf8.DecodeRuneInString(text[s.End:])
		if isLatinAlnum(last) && isLatinAlnum(next) {
			return false
		}
	}
	return true
}

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// isAbbreviation: CCC, DoD, NYU, a16z.
func isAbbreviation(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 2 || n > 8 {
		return false
	}
	upper := 0
	for _, r := range s {
		if r > unicode.MaxASCII || !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
			return false
		}
		if unicode.IsUpper(r) {
			upper++
		}
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) && upper >= 2
}

// occurrences yields the start of each occurrence of sub in text at or
// after from, each search resuming after the previous match.
func occurrences(text, sub string, from int) iter.Seq[int] {
	return func(yield func(int) bool) {
		if sub == "" {
			return
		}
		for {
			k := strings.Index(text[from:], sub)
			if k < 0 {
				return
			}
			at := from + k
			from = at + len(sub)
			if !yield(at) {
				return
			}
		}
	}
}
