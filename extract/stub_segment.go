package extract

// Placeholder until segment.go lands.

type segmenter struct{}

func newSegmenter(*lexicon) (*segmenter, error) { return &segmenter{}, nil }

// tokens segments text and tags each token with its part of speech; spans
// are byte offsets into text.
func (s *segmenter) tokens(text string) []token { return nil }
