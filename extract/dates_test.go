package extract

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestFindDates(t *testing.T) {
	// A Friday; the week starts on Monday 2023-11-27.
	base := time.Date(2023, 12, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		text string
		base time.Time
		want []string // date, then the matched text
	}{
		{"zh full date", "文心一言在2023年3月16日首次公开演示", base, []string{"2023-03-16", "2023年3月16日"}},
		{"zh year month", "Meta在2023年7月发布Llama 2", base, []string{"2023-07", "2023年7月"}},
		{"zh year", "图灵1950年提出的问题", base, []string{"1950", "1950年"}},
		{"zh decade is no year", "1990年代的研究", base, nil},
		{"zh this year month", "今年2月火遍了整个行业", base, []string{"2023-02", "今年2月"}},
		{"zh last year month", "去年10月，他发帖说", base, []string{"2022-10", "去年10月"}},
		{"zh chinese numerals", "今年五月的月活跃用户", base, []string{"2023-05", "今年五月"}},
		{"zh last year", "去年公司营收翻倍", base, []string{"2022", "去年"}},
		{"zh start of the year", "年初的项目里", base, []string{"2023", "年初"}},
		{"zh last month", "在上个月的开发者大会上", base, []string{"2023-11", "上个月"}},
		{"zh last month in january", "上个月发布", time.Date(2024, 1, 15, 0, 0, 0, 0, time.UTC), []string{"2023-12", "上个月"}},
		{"zh this week", "在本周召开的峰会上", base, []string{"2023-12", "本周"}},
		{"zh today", "公司今天宣布", base, []string{"2023-12-01", "今天"}},
		{"zh recently", "月之暗面近日完成新一轮融资", base, []string{"2023-12", "近日"}},
		{"zh yesterday", "昨天的云栖大会上", base, []string{"2023-11-30", "昨天"}},
		{"zh month day of this year", "在5月15日的大会上", base, []string{"2023-05-15", "5月15日"}},
		{"zh month alone", "接下来是7月的企业版", base, []string{"2023-07", "7月"}},
		{"zh month day ahead of the article is last year's", "11月6日，公司发布了新模型", time.Date(2024, 6, 4, 0, 0, 0, 0, time.UTC), []string{"2023-11-06", "11月6日"}},
		{"en month day ahead of the article is last year's", "fired him on Nov. 17", time.Date(2024, 6, 4, 0, 0, 0, 0, time.UTC), []string{"2023-11-17", "Nov. 17"}},
		{"zh months duration is no date", "成立短短8个月", base, nil},
		{"zh traditional duration", "成立短短8個月", base, nil},
		{"zh day of this month", "已於8日達成協議", base, []string{"2023-12-08", "8日"}},
		{"en a year before the noun of a happening", "after its 2022 acquisition of the lab", base, []string{"2022", "2022"}},
		{"en a year before another noun is none", "a 2022 model", base, nil},
		{"zh bare day before a verb", "監管機構1日對該公司展開審查", base, []string{"2023-12-01", "1日"}},
		{"zh bare day ahead is last month's", "監管機構4日再度表態", base, []string{"2023-11-04", "4日"}},
		{"zh end of a range is no bare day", "大會8至10日在上海舉辦", base, nil},
		{"zh a count of days is no bare day", "每日在線", base, nil},
		{"zh last monday", "上周一发布", base, []string{"2023-11-20", "上周一"}},
		{"zh monday", "周一发布", base, []string{"2023-11-27", "周一"}},
		{"zh tw today with the day in brackets", "鴻海研究院今（10）日宣布", time.Date(2025, 3, 10, 0, 0, 0, 0, time.UTC), []string{"2025-03-10", "今（10）日"}},
		{"zh tw yesterday across a month end", "昨(31)日表示", time.Date(2025, 4, 1, 0, 0, 0, 0, time.UTC), []string{"2025-03-31", "昨(31)日"}},
		{"en full date", "It launched on Nov. 30, 2022, to wide acclaim", base, []string{"2022-11-30", "Nov. 30, 2022"}},
		{"en day month year", "released 30 November 2022", base, []string{"2022-11-30", "30 November 2022"}},
		{"en month year", "in July 2023 the company", base, []string{"2023-07", "July 2023"}},
		{"en in month of this year", "presented in January at AAAI", time.Date(2026, 2, 19, 0, 0, 0, 0, time.UTC), []string{"2026-01", "January"}},
		{"en month later than base is last year", "in November the lab", time.Date(2026, 2, 19, 0, 0, 0, 0, time.UTC), []string{"2025-11", "November"}},
		{"en may is a verb", "The model may refuse", base, nil},
		{"en last week", "announced last week", base, []string{"2023-11", "last week"}},
		{"en earlier this month", "earlier this month, it said", base, []string{"2023-12", "this month"}},
		{"en last year", "last year the lab", base, []string{"2022", "last year"}},
		{"en on friday", "Mistral on Friday denied the report", time.Date(2026, 2, 28, 0, 0, 0, 0, time.UTC), []string{"2026-02-27", "Friday"}},
		{"en yesterday", "introduced yesterday", base, []string{"2023-11-30", "yesterday"}},
		{"en in year", "founded in 2015 as a nonprofit", base, []string{"2015", "2015"}},
		{"en bare weekday", "the company said Tuesday", time.Date(2025, 11, 5, 0, 0, 0, 0, time.UTC), []string{"2025-11-04", "Tuesday"}},
		{"en month day without a preposition", "released Nov. 3 to testers", time.Date(2025, 11, 5, 0, 0, 0, 0, time.UTC), []string{"2025-11-03", "Nov. 3"}},
		{"en month day later than base is last year", "signed Dec. 12", time.Date(2026, 2, 19, 0, 0, 0, 0, time.UTC), []string{"2025-12-12", "Dec. 12"}},
		{"en years ago", "founded two years ago", time.Date(2025, 11, 5, 0, 0, 0, 0, time.UTC), []string{"2023", "two years ago"}},
		{"en a month ago", "launched a month ago", time.Date(2025, 1, 5, 0, 0, 0, 0, time.UTC), []string{"2024-12", "a month ago"}},
		{"en a duration is no date", "took two years to build", base, nil},
		{"en early year", "founded in early 2021 by two engineers", base, []string{"2021", "2021"}},
		{"en mid-year", "shipped mid-2022", base, []string{"2022", "2022"}},
		{"en during a year", "raised during 2020", base, []string{"2020", "2020"}},
		{"relative without base", "今年2月 and last week", time.Time{}, nil},
		{"absolute without base", "2022年11月30日", time.Time{}, []string{"2022-11-30", "2022年11月30日"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := findDates(tc.text, tc.base)
			var flat []string
			for _, d := range got {
				flat = append(flat, d.Date.String(), tc.text[d.Start:d.End])
			}
			if len(flat) < len(tc.want) || len(tc.want) == 0 && len(flat) > 0 {
				t.Fatalf("findDates(%q) = %q, want %q", tc.text, flat, tc.want)
			}
			for i := range tc.want {
				if flat[i] != tc.want[i] {
					t.Fatalf("findDates(%q) = %q, want %q", tc.text, flat, tc.want)
				}
			}
		})
	}
}

