package source

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"gopkg.in/yaml.v3"
)

// ID is an article's identity: the first 32 hex digits of the SHA-256 of its
// normalised body. Callers pass Article.Text, which is already normalised.
func ID(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:16])
}

// Normalize puts a body in the form IDs are computed on: UTF-8 NFC, LF line
// ends, no trailing spaces on a line, no blank lines at either end, no BOM.
// Invalid UTF-8 (impossible after the readers) becomes U+FFFD.
func Normalize(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.TrimPrefix(s, "\uFEFF")
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	s = norm.NFC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	for line := range strings.Lines(s) {
		line = strings.TrimSuffix(line, "\n")
		b.WriteString(strings.TrimRightFunc(line, unicode.IsSpace))
		b.WriteByte('\n')
	}
	return strings.Trim(b.String(), "\n")
}

// oneLine normalises a metadata value: NFC, whitespace runs to one space.
func oneLine(s string) string {
	return strings.Join(strings.Fields(norm.NFC.String(strings.ToValidUTF8(s, "\uFFFD"))), " ")
}

var (
	reCJKDate = regexp.MustCompile(`^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]`)
	reYMD     = regexp.MustCompile(`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s_])`)
	reCompact = regexp.MustCompile(`^(\d{4})(\d{2})(\d{2})$`)
	// Partial dates: a month (2024-05, 2024年5月) or a year (2024).
	reYearMonth = regexp.MustCompile(`^(\d{4})(?:[-/.]|\s*年\s*)(\d{1,2})\s*月?$`)
	reYear      = regexp.MustCompile(`^(\d{4})\s*年?$`)
)

// dateLayouts are the other ways a date is written in feeds and meta tags.
var dateLayouts = []string{
	time.RFC3339Nano, time.RFC1123Z, time.RFC1123, time.RFC850, time.ANSIC,
	time.RFC822Z, time.RFC822,
	"Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	"January 2, 2006", "Jan 2, 2006", "January 2 2006", "Jan 2 2006",
	"2 January 2006", "2 Jan 2006", "02 Jan 2006",
	"Monday, January 2, 2006", "Mon, January 2, 2006",
	"January 2, 2006 15:04", "Jan. 2, 2006",
}

// Date normalises a published date to YYYY-MM-DD. It accepts RFC 3339 and
// other feed layouts, 2006-01-02 (also with / or . and a time after it),
// 20060102, and 2023年11月3日. A date with a zone keeps the day as written.
// A month (2006-01, 2006年1月) or a year (2006) is kept at that precision:
// YYYY-MM or YYYY.
func Date(s string) (string, error) {
	s = strings.TrimSpace(norm.NFKC.String(s))
	if s == "" {
		return "", nil
	}
	if m := reYearMonth.FindStringSubmatch(s); m != nil {
		d, err := ymd(m[1], m[2], "1", s)
		return strings.TrimSuffix(d, "-01"), err
	}
	if m := reYear.FindStringSubmatch(s); m != nil {
		d, err := ymd(m[1], "1", "1", s)
		return strings.TrimSuffix(d, "-01-01"), err
	}
	for _, re := range []*regexp.Regexp{reCJKDate, reYMD, reCompact} {
		if m := re.FindStringSubmatch(s); m != nil {
			return ymd(m[1], m[2], m[3], s)
		}
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.Format("2006-01-02"), nil
		}
	}
	return "", fmt.Errorf("not a date: %q", s)
}

func ymd(y, m, d, orig string) (string, error) {
	yy, _ := strconv.Atoi(y)
	mm, _ := strconv.Atoi(m)
	dd, _ := strconv.Atoi(d)
	t := time.Date(yy, time.Month(mm), dd, 0, 0, 0, 0, time.UTC)
	if t.Year() != yy || int(t.Month()) != mm || t.Day() != dd {
		return "", fmt.Errorf("not a date: %q", orig)
	}
	return t.Format("2006-01-02"), nil
}

// normLang reduces a language tag to its primary subtag: zh-CN, zh_Hant -> zh.
func normLang(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_"); i >= 0 {
		s = s[:i]
	}
	return s
}

