package extract

import (
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Event kinds.
const (
	EventRelease     = "release"
	EventLaunch      = "launch"
	EventLeak        = "leak"
	EventConference  = "conference"
	EventFounding    = "founding"
	EventAnniversary = "anniversary"
	EventFunding     = "funding"
	EventAcquisition = "acquisition"
	EventLawsuit     = "lawsuit"
	EventOther       = "other"
)

// trigger is a word that names a happening of some kind.
type trigger struct {
	re   *filtered
	kind string
}

// Triggers, tried in order; the first kind that matches a word wins, so
// 发布会 is a conference before it is a release.
var triggers = []trigger{
	{re(`发布会|發布會|记者会|記者會|通气会|通氣會|座谈会|座談會|研讨会|研討會|说明会|說明會|大会|大會|峰会|峰會|(?:^|[^今明去前0-9０-９])(年会|年會)|会议|會議|巡展|展会|展會|博览会|博覽會|开发者日|開發者日|\b(?:[Cc]onference|[Ss]ummit|[Ee]xpo|[Kk]eynote|[Dd]ev[Dd]ay|[Hh]ackathon)s?\b`), EventConference},
	{re(`周年|週年|\banniversary\b`), EventAnniversary},
	{re(`泄露|泄漏|洩露|洩漏|外泄|外洩|\bleak(?:ed|s)?\b`), EventLeak},
	{re(`融资|融資|筹资|籌資|筹集|籌集|筹措|籌措|募资|募資|投资了|投資了|注资|注資|(?i:\b(?:raised|raises|raising|invested|invests)\b|\bagreed to invest\b)|获得[^，,。；;]{0,12}投资|獲得[^，,。；;]{0,12}投資|\bfunding round\b|\bSeries [A-F]\b`), EventFunding},
	{re(`收购|收購|并购|併購|(?i:\b(?:acquired|acquires|acquisition of|bought|buys)\b|\bagreed to (?:acquire|buy|purchase)\b)`), EventAcquisition},
	{re(`起诉|起訴|诉讼|訴訟|控告|状告|狀告|(?i:\b(?:sued|sues|lawsuit|filed suit|class action)\b)`), EventLawsuit},
	{re(`(成立|创立|創立|创办|創辦|创建|創建)(?:\s*[^\s0-9一二三四五六七八九十]|$)|(?i:\b(?:founded|established|co-founded|cofounded)\b)`), EventFounding},
	{re(`推出|上线|上線|启动|啟動|公测|公測|内测|內測|向[^，,。；;]{0,8}(?:开放|開放)|(?i:\b(?:launched|launches|rolled out|went live|launch of|rollout of)\b)`), EventLaunch},
	{re(`发布|發布|發佈|发表|發表|亮相|面世|问世|問世|公布|公佈|开源了|開源了|放出了|(建立)的|((?:开源|開源)(?:[^模社许許生协協的项項大版权權界领領圈软軟代运運精路策力者、与與和及]|$))|(?i:\b(?:released|releases|release of|unveiled|unveils|debuted|introduced|open-sourced|shipped|published|presented)\b)`), EventRelease},
	{re(`宣布|宣佈|下架|离职|離職|辞职|辭職|来华|來華|访华|訪華|来台|來台|访台|訪台|事件|达成协议|達成協議|签署|簽署|加入|降价|降價|直降|发帖|發帖|提出|股价|股價|(?:拥有|擁有|突破|达到|達到|超过|超過)[0-9０-９一二两兩三四五六七八九十百千万萬亿億.]+[^，,。；;]{0,4}(?:用户|用戶|下载|下載|开发者|開發者)|\b(?:reached|passed|surpassed|topped|hit) [0-9.,]+(?: million| billion)? (?:users|downloads|developers)\b|(?i:\b(?:announced|joined|signed|reached an agreement|issued|posted)\b)|\b(?:moved|switched|migrated) from\b|\b(?:took|takes) effect\b|\b(?:went|goes) into effect\b|\bshares (?:fell|rose|dropped|plunged|jumped|slid|soared|tumbled)\b`), EventOther},
}

// zhDateOfModel is what may stand between a date and the model it dates:
// 9月的开源版Qwen.
// zhModifier is what follows a trigger that describes a name (Meta推出的
// 模型) rather than tells a happening.
var zhModifier = re(`^\s*的`)

var zhDateOfModel = re(`^的\s*(?:[^\s，,。；;、和与及]{0,8})?$`)

// events finds dated happenings sentence by sentence and merges those that
// describe the same one.
func (x *Extractor) events(doc *document) []Event {
	q := newQuoter(doc)
	q.run() // the attributions it finds are no part of any event
	return q.events()
}

// events finds the events of a document the quoter has run over.
func (q *quoter) events() []Event {
	return newEventFinder(q).events()
}

// An eventFinder finds the dated happenings of a document. It reads what
// the quote finder has made of the text and keeps nothing of its own but
// the candidates it adds: the sentences (units) and paragraphs, the
// quotation marks and the candidate subjects, the datelines, the cues of
// speech, the attributing words of the quotes (regions) and the speakers
// a pronoun resolves to. Nothing it does changes the quoter.
type eventFinder struct {
	*quoter
	evCands []cand // eventCands, built once
}

// newEventFinder is the event finder over a quoter that has run.
func newEventFinder(q *quoter) *eventFinder {
	return &eventFinder{quoter: q}
}

// events finds the events of the document.
func (f *eventFinder) events() []Event {
	var evs []eventAt
	ctx := yearContext{para: -1, base: f.dateBase()}
	ctx.title, ctx.lead, ctx.hasLead = f.leadParas()
	for ui, u := range f.units {
		evs = append(evs, f.unitEvents(ui, u, &ctx)...)
	}
	evs = mergeEvents(evs)
	out := make([]Event, 0, len(evs))
	for _, e := range evs {
		out = append(out, e.Event)
	}
	return out
}

type eventAt struct {
	Event
	d    date
	ents []*entity
	// implicit: dated by the article, not by the text (see implicitDate).
	implicit bool
	kinds    []string // the kinds of the events merged into this one
}

// unitEvents pairs each trigger in a unit with a date in its clause, or the
// sentence's leading date (今年6月，…), and names the entities around it.
func (f *eventFinder) unitEvents(ui int, u unit, ctx *yearContext) []eventAt {
	text := f.doc.text
	utext := text[u.Start:u.End]
	dates := findDates(utext, ctx.base)
	// Distances from the date before (一周后) become dates in text order.
	for _, o := range findOffsets(utext) {
		dates = append(dates, dateMatch{span: o.span, offset: &o})
	}
	sort.Slice(dates, func(i, j int) bool { return dates[i].Start < dates[j].Start })
	kept := dates[:0]
	for _, d := range dates {
		if d.offset != nil {
			nd, ok := d.offset.from(ctx.last)
			if !ok || ctx.last.Year == 0 {
				continue
			}
			d.Date, d.offset = nd, nil
			ctx.last = nd
		} else {
			ctx.apply(&d, u.para, sub(text, u.Start+d.Start, u.Start+d.End))
		}
		d.Start += u.Start
		d.End += u.Start
		kept = append(kept, d)
	}
	dates = kept
	implicit := false
	if len(dates) == 0 {
		d, ok := f.implicitDate(ui, u, ctx)
		if !ok {
			return nil
		}
		dates, implicit = append(dates, d), true
	}
	type hit struct {
		span
		kind string
		word string
	}
	var hits []hit
	for _, t := range triggers {
		for _, loc := range t.re.FindAllStringSubmatchIndex(utext, -1) {
			// A group, where the pattern has one, is the word itself
			// without the guard after it.
			if len(loc) > 2 && loc[2] >= 0 {
				loc = loc[2:4]
			}
			s, e := u.Start+loc[0], u.Start+loc[1]
			if f.markAt(s) >= 0 || overlapsHit(hits, s, e) || !f.zh && u.para != ctx.title && f.enNamePart(u, s) {
				continue
			}
			hits = append(hits, hit{span{s, e}, t.kind, sub(text, s, e)})
		}
	}
	// 7月的Llama 2: a date that qualifies a model is its release.
	for _, d := range dates {
		for i := f.doc.mentionFrom(d.End); i < len(f.doc.mentions) && f.doc.mentions[i].Start <= d.End+40; i++ {
			m := f.doc.mentions[i]
			if m.Entity == nil || m.Entity.Type != Model || m.Start < d.End || m.Start-d.End > 40 {
				continue
			}
			if f.zh && zhDateOfModel.MatchString(sub(text, d.End, m.Start)) {
				hits = append(hits, hit{span{d.Start, m.End}, EventRelease, ""})
			}
			break
		}
	}
	// An English sentence dated to the day ("X on Friday struck a deal") reports
	// a happening even without a trigger word, unless it only reports speech.
	if len(hits) == 0 && !f.zh && !implicit {
		for _, d := range dates {
			if d.Date.Day == 0 || f.markAt(d.Start) >= 0 {
				continue
			}
			if v := enPastVerb.FindStringIndex(sub(text, d.End, u.End)); v != nil && !f.speechNear(u, d) {
				hits = append(hits, hit{span{d.End + v[0], d.End + v[1]}, EventOther, sub(text, d.End+v[0], d.End+v[1])})
			}
			break
		}
	}
	// "In February, X detailed …": the same for a coarser date that opens
	// the sentence, where its subject and a past verb follow it.
	if len(hits) == 0 && !f.zh && !implicit {
		if v, ok := f.enLeadVerb(u, dates[0]); ok && !f.speechNear(u, dates[0]) {
			hits = append(hits, hit{v, EventOther, sub(text, v.Start, v.End)})
		}
	}
	sort.Slice(hits, func(i, j int) bool { return hits[i].Start < hits[j].Start })
	if implicit {
		// A headline or lead dates what it tells, not what describes a
		// name in it; such a word does not split the sentence either.
		kept := hits[:0]
		for _, h := range hits {
			if !f.describes(h.span) {
				kept = append(kept, h)
			}
		}
		hits = kept
	}
	var out []eventAt
	var outAt []int       // the trigger of each event, to keep text order
	var realEvents []span // the triggers of the events of kinds other than EventOther
	realIn := func(s, e int) bool {
		for _, h := range realEvents {
			if h.Start >= s && h.End <= e {
				return true
			}
		}
		return false
	}
	lead := f.leadingDate(u, dates)
	// A Chinese leading date in a clause that tells a happening of its own
	// dates that one only (根据去年X公布的数据，…，目前已拿了…融资); one in a
	// clause that only sets the time or the meeting dates them all
	// (2019年，…; 10月17日，百度举办大会，发布…).
	leadOwn, leadHit := false, false
	if lead != nil && f.zh {
		ls, le := f.clauseBounds(u, lead.Start)
		for _, o := range hits {
			if o.Start >= ls && o.End <= le {
				leadHit = true
				leadOwn = leadOwn || o.kind != EventConference
			}
		}
	}
	seenClause := map[[2]int]bool{}
	// Telling kinds go first, so that 宣布 or announced is kept only where
	// nothing more telling made an event of its clause: not where that was
	// a plan (宣布将推出) or had no date ("X's buy of Y, announced in June").
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].kind != EventOther && hits[j].kind == EventOther })
	for _, h := range hits {
		if f.future(u, h.Start) {
			continue
		}
		cs, ce := f.clauseBounds(u, h.Start)
		if h.kind == EventOther && realIn(cs, ce) {
			continue
		}
		// An English sentence of several verbs runs from one trigger to
		// the next: "was founded in 2021 and raised $35 million last year".
		ss, se := cs, ce
		if !f.zh {
			for _, o := range hits {
				// A meeting is a noun, no verb of its own: "unveiled X
				// at its conference on Monday" is one stretch.
				if o.kind == EventConference && h.kind != EventConference {
					continue
				}
				if o.End <= h.Start && o.End > ss {
					ss = o.End
				}
				if o.Start >= h.End && o.Start < se {
					se = o.Start
				}
			}
			// "released A and B launched C": B is the next verb's subject.
			if ss != cs {
				ss = f.subjectSplit(ss, h.Start, ss)
			}
			if se != ce {
				se = f.subjectSplit(h.End, se, se)
			}
		}
		var d *dateMatch
		if !f.zh {
			d = enDateOf(dates, h.span, ss, se)
		} else {
			for i := range dates {
				if dates[i].Start >= cs && dates[i].End <= ce {
					if d == nil || abs(dates[i].Start-h.Start) < abs(d.Start-h.Start) {
						d = &dates[i]
					}
				}
			}
		}
		// X推出的Y, X发布的Y: a release told as a description of Y, of
		// its own time, not that of a happening the sentence opens with
		// (今天召開記者會，…（Meta推出的模型）); a bare leading date still
		// dates it (2023年9月，X发布的Y引发热议).
		if d == nil && !leadOwn && !(leadHit && zhModifier.MatchString(sub(f.doc.text, h.End, h.End+6))) {
			d = lead
		}
		if d == nil {
			continue
		}
		if seenClause[[2]int{ss, d.Start}] {
			continue
		}
		seenClause[[2]int{ss, d.Start}] = true
		var ents []*entity
		if ss != cs || se != ce {
			ents = f.enVerbEntities(ui, u, cs, ss, se, h.Start)
		} else {
			ents = f.eventEntities(ui, u, cs, ce, h.Start)
		}
		// "the social media giant released OPT": the company named before
		// takes part too.
		if firstOrg(ents) == nil || firstOrg(ents).Type != Organization {
			for _, e := range f.subjectOrg(cs, ss, h.Start) {
				if !containsEnt(ents, e) {
					ents = append([]*entity{e}, ents...)
				}
			}
		}
		if len(ents) == 0 {
			continue
		}
		var names []string
		for _, e := range ents {
			names = append(names, e.Name)
		}
		if h.kind != EventOther {
			realEvents = append(realEvents, h.span)
		}
		outAt = append(outAt, h.Start)
		out = append(out, eventAt{
			Event: Event{Name: f.eventName(cs, ce, h.span, h.word, h.kind, d.span, firstOrg(ents)), Date: d.Date.String(), Kind: h.kind, Involves: names,
				Sentence: f.doc.spanText(u.span)},
			d:        d.Date,
			ents:     ents,
			implicit: implicit,
		})
	}
	return byPosition(out, outAt)
}

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
var enPastVerb = re(`^\s*,?\s*(?:\w+\s+){0,1}?([a-z]+ed|hit|made|won|lost|cut|set|took|gave|began|came|went|broke|sold|bought|struck|led|put|held|ran|shut)\b`)

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

