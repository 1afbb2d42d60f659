// Package extract finds people, organizations, AI models, relations between
// them, quotes and dated events in one news article. It is deterministic,
// does no I/O after New, and knows nothing of Neo4j.
package extract

import (
	"context"
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

// token is one gse token with its part-of-speech tag.
type token struct {
	span
	Text string
	Pos  string
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
