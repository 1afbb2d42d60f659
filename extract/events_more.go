// Stage events: the second trigger table (hires, listings, prizes,
// hearings, sanctions, …), the organization a description such as "the
// startup" or 这家公司 stands for, and the English sentence whose date opens
// it before a name and its past verb. Reads the mentions and sentences.
package extract

import "sort"

// More event kinds: people moving, a company going public, a prize.
const (
	EventPersonnel = "personnel"
	EventListing   = "listing"
	EventAward     = "award"
	EventHearing   = "hearing"
)

// moreTriggers name happenings the first table leaves out: hires and
// departures, listings, prizes, hearings, valuations, sanctions, and the English
// verbs of release and founding it lacks (revealed, open sourced, was
// formed). They come after the first table, so a word both know keeps
// its first kind.
var moreTriggers = []trigger{
	{re(`(?i:\b(?:testif(?:y|ied|ies)|hearing)\b)`), EventHearing},
	{re(`(?i:\b(?:revealed|reveals|open[- ]sourced|open-sources|made (?:it )?(?:publicly )?available|` +
		`made (?:[\w.-]+ ){1,3}?(?:publicly |freely |generally )?available|previewed|created|co-created|debuts|` +
		`rolls out)\b|\b(?:its|their) (?:\w+ )?(?:release|debut)\b)`), EventRelease},
	{re(`(?i:\b(?:its|their) (?:\w+ )?launch\b)|` + eventWordsRe("zh-event-service")), EventLaunch},
	{re(`(?i:\b(?:was|were) (?:formed|created|set up|started|incorporated)\b)`), EventFounding},
	{re(`\b(agreed) (?:in|on|last|this|earlier) [\w. ]{1,20}? to invest\b|(?i:\bvalued at\b|\binvestment in\b|` +
		`\bsecured (?:an? )?(?:[$€£]|(?:new )?(?:funding|financing|investment))|\bround of (?:financing|funding)\b|` +
		`\bfinancing round\b|\bseed (?:round|funding)\b|\bin (?:Series [A-F] )?funding\b)`), EventFunding},
	{re(`\b(agreed) (?:in|on|last|this|earlier) [\w. ]{1,20}? to (?:acquire|buy|purchase)\b|(?i:\b(?:buy|purchase|` +
		`takeover) of\b|\bdeal to (?:buy|acquire)\b|\bmerger\b)|` + eventWordsRe("zh-event-sale") + `|賣了|賣給`), EventAcquisition},
	{re(`(?:[A-H]|Pre-[A-H]|种子|種子|天使)\s*(?:\+\s*)?(?:轮|輪)|(?:认购|認購)`), EventFunding},
	{re(`(?i:\b(?:filed|files) (?:a |an )?(?:suit|lawsuit|complaint|class[- ]action)\b)`), EventLawsuit},
	{re(`(?i:\b(?:IPO|went public|goes public|initial public offering|began trading)\b)|(上市|挂牌|掛牌)(?:[^公企地]|$)`), EventListing},
	{re(`(?i:\b(?:fired|fires|ousted|ousts|appoints|dismissed|resigned|resigns|quit|quits|exits|ouster|hired|hires|appointed|stepped down|steps down|` +
		`(?:was|were|been|is) (?:\w+ly )?(?:named|removed)|joins|terminated|returned as|rejoined)\b)|\b(left) (?:(?:the|its|their|his|her) (?:company|startup|firm|board|lab)\b|[A-Z])|` +
		eventWordsRe("zh-event-personnel") + `|辭去|解僱`), EventPersonnel},
	{re(`(?i:\b(?:won|wins) (?:the|a|an)\b|\bawarded\b)|(?:获得|獲得|荣获|榮獲|赢得|贏得|夺得|奪得)[^，,。；;]{0,12}(?:奖|獎)|` + eventWordsRe("zh-event-award")), EventAward},
	{re(eventWordsRe("zh-event-more") + `|畢業|(?:列入|纳入|納入)[^，,。；;]{0,16}(?:清单|清單|名单|名單)|(?:审查|審查)|(?:终止|終止)|(?:通过|通過)[^，,。；;]{0,12}法案` +
		`|(?:用户|用戶)[数數]?[^，,。；;]{0,4}(?:超过|超過|突破|达到|達到)` +
		`|(?i:\b(?:sanctioned|blacklisted|shut down|shuts down|passed (?:a|the) [\w -]{0,20}(?:act|law|bill))\b)` +
		`|(?i:\b(?:reported|posted) (?:[\w-]+ ){0,3}?(?:results|earnings|revenue|profits?|sales|losses?)\b)` +
		`|(?i:\b(?:opened|launched|began) (?:an? )?(?:[\w-]+ )?(?:investigation|probe|inquiry)\b)` +
		`|完成[^，,。；;]{0,8}(?:学业|學業)|(?:解决|解決)了|(?:取得|获得|獲得)[^，,。；;]{0,8}(?:学位|學位)|接受[^，,。；;]{0,12}(?:采访|採訪|专访|專訪|电访|電訪)` +
		`|(?:价格|價格)[^，,。；;]{0,6}下调|下調`), EventOther},
}

