package extract

// The lexicon seen from outside: Lookup for callers such as the loader,
// which reads the lexicon (lexicon.go) and no article.

// Lookup returns the lexicon's entity for a name in any of its forms
// (case, spacing, punctuation and traditional characters folded), so that a
// caller can tell "known to kg under another name" from "unknown". Forms the
// lexicon lists as never an entity, and names it does not know, give false.
func (x *Extractor) Lookup(name string) (Entity, bool) {
	for _, e := range x.lex.lookup(name) {
		if e.Type == typeIgnore {
			continue
		}
		return Entity{Name: e.Name, Type: e.Type, Aliases: append([]string(nil), e.Aliases...)}, true
	}
	return Entity{}, false
}

// Simplified maps traditional Chinese characters to simplified ones, one
// character at a time, with the table the lexicon matches through; other
// runes are kept. Byte lengths may change.
func Simplified(s string) string { return toSimplified(s) }