// namesIn are the entities named in [s, e) that can take part in the event
// whose trigger is at trig, pronouns resolved.
func (f *eventFinder) namesIn(ui, s, e, trig int) []*entity {
	// Who reports an event in reported speech takes no part in it; who
	// speaks at a conference does.
	attributing := func(s span) bool {
		for _, r := range f.regions {
			if s.Start >= r.Start && s.End <= r.End && (trig < r.Start || trig >= r.End) {
				return true
			}
		}
		return false
	}
	cands := f.eventCands()
	var out []*entity
	seen := map[*entity]bool{}
	i := sort.Search(len(cands), func(i int) bool { return cands[i].Start >= s })
	for ; i < len(cands) && cands[i].Start < e; i++ {
		c := cands[i]
		if c.End > e || attributing(c.span) || f.inDateline(c.span) || f.inZhWireDateline(c.span) {
			continue
		}
		ent := c.ent
		if ent == nil {
			if c.gender == 'n' {
				// the company, 该公司; "it" and "they" are too loose.
				if w := strings.ToLower(sub(f.doc.text, c.Start, c.End)); w != "it" && w != "they" {
					ent = f.lastOrgBefore(c.Start)
				}
			} else {
				ent = f.resolvePronoun(ui, c.Start, c.gender)
			}
		}
		if ent != nil && !seen[ent] {
			seen[ent] = true
			out = append(out, ent)
		}
	}
	return out
}

