package extract

// Placeholder until quotes.go and events.go land.

func (x *Extractor) quotes(doc *document) []Quote { return nil }

func (x *Extractor) events(doc *document) []Event { return nil }
