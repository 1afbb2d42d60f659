package source

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// readJSONL streams a JSONL input line by line, never holding more than
// one line (at most maxLine bytes) in memory. Each line's article or error
// goes to line; a non-nil error from line stops reading and is returned.
// A whole-input failure (empty, binary, a read error) is returned as an
// inputFailure.
func readJSONL(r io.Reader, maxLine int, line func(n int, a Article, err error) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	head, err := br.Peek(binarySniff)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
		return inputFailure{fmt.Errorf("read: %w", err)}
	}
	if blank(head) {
		return inputFailure{ErrEmpty}
	}
	var base int64
	switch {
	case bytes.HasPrefix(head, []byte{0xEF, 0xBB, 0xBF}):
		br.Discard(3)
		base = 3
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}), bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		// Offsets in errors then count bytes of the decoded UTF-8 stream.
		dec := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
		br = bufio.NewReaderSize(transform.NewReader(br, dec), 64<<10)
	default:
		if err := checkControlBytes(head); err != nil {
			return inputFailure{err}
		}
	}
	var buf []byte
	for n := 1; ; n++ {
		start := base
		buf, base, err = readLine(br, buf[:0], maxLine, base)
		if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, errLineTooLong) {
			return inputFailure{fmt.Errorf("line %d: read: %w", n, err)}
		}
		eof := errors.Is(err, io.EOF)
		switch {
		case errors.Is(err, errLineTooLong):
			if e := line(n, Article{}, fmt.Errorf("%w: line longer than the %s limit", ErrTooLarge, size(int64(maxLine)))); e != nil {
				return e
			}
		case !blank(buf):
			a, perr := jsonArticle(buf, start)
			if e := line(n, a, perr); e != nil {
				return e
			}
		}
		if eof {
			return nil
		}
	}
}

// errLineTooLong marks a JSONL line over the limit; the rest of it has been
// skipped.
var errLineTooLong = errors.New("line too long")

// readLine reads one line (without its newline) into buf, skipping past the
// limit, and returns the offset after it.
func readLine(br *bufio.Reader, buf []byte, max int, off int64) ([]byte, int64, error) {
	long := false
	for {
		chunk, err := br.ReadSlice('\n')
		off += int64(len(chunk))
		if !long {
			if len(buf)+len(chunk) > max+1 {
				long, buf = true, buf[:0]
			} else {
				buf = append(buf, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		buf = bytes.TrimSuffix(buf, []byte("\n"))
		buf = bytes.TrimSuffix(buf, []byte("\r"))
		if long {
			if err == nil {
				err = errLineTooLong
			} else if errors.Is(err, io.EOF) {
				err = errors.Join(errLineTooLong, io.EOF)
			}
		}
		return buf, off, err
	}
}

// textFields are the fields a JSONL article's body may be in, by priority.
var textFields = []string{"text", "content", "body"}

// jsonArticle reads one JSONL line: an object with a "text", "content" or
// "body" string, and optional title, url, source, published (or date) and
// lang. An "id" is accepted and ignored: the ID is always the content hash,
// so an edited text is never mistaken for the old one. off is the line's
// offset in the file, for encoding errors.
func jsonArticle(b []byte, off int64) (Article, error) {
	s, err := decodeBytes(b, off, nil, "")
	if err != nil {
		return Article{}, err
	}
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "{") {
		return Article{}, errors.New("not a JSON object")
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal([]byte(s), &m); err != nil {
		return Article{}, fmt.Errorf("not JSON: %s", strings.TrimPrefix(err.Error(), "json: "))
	}
	var a Article
	for _, k := range textFields {
		v, err := field(m, k, false)
		if err != nil {
			return Article{}, err
		}
		if strings.TrimSpace(v) != "" {
			a.Text = v
			break
		}
	}
	if a.Text == "" {
		return Article{}, fmt.Errorf("%w: want a \"text\", \"content\" or \"body\" string", ErrNoText)
	}
	for _, f := range []struct {
		dst  *string
		keys []string
	}{
		{&a.Title, []string{"title"}},
		{&a.URL, []string{"url"}},
		{&a.Source, []string{"source"}},
		{&a.Published, []string{"published", "date"}},
		{&a.Lang, []string{"lang"}},
	} {
		for _, k := range f.keys {
			v, err := field(m, k, true)
			if err != nil {
				return Article{}, err
			}
			if v != "" {
				*f.dst = v
				break
			}
		}
	}
	return a, nil
}

// field returns a string field; null or absent is "", a number its text
// when numbers are allowed, anything else an error.
func field(m map[string]json.RawMessage, k string, numbers bool) (string, error) {
	raw, ok := m[k]
	if !ok {
		return "", nil
	}
	raw = bytes.TrimSpace(raw)
	switch {
	case bytes.Equal(raw, []byte("null")):
		return "", nil
	case len(raw) > 0 && raw[0] == '"':
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", fmt.Errorf("field %q: %w", k, err)
		}
		return s, nil
	case numbers && len(raw) > 0 && (raw[0] == '-' || raw[0] >= '0' && raw[0] <= '9'):
		return string(raw), nil
	}
	return "", fmt.Errorf("field %q is not a string", k)
}
