package extract

// Placeholder until lexicon.go lands.

type lexicon struct{}

func loadLexicon(files []string) (*lexicon, error) { return &lexicon{}, nil }

// surfaceForm is one way of writing a lexicon entry; the segmenter adds
// each as a dictionary word so that it comes out as one token.
type surfaceForm struct {
	Text string
	Type Type
}

// surfaceForms lists every name and alias of every entry.
func (l *lexicon) surfaceForms() []surfaceForm { return nil }