// eventEntities are the entities that take part: those named in the clause
// outside quotation marks (pronouns resolved), else those of the sentence.
func (f *eventFinder) eventEntities(ui int, u unit, cs, ce, trig int) []*entity {
	collect := func(s, e int) []*entity { return f.namesIn(ui, s, e, trig) }
	if ents := collect(cs, ce); len(ents) > 0 {
		// A clause with no name before its verb has its subject in an
		// earlier clause (…，6月間已籌集了…); one with a name has its own.
		if f.zh && len(collect(cs, trig)) == 0 {
			for _, e := range collect(u.Start, cs) {
				if e.Type != Person || len(ents) == 0 {
					ents = appendEnt(ents, e)
				}
			}
		}
		return ents
	}
	// A clause without names takes the sentence's: 在今年6月的会议上，X表示…;
	// but not a later clause's that tells a happening of its own
	// (A昨天召开通气会，就B今年3月发布的《办法》…: B held no briefing).
	if !f.zh {
		return collect(u.Start, u.End)
	}
	ents := collect(u.Start, cs)
	text := f.doc.text
	for s := ce; s < u.End; {
		// s stands on the clause's opening mark; e finds the next one.
		_, n := utf8.DecodeRuneInString(sub(text, s, u.End))
		e := s + max(n, 1)
		for e < u.End {
			r, n := utf8.DecodeRuneInString(sub(text, e, u.End))
			if strings.ContainsRune("，,；;", r) {
				break
			}
			e += max(n, 1)
		}
		if !hasTrigger(sub(text, s, e)) {
			for _, x := range collect(s, e) {
				ents = appendEnt(ents, x)
			}
		}
		s = e
	}
	return ents
}

