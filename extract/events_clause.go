// Stage events: the clause and time around a trigger — where its clause
// or its English verb's stretch begins and ends, which date opens the
// sentence, whether the trigger is only planned or reported speech. Reads
// the sentences, cues and marks of the quote finder's run.
package extract

import (
	"strings"
	"time"
	"unicode/utf8"
)

// enConj joins the stretches of two verbs in an English sentence: "and",
// a comma, or a word that opens a clause of its own ("X comes after Y
// unveiled Z").
var enConj = re(`,?\s+and\s+|,\s+|\s+(?:after|before|when|while|because|until)\s+`)

// subjectSplit finds in [from, to) the last "and" or comma that a name
// follows before to, where the stretch of the verb at to begins with its
// own subject; def when there is none.
func (f *eventFinder) subjectSplit(from, to, def int) int {
	locs := enConj.FindAllStringIndex(sub(f.doc.text, from, to), -1)
	if len(locs) == 0 {
		return def
	}
	k := from + locs[len(locs)-1][1]
	for _, m := range f.doc.mentionsWithin(span{k, to}) {
		if m.Start >= k && m.End <= to && m.Entity != nil {
			return from + locs[len(locs)-1][0]
		}
	}
	return def
}

// enDateOf dates an English trigger: English puts the time after the verb
// ("launched in April", "raised $35 million last year"), so the first date
// after it and before the next trigger; else the nearest one before it in
// its stretch of the sentence ("on Monday released").
func enDateOf(dates []dateMatch, trig span, ss, se int) *dateMatch {
	var before *dateMatch
	for i := range dates {
		d := &dates[i]
		if d.Start >= trig.End && d.End <= se {
			return d
		}
		if d.Start >= ss && d.End <= trig.Start {
			before = d
		}
	}
	return before
}

// zhFuture is a word of plan or future before a trigger; 会 as the end of
// a noun (董事会, 委员会, 大会) is a body, not "will", and 将 before an
// object (将其列入, 将x列入 with the name blanked out) marks the object.
var zhFuture = re(`(?:(?:将|將)(?:[^其它他她该該这這此x]|$)|(?:^|[^董事委员員大协協学學工议議峰晚机機社都聚约約开開理])(?:会|會)|计划|計劃|打算|准备|準備|预计|預計|拟|擬|即将|即將)[^，,。；;]{0,12}$`)

var enFuture = re(`(?i)\b(?:will|would|plans? to|planning to|is set to|are set to|expects? to|is expected to|intends? to|aims? to)\s+(?:\w+\s+){0,2}$`)

// future reports whether the trigger at pos is something planned, not
// something that happened (今年下半年我们会推出, will launch).
func (f *eventFinder) future(u unit, pos int) bool {
	from := max(u.Start, pos-40)
	before := sub(f.doc.text, from, pos)
	if !f.zh {
		return enFuture.MatchString(before)
	}
	// 计划 in a name (天工计划) plans nothing: names are blanked out.
	b := []byte(before)
	for k := f.doc.mentionEndingAfter(from); k < len(f.doc.mentions) && f.doc.mentions[k].Start < pos; k++ {
		m := f.doc.mentions[k]
		for i := max(m.Start, from); i < min(m.End, pos); i++ {
			b[i-from] = 'x'
		}
	}
	return zhFuture.Match(b)
}

// enHeadlineTo is "to" right before a verb of an English headline, which
// announces what is to come: "ChatGPT Chief to Testify Before Senate",
// "Microsoft to Buy Nuance".
var enHeadlineTo = re(`\bto\s+$`)

// headlineTo reports whether the trigger of h stands after "to" in an
// English headline: a plan or a schedule, not a happening.
func (f *eventFinder) headlineTo(u unit, h eventHit) bool {
	return !f.zh && u.para == f.title && enHeadlineTo.MatchString(sub(f.doc.text, max(u.Start, h.Start-8), h.Start))
}

// enAnnouncedPlan follows "announced" that announces a plan: "has
// announced that it would make …", "announced it will open …".
var enAnnouncedPlan = re(`^\s+(?:that\s+)?(?:[\w'’-]+\s+){1,3}?(?:will|would|plans? to|planned to|intends? to|is to|was to)\b`)