// detectLang looks at the first 64 KiB and says zh when Han characters are at least half as many as
// Latin words (a Chinese article full of English names stays zh; an English
// one quoting a Chinese name stays en), en otherwise.
func detectLang(s string) string {
	han, words, inWord := 0, 0, false
	if len(s) > 64<<10 {
		s = s[:64<<10] // enough to judge; a cut rune only loses itself
	}
	for _, r := range s {
		latin := r < 0x250 && unicode.IsLetter(r)
		switch {
		case isHan(r):
			han++
		case latin && !inWord:
			words++
		}
		inWord = latin
	}
	if han > 0 && han*2 >= words {
		return "zh"
	}
	return "en"
}

// finish normalises a read article and fills in what the input left out:
// ID, a published date (opt.Published by default) and a language.
func finish(a *Article, published string) error {
	a.Text = Normalize(a.Text)
	if strings.TrimSpace(a.Text) == "" {
		return ErrNoText
	}
	a.ID = ID(a.Text)
	a.Title = oneLine(a.Title)
	a.URL = strings.TrimSpace(a.URL)
	a.Source = oneLine(a.Source)
	if a.Published != "" {
		d, err := Date(a.Published)
		if err != nil {
			return fmt.Errorf("published: %w", err)
		}
		a.Published = d
	}
	if a.Published == "" {
		a.Published = published
	}
	a.Published = withDatelineDay(a.Published, a.Text)
	a.Lang = normLang(a.Lang)
	if a.Lang == "" {
		a.Lang = detectLang(a.Text)
	}
	return nil
}

// sentenceEnd lists what a body sentence ends with and a headline does not.
const sentenceEnd = "。．.!！;；:：,，、…"

// titleScanLines is how many leading non-blank lines may be page furniture
// or a byline before the headline.
const titleScanLines = 4

// maxTitleRunes bounds a headline; a longer first line is body text.
const maxTitleRunes = 120

// cutTitleRunes is the length a lead sentence is cut to when it has to
// stand in for a missing headline.
const cutTitleRunes = 80

var (
	// bylineLine is a credit line, never a title: 撰文 | 张三 编辑 | 李四,
	// 作者：…, 来源：…, "By Jane Doe", "Reporting by …".
	bylineLine = regexp.MustCompile(`^(?:(?:撰文|撰稿|作者|编辑|編輯|责编|責編|记者|記者|来源|來源|出品|策划|策劃|文|图|圖)\s*[|｜:：丨/]|(?i:by|reporting by|written by|edited by)\s+\p{Lu})`)
	// datelineLead is a wire dateline that opens the first paragraph:
	// "CITY, Oct. 2, 2024 /ExampleWire/ --", "CITY, March 5 (Reuters) -",
	// （中央社記者某某台北14日電）.
	datelineLead = regexp.MustCompile(`^(?:[\p{Lu}][\p{Lu} .'-]+,[^-—–()/]{0,40}?(?:\s*/[^/]{1,30}/|\s*\([^)]{1,30}\))?\s*(?:--|—|–|-)\s+|[(（][^()（）]{0,30}?電[)）]\s*)`)
)

// textArticle reads a plain-text body. The text is kept whole, headline
// included. The Title is the first headline-like line among the first few
// (page furniture and bylines skipped): it has letters, at most 120
// characters, does not end like a sentence, and a body follows it. A
// leading "# " is dropped from it. Without one, the first sentence of the
// text, wire dateline removed, cut to a sensible length stands in for it; the
// reader falls back to the file name when even that is empty. A date in the
// header lines (see headerDateRules) is the article's Published date.
func textArticle(s string) Article {
	head := Normalize(headOf(s))
	a := Article{Text: s, Published: headerDate(head)}
	lines := strings.Split(strings.TrimLeft(head, "\n"), "\n")
	if len(head) < len(s) {
		// Whatever follows the head counts as body.
		lines = append(lines, "…")
	}
	lead := ""
	seen := 0
	for i, line := range lines {
		line = strings.TrimSpace(strings.TrimLeft(line, "# "))
		if line == "" {
			continue
		}
		if seen++; seen > titleScanLines {
			break
		}
		if letterCount(line) < 2 || bylineLine.MatchString(line) {
			continue
		}
		if headlineLike(line) && hasBody(lines[i+1:]) {
			a.Title = line
			return a
		}
		if lead == "" {
			lead = line
		}
	}
	a.Title = leadTitle(lead)
	return a
}

// headlineLike reports whether a line reads as a headline, not a sentence.
func headlineLike(line string) bool {
	last, _ := utf8.DecodeLastRuneInString(line)
	return utf8.RuneCountInString(line) <= maxTitleRunes && !strings.ContainsRune(sentenceEnd, last)
}

