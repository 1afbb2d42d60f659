// Stage events: dated happenings (a release, a funding round, a meeting)
// and who took part, read from the sentences, marks and speakers the quote
// finder (discourse stage) has made of the text. This file holds the
// kinds, the trigger table, the finder's type and the merging of events
// that tell the same happening; events_unit.go finds the events of one
// sentence.
package extract

import (
	"regexp"
	"strings"
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
// 发布会 is a conference before it is a release. The plain Chinese words of
// a row are a vocabulary list (eventWordsRe); what follows them are words
// with a guard, English words, and the traditional spellings vocabWords
// cannot derive yet because tradToSimp lacks their characters (記, 週, 洩, 買,
// 籌, 併, 訴, 訟, 狀, 測, 內, 佈, 辭, 簽, 賣, 畢, 僱).
var triggers = []trigger{
	{re(eventWordsRe("zh-event-meeting") + `|記者會|(?:^|[^今明去前0-9０-９])(年会|年會)|\b(?:[Cc]onference|[Ss]ummit|[Ee]xpo|[Kk]eynote|[Dd]ev[Dd]ay|[Hh]ackathon)s?\b`), EventConference},
	{re(eventWordsRe("zh-event-anniversary") + `|週年|\banniversary\b`), EventAnniversary},
	{re(eventWordsRe("zh-event-leak") + `|洩露|洩漏|外洩|\bleak(?:ed|s)?\b`), EventLeak},
	{re(eventWordsRe("zh-event-funding") + `|籌資|籌集|籌措|(?i:\b(?:raised|raises|raising|invested|invests)\b|\bagreed to invest\b)` +
		`|获得[^，,。；;]{0,20}投资|獲得[^，,。；;]{0,20}投資|(?:^|[^方导導转轉指走倾傾面])向[^，,。；;的]{1,16}(?:投资|投資)|\bfunding round\b|\bSeries [A-F]\b`), EventFunding},
	{re(eventWordsRe("zh-event-acquisition") + `|併購|買下|(?i:\b(?:acquired|acquires|acquisition of|bought|buys)\b|\bagreed to (?:acquire|buy|purchase)\b)`), EventAcquisition},
	{re(eventWordsRe("zh-event-lawsuit") + `|起訴|訴訟|狀告|(?i:\b(?:sued|sues|lawsuit|filed suit|class action)\b)`), EventLawsuit},
	{re(`(成立|创立|創立|创办|創辦|创建|創建)(?:\s*[^\s0-9一二三四五六七八九十]|$)|(?i:\b(?:founded|established|co-founded|cofounded)\b)`), EventFounding},
	{re(eventWordsRe("zh-event-launch") + `|公測|內測|向[^，,。；;]{0,8}(?:开放|開放)|(?i:\b(?:launched|launches|rolled out|went live|launch of|rollout of)\b)`), EventLaunch},
	{re(eventWordsRe("zh-event-release") + `|發佈|公佈|(建立)的|((?:开源|開源)(?:[^模社许許生协協的项項大版权權界领領圈软軟代运運精路策力者、与與和及]|$))` +
		`|(?i:\b(?:released|releases|release of|unveiled|unveils|debuted|introduced|open-sourced|shipped|published|presented)\b)`), EventRelease},
	{re(eventWordsRe("zh-event-other") + `|宣佈|辭職|簽署` +
		`|(?:拥有|擁有|突破|达到|達到|超过|超過)[0-9０-９一二两兩三四五六七八九十百千万萬亿億.]+[^，,。；;]{0,4}(?:用户|用戶|下载|下載|开发者|開發者)` +
		`|\b(?:reached|passed|surpassed|topped|hit) [0-9.,]+(?: million| billion)? (?:users|downloads|developers)\b` +
		`|(?i:\b(?:announced|joined|signed|reached an agreement|issued|posted)\b)|\b(?:moved|switched|migrated) from\b` +
		`|\b(?:took|takes) effect\b|\b(?:went|goes) into effect\b|\bshares (?:fell|rose|dropped|plunged|jumped|slid|soared|tumbled)\b`), EventOther},
}

// eventWordsRe is the words of vocabulary list name, with their traditional
// spellings, as a regexp alternation for a row of the trigger table.
func eventWordsRe(name string) string {
	ws := vocabWords(name)
	for i, w := range ws {
		ws[i] = regexp.QuoteMeta(w)
	}
	return strings.Join(ws, "|")
}

// zhModifier is what follows a trigger that describes a name (Meta推出的
// 模型) rather than tells a happening.
var zhModifier = re(`^\s*的`)

// zhDateOfModel is what may stand between a date and the model it dates:
// 9月的开源版Qwen.
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
// the quote finder's run has made of the text — the sentences (units) and
// paragraphs, the quotation marks, the candidate subjects, the datelines,
// the cues of speech — and the run's speaker state: the attributing words
// of the quotes (regions) and the speakers a pronoun resolves to. It
// changes none of it (beyond the quoter's own lazy caches); what it keeps
// of its own is the candidates it adds.
type eventFinder struct {
	*quoter
	evCands []cand // eventCands, built once
	title   int    // the headline's paragraph, -1 when there is none (leadParas)
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
	f.title = ctx.title
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

// eventAt is an event with what merging reads: its date as a value, the
// entities taking part, whether the article dated it and the kinds merged
// into it.
type eventAt struct {
	Event
	d    date
	ents []*entity
	// implicit: dated by the article, not by the text (see implicitDate).
	implicit bool
	kinds    []string // the kinds of the events merged into this one
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

func isConference(w string) bool {
	for _, t := range triggers {
		if t.kind == EventConference && t.re.MatchString(w) {
			return true
		}
	}
	return false
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
			if o.implicit != e.implicit && !sameDay || !sameDay && !sameKindFamily(o.Kind, e.Kind) || !o.d.compatible(e.d) || !sharesEntity(o.ents, e.ents) {
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

// sameKindFamily reports whether events of kinds a and b may tell one
// happening: the same kind, or a release and a launch (百度推出文心一言，成为
// 首个发布的大模型: 推出 and 发布 name one act).
func sameKindFamily(a, b string) bool {
	return a == b || a == EventRelease && b == EventLaunch || a == EventLaunch && b == EventRelease
}

// sharesEntity reports whether a and b name an entity in common.
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
