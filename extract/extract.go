// Package extract finds people, organizations, AI models, relations between
// them, quotes and dated events in one news article. It is deterministic,
// does no I/O after New, and knows nothing of Neo4j.
//
// An article goes through stages; each reads only what earlier ones made,
// and the files are named by stage:
//
//	text       prepare.go, segment.go: paragraphs, sentences, tokens
//	vocab      vocab.go, internal/vocab: every word list as data, written
//	           once in simplified characters (traditional forms derived)
//	mentions   entities*.go, names_*.go, models*.go, lexicon.go: names from
//	           the lexicon and recognizers for unknown people, organizations
//	           and models
//	coref      coref.go: one antecedent policy for he/she/他/她, "the
//	           company"/该公司 and "the model"/该模型
//	discourse  discourse*.go: quotation marks, sentence groups, speech cues
//	facts      relations*.go (WORKS_AT, DEVELOPED, DERIVED_FROM), quotes*.go
//	           (attribution sieves, reported speech, what a quote is about),
//	           events*.go and dates.go
//	result     output.go, evidence.go
//
// Each way of finding something is a rule with an ID (rules.go); every
// item of a Result names the rule that produced it, so kg extract --explain
// can say why and kg eval --by-rule can score each rule on a gold set.
package extract

import (
	"context"
	"sync"
	"sync/atomic"
	"time"
)

// Extractor turns articles into Results. Build one with New at start-up and
// share it: Article is safe for concurrent use.
type Extractor struct {
	cfg config
	lex *lexicon
	seg *segmenter
}

type config struct {
	lexiconFiles []string
}

// Option configures New.
type Option func(*config)

// WithLexicon adds a user lexicon file that extends or overrides the
// embedded one (see LEXICON.md for the format).
func WithLexicon(path string) Option {
	return func(c *config) { c.lexiconFiles = append(c.lexiconFiles, path) }
}

// New loads the lexicon and the segmenter.
func New(opts ...Option) (*Extractor, error) {
	x := &Extractor{}
	for _, o := range opts {
		o(&x.cfg)
	}
	lex, err := loadLexicon(x.cfg.lexiconFiles)
	if err != nil {
		return nil, err
	}
	x.lex = lex
	seg, err := newSegmenter(lex)
	if err != nil {
		return nil, err
	}
	x.seg = seg
	return x, nil
}

// Article extracts everything from one article.
func (x *Extractor) Article(d Doc) Result {
	res, _, _ := x.article(context.Background(), d, nil) // see bounded.go
	return res
}

// span is a half-open byte range [Start, End) of document.text.
type span struct{ Start, End int }

// sentence is one sentence; Para numbers the paragraph it stands in.
type sentence struct {
	span
	Para int
}

// token is one gse token with its part-of-speech tag. Its words are
// word(doc.text): every token is a stretch of the article, so a token
// holds offsets, not a string header too, and 32-bit ones (an article is
// far under 4 GB: source.Options.MaxBytes): 12 bytes, not 48 (issue 16;
// the tokens are the largest thing the first stages hold on a long
// article of short words).
type token struct {
	start, end uint32
	tag        posTag // Pos
}

// newToken is the token of text[start:end] tagged tag.
func newToken(start, end int, tag posTag) token {
	return token{start: uint32(start), end: uint32(end), tag: tag}
}

// Start is the offset of the token's first byte.
func (t token) Start() int { return int(t.start) }

// End is the offset after the token's last byte.
func (t token) End() int { return int(t.end) }

// sp is the token's span.
func (t token) sp() span { return span{int(t.start), int(t.end)} }

// word is the token's text; text is what the offsets count in (the
// article, or the text the segmenter was given).
func (t token) word(text string) string { return text[t.start:t.end] }

// Pos is the token's part-of-speech tag (nr, ns, x, eng...).
func (t token) Pos() string { return (*posTags.names.Load())[t.tag] }

// posTag is a part-of-speech tag as an index into the table of the tags
// seen: a token holds two bytes, not a string header, which makes the
// tokens of an article, the largest thing the entity stage holds on a
// long one, a sixth smaller (issue 16).
type posTag uint16

// posTags is the table of tags: read without the lock (both maps are
// replaced, never changed, names before index so that a tag found in
// index has its name), extended under it when the segmenter gives a tag
// it has not given before. The tagger's set of tags is small and fixed.
var posTags struct {
	mu    sync.Mutex
	names atomic.Pointer[[]string]
	index atomic.Pointer[map[string]posTag]
}

// The tags the segmenter itself gives, first in the table, so that
// tagX and tagEng are constants.
const (
	tagX posTag = iota
	tagEng
)

func init() {
	for _, p := range []string{"x", "eng", "n", "nr", "ns", "nt", "nz", "v", "vn"} {
		tagOf(p)
	}
}

// tagOf is the tag of a part of speech, added to the table if new.
func tagOf(pos string) posTag {
	if m := posTags.index.Load(); m != nil {
		if t, ok := (*m)[pos]; ok {
			return t
		}
	}
	posTags.mu.Lock()
	defer posTags.mu.Unlock()
	var names []string
	index := map[string]posTag{}
	if m := posTags.index.Load(); m != nil {
		if t, ok := (*m)[pos]; ok {
			return t
		}
		names = append(names, *posTags.names.Load()...)
		for k, v := range *m {
			index[k] = v
		}
	}
	t := posTag(len(names))
	if int(t) != len(names) {
		panic("extract: more part-of-speech tags than a posTag holds")
	}
	names = append(names, pos)
	index[pos] = t
	posTags.names.Store(&names)
	posTags.index.Store(&index)
	return t
}

// mentionKind says how a mention names its entity. One byte: a candidate
// carries one beside its other small fields.
type mentionKind uint8

const (
	byName    mentionKind = iota // a full name or a lexicon alias
	bySurname                    // a surname or family name alone: 卡尔森, Carlsson
	byPronoun                    // 他, 她, he, she, 该公司, the company
)

// mention is one place in the text that names an entity.
type mention struct {
	span
	Entity *entity
	Kind   mentionKind
}

// entity is the working form of Entity while an article is processed.
type entity struct {
	Name     string
	Type     Type
	Gender   byte            // 'm', 'f' or 0 when unknown: pronoun resolution reads it
	aliases  map[string]bool // every surface form seen, Name included
	mentions int
	rules    []string // IDs of the rules that found it, in the order they did (credit)
}

// document is an article on its way through the stages. Each stage reads
// what the earlier ones filled in.
type document struct {
	text      string
	lang      string
	published time.Time // zero when unknown
	paras     []span
	sentences []sentence
	tokens    []token
	mentions  []mention // sorted by Start, no overlaps
	entities  []*entity
	warnings  []string          // about the text: overlong sentences cut (bounded.go)
	longest   int               // bytes of the longest sentence before cutting
	counts    map[string]int    // occurrences of a form in text, counted once (bounded.go)
	facts     map[textFact]bool // what a whole-text rule said of a form, read once (bounded.go)
	ctx       context.Context   // ends an abandoned extraction early (bounded.go); nil: never
}
