// Stage events: the headline and lead, which tell the day's news, dated
// by the article; the base date of relative dates (a wire dateline's day);
// and the words a headline or lead uses only to describe a name. Reads the
// sentences and paragraphs of the quote finder's run.
package extract

import (
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// A news article's headline and its first sentence report the news of the
// day without a date ("X raises $100 million", 商汤科技成功在港上市): the
// happening is dated by the article. Elsewhere an undated verb is no event.

// titleMaxRunes is the longest first paragraph that is taken for a headline.
const titleMaxRunes = 120

// leadUnits is how many sentences of the body's first paragraph tell the
// day's news: a wire lead often needs a second one ("Today we have news
// to share! X has raised …").
const leadUnits = 2

// titleEnd is what ends a paragraph of prose rather than a headline.
const titleEnd = ".。!！?？…:：;；\"”"

// leadParas returns the paragraphs whose first unit reports the day's news:
// the headline, where the article opens with one, and the first paragraph
// of the body. ok is false for a text of one paragraph (a snippet, a
// test sentence), which has neither.
func (f *eventFinder) leadParas() (title, lead int, ok bool) {
	if len(f.units) == 0 || f.units[len(f.units)-1].para == f.units[0].para {
		return -1, -1, false
	}
	first := f.units[0].para
	var end int
	for _, u := range f.units {
		if u.para != first {
			break
		}
		end = u.End
	}
	t := strings.TrimSpace(sub(f.doc.text, f.units[0].Start, end))
	r, _ := utf8.DecodeLastRuneInString(t)
	if utf8.RuneCountInString(t) <= titleMaxRunes && !strings.ContainsRune(titleEnd, r) {
		return first, f.paraAfter(first), true
	}
	return -1, first, true
}

// paraAfter is the paragraph of the first unit after those of para p.
func (f *eventFinder) paraAfter(p int) int {
	for _, u := range f.units {
		if u.para > p {
			return u.para
		}
	}
	return -1
}

// The rules of an undated trigger in the sentences that tell the day's
// news, dated by the article (its dateline or published date). A headline
// or lead that retells what the body dates merges into the body's event,
// which keeps the body's rule.
var (
	ruleEventHeadline = defineRule(rule{
		ID:   "event.any.headline",
		Doc:  "an undated trigger in the headline, dated by the article",
		Fire: []string{"OpenAI launches GPT-4 for schools\n\nTeachers can try it for free.", "百度发布新的模型\n\n老师们可以免费试用。"},
		Hold: []string{"OpenAI launches GPT-4 for schools.", "OpenAI plans to launch GPT-4 for schools\n\nTeachers can try it for free.",
			"OpenAI launches GPT-4 for schools\n\nOn June 2, OpenAI launched GPT-4 for schools.", "Sam Altman to Testify Before the Senate\n\nTeachers can try it for free.",
			"百度抄袭事件后续来了\n\n老师们可以免费试用。", "Meta launches a model for schools\n\nIn May 2025, Meta AI launched Llama 3 for schools."},
	})
	ruleEventLead = defineRule(rule{
		ID:   "event.any.lead",
		Doc:  "an undated trigger in the first sentences of the body (the lead), dated by the article",
		Fire: []string{"OpenAI has launched GPT-4 for schools.\n\nTeachers can try it for free.", "百度发布了新的模型。\n\n老师们可以免费试用。"},
		Hold: []string{"OpenAI has launched GPT-4 for schools.", "Teachers like it.\n\nTeachers can try it for free. OpenAI has launched GPT-4 for schools.\n\nIt is new.",
			"OpenAI has announced that it would open an office in Paris.\n\nTeachers can try it for free."},
	})
)

// implicitDate is the article's date for a unit that reports the day's
// news: the headline, or the first unit of the body; the span is empty at
// the unit's start, so it dates the whole unit as a leading date does.
func (f *eventFinder) implicitDate(ui int, u unit, ctx *yearContext) (dateMatch, bool) {
	if ctx.base.IsZero() || !ctx.hasLead {
		return dateMatch{}, false
	}
	k := 0 // units of the paragraph before this one
	for j := ui - 1; j >= 0 && f.units[j].para == u.para; j-- {
		k++
	}
	if u.para != ctx.title && !(u.para == ctx.lead && k < leadUnits) {
		return dateMatch{}, false
	}
	d := dateMatch{span: span{u.Start, u.Start}, Date: dayDate(ctx.base), rule: ruleEventLead}
	if u.para == ctx.title {
		d.rule = ruleEventHeadline
	}
	return d, true
}

// zhDatelineDay is the day in a Chinese wire dateline
// (（中央社記者某某舊金山19日專電）): the day the report was filed, which is
// the 今天 of its text even when the article is published a day later.
var zhDatelineDay = re(`^\s*[（(【][^）)】\n]{0,30}?([0-9０-９]{1,2})日(?:專電|专电|電|电|綜合外電報導|综合外电报道|報導|报道)[^）)】\n]{0,12}[）)】]`)

// dateBase is the date relative dates are read against: the dateline's day
// where the article opens with one, else the published date.
func (f *eventFinder) dateBase() time.Time {
	b := f.doc.published
	if b.IsZero() || !f.zh || len(f.units) == 0 {
		return b
	}
	for _, u := range f.units[:min(len(f.units), 4)] {
		m := zhDatelineDay.FindStringSubmatch(sub(f.doc.text, u.Start, u.End))
		if m == nil {
			continue
		}
		d := zhAtoi(m[1])
		t := firstOfMonth(b)
		if d > b.Day() {
			t = t.AddDate(0, -1, 0)
		}
		if d < 1 || d > 31 {
			return b
		}
		return t.AddDate(0, 0, d-1)
	}
	return b
}

// enOpening is what may stand before a date that opens an English
// sentence: up to four words ("In early", "Anthropic on", "The company on").
var enOpening = re(`^[\s"“‘'(]*(?:[\pL\pN][\pL\pN.'’&-]*[\s,]+){0,4}$`)

// mergeRetold joins each event dated only by the article (a headline) to
// the latest event of its kind that shares an entity and has a date from
// the text: the headline retells the news the body dates. One without
// such a partner stays as it is.
func mergeRetold(evs []eventAt) []eventAt {
	out := evs[:0]
	for i, e := range evs {
		if !e.implicit {
			continue
		}
		best := -1
		for j, o := range evs {
			// o may have taken in an event of e's kind on its day: a
			// release at a conference (百度发布… over 昨天，百度举办大会，发布…).
			if o.implicit || !sharesEntity(o.ents, e.ents) && !sharesOrgFamily(o.ents, e.ents) || o.Kind != e.Kind && !slices.Contains(o.kinds, e.Kind) {
				continue
			}
			if best < 0 || laterDate(o.d, evs[best].d) {
				best = j
			}
		}
		if best < 0 {
			continue
		}
		o := &evs[best]
		for _, x := range e.ents {
			if !containsEnt(o.ents, x) {
				o.ents = append(o.ents, x)
				o.Involves = append(o.Involves, x.Name)
			}
		}
		evs[i].Kind = "" // merged: dropped below
	}
	for _, e := range evs {
		if e.Kind != "" {
			out = append(out, e)
		}
	}
	return out
}

// sharesOrgFamily reports whether an organization of a is named by the
// start of one of b, or the other way round: a headline says Meta where
// the body says Meta AI.
func sharesOrgFamily(a, b []*entity) bool {
	for _, x := range a {
		for _, y := range b {
			if x.Type == Organization && y.Type == Organization && (namePrefix(x.Name, y.Name) || namePrefix(y.Name, x.Name)) {
				return true
			}
		}
	}
	return false
}

// namePrefix reports whether long starts with the words of short.
func namePrefix(short, long string) bool {
	return len(long) > len(short) && strings.HasPrefix(long, short+" ")
}

// laterDate reports whether a falls after b, a coarser date counting as
// its first day.
func laterDate(a, b date) bool {
	if a.Year != b.Year {
		return a.Year > b.Year
	}
	if a.Month != b.Month {
		return a.Month > b.Month
	}
	return a.Day > b.Day
}

// enNamePart reports whether the English trigger at pos is capitalised in
// the middle of a sentence, and so part of a title or a name ('Halcyon
// Buys Tessellate', the Launch Pad program) rather than a verb. Headlines
// capitalise every word and are not asked.
func (f *eventFinder) enNamePart(u unit, pos int) bool {
	r, _ := utf8.DecodeRuneInString(sub(f.doc.text, pos, pos+4))
	if !unicode.IsUpper(r) {
		return false
	}
	// An acronym (IPO) is written in capitals wherever it stands, and so
	// is a funding round's series (a Series B round).
	if r2, _ := utf8.DecodeRuneInString(sub(f.doc.text, pos+1, pos+4)); unicode.IsUpper(r2) || enSeries.MatchString(sub(f.doc.text, pos, pos+10)) {
		return false
	}
	return strings.TrimLeft(sub(f.doc.text, u.Start, pos), " \t\n\"“‘'(") != ""
}

// enSeries is the series of a funding round: Series B.
var enSeries = re(`^Series [A-H]\b`)

// byPosition orders events by where their triggers stand, at[i] being
// that of evs[i].
func byPosition(evs []eventAt, at []int) []eventAt {
	idx := make([]int, len(evs))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return at[idx[a]] < at[idx[b]] })
	out := make([]eventAt, len(evs))
	for i, k := range idx {
		out[i] = evs[k]
	}
	return out
}