func TestDateCompatible(t *testing.T) {
	tests := []struct {
		a, b date
		want bool
	}{
		{date{2023, 7, 0}, date{2023, 7, 18}, true},
		{date{2023, 0, 0}, date{2023, 7, 18}, true},
		{date{2023, 7, 18}, date{2023, 7, 19}, false},
		{date{2023, 7, 0}, date{2023, 8, 0}, false},
		{date{2022, 7, 0}, date{2023, 7, 0}, false},
	}
	for _, tc := range tests {
		if got := tc.a.compatible(tc.b); got != tc.want {
			t.Errorf("%v.compatible(%v) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestFindOffsets(t *testing.T) {
	base := date{2025, 1, 20}
	tests := []struct {
		text string
		want string // the date the first offset gives from base; "" for none
	}{
		{"一周后，英伟达股价下跌", "2025-01-27"},
		{"三天后，公司回应", "2025-01-23"},
		{"两个月后用户数突破一亿", "2025-03"},
		{"次日，股价回升", "2025-01-21"},
		{"同一天，百度宣布降价", "2025-01-20"},
		{"A week later, shares fell", "2025-01-27"},
		{"two days earlier the lab had warned", "2025-01-18"},
		{"the next day it shipped", "2025-01-21"},
		{"一周多以后", ""},
		{"半年后", ""},
		{"for a week", ""},
	}
	for _, tc := range tests {
		got := ""
		if os := findOffsets(tc.text); len(os) > 0 {
			if d, ok := os[0].from(base); ok {
				got = d.String()
			}
		}
		if got != tc.want {
			t.Errorf("findOffsets(%q) from %v = %q, want %q", tc.text, base, got, tc.want)
		}
	}
}

func TestNeedles(t *testing.T) {
	digits := []needle{{"0", false}, {"1", false}, {"2", false}, {"3", false}, {"4", false}, {"5", false}, {"6", false}, {"7", false}, {"8", false}, {"9", false}}
	tests := []struct {
		pattern string
		want    [][]needle // every match holds a needle of each set
	}{
		{`发布|發布|\breleased\b`, [][]needle{{{"发布", false}, {"發布", false}, {"released", false}}}},
		{`([0-9]{4})\s*年\s*(\d)\s*月`, [][]needle{{{"年", false}}, {{"月", false}}, digits}},
		{`[于於在]\s*([0-9]{1,2})\s*[日号號]`, [][]needle{{{"于", false}, {"在", false}, {"於", false}}, {{"号", false}, {"日", false}, {"號", false}}, digits}},
		{`(?i)\b(last|this)\s+(year|month|week)\b`, [][]needle{{{"year", true}, {"month", true}, {"wee", true}}, {{"la", true}, {"thi", true}}, {{"\t", false}, {"\n", false}, {"\f", false}, {"\r", false}, {" ", false}}}},
		{`(?i)\bsues\b`, [][]needle{{{"ue", true}}}},
		{`(?i)\bks\b`, nil},
		{`[Cc]onference`, [][]needle{{{"conference", true}}}},
		{`[拥擁]有|突破`, [][]needle{{{"拥有", false}, {"擁有", false}, {"突破", false}}}},
		{`(?:^|[^今去前明])(年初|年中)`, [][]needle{{{"年中", false}, {"年初", false}}}},
		{`a*b?`, nil},
		{`x{2,3}yz`, [][]needle{{{"xx", false}}, {{"yz", false}}}},
		{`[^代度]`, nil},
		{`\b(?:a|b|c|d)\s+ago\b`, [][]needle{{{"ago", false}}, {{"a", false}, {"b", false}, {"c", false}, {"d", false}}, {{"\t", false}, {"\n", false}, {"\f", false}, {"\r", false}, {" ", false}}}},
		{`(?:ab|x?)c`, [][]needle{{{"c", false}}}},
	}
	for _, tc := range tests {
		t.Run(tc.pattern, func(t *testing.T) {
			got := re(tc.pattern).needs
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("needles = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestMayMatchFold(t *testing.T) {
	tests := []struct {
		pattern, text string
		want          bool
	}{
		{`(?i)\blast year\b`, "Last Year", true},
		{`(?i)\blast year\b`, "LAST YEAR", true},
		{`(?i)去年year`, "去年Year", true},
		{`(?i)year`, "yea", false},
		{`(?i)year`, "", false},
		{`[Tt]he company`, "THE COMPANY", true}, // folded: may match, the regexp decides
		{`the company`, "THE COMPANY", false},
	}
	for _, tc := range tests {
		if got := re(tc.pattern).mayMatch(tc.text); got != tc.want {
			t.Errorf("%s: mayMatch(%q) = %v, want %v", tc.pattern, tc.text, got, tc.want)
		}
	}
}

// TestFilterKeepsMatches checks, over every line of the test and corpus
// articles and a few hard cases, that no prefilter turns down a text its
// regexp matches.
func TestFilterKeepsMatches(t *testing.T) {
	var texts []string
	for _, a := range articles(t) {
		texts = append(texts, a)
		for _, line := range strings.Split(a, "\n") {
			texts = append(texts, line)
			// Clauses too: some patterns are anchored.
			texts = append(texts, strings.FieldsFunc(line, func(r rune) bool { return strings.ContainsRune("，,。；;：:“”\"", r) })...)
		}
	}
	texts = append(texts, "LAST WEEK", "Last Week", "the next day", "two DAYS LATER", "TODAY", "去年10月", "上周一", "次日", "3天后")
	var all []*filtered
	for _, r := range dateRules {
		all = append(all, r.re)
	}
	for _, tr := range triggers {
		all = append(all, tr.re)
	}
	all = append(all, filteredPatterns...)
	texts = append(texts, "he said\nShe said\n\nIt is\n", "\n该公司\n")
	for _, f := range all {
		for _, s := range texts {
			if f.Regexp.MatchString(s) && !f.mayMatch(s) {
				t.Errorf("%s: prefilter %v turns down %q", f, f.needs, s)
			}
			// Whole articles too: findAll may go line by line.
			for _, n := range []int{-1, 1, 2} {
				got, want := f.FindAllStringSubmatchIndex(s, n), f.Regexp.FindAllStringSubmatchIndex(s, n)
				if fmt.Sprint(got) != fmt.Sprint(want) {
					t.Errorf("%s (byLine %v), n=%d: matches %v, want %v in %.80q", f, f.byLine, n, got, want, s)
				}
			}
		}
	}
}

func TestByLine(t *testing.T) {
	tests := []struct {
		pattern string
		want    bool
	}{
		{`(?:[Hh]e|[Ss]he)`, true},
		{`[他她](?:[们們人]?)`, true},
		{`,?\s+and\s+`, false}, // \s holds a newline
		{`^的\s*x$`, false},     // anchored
		{`x?`, false},          // empty matches
		{`[^，,。]{2}`, false},   // a negated class holds a newline
		{`(?:该公司|\b[Ii]t\b)`, true},
		{`(?s)a.b`, false},
		{`a.b`, true},
	}
	for _, tc := range tests {
		if got := re(tc.pattern).byLine; got != tc.want {
			t.Errorf("%s: byLine = %v, want %v", tc.pattern, got, tc.want)
		}
	}
}

// filteredPatterns are the package's filtered regexps besides the date
// rules and triggers.
var filteredPatterns = []*filtered{zhOffset, enOffset, zhDateOfModel, enConj, zhFuture, enFuture, enPastVerb, fourDigits, zhPronoun, enPronoun, thingPronoun, labelColon, termBefore, termAfter, zhStance, zhStanceAt, copulaEnd, speakerPointer, enCharacterise, enObjectAfterVerb, enLeadPhrase, zhAdverbial, zhGapPhrase, zhGapPlace, enGapWord, enAppositive, enAndThat, enPrepLead, enThat, zhWe, enWe, enOwnOrg, zhOwnOrg, enMakerOf, topicBefore, modelAnaphor, dealAnaphor, dealWord, enDateline, zhDateline, orgAnaphor}
