// Stage events: the events of one sentence (unit), step by step — its
// dates, its hits (trigger words, dated models, English past verbs), and
// for each hit the stretch, date and entities that make it an event.
// Reads the sentences, marks and mentions of the quote finder's run.
package extract

import (
	"sort"
	"unicode/utf8"
)

// unitEvents pairs each trigger in a unit with a date in its clause, or the
// sentence's leading date (今年6月，…), and names the entities around it.
func (f *eventFinder) unitEvents(ui int, u unit, ctx *yearContext) []eventAt {
	dates, implicit := f.unitDates(ui, u, ctx)
	if len(dates) == 0 {
		return nil
	}
	hits := f.unitHits(u, ctx, dates, implicit)
	return f.hitEvents(ui, u, dates, hits, implicit)
}

// ruleEventDateOffset dates a trigger by a distance from the date named
// before it.
var ruleEventDateOffset = defineRule(rule{
	ID:   "event.any.date-offset",
	Doc:  "a trigger dated by a distance from the date named before (一周后, a week later)",
	Fire: []string{"OpenAI released GPT-4 on March 14, 2023. A week later, Google launched Gemini.", "2023年3月14日，OpenAI发布了GPT-4。一周后，百度推出了文心一言。"},
	Hold: []string{"OpenAI released GPT-4 on March 14, 2023. Google launched Gemini in May 2023.", "2023年3月14日，OpenAI发布了GPT-4。百度推出了文心一言。"},
})

// unitDates are the dates unit u names, in text order, their years taken
// from ctx and distances from the date before (一周后) made dates; where it
// names none, the article's date if the unit reports the day's news
// (implicit, see implicitDate).
func (f *eventFinder) unitDates(ui int, u unit, ctx *yearContext) (dates []dateMatch, implicit bool) {
	text := f.doc.text
	utext := text[u.Start:u.End]
	dates = findDates(utext, ctx.base)
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
			d.Date, d.offset, d.rule = nd, nil, ruleEventDateOffset
			ctx.last = nd
		} else {
			ctx.apply(&d, u.para, sub(text, u.Start+d.Start, u.Start+d.End))
		}
		d.Start += u.Start
		d.End += u.Start
		kept = append(kept, d)
	}
	dates = kept
	if len(dates) == 0 {
		d, ok := f.implicitDate(ui, u, ctx)
		if !ok {
			return nil, false
		}
		return append(dates, d), true
	}
	return dates, false
}

// eventHit is what tells a happening in a unit: a trigger word, a date
// that qualifies a model (word empty), or an English past verb after a
// date.
type eventHit struct {
	span
	kind string
	word string
	// rule found the hit; empty for a trigger word, whose event is named
	// by how it is dated (see eventRule).
	rule string
}

// unitHits are the hits of unit u in text order: its trigger words, the
// models its dates qualify, and in an English sentence with neither a
// past verb its date opens or precedes. A headline or lead (implicit)
// keeps only the words that tell.
func (f *eventFinder) unitHits(u unit, ctx *yearContext, dates []dateMatch, implicit bool) []eventHit {
	hits := f.triggerHits(u, ctx)
	hits = f.modelDateHits(dates, hits)
	if len(hits) == 0 && !f.zh && !implicit {
		hits = f.enVerbHits(u, dates)
	}
	sort.Slice(hits, func(i, j int) bool { return hits[i].Start < hits[j].Start })
	if implicit {
		// A headline or lead dates what it tells, not what describes a
		// name in it; such a word does not split the sentence either.
		// Nor does it date an incident it names (抄袭事件后续): that
		// happened before the day's news.
		kept := hits[:0]
		for _, h := range hits {
			if !f.describes(h.span) && !zhIncident.MatchString(h.word) {
				kept = append(kept, h)
			}
		}
		hits = kept
	}
	return hits
}

// zhIncident names an incident the news goes back to: 事件.
var zhIncident = re(`^(?:事件)$`)