// hasTrigger reports whether s holds a word that names a happening.
func hasTrigger(s string) bool {
	for _, t := range triggers {
		if t.re.MatchString(s) {
			return true
		}
	}
	return false
}

// enVerbEntities are those taking part in one verb of an English sentence
// of several: the names from the trigger before it to the one after, and
// the sentence's subject when the stretch has none before its verb
// ("Tessellate was founded in 2021 and raised …"), or all names before it
// when the stretch has none at all. The first stretch never borrows from
// later ones: in "It was founded in 2019 and raised … from Acorn" Acorn
// took no part in the founding.
func (f *eventFinder) enVerbEntities(ui int, u unit, cs, ss, se, trig int) []*entity {
	own := f.namesIn(ui, ss, se, trig)
	if ss == cs || len(f.namesIn(ui, ss, trig, trig)) > 0 {
		return own
	}
	subj := f.namesIn(ui, cs, ss, trig)
	if len(own) == 0 || len(subj) == 0 {
		// "xAI announced on May 26 that it had raised …": the names before.
		return append(subj, own...)
	}
	return append([]*entity{subj[0]}, own...)
}

// eventCands are the subject candidates (f.cands) plus the names in quotation
// marks that are terms (the model “青岚-工匠”), which take part in events
// too; sorted by start.
func (f *eventFinder) eventCands() []cand {
	if f.evCands != nil {
		return f.evCands
	}
	cands := append([]cand{}, f.cands...)
	for _, m := range f.doc.mentions {
		if mi := f.markAt(m.Start); mi >= 0 && m.Entity != nil && !f.statementLike(f.marks[mi].inner) {
			cands = append(cands, cand{span: m.span, ent: m.Entity})
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].Start < cands[j].Start })
	f.evCands = cands
	return cands
}