// announcesPlan reports whether the English announcing word of h (kind
// other) announces only a plan: the announcement tells no happening, and
// the planned verb is no event either (see future).
func (f *eventFinder) announcesPlan(u unit, h eventHit) bool {
	if f.zh || h.kind != EventOther || !strings.EqualFold(h.word, "announced") {
		return false
	}
	return enAnnouncedPlan.MatchString(sub(f.doc.text, h.End, min(u.End, h.End+60)))
}

// aheadWord is a word of the future anywhere before an anniversary in its
// clause: 将庆祝其实验室成立10周年, "will celebrate its tenth anniversary".
var aheadWord = re(`(?:将|將|即将|即將)[^其它他她该該这這此x]|(?i:\b(?:will|is set to|plans to)\b)`)

// anniversaryAhead reports whether the anniversary of h is one still to
// come: the date is the anniversary's, not a happening's, and future's
// short reach misses a 将 a long name away.
func (f *eventFinder) anniversaryAhead(u unit, h eventHit) bool {
	if h.kind != EventAnniversary {
		return false
	}
	cs, _ := f.clauseBounds(u, h.Start)
	return aheadWord.MatchString(sub(f.doc.text, cs, h.Start))
}

// yearContext is the year the text named last: a date without one
// (2023年3月14日…；3月16日…, 同年11月) belongs to it rather than to the
// year of publication.
type yearContext struct {
	year, para int
	last       date // the last date named, for 一周后 and "a day later"
	// base is what relative dates are read against (see dateBase); title
	// and lead are the paragraphs that report the day's news (leadParas).
	base        time.Time
	title, lead int
	hasLead     bool
}

func (c *yearContext) apply(d *dateMatch, para int, text string) {
	if !d.Yearless {
		// Only a year the text writes out: on Monday or 今年 say nothing
		// about the year of a December named next.
		if fourDigits.MatchString(text) {
			c.year, c.para = d.Date.Year, para
		}
	} else if c.year != 0 && (c.para == para || d.SameYear) {
		d.Date.Year = c.year
	}
	c.last = d.Date
}

// enPastVerb is the first past-tense verb after a date: "on Friday struck a deal".
var enPastVerb = re(`^\s*,?\s*(?:\w+\s+){0,1}?([a-z]+ed|` + eventWordsRe("en-event-past-verbs") + `)\b`)

// speechNear reports whether a speech verb stands in the clause of a date:
// "said on Friday that …" is a quote, not an event.
func (f *eventFinder) speechNear(u unit, d dateMatch) bool {
	for _, c := range f.findCues(u.Start, u.End) {
		if abs(c.Start-d.Start) < 40 {
			return true
		}
	}
	return false
}

var fourDigits = re(`[0-9]{4}`)

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func overlapsHit[T interface{ bounds() (int, int) }](hs []T, s, e int) bool {
	for _, h := range hs {
		a, b := h.bounds()
		if s < b && a < e {
			return true
		}
	}
	return false
}

func (s span) bounds() (int, int) { return s.Start, s.End }

// leadingDate is a date that opens the sentence and so dates all of it:
// 今年6月，…; In July 2023, ….
func (f *eventFinder) leadingDate(u unit, dates []dateMatch) *dateMatch {
	cs, ce := f.clauseBounds(u, u.Start)
	for i := range dates {
		if dates[i].Start >= cs && dates[i].End <= ce {
			// An English clause runs to the sentence's end: only a date
			// among its first words opens it ("In May, …", "X on Friday
			// …"); a later one dates a verb of its own.
			if !f.zh && !enOpening.MatchString(sub(f.doc.text, u.Start, dates[i].Start)) {
				return nil
			}
			return &dates[i]
		}
	}
	return nil
}

// clauseBounds returns the clause of unit u around pos. English clauses
// run to the sentence ends: commas there join too much that belongs together.
func (f *eventFinder) clauseBounds(u unit, pos int) (int, int) {
	if !f.zh {
		return u.Start, u.End
	}
	text := f.doc.text
	s := f.clauseStart(u, pos)
	e := pos
	for e < u.End {
		r, n := utf8.DecodeRuneInString(sub(text, e, u.End))
		if strings.ContainsRune("，,；;。！？!?\n", r) {
			break
		}
		e += n
	}
	return s, e
}