// triggerHits are the trigger words of unit u outside quotation marks,
// the first kind of the table winning where two overlap; in an English
// sentence other than the headline, not a capitalised word that is part
// of a name.
func (f *eventFinder) triggerHits(u unit, ctx *yearContext) []eventHit {
	text := f.doc.text
	utext := text[u.Start:u.End]
	var hits []eventHit
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
			hits = append(hits, eventHit{span{s, e}, t.kind, sub(text, s, e), ""})
		}
	}
	return hits
}

// ruleEventModelDate is a release told by a date that qualifies a model.
var ruleEventModelDate = defineRule(rule{
	ID:   "event.zh.model-date",
	Doc:  "a date that qualifies a model is its release: 2023年7月的Llama 2",
	Fire: []string{"2023年7月的Llama 2表现不错。"},
	Hold: []string{"2023年7月，Llama 2表现不错。"},
})

// modelDateHits adds to hits the releases that dates tell by qualifying a
// model: 7月的Llama 2.
func (f *eventFinder) modelDateHits(dates []dateMatch, hits []eventHit) []eventHit {
	text := f.doc.text
	for _, d := range dates {
		for i := f.doc.mentionFrom(d.End); i < len(f.doc.mentions) && f.doc.mentions[i].Start <= d.End+40; i++ {
			m := f.doc.mentions[i]
			if m.Entity == nil || m.Entity.Type != Model || m.Start < d.End || m.Start-d.End > 40 {
				continue
			}
			if f.zh && zhDateOfModel.MatchString(sub(text, d.End, m.Start)) {
				hits = append(hits, eventHit{span{d.Start, m.End}, EventRelease, "", ruleEventModelDate})
			}
			break
		}
	}
	return hits
}

// The rules of an English sentence whose date, not a trigger word, tells
// that something happened.
var (
	ruleEventDayVerb = defineRule(rule{
		ID:   "event.en.day-verb",
		Doc:  "an English sentence dated to the day with a past verb after the date: X on Friday struck a deal",
		Fire: []string{"OpenAI on June 3 struck a deal with Microsoft."},
		Hold: []string{"Sam Altman said on June 3 that OpenAI struck a deal."},
	})
	ruleEventLeadVerb = defineRule(rule{
		ID:   "event.en.lead-verb",
		Doc:  "an English sentence a date opens, then a name and its past verb: In February, X detailed …",
		Fire: []string{"In February, OpenAI detailed its plans for Europe."},
		Hold: []string{"In February, the plans of OpenAI were detailed."},
	})
)

// enVerbHits finds the happening of an English sentence without a trigger
// word: a past verb after a date of a day, else after the subject of a
// sentence a date opens; none where the sentence only reports speech.
func (f *eventFinder) enVerbHits(u unit, dates []dateMatch) []eventHit {
	text := f.doc.text
	var hits []eventHit
	// An English sentence dated to the day ("X on Friday struck a deal") reports
	// a happening even without a trigger word, unless it only reports speech.
	for _, d := range dates {
		if d.Date.Day == 0 || f.markAt(d.Start) >= 0 {
			continue
		}
		if v := enPastVerb.FindStringIndex(sub(text, d.End, u.End)); v != nil && !f.speechNear(u, d) {
			hits = append(hits, eventHit{span{d.End + v[0], d.End + v[1]}, EventOther, sub(text, d.End+v[0], d.End+v[1]), ruleEventDayVerb})
		}
		break
	}
	// "In February, X detailed …": the same for a coarser date that opens
	// the sentence, where its subject and a past verb follow it.
	if len(hits) == 0 {
		if v, ok := f.enLeadVerb(u, dates[0]); ok && !f.speechNear(u, dates[0]) {
			hits = append(hits, eventHit{v, EventOther, sub(text, v.Start, v.End), ruleEventLeadVerb})
		}
	}
	return hits
}