// hasBody reports whether any non-blank line is left.
func hasBody(lines []string) bool {
	for _, l := range lines {
		if strings.TrimSpace(l) != "" {
			return true
		}
	}
	return false
}

// letterCount counts the letters of s.
func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// leadTitle makes a title of an article's first line when it has no
// headline: the dateline goes, the first sentence stays, cut at a word
// boundary to cutTitleRunes with "…".
func leadTitle(line string) string {
	line = strings.TrimSpace(datelineLead.ReplaceAllString(line, ""))
	if end := firstSentenceEnd(line); end > 0 {
		line = line[:end]
	}
	if utf8.RuneCountInString(line) <= cutTitleRunes {
		return line
	}
	runes := []rune(line)[:cutTitleRunes]
	cut := len(runes)
	for i := len(runes) - 1; i > cutTitleRunes/2; i-- {
		if unicode.IsSpace(runes[i]) {
			cut = i
			break
		}
	}
	return strings.TrimRightFunc(string(runes[:cut]), func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) }) + "…"
}

// firstSentenceEnd is the byte offset just after the first sentence's end
// mark (。！？ or . ! ? before a space and a capital or the end), or 0.
func firstSentenceEnd(s string) int {
	for i, r := range s {
		switch r {
		case '。', '！', '？':
			return i + utf8.RuneLen(r)
		case '.', '!', '?':
			rest := s[i+1:]
			if rest == "" {
				return i + 1
			}
			next, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, " "))
			if strings.HasPrefix(rest, " ") && (unicode.IsUpper(next) || next == '"' || next == '“') && !abbreviationBefore(s[:i]) {
				return i + 1
			}
		}
	}
	return 0
}

// abbreviationBefore reports whether the word before a full stop is an
// abbreviation or an initial (Nov., Mr., A.I., U.S., J.), not a sentence end.
func abbreviationBefore(s string) bool {
	w := s[strings.LastIndexAny(s, " (")+1:]
	if strings.Contains(w, ".") || abbreviations[strings.ToLower(w)] {
		return true
	}
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && unicode.IsUpper(r)
}

// abbreviations are the words that end with a full stop inside a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "jr": true, "sr": true,
	"inc": true, "co": true, "corp": true, "ltd": true, "no": true, "vs": true, "gov": true, "sen": true, "rep": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// frontMatter is the YAML block at the top of a Markdown file.
type frontMatter struct {
	Title     string `yaml:"title"`
	Date      string `yaml:"date"`
	Published string `yaml:"published"`
	URL       string `yaml:"url"`
	Source    string `yaml:"source"`
	Lang      string `yaml:"lang"`
}

// markdownArticle reads Markdown with optional YAML front matter between
// "---" lines (title, date or published, url, source, lang). Without a
// front-matter title, the first "# " heading is the title. A "---" with no
// closing line is a thematic break, not front matter.
func markdownArticle(s string) (Article, error) {
	s = strings.TrimPrefix(s, "\uFEFF")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var fm frontMatter
	body := s
	if strings.HasPrefix(s, "---\n") {
		rest := s[4:]
		end, after := -1, 0
		for off := 0; off <= len(rest); {
			line, _, _ := strings.Cut(rest[off:], "\n")
			if t := strings.TrimRight(line, " \t"); t == "---" || t == "..." {
				end, after = off, off+len(line)+1
				break
			}
			if off+len(line) >= len(rest) {
				break
			}
			off += len(line) + 1
		}
		if end >= 0 {
			if err := yaml.Unmarshal([]byte(rest[:end]), &fm); err != nil {
				return Article{}, fmt.Errorf("front matter: %w", err)
			}
			body = rest[min(after, len(rest)):]
		}
	}
	a := Article{Text: body, Title: fm.Title, URL: fm.URL, Source: fm.Source, Lang: fm.Lang, Published: fm.Published}
	if a.Published == "" {
		a.Published = fm.Date
	}
	if a.Published == "" {
		a.Published = headerDate(body)
	}
	if strings.TrimSpace(a.Title) == "" {
		for line := range strings.Lines(body) {
			if t, ok := strings.CutPrefix(strings.TrimSpace(line), "# "); ok {
				a.Title = t
				break
			}
		}
	}
	return a, nil
}

// blank reports whether b is empty or only whitespace.
func blank(b []byte) bool { return len(bytes.TrimSpace(b)) == 0 }