// namesObject reports whether an event of the kind is named with what it
// acts on: a release of a model, an acquisition of a company.
func namesObject(kind string) bool {
	switch kind {
	case EventRelease, EventLaunch, EventAcquisition, EventLawsuit, EventLeak, EventOther:
		return true
	}
	return false
}

func possessive(text string, end int) bool {
	rest := sub(text, end, end+4)
	return strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") || strings.HasPrefix(rest, "的")
}

// firstOrg is the first organization or model taking part.
func firstOrg(es []*entity) *entity {
	for _, e := range es {
		if e.Type != Person {
			return e
		}
	}
	return nil
}

func appendEnt(es []*entity, e *entity) []*entity {
	for _, x := range es {
		if x == e {
			return es
		}
	}
	return append(es, e)
}

// lastOrgBefore resolves 该公司 / the company to an organization: the
// first one, the subject, of the nearest sentence before pos that names one.
func (f *eventFinder) lastOrgBefore(pos int) *entity {
	ui := sort.Search(len(f.units), func(i int) bool { return f.units[i].End > pos })
	for k := min(ui, len(f.units)-1); k >= 0 && k > ui-6; k-- {
		u := f.units[k]
		end := min(u.End, pos)
		for _, m := range f.doc.mentions[f.doc.mentionFrom(u.Start):] {
			if m.Start >= end {
				break
			}
			if m.Start >= u.Start && m.Entity != nil && m.Entity.Type == Organization && f.markAt(m.Start) < 0 && !f.inDateline(m.span) && !f.inZhWireDateline(m.span) {
				return m.Entity
			}
		}
	}
	return nil
}