// The rules of a trigger word, named by where its date comes from.
var (
	ruleEventZhClauseDate = defineRule(rule{
		ID:  "event.zh.clause-date",
		Doc: "a Chinese trigger word (发布, 融资, 大会, …) dated by the nearest date in its own clause",
		Fire: []string{"百度于2024年3月16日发布了新的模型。", "百度於2024年3月16日發布了新的模型。", "谷歌於上週二推出Gemini。",
			"微软于2019年向OpenAI投资10亿美元。", "谷歌在2014年以5亿美元买下DeepMind。", "阿里巴巴于2024年2月领投月之暗面。"},
		Hold: []string{"百度计划于2024年3月16日发布新的模型。", "根据去年百度公布的数据，文心一言的用户很多。"},
	})
	ruleEventZhLeadDate = defineRule(rule{
		ID:   "event.zh.lead-date",
		Doc:  "a Chinese trigger word dated by the date that opens its sentence (2024年3月，…)",
		Fire: []string{"2024年3月，百度发布了新的模型。"},
		Hold: []string{"2024年3月，百度表示将推出新的模型。", "据媒体今年早些时候报道，百度发布了新的模型。", "2023年，百度也将庆祝其深度学习研究院(IDL)成立10周年。"},
	})
	ruleEventEnVerbDate = defineRule(rule{
		ID:  "event.en.verb-date",
		Doc: "an English trigger word (released, raised, acquired, …) dated by a date in its verb's stretch of the sentence",
		Fire: []string{"OpenAI released GPT-4 on March 14, 2023.", "Databricks completed its IPO in March 2024.", "Ilya Sutskever left OpenAI in May 2024.",
			"Nvidia reported record revenue on May 22, 2024.", "Mistral AI closed a Series B round in March 2024.", "Meta made Llama 2 available for commercial use in July 2023.",
			"xAI was incorporated in March 2023.", "Amazon completed its investment in Anthropic in March 2024.", "Anthropic secured $4 billion from Amazon in March 2024.",
			"The Federal Trade Commission opened an investigation into OpenAI in July 2023.", "Sam Altman returned as chief executive of OpenAI in November 2023.",
			"Alphabet agreed in March 2024 to invest $2 billion in Anthropic.", "Microsoft agreed in March 2021 to buy Nuance."},
		Hold: []string{"OpenAI will release a new model in March 2026.", "Ilya Sutskever left early in May 2024."},
	})
	ruleEventEnLeadDate = defineRule(rule{
		ID:   "event.en.lead-date",
		Doc:  "an English trigger word dated by the date that opens its sentence, outside its verb's stretch",
		Fire: []string{"In March 2023, OpenAI released GPT-4 and Google launched Gemini."},
		Hold: []string{"OpenAI, the company behind ChatGPT, released GPT-4 in March 2023 and Google launched Gemini."},
	})
)

// eventRule names the rule that found the event of hit h, dated by d: the
// article's date for a headline or lead, the hit's own rule where it has
// one, else how the trigger word was dated.
func (f *eventFinder) eventRule(h eventHit, d *dateMatch, byLead, implicit bool) string {
	switch {
	case implicit: // d is the article's date (implicitDate)
		return d.rule
	case h.rule != "":
		return h.rule
	case d.rule != "":
		return d.rule
	case f.zh && byLead:
		return ruleEventZhLeadDate
	case f.zh:
		return ruleEventZhClauseDate
	case byLead:
		return ruleEventEnLeadDate
	}
	return ruleEventEnVerbDate
}

