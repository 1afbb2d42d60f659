package source

import (
	"fmt"
	"io"
	"net/http"
	"time"
)

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

// Options tune Read.
type Options struct {
	Published string    // default YYYY-MM-DD for inputs that carry no date
	Stdin     io.Reader // read for the path "-"

	MaxBytes     int64         // largest whole-file input (.txt, .md, .html, page, stdin text); 0 means DefaultMaxBytes
	MaxLineBytes int           // longest JSONL line; 0 means DefaultMaxLineBytes
	HTTPClient   *http.Client  // for URLs; nil means a plain client (its redirect policy is always replaced)
	Timeout      time.Duration // whole request per URL; 0 means the client's, else DefaultTimeout
	MaxRedirects int           // 0 means DefaultMaxRedirects; negative means none
}

// InputError is one input that could not be read; Read reports it and goes on.
type InputError struct {
	Path string
	Line int // JSONL line, 0 when the whole input failed
	Err  error
}

func (e *InputError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *InputError) Unwrap() error { return e.Err }
