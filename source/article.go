// Package source reads news articles from files, folders, standard input and
// URLs, whatever their format and encoding, into UTF-8 Articles.
package source

// Article is one article read from an input, ready for extraction.
type Article struct {
	Path      string `json:"path"`           // file path, "-" for stdin, or URL
	Line      int    `json:"line,omitempty"` // 1-based line for JSONL inputs
	ID        string `json:"id"`             // content hash of the normalised body
	Title     string `json:"title,omitempty"`
	URL       string `json:"url,omitempty"`
	Source    string `json:"source,omitempty"`
	Published string `json:"published,omitempty"` // YYYY-MM-DD
	Lang      string `json:"lang,omitempty"`      // zh or en
	Text      string `json:"-"`
}