// eventName is a short phrase from the clause: who, the trigger and what,
// without the date ("Meta发布Llama 2").
func (f *eventFinder) eventName(cs, ce int, trig span, word, kind string, d span, subj *entity) string {
	text := f.doc.text
	var before, after *mention
	// Only mentions that start at or after cs (before) or the trigger's
	// end (after) and end by the trigger's start or ce can be either.
	lo, hi := f.doc.mentionFrom(min(cs, trig.End)), len(f.doc.mentions)
	for i := lo; i < hi && f.doc.mentions[i].Start < max(trig.Start, ce); i++ {
		m := f.doc.mentions[i]
		// Names in speech are no part of the name; a term in marks is (「日日新5.0」).
		if mi := f.markAt(m.Start); m.Entity == nil || mi >= 0 && f.statementLike(f.marks[mi].inner) {
			continue
		}
		// The first name of the clause is its subject (Meta与微软合作发布…),
		// unless it only owns the next (Elon Musk's xAI).
		if m.Start >= cs && m.End <= trig.Start && (m.Start < d.Start || m.Start >= d.End) && before == nil && !possessive(text, m.End) {
			before = &f.doc.mentions[i]
		}
		// What was released, bought or sued: no person.
		if m.Start >= trig.End && m.End <= ce && after == nil && m.Entity.Type != Person {
			after = &f.doc.mentions[i]
		}
	}
	if word == "" {
		// 7月的Llama 2: the model's release.
		// Ends rise with starts: only one mention can end at the trigger's end.
		for _, m := range f.doc.mentions[f.doc.mentionEndingAfter(trig.End-1):] {
			if m.End > trig.End {
				break
			}
			if m.End == trig.End && m.Entity != nil {
				if f.zh {
					return m.Entity.Name + "发布"
				}
				return m.Entity.Name + " release"
			}
		}
		return strings.TrimSpace(text[trig.Start:trig.End])
	}
	var parts []string
	if before != nil {
		parts = append(parts, before.Entity.Name)
	} else if subj != nil && (after == nil || after.Entity != subj) {
		// "The company was founded in 1993 by …": the company.
		parts = append(parts, subj.Name)
	}
	parts = append(parts, f.triggerPhrase(cs, trig, word, d))
	if after != nil && after.Entity != nil && (before == nil || after.Entity != before.Entity) && namesObject(kind) {
		parts = append(parts, after.Entity.Name)
	}
	name := parts[0]
	for _, p := range parts[1:] {
		// Chinese runs together, except where two Latin words meet.
		l, _ := utf8.DecodeLastRuneInString(name)
		r, _ := utf8.DecodeRuneInString(p)
		if !f.zh || l < 0x80 && r < 0x80 && (unicode.IsLetter(l) || unicode.IsDigit(l)) && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			name += " "
		}
		name += p
	}
	return name
}

