package extract

// Placeholders so the package compiles while the stages are built; each is
// replaced by its real file (prepare.go, lexicon.go, segment.go, entities.go,
// relations.go, quotes.go, events.go).

type lexicon struct{}

func loadLexicon(files []string) (*lexicon, error) { return &lexicon{}, nil }

type segmenter struct{}

func newSegmenter(*lexicon) (*segmenter, error) { return &segmenter{}, nil }

func (x *Extractor) prepare(d Doc) *document { return &document{text: d.Text, lang: d.Lang} }

func (x *Extractor) findEntities(doc *document) {}

func (x *Extractor) relations(doc *document) []Relation { return nil }

func (x *Extractor) quotes(doc *document) []Quote { return nil }

func (x *Extractor) events(doc *document) []Event { return nil }

func (doc *document) result(rels []Relation, quotes []Quote, events []Event) Result {
	return Result{Lang: doc.lang, Relations: rels, Quotes: quotes, Events: events}
}