// hitEvents makes an event of each hit that has a date and entities,
// at most one per stretch of a sentence and date, in the order of the
// hits.
func (f *eventFinder) hitEvents(ui int, u unit, dates []dateMatch, hits []eventHit, implicit bool) []eventAt {
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
	leadOwn, leadHit := f.leadScope(u, lead, hits)
	seenClause := map[[2]int]bool{}
	// Telling kinds go first, so that 宣布 or announced is kept only where
	// nothing more telling made an event of its clause: not where that was
	// a plan (宣布将推出) or had no date ("X's buy of Y, announced in June").
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].kind != EventOther && hits[j].kind == EventOther })
	for _, h := range hits {
		if f.future(u, h.Start) || f.headlineTo(u, h) || f.announcesPlan(u, h) || f.namesSource(u, h) || f.anniversaryAhead(u, h) {
			continue
		}
		cs, ce := f.clauseBounds(u, h.Start)
		if h.kind == EventOther && realIn(cs, ce) {
			continue
		}
		ss, se := f.verbStretch(u, hits, h, cs, ce)
		d := f.clauseDate(dates, h, cs, ce, ss, se)
		// X推出的Y, X发布的Y: a release told as a description of Y, of
		// its own time, not that of a happening the sentence opens with
		// (今天召開記者會，…（Meta推出的模型）); a bare leading date still
		// dates it (2023年9月，X发布的Y引发热议).
		byLead := false
		if d == nil && !leadOwn && !(leadHit && zhModifier.MatchString(sub(f.doc.text, h.End, h.End+6))) && !f.sourceLead(u, lead) {
			d, byLead = lead, true
		}
		if d == nil {
			d = f.prevClauseDate(u, dates, hits, cs, lead)
		}
		if d == nil {
			continue
		}
		if seenClause[[2]int{ss, d.Start}] {
			continue
		}
		seenClause[[2]int{ss, d.Start}] = true
		ents := f.hitEntities(ui, u, h, cs, ce, ss, se)
		if len(ents) == 0 {
			continue
		}
		if h.kind != EventOther {
			realEvents = append(realEvents, h.span)
		}
		outAt = append(outAt, h.Start)
		out = append(out, f.newEvent(u, h, cs, ce, d, ents, implicit, f.eventRule(h, d, byLead, implicit)))
		if !implicit && !byLead {
			for _, e := range f.coordinated(u, h, d, dates, ss, se, cs, ce, ents, seenClause) {
				outAt = append(outAt, h.Start)
				out = append(out, e)
			}
		}
	}
	return byPosition(out, outAt)
}

// leadScope tells what a Chinese leading date dates. One in a clause that
// tells a happening of its own dates that one only (根据去年X公布的数据，…，
// 目前已拿了…融资): own; one in a clause that only sets the time or the
// meeting dates them all (2019年，…; 10月17日，百度举办大会，发布…). hit
// reports whether its clause holds any hit at all.
func (f *eventFinder) leadScope(u unit, lead *dateMatch, hits []eventHit) (own, hit bool) {
	if lead == nil || !f.zh {
		return false, false
	}
	ls, le := f.clauseBounds(u, lead.Start)
	for _, o := range hits {
		if o.Start >= ls && o.End <= le {
			hit = true
			own = own || o.kind != EventConference
		}
	}
	return own, hit
}

// verbStretch is the stretch [ss, se) of clause [cs, ce) that belongs to
// the verb of h. An English sentence of several verbs runs from one
// trigger to the next: "was founded in 2021 and raised $35 million last
// year"; a Chinese clause is one stretch.
func (f *eventFinder) verbStretch(u unit, hits []eventHit, h eventHit, cs, ce int) (ss, se int) {
	ss, se = cs, ce
	if f.zh {
		return ss, se
	}
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
	return ss, se
}

// enCommaAfter opens the words between a date and a later verb with a
// comma: the date closes a clause of its own.
var enCommaAfter = re(`^\s*,`)

// enSinceBefore ends the words before a verb of what came after a date:
// "has since raised".
var enSinceBefore = re(`(?i)\b(?:has|have|had)\s+since\s+$`)

// clauseDate is the date of the hit h from its own words: in English the
// one enDateOf picks in its stretch, in Chinese the one nearest it in its
// clause; nil when there is none.
func (f *eventFinder) clauseDate(dates []dateMatch, h eventHit, cs, ce, ss, se int) *dateMatch {
	if !f.zh {
		// "was founded in 2021 and has since raised $400 million": what
		// came since a date is not dated by it.
		if enSinceBefore.MatchString(sub(f.doc.text, max(ss, h.Start-20), h.Start)) {
			ss = h.Start
		}
		d := enDateOf(dates, h.span, ss, se)
		// "X, who founded Scale in 2016, stepped down": a date that a
		// comma closes off after an earlier verb is that verb's.
		if d != nil && d.End <= h.Start && ss != cs && enCommaAfter.MatchString(sub(f.doc.text, d.End, h.Start)) {
			return nil
		}
		return d
	}
	var d *dateMatch
	for i := range dates {
		if dates[i].Start >= cs && dates[i].End <= ce {
			if d == nil || abs(dates[i].Start-h.Start) < abs(d.Start-h.Start) {
				d = &dates[i]
			}
		}
	}
	return d
}

