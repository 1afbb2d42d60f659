package extract

// Placeholder until prepare.go, entities.go, relations.go and output.go land.

func (x *Extractor) prepare(d Doc) *document { return &document{text: d.Text, lang: d.Lang} }

func (x *Extractor) findEntities(doc *document) {}

func (x *Extractor) relations(doc *document) []Relation { return nil }

func (doc *document) result(rels []Relation, quotes []Quote, events []Event) Result {
	return Result{Lang: doc.lang, Relations: rels, Quotes: quotes, Events: events}
}