// The extra triggers join the table every lookup goes through.
func init() { triggers = append(triggers, moreTriggers...) }

// enOrgSubject is a subject that stands for an organization named before:
// "it", or a description such as "the young French company", "the social
// media giant", "the startup", where it opens the stretch of the verb
// (after a leading phrase such as "In June,").
var enOrgSubject = re(`(?i)^\s*(?:[^,.;]{0,40},\s*){0,2}(it|the (?:[\w()-]+ ){0,6}?(?:` + enOrgNounAlt + `|developer))\b`) // coref.go's vocabulary; a developer as an event's subject is a company

// subjectOrg resolves the subject of a verb at trig whose stretch, from ss
// in clause cs, names no one: the organization the text named last
// ("In June, the young company made a splash by raising …", "On Monday,
// it closed a new round").
// In Chinese, the clause before the verb holds the description:
// 这家被誉为…的科技企业在今年9月3日开始接受认购.
func (f *eventFinder) subjectOrg(cs, ss, trig int) []*entity {
	var loc []int
	if f.zh {
		loc = zhOrgSubject.FindStringSubmatchIndex(sub(f.doc.text, cs, trig))
		ss = cs
	} else {
		loc = enOrgSubject.FindStringSubmatchIndex(sub(f.doc.text, ss, trig))
	}
	if loc == nil {
		return nil
	}
	if e := f.lastOrgBefore(ss+loc[2], sub(f.doc.text, ss+loc[2], ss+loc[3])); e != nil {
		return []*entity{e}
	}
	return nil
}

// zhOrgSubject is a description of an organization named before: 这家公司,
// 该企业, 这家被誉为…的初创企业.
var zhOrgSubject = re(`((?:这家|這家|该|該)[^，,。；;]{0,30}?(?:` + eventWordsRe("zh-event-org-nouns") + `))`)

// enSubjVerb is a past-tense verb right after a subject: "X detailed",
// "X quietly cut".
var enSubjVerb = re(`^\s+(?:[a-z]+ly\s+)?([a-z]{2,}ed|` + eventWordsRe("en-event-past-verbs") + `|` + eventWordsRe("en-event-subject-verbs") + `)\b`)

// enLeadVerb finds the verb of a sentence that a date opens ("In February,
// X detailed its plans"): the date among the first words, then a name,
// then a past-tense verb. Such a sentence reports a dated happening though
// no trigger word names it.
func (f *eventFinder) enLeadVerb(u unit, d dateMatch) (span, bool) {
	text := f.doc.text
	if f.markAt(d.Start) >= 0 || !enOpening.MatchString(sub(text, u.Start, d.Start)) {
		return span{}, false
	}
	pos := d.End
	for pos < u.End && (text[pos] == ' ' || text[pos] == ',') {
		pos++
	}
	ms := f.doc.mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= pos })
	if i == len(ms) || ms[i].Start != pos || ms[i].Entity == nil {
		return span{}, false
	}
	end := ms[i].End
	loc := enSubjVerb.FindStringSubmatchIndex(sub(text, end, u.End))
	if loc == nil {
		return span{}, false
	}
	return span{end + loc[2], end + loc[3]}, true
}