// hitEntities are those taking part in the event of h: the names of its
// stretch, or of its clause, and the organization a description such as
// "the social media giant" stands for.
func (f *eventFinder) hitEntities(ui int, u unit, h eventHit, cs, ce, ss, se int) []*entity {
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
	return ents
}

// newEvent is the event of hit h in clause [cs, ce) of unit u, dated by d,
// with the entities ents, found by rule.
func (f *eventFinder) newEvent(u unit, h eventHit, cs, ce int, d *dateMatch, ents []*entity, implicit bool, rule string) eventAt {
	var names []string
	for _, e := range ents {
		names = append(names, e.Name)
	}
	return eventAt{
		Event: Event{Name: f.eventName(cs, ce, h.span, h.word, h.kind, d.span, firstOrg(ents)), Date: d.Date.String(), Kind: h.kind, Involves: names,
			Sentence: f.doc.spanText(u.span), Rule: rule},
		d:        d.Date,
		ents:     ents,
		implicit: implicit,
	}
}

// ruleEventZhPrevClause dates a Chinese trigger by the clause before its
// own, where that clause only sets the time.
var ruleEventZhPrevClause = defineRule(rule{
	ID:   "event.zh.prev-clause-date",
	Doc:  "a Chinese trigger word dated by the clause before its own that names a date and no happening: 忙了一年后，百度于11月20日，在深圳上市",
	Fire: []string{"忙碌了一整年之后，百度于2024年11月20日，在深圳正式上市。", "在路演结束的那一天，也就是11月12日，商务部将百度列入名单。"},
	Hold: []string{"忙碌了一整年之后，百度于2024年11月20日发布了新模型，在深圳正式上市。", "据媒体2024年11月报道，百度在深圳正式上市。"},
})

// zhSourceClause opens a clause that names the source of what follows
// (据报道, 根据…的数据): its date is the report's, not the happening's.
var zhSourceClause = re(`^\s*(?:据|據|根据|根據|按照|依据|依據)`)

// prevClauseDate is the date of the clause before cs in unit u, where that
// clause holds a date and no hit of its own and is neither the sentence's
// opening (leadingDate dates from there) nor a source (据…报道); nil
// otherwise. The date carries ruleEventZhPrevClause.
func (f *eventFinder) prevClauseDate(u unit, dates []dateMatch, hits []eventHit, cs int, lead *dateMatch) *dateMatch {
	if !f.zh || cs <= u.Start {
		return nil
	}
	_, n := utf8.DecodeLastRuneInString(f.doc.text[:cs])
	ps := f.clauseStart(u, cs-n)
	if ps <= u.Start || zhSourceClause.MatchString(sub(f.doc.text, ps, cs)) {
		return nil
	}
	var d *dateMatch
	for i := range dates {
		if dates[i].Start >= ps && dates[i].End <= cs {
			d = &dates[i]
		}
	}
	if d == nil || d == lead || overlapsHit(hitSpans(hits), ps, cs) {
		return nil
	}
	c := *d
	c.rule = ruleEventZhPrevClause
	return &c
}

// hitSpans are the spans of hits.
func hitSpans(hits []eventHit) []span {
	out := make([]span, len(hits))
	for i, h := range hits {
		out[i] = h.span
	}
	return out
}

// sourceLead reports whether the leading date lead stands in a Chinese
// clause that names the source of the sentence (据《某报》上月报道，…):
// it dates the report, not what the report tells.
func (f *eventFinder) sourceLead(u unit, lead *dateMatch) bool {
	if lead == nil || !f.zh {
		return false
	}
	ls, _ := f.clauseBounds(u, lead.Start)
	return zhSourceClause.MatchString(sub(f.doc.text, ls, lead.Start))
}

// namesSource reports whether the Chinese trigger of h describes the
// source a clause cites (根据去年X公布的数据，…): the data or report is
// cited, its publication is no happening the article tells.
func (f *eventFinder) namesSource(u unit, h eventHit) bool {
	if !f.zh || !zhModifier.MatchString(sub(f.doc.text, h.End, h.End+6)) {
		return false
	}
	cs, _ := f.clauseBounds(u, h.Start)
	return zhSourceClause.MatchString(sub(f.doc.text, cs, h.Start))
}