// zhSourceTag is the source in brackets that opens a Chinese report:
// （某某网）, 【本報台北訊】.
var zhSourceTag = re(`^\s*[（(【][^）)】\n]{1,20}(?:网|網|社|报|報|讯|訊|台|臺)[）)】]`)

// inZhWireDateline reports whether s lies in a Chinese wire dateline
// (（中央社記者某某台北14日電）) or source tag at the start of one of the
// first units: the agency and the reporter take no part in what the
// article reports.
func (f *eventFinder) inZhWireDateline(s span) bool {
	if !f.zh {
		return false
	}
	for _, u := range f.units[:min(len(f.units), 4)] {
		if s.Start < u.Start || s.Start >= u.End {
			continue
		}
		t := sub(f.doc.text, u.Start, u.End)
		loc := zhDatelineDay.FindStringIndex(t)
		if loc == nil {
			loc = zhSourceTag.FindStringIndex(t)
		}
		return loc != nil && s.End <= u.Start+loc[1]
	}
	return false
}

// enWireDateline opens an English wire report: "SAN FRANCISCO, Oct 2
// (Reuters) - ", with the day that discourse's dateline pattern leaves out.
var enWireDateline = re(`^\s*[A-Z][A-Za-z0-9 .,'’/-]{1,60}\([A-Za-z .]{2,30}\)\s*[-–—]+`)