// triggerPhrase widens a meeting's trigger to its name: 云栖大会,
// Connect开发者大会, the NeurIPS Conference.
func (f *eventFinder) triggerPhrase(cs int, trig span, word string, d span) string {
	text := f.doc.text
	lo := cs
	if d.End <= trig.Start && d.End > lo {
		lo = d.End
	}
	if !isConference(word) || lo >= trig.Start {
		return word
	}
	pre := text[lo:trig.Start]
	if f.zh {
		k := strings.LastIndexAny(pre, "的在于於上了，,、 　")
		for k >= 0 && k+1 < len(pre) && pre[k] == ' ' && isLatinAround(pre, k) {
			k = strings.LastIndexAny(pre[:k], "的在于於上了，,、")
		}
		if k >= 0 {
			_, n := utf8.DecodeRuneInString(pre[k:])
			pre = pre[k+n:]
		}
		if utf8.RuneCountInString(pre) > 12 {
			return word
		}
		return strings.TrimSpace(pre) + word
	}
	ws := strings.Fields(pre)
	var keep []string
	for i := len(ws) - 1; i >= 0 && len(keep) < 3; i-- {
		r, _ := utf8.DecodeRuneInString(ws[i])
		if !unicode.IsUpper(r) {
			break
		}
		keep = append([]string{ws[i]}, keep...)
	}
	if len(keep) == 0 {
		return word
	}
	return strings.Join(keep, " ") + " " + word
}

func isConference(w string) bool {
	for _, t := range triggers {
		if t.kind == EventConference && t.re.MatchString(w) {
			return true
		}
	}
	return false
}

// isLatinAround reports whether the space at k joins two Latin words
// (AI Native).
func isLatinAround(s string, k int) bool {
	l, _ := utf8.DecodeLastRuneInString(s[:k])
	r, _ := utf8.DecodeRuneInString(s[k+1:])
	return l < 0x80 && r < 0x80 && unicode.IsLetter(l) && unicode.IsLetter(r)
}

// mergeEvents joins events of the same kind with compatible dates and a
// shared entity, and events on the same day with a shared entity whatever
// their kinds (a model released at a conference), keeping the more precise
// date and every entity. An event dated only by the article (a headline)
// joins one of its kind with a shared entity whatever the date, and takes
// the date the text gives.
func mergeEvents(evs []eventAt) []eventAt {
	var out []eventAt
next:
	for _, e := range evs {
		for i := range out {
			o := &out[i]
			sameDay := o.d.Day != 0 && o.d == e.d
			if o.implicit != e.implicit && !sameDay || !sameDay && o.Kind != e.Kind || !o.d.compatible(e.d) || !sharesEntity(o.ents, e.ents) {
				continue
			}
			o.implicit = o.implicit && e.implicit
			o.kinds = append(o.kinds, e.Kind)
			if e.d.finer(o.d) {
				o.d = e.d
				o.Date = e.Date
			}
			for _, x := range e.ents {
				if !containsEnt(o.ents, x) {
					o.ents = append(o.ents, x)
					o.Involves = append(o.Involves, x.Name)
				}
			}
			continue next
		}
		out = append(out, e)
	}
	return mergeRetold(out)
}

func sharesEntity(a, b []*entity) bool {
	for _, x := range a {
		if containsEnt(b, x) {
			return true
		}
	}
	return false
}

func containsEnt(es []*entity, e *entity) bool {
	for _, x := range es {
		if x == e {
			return true
		}
	}
	return false
}
