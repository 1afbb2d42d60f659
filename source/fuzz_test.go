package source

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// seeds adds every fixture under testdata and the encoded test texts.
func seeds(f *testing.F, exts ...string) {
	files, _ := filepath.Glob("testdata/*")
	for _, p := range files {
		for _, e := range exts {
			if strings.HasSuffix(p, e) {
				b, err := os.ReadFile(p)
				if err != nil {
					f.Fatal(err)
				}
				f.Add(b)
			}
		}
	}
	for _, s := range []string{simplified, traditional, gb18030Only} {
		f.Add([]byte(s))
		f.Add(utf16Bytes(s, false))
		f.Add(utf16Bytes(s, true))
		f.Add(append([]byte{0xEF, 0xBB, 0xBF}, s...))
	}
	f.Add(encode(f, simplifiedchinese.GBK, simplified))
	f.Add(encode(f, simplifiedchinese.GB18030, gb18030Only))
	f.Add(encode(f, traditionalchinese.Big5, traditional))
	f.Add([]byte("\x89PNG\r\n\x1a\n\x00"))
	f.Add([]byte{})
}

// checkArticle is what every reader must give: either an error, or an
// article that finishes into valid UTF-8 with an ID that is its hash.
func checkArticle(t *testing.T, a Article, err error) {
	t.Helper()
	if err != nil {
		return
	}
	if err := finish(&a, "2024-01-01"); err != nil {
		if !errors.Is(err, ErrNoText) && !strings.HasPrefix(err.Error(), "published:") {
			t.Fatalf("finish: %v", err)
		}
		return
	}
	for name, s := range map[string]string{"Text": a.Text, "Title": a.Title, "URL": a.URL, "Source": a.Source, "Lang": a.Lang, "Published": a.Published} {
		if !utf8.ValidString(s) {
			t.Fatalf("%s is not valid UTF-8: %q", name, s)
		}
	}
	if a.Text != Normalize(a.Text) {
		t.Fatalf("Text is not normalised: %q", a.Text)
	}
	if a.ID != ID(a.Text) || len(a.Published) != 10 {
		t.Fatalf("bad ID or date: %+v", a)
	}
}

func FuzzDecode(f *testing.F) {
	seeds(f, ".txt", ".md", ".jsonl", ".html", ".htm")
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := decodeBytes(b, 0, nil, "")
		if err == nil && !utf8.ValidString(s) {
			t.Fatalf("decoded to invalid UTF-8: %q", s)
		}
		if err != nil && !errors.Is(err, ErrEncoding) && !errors.Is(err, ErrBinary) {
			t.Fatalf("unexpected error kind: %v", err)
		}
	})
}

func FuzzText(f *testing.F) {
	seeds(f, ".txt")
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := parseWhole(formatText, b, "", nil)
		checkArticle(t, a, err)
	})
}

func FuzzMarkdown(f *testing.F) {
	seeds(f, ".md")
	f.Add([]byte("---\ntitle: x\ndate: 2024-01-01\n---\nbody"))
	f.Add([]byte("---\n---\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := parseWhole(formatMarkdown, b, "", nil)
		checkArticle(t, a, err)
	})
}

func FuzzHTML(f *testing.F) {
	seeds(f, ".html", ".htm")
	f.Add([]byte(`<meta charset="big5"><p>x</p>`))
	f.Add([]byte(`<script type="application/ld+json">[[{"datePublished":"2024-01-01"}]]</script><time datetime="2023年1月2日">`))
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := parseWhole(formatHTML, b, "text/html", nil)
		checkArticle(t, a, err)
	})
}

func FuzzJSONL(f *testing.F) {
	seeds(f, ".jsonl")
	f.Add([]byte("{\"text\":\"a\"}\n\n{\"text\":1}\n{"))
	f.Fuzz(func(t *testing.T, b []byte) {
		lines := bytes.Count(b, []byte("\n")) + 1
		last := 0
		err := readJSONL(bytes.NewReader(b), 256, func(n int, a Article, err error) error {
			if n <= last || n > lines {
				t.Fatalf("line %d after %d, input has %d lines", n, last, lines)
			}
			last = n
			checkArticle(t, a, err)
			return nil
		})
		var fail inputFailure
		if err != nil && !errors.As(err, &fail) {
			t.Fatalf("readJSONL: %v", err)
		}
	})
}

func FuzzDate(f *testing.F) {
	for _, s := range []string{"2023-11-03", "2023年11月3日", "Fri, 03 Nov 2023 10:00:00 +0800", "20231103", "2023/1/5 10:00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := Date(s)
		if err == nil && d != "" {
			if _, err := Date(d); err != nil || len(d) != 10 {
				t.Fatalf("Date(%q) = %q, which does not read back", s, d)
			}
		}
	})
}