// inEnWireDateline reports whether s lies in an English wire dateline at
// the start of one of the first units: the agency takes no part in what
// it reports.
func (f *eventFinder) inEnWireDateline(s span) bool {
	if f.zh {
		return false
	}
	for _, u := range f.units[:min(len(f.units), 4)] {
		if s.Start < u.Start || s.Start >= u.End {
			continue
		}
		loc := enWireDateline.FindStringIndex(sub(f.doc.text, u.Start, u.End))
		return loc != nil && s.End <= u.Start+loc[1]
	}
	return false
}

// enByAgent follows a participle that describes a name ("founded by X");
// enPassAux before it makes it a passive that tells ("was founded by X").
var (
	enByAgent = re(`^\s+by\b`)
	enPassAux = re(`(?i)\b(?:was|were|been|is|are|being)\s+(?:\w+ly\s+)?$`)
)

// describes reports whether the trigger at t describes a name rather than
// tells the news: "Anthropic, the startup founded by former researchers,
// has raised …", 深度求索推出的模型. A headline or lead dates only what it
// tells.
func (f *eventFinder) describes(t span) bool {
	after := sub(f.doc.text, t.End, t.End+8)
	if f.zh {
		return zhModifier.MatchString(after)
	}
	return enByAgent.MatchString(after) && !enPassAux.MatchString(sub(f.doc.text, max(0, t.Start-30), t.Start))
}
