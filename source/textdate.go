package source

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// maxHeaderLine is how much of a line the date rules read.
const maxHeaderLine = 300

// headBytes is how much of a text its header lines are looked for in.
const headBytes = 4096

// headOf is the start of text where the header lines are, cut at a line
// end when the text is longer.
func headOf(text string) string {
	if len(text) <= headBytes {
		return text
	}
	if i := strings.LastIndexByte(text[:headBytes], '\n'); i > 0 {
		return text[:i]
	}
	cut := headBytes
	for cut > 0 && !utf8.RuneStart(text[cut]) {
		cut--
	}
	return text[:cut]
}

// headerLines is how many non-blank lines at the top of a text may carry
// the article's own date (byline, "Published …", a date line, a dateline).
const headerLines = 6

// headerDateRule finds the article's date in one header line; the named
// group "date" is handed to Date.
type headerDateRule struct {
	name string
	re   *regexp.Regexp
}

// headerDateRules are tried in order on each of the first lines; the first
// that yields a valid date wins. A date in running text is not the article's
// date ("In March 2016 …"), so each rule needs a label, a line of its own or
// a wire dateline.
var headerDateRules = []headerDateRule{
	// 发布于：2025-08-08 10:31 / 发布时间：2024年5月2日 / 日期: 2024/05/02
	{"labelled-zh", regexp.MustCompile(`(?:发布于|發布於|发布时间|發布時間|发表于|發表於|发表时间|發表時間|更新时间|更新時間|时间|時間|日期)\s*[:：]?\s*(?P<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})`)},
	// Published March 3, 2025 / Updated Jan. 5, 2026 / Posted on 2024-05-02
	{"labelled-en", regexp.MustCompile(`(?i:published|updated|posted|last updated|date)(?i: on)?\s*:?\s*(?:\p{L}+day,?\s+)?(?P<date>\p{Lu}\p{Ll}{2,8}\.? \d{1,2},? \d{4}|\d{1,2} \p{Lu}\p{Ll}{2,8}\.? \d{4}|\d{4}-\d{2}-\d{2})`)},
	// A line that is only a date (and perhaps a time or a source).
	{"date-line", regexp.MustCompile(`^(?P<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\p{Lu}\p{Ll}{2,8}\.? \d{1,2}, \d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*\S{0,20})?$`)},
	// LISBON, Oct. 2, 2024 /ExampleWire/ -- …
	{"wire-dateline", regexp.MustCompile(`^\p{Lu}[\p{Lu} .'-]+, (?P<date>\p{Lu}\p{Ll}{2,8}\.? \d{1,2}, \d{4})\s*(?:/[^/]{1,30}/\s*)?(?:--|—|–|-|\()`)},
}

// headerDate returns the article's own date, YYYY-MM-DD, from the first
// lines of its text, or "" when they carry none.
func headerDate(text string) string {
	seen := 0
	for _, line := range strings.Split(headOf(text), "\n") {
		line = strings.TrimSpace(line)
		if len(line) > maxHeaderLine {
			// A header line is short; a lead paragraph is no byline, and
			// a 16 MB "line" must not be run through every rule.
			line = line[:maxHeaderLine]
		}
		if line == "" {
			continue
		}
		if seen++; seen > headerLines {
			break
		}
		for _, r := range headerDateRules {
			m := r.re.FindStringSubmatch(line)
			if m == nil {
				continue
			}
			raw := m[r.re.SubexpIndex("date")]
			// "Nov. 3, 2022" and "Sept 3 2022" are read as "Nov 3, 2022".
			raw = strings.Replace(raw, ".", "", 1)
			raw = strings.Replace(raw, "Sept ", "Sep ", 1)
			if d, err := Date(raw); err == nil && d != "" {
				return d
			}
		}
	}
	return ""
}

// wireDayDateline is a Chinese wire dateline that gives only the day:
// （中央社記者王明台北19日電）, (中央社東京5日綜合外電報導).
var wireDayDateline = regexp.MustCompile(`[(（][^()（）]{0,40}?([0-3]?[0-9])日(?:[電电]|綜合|综合)`)

// withDatelineDay completes a month-precise date (2024-03, from metadata or
// --published) with the day of a wire dateline in the text's head: the
// dateline says 19日, the month comes from context. Other dates are
// returned as they are.
func withDatelineDay(published, text string) string {
	if len(published) != len("2006-01") {
		return published
	}
	m := wireDayDateline.FindStringSubmatch(headOf(text))
	if m == nil {
		return published
	}
	if d, err := Date(published + "-" + m[1]); err == nil {
		return d
	}
	return published
}
