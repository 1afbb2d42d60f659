// Stage dates (used by events): the date expressions of a text — 2023年7月,
// 今年6月, on Friday, last year — read against a base date, and the
// distances from the date before (一周后, a week later). Reads plain text
// only.
package extract

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

// date is a calendar date at the precision the text gives: Month and Day
// are 0 when the text does not say them.
type date struct{ Year, Month, Day int }

// String formats the date as YYYY, YYYY-MM or YYYY-MM-DD.
func (d date) String() string {
	switch {
	case d.Year == 0:
		return ""
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// compatible reports whether two dates can name the same day: one is the
// other, or a coarser form of it.
func (d date) compatible(o date) bool {
	if d.Year != o.Year {
		return false
	}
	if d.Month == 0 || o.Month == 0 {
		return true
	}
	if d.Month != o.Month {
		return false
	}
	return d.Day == 0 || o.Day == 0 || d.Day == o.Day
}

// finer reports whether d is more precise than o.
func (d date) finer(o date) bool { return d.precision() > o.precision() }

func (d date) precision() int {
	switch {
	case d.Day != 0:
		return 3
	case d.Month != 0:
		return 2
	case d.Year != 0:
		return 1
	}
	return 0
}

func dayDate(t time.Time) date   { return date{t.Year(), int(t.Month()), t.Day()} }
func monthDate(t time.Time) date { return date{t.Year(), int(t.Month()), 0} }

// dateMatch is one date expression found in a text; span is relative to
// the text that was searched.
type dateMatch struct {
	span
	Date date
	// Yearless dates (7月, 11月30日, in March) take the article's year;
	// a reader takes the year the text last named, and events do too.
	Yearless bool
	// SameYear marks 同年 and "that year": the year last named, wherever.
	SameYear bool
	offset   *offsetMatch // a distance from the date before, still to apply
	// rule is the event rule a date made by events names, where the date
	// tells how its event was found: a distance from the date before (一周后,
	// "a day later"), the article's date for a headline or lead.
	rule string
}

// dateRule turns one regexp match into a date; ok is false when the match
// is not a date after all (month 13, a relative date without a base).
type dateRule struct {
	re       *filtered
	conv     func(m []string, base time.Time) (date, bool)
	yearless bool
	sameYear bool
}

const (
	zhNum = `[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}`
	enMon = `(Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sep(?:tember|t\.|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`
	enDay = `(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`
)

// dateRules are tried in order; earlier rules win where matches overlap,
// so the longer, more precise forms come first.
var dateRules = []dateRule{
	// 2022年11月30日, 2023年7月, 1946年
	{re(`([0-9]{4})\s*年\s*(` + zhNum + `)\s*月\s*(` + zhNum + `)\s*[日号號]`), func(m []string, _ time.Time) (date, bool) {
		return ymd(atoi(m[1]), zhAtoi(m[2]), zhAtoi(m[3]))
	}, false, false},
	{re(`([0-9]{4})\s*年\s*(` + zhNum + `)\s*月`), func(m []string, _ time.Time) (date, bool) {
		return ymd(atoi(m[1]), zhAtoi(m[2]), 0)
	}, false, false},
	{re(`([0-9]{4})\s*年(?:[^代度]|$)`), func(m []string, _ time.Time) (date, bool) {
		return ymd(atoi(m[1]), 0, 0)
	}, false, false},
	// 今年2月, 去年10月, 明年3月5日
	{re(`(今年|去年|前年|明年)\s*(` + zhNum + `)\s*月(?:份)?\s*(?:(` + zhNum + `)\s*[日号號])?`), func(m []string, b time.Time) (date, bool) {
		y, ok := relYear(m[1], b)
		if !ok {
			return date{}, false
		}
		d := 0
		if m[3] != "" {
			d = zhAtoi(m[3])
		}
		return ymd(y, zhAtoi(m[2]), d)
	}, false, false},
	{re(`(?:^|[^今去前明])(年初|年中|年底|年末)`), func(m []string, b time.Time) (date, bool) {
		return date{Year: b.Year()}, !b.IsZero()
	}, false, false},
	{re(`(今年|去年|前年|明年)`), func(m []string, b time.Time) (date, bool) {
		y, ok := relYear(m[1], b)
		return date{Year: y}, ok
	}, false, false},
	{re(`(上个月|上個月|上月|本月|这个月|這個月|当月|下个月|下個月)`), func(m []string, b time.Time) (date, bool) {
		if b.IsZero() {
			return date{}, false
		}
		switch m[1] {
		case "上个月", "上個月", "上月":
			return monthDate(firstOfMonth(b).AddDate(0, -1, 0)), true
		case "下个月", "下個月":
			return monthDate(firstOfMonth(b).AddDate(0, 1, 0)), true
		}
		return monthDate(b), true
	}, false, false},
	{re(`(上|下|本|这|這)?(?:周|週|星期|礼拜|禮拜)([一二三四五六日天])`), func(m []string, b time.Time) (date, bool) {
		wd := map[string]time.Weekday{"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 0, "天": 0}[m[2]]
		if m[1] == "" {
			return lastWeekday(b, wd)
		}
		return weekdayOfWeek(b, wd, map[string]int{"上": -1, "下": 1}[m[1]])
	}, false, false},
	{re(`(本周|本週|这周|這週|这一周|上周|上週|上星期)`), func(m []string, b time.Time) (date, bool) {
		if b.IsZero() {
			return date{}, false
		}
		if strings.HasPrefix(m[1], "上") {
			return monthDate(b.AddDate(0, 0, -7)), true
		}
		return monthDate(b), true
	}, false, false},
	// 近日, 日前: a few days back, so the month of the article.
	{re(`(近日|日前)`), func(m []string, b time.Time) (date, bool) {
		return monthDate(b), !b.IsZero()
	}, false, false},
	{re(`(今天|今日|昨天|昨日|前天|明天)`), func(m []string, b time.Time) (date, bool) {
		if b.IsZero() {
			return date{}, false
		}
		off := map[string]int{"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "前天": -2, "明天": 1}[m[1]]
		return dayDate(b.AddDate(0, 0, off)), true
	}, false, false},
	// 同年11月: the year named last.
	{re(`(?:同年|当年|當年)\s*(` + zhNum + `)\s*月\s*(?:(` + zhNum + `)\s*[日号號])?`), zhMonthDay, true, true},
	// 11月30日, 7月, 5月份, 11月初: the year of the article.
	{re(`(?:^|[^0-9０-９年个個])(` + zhNum + `)\s*月\s*(?:(` + zhNum + `)\s*[日号號])?`), zhMonthDay, true, false},
	// 今（10）日, 昨(9)日: Taiwanese wire style, the day of the article's
	// month (of the month before when the day lies ahead).
	{re(`((?:今|昨|前|明)\s*[（(]\s*([0-9０-９]{1,2})\s*[)）]\s*日)`), func(m []string, b time.Time) (date, bool) {
		if b.IsZero() {
			return date{}, false
		}
		d := zhAtoi(m[2])
		t := firstOfMonth(b)
		if d > b.Day()+1 {
			t = t.AddDate(0, -1, 0)
		}
		return ymd(t.Year(), int(t.Month()), d)
	}, false, false},
	// 於8日: a day of the article's month.
	{re(`[于於在]\s*([0-9]{1,2})\s*[日号號]`), func(m []string, b time.Time) (date, bool) {
		if b.IsZero() {
			return date{}, false
		}
		return ymd(b.Year(), int(b.Month()), atoi(m[1]))
	}, false, false},
	// 2日對…，4日再指…, 15日正式發布: a bare day before a verb or a comma
	// is a day of the article's month, or of the month before when it
	// lies ahead; not the end of a range (8至10日).
	{re(`(?:^|[^0-9０-９月年号號第前后後近每个個至到~～、－-])([0-9０-９]{1,2})\s*日\s*(?:起|晚|上午|下午|凌晨|早|再|又|对|對|宣布|宣佈|发布|發布|表示|在|于|於|，|,` +
		`|正式|首次|首度|举行|舉行|召开|召開|举办|舉辦|推出|上线|上線|开幕|開幕|揭幕|公布|公佈)`), func(m []string, b time.Time) (date, bool) {
		if b.IsZero() {
			return date{}, false
		}
		d := zhAtoi(m[1])
		t := firstOfMonth(b)
		if d > b.Day() {
			t = t.AddDate(0, -1, 0)
		}
		return ymd(t.Year(), int(t.Month()), d)
	}, false, false},
	// Nov. 30, 2022; November 30 2022; 30 November 2022
	{re(`\b` + enMon + `\s+([0-9]{1,2})(?:st|nd|rd|th)?,?\s+([0-9]{4})\b`), func(m []string, _ time.Time) (date, bool) {
		return ymd(atoi(m[3]), enMonth(m[1]), atoi(m[2]))
	}, false, false},
	{re(`\b([0-9]{1,2})\s+` + enMon + `,?\s+([0-9]{4})\b`), func(m []string, _ time.Time) (date, bool) {
		return ymd(atoi(m[3]), enMonth(m[2]), atoi(m[1]))
	}, false, false},
	{re(`\b` + enMon + `,?\s+([0-9]{4})\b`), func(m []string, _ time.Time) (date, bool) {
		return ymd(atoi(m[2]), enMonth(m[1]), 0)
	}, false, false},
	{re(`\b(?:on|since|by|until|from)\s+` + enMon + `\s+([0-9]{1,2})(?:st|nd|rd|th)?\b`), func(m []string, b time.Time) (date, bool) {
		if b.IsZero() {
			return date{}, false
		}
		// "on Nov. 17" in a June article is last November, as below.
		y := b.Year()
		if enMonth(m[1]) > int(b.Month()) {
			y--
		}
		return ymd(y, enMonth(m[1]), atoi(m[2]))
	}, true, false},
	{re(`\b(?:[Ii]n|[Ss]ince|[Ll]ast|[Tt]his|[Ee]arly|[Ll]ate|mid-|[Bb]y|[Uu]ntil|[Ff]rom|of)\s*` + enMon + `\b`), func(m []string, b time.Time) (date, bool) {
		if b.IsZero() {
			return date{}, false
		}
		mo := enMonth(m[1])
		y := b.Year()
		// "in November" in a February article is last November.
		if mo > int(b.Month()) {
			y--
		}
		return ymd(y, mo, 0)
	}, true, false},
	{re(`(?i)\b(last|this|next)\s+(year|month|week)\b`), enRel, false, false},
	{re(`(?i)\b(?:earlier|later)\s+(this)\s+(year|month|week)\b`), enRel, false, false},
	{re(`(?i)\b(today|yesterday)\b`), func(m []string, b time.Time) (date, bool) {
		if b.IsZero() {
			return date{}, false
		}
		if strings.EqualFold(m[1], "yesterday") {
			b = b.AddDate(0, 0, -1)
		}
		return dayDate(b), true
	}, false, false},
	{re(`\b(?:on|last|On|Last)\s+` + enDay + `\b`), func(m []string, b time.Time) (date, bool) {
		wd := map[string]time.Weekday{"Sunday": 0, "Monday": 1, "Tuesday": 2, "Wednesday": 3, "Thursday": 4, "Friday": 5, "Saturday": 6}[m[1]]
		return lastWeekday(b, wd)
	}, false, false},
	{re(`\b(?:in|since|of|by|until|from|during|throughout|before|after|In|Since|During|Before|After|[Ee]arly|[Ll]ate|[Mm]id-?)\s*([12][0-9]{3})\b`), func(m []string, _ time.Time) (date, bool) {
		return ymd(atoi(m[1]), 0, 0)
	}, false, false},
	// "its 2022 acquisition of X", "the 2023 launch": a year that
	// qualifies the noun of a happening.
	{re(`\b((?:19|20)[0-9]{2})\s+(?:launch|release|acquisition|purchase|takeover|IPO|debut|founding|investment|lawsuit|` +
		`deal|merger|funding round|hearing|conference|summit)\b`), func(m []string, _ time.Time) (date, bool) {
		return ymd(atoi(m[1]), 0, 0)
	}, false, false},
	// Wire style: "the company said Monday", "released Nov. 5".
	{re(`\b` + enDay + `\b`), func(m []string, b time.Time) (date, bool) {
		wd := map[string]time.Weekday{"Sunday": 0, "Monday": 1, "Tuesday": 2, "Wednesday": 3, "Thursday": 4, "Friday": 5, "Saturday": 6}[m[1]]
		return lastWeekday(b, wd)
	}, false, false},
	{re(`\b` + enMon + `\s+([0-9]{1,2})(?:st|nd|rd|th)?\b`), func(m []string, b time.Time) (date, bool) {
		if b.IsZero() {
			return date{}, false
		}
		// "Nov. 20" in a February article is last November.
		y := b.Year()
		if enMonth(m[1]) > int(b.Month()) {
			y--
		}
		return ymd(y, enMonth(m[1]), atoi(m[2]))
	}, true, false},
	// "two years ago", "a month ago": counted back from the article's date.
	{re(`(?i)\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|[0-9]{1,2})\s+(days?|weeks?|months?|years?)\s+ago\b`), func(m []string, b time.Time) (date, bool) {
		if b.IsZero() {
			return date{}, false
		}
		n := map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}[strings.ToLower(m[1])]
		if n == 0 {
			n = atoi(m[1])
		}
		switch u := strings.ToLower(m[2]); {
		case strings.HasPrefix(u, "day"):
			return dayDate(b.AddDate(0, 0, -n)), true
		case strings.HasPrefix(u, "week"):
			return monthDate(b.AddDate(0, 0, -7*n)), true
		case strings.HasPrefix(u, "month"):
			return monthDate(firstOfMonth(b).AddDate(0, -n, 0)), true
		}
		return date{Year: b.Year() - n}, true
	}, false, false},
}

func zhMonthDay(m []string, b time.Time) (date, bool) {
	if b.IsZero() {
		return date{}, false
	}
	d := 0
	if m[2] != "" {
		d = zhAtoi(m[2])
	}
	// 11月6日 in a June article is last November, as "in November" is:
	// the events it dates have happened.
	y := b.Year()
	if zhAtoi(m[1]) > int(b.Month()) {
		y--
	}
	return ymd(y, zhAtoi(m[1]), d)
}

func enRel(m []string, b time.Time) (date, bool) {
	if b.IsZero() {
		return date{}, false
	}
	which, unit := strings.ToLower(m[1]), strings.ToLower(m[2])
	switch unit {
	case "year":
		y := b.Year()
		if which == "last" {
			y--
		} else if which == "next" {
			y++
		}
		return date{Year: y}, true
	case "month":
		f := firstOfMonth(b)
		if which == "last" {
			f = f.AddDate(0, -1, 0)
		} else if which == "next" {
			f = f.AddDate(0, 1, 0)
		}
		return monthDate(f), true
	}
	// A week has no place in YYYY-MM-DD: give the month it falls in.
	if which == "last" {
		b = b.AddDate(0, 0, -7)
	} else if which == "next" {
		b = b.AddDate(0, 0, 7)
	}
	return monthDate(b), true
}

// findDates returns the date expressions in text, in order, without
// overlaps. Relative dates need base; with a zero base they are skipped.
func findDates(text string, base time.Time) []dateMatch {
	var out []dateMatch
	taken := func(s, e int) bool {
		for _, d := range out {
			if s < d.End && d.Start < e {
				return true
			}
		}
		return false
	}
	for _, r := range dateRules {
		for _, loc := range r.re.FindAllStringSubmatchIndex(text, -1) {
			m := make([]string, len(loc)/2)
			for i := range m {
				if loc[2*i] >= 0 {
					m[i] = text[loc[2*i]:loc[2*i+1]]
				}
			}
			// The span covers the first group onwards: leading context
			// such as "in " or a non-digit guard is not part of the date.
			s, e := loc[0], loc[1]
			if len(loc) > 2 && loc[2] >= 0 {
				s = loc[2]
			}
			e = trimDateEnd(text, s, e)
			if taken(s, e) {
				continue
			}
			d, ok := r.conv(m, base)
			if !ok || d.Year == 0 {
				continue
			}
			out = append(out, dateMatch{span: span{s, e}, Date: d, Yearless: r.yearless, SameYear: r.sameYear})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// trimDateEnd drops a guard character the year rule consumed after 年,
// the bare day rule after 日, or the noun after a year ("2022 acquisition").
func trimDateEnd(text string, s, e int) int {
	if yearNoun.MatchString(text[s:e]) {
		return s + 4
	}
	if bareDay.MatchString(text[s:e]) {
		return s + strings.Index(text[s:e], "日") + len("日")
	}
	if !yearDigits.MatchString(text[s:e]) {
		return e
	}
	if i := strings.LastIndex(text[s:e], "年"); i >= 0 && s+i+len("年") < e && !strings.Contains(text[s+i:e], "月") {
		return s + i + len("年")
	}
	return e
}

var yearDigits = regexp.MustCompile(`[0-9]{4}\s*年`)

// yearNoun is a match of the year-before-a-noun rule ("2022 acquisition").
var yearNoun = regexp.MustCompile(`^[0-9]{4}\s+[A-Za-z]`)

// bareDay is a match of the bare day rule, 2日 and what follows it.
var bareDay = regexp.MustCompile(`^[0-9０-９]{1,2}\s*日.`)

func ymd(y, m, d int) (date, bool) {
	if y < 1000 || y > 2999 || m < 0 || m > 12 || d < 0 || d > 31 || (m == 0 && d != 0) {
		return date{}, false
	}
	return date{y, m, d}, true
}

func relYear(w string, b time.Time) (int, bool) {
	if b.IsZero() {
		return 0, false
	}
	return b.Year() + map[string]int{"今年": 0, "去年": -1, "前年": -2, "明年": 1}[w], true
}

func firstOfMonth(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
}

// lastWeekday is the latest day on or before base that falls on wd: news
// reports "on Friday" for the Friday just gone.
func lastWeekday(b time.Time, wd time.Weekday) (date, bool) {
	if b.IsZero() {
		return date{}, false
	}
	back := (int(b.Weekday()) - int(wd) + 7) % 7
	return dayDate(b.AddDate(0, 0, -back)), true
}

// weekdayOfWeek is the day wd of the week that lies weeks away from base's
// week, weeks starting on Monday: 上周一 in a Monday article is a week back.
func weekdayOfWeek(b time.Time, wd time.Weekday, weeks int) (date, bool) {
	if b.IsZero() {
		return date{}, false
	}
	monday := b.AddDate(0, 0, -((int(b.Weekday()) + 6) % 7))
	return dayDate(monday.AddDate(0, 0, 7*weeks+(int(wd)+6)%7)), true
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// zhAtoi reads 1-31 written in ASCII, full-width or Chinese digits.
func zhAtoi(s string) int {
	var ascii strings.Builder
	for _, r := range s {
		if r >= '０' && r <= '９' {
			r = '0' + (r - '０')
		}
		ascii.WriteRune(r)
	}
	if n, err := strconv.Atoi(ascii.String()); err == nil {
		return n
	}
	digits := map[rune]int{'一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
	n, cur := 0, 0
	for _, r := range s {
		if r == '十' {
			if cur == 0 {
				cur = 1
			}
			n += cur * 10
			cur = 0
			continue
		}
		cur = digits[r]
	}
	return n + cur
}

func enMonth(s string) int {
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	for i, p := range []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if strings.HasPrefix(s, p) {
			return i + 1
		}
	}
	return 0
}

// offsetMatch is a date given as a distance from the date named before it:
// 一周后, 次日, 同一天, a week later.
type offsetMatch struct {
	span
	days, months int
}

var (
	zhOffset = re(`(` + zhNum + `|两|兩|半)\s*(天|日|周|週|星期|个月|個月)\s*(?:之)?(后|後|前)|(次日|翌日|第二天|同一天|同日|当天|當天)`)
	enOffset = re(`(?i)\b(a|an|one|two|three|four|five|six|seven|\d+)\s+(days?|weeks?|months?)\s+(later|after|earlier|before)\b|\b(the next day|the following day|the same day|that same day|that day)\b`)
)

// findOffsets returns the relative distances in text, in order.
func findOffsets(text string) []offsetMatch {
	var out []offsetMatch
	for _, loc := range zhOffset.FindAllStringSubmatchIndex(text, -1) {
		m := func(i int) string {
			if loc[2*i] < 0 {
				return ""
			}
			return text[loc[2*i]:loc[2*i+1]]
		}
		o := offsetMatch{span: span{loc[0], loc[1]}}
		switch m(4) {
		case "次日", "翌日", "第二天":
			o.days = 1
		case "同一天", "同日", "当天", "當天":
		default:
			n := map[string]int{"两": 2, "兩": 2}[m(1)]
			if n == 0 {
				n = zhAtoi(m(1))
			}
			if m(1) == "半" || n == 0 {
				continue
			}
			switch m(2) {
			case "天", "日":
				o.days = n
			case "周", "週", "星期":
				o.days = 7 * n
			default:
				o.months = n
			}
			if m(3) == "前" {
				o.days, o.months = -o.days, -o.months
			}
		}
		out = append(out, o)
	}
	for _, loc := range enOffset.FindAllStringSubmatchIndex(text, -1) {
		o := offsetMatch{span: span{loc[0], loc[1]}}
		if loc[8] >= 0 {
			if strings.Contains(strings.ToLower(text[loc[8]:loc[9]]), "next") || strings.Contains(strings.ToLower(text[loc[8]:loc[9]]), "following") {
				o.days = 1
			}
			out = append(out, o)
			continue
		}
		n := map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}[strings.ToLower(text[loc[2]:loc[3]])]
		if n == 0 {
			n = atoi(text[loc[2]:loc[3]])
		}
		unit := strings.ToLower(text[loc[4]:loc[5]])
		switch {
		case strings.HasPrefix(unit, "day"):
			o.days = n
		case strings.HasPrefix(unit, "week"):
			o.days = 7 * n
		default:
			o.months = n
		}
		if w := strings.ToLower(text[loc[6]:loc[7]]); w == "earlier" || w == "before" {
			o.days, o.months = -o.days, -o.months
		}
		out = append(out, o)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// from applies the offset to a date: days need a day, months a month.
func (o offsetMatch) from(d date) (date, bool) {
	if o.months != 0 && d.Month != 0 {
		t := time.Date(d.Year, time.Month(d.Month), 1, 0, 0, 0, 0, time.UTC).AddDate(0, o.months, 0)
		return date{t.Year(), int(t.Month()), 0}, true
	}
	if d.Day == 0 {
		return date{}, false
	}
	return dayDate(time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC).AddDate(0, 0, o.days)), true
}
