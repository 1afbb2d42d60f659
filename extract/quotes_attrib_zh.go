// Stage: quotes, Chinese. Chinese quote attribution beyond the shared
// sieves of quotes_direct.go: interview answers (问/答), 据…的说法, block
// quotes that go on over paragraphs, unnamed subjects (网友, 业内人士) and
// the tests that keep a title or a biography line from being a quote.
// Reads the discourse and the cues (matched on the folded view).

package extract

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/kg/extract/internal/vocab"
)

// The Chinese-only sieves: interview answers, 据X的说法, and a block quote
// that goes on over paragraphs.
var (
	ruleQuoteZhInterview = defineRule(rule{
		ID:   "quote.zh.interview-answer",
		Doc:  "an answer paragraph of an interview (答：…, A：…), given to the person last spoken of",
		Fire: []string{"记者专访了李彦宏。\n\n问：百度明年有什么计划？\n\n答：我们明年将在上海开设新的研究中心，并招聘很多工程师。"},
		Hold: []string{"问：明年有什么计划？\n\n答：我们明年将在上海开设新的研究中心，并招聘很多工程师。"},
	})
	ruleQuoteZhAccording = defineRule(rule{
		ID:   "quote.zh.according",
		Doc:  "a person's view introduced by 据X的说法／估计／分析，…",
		Fire: []string{`据李彦宏的说法，百度明年将在上海开设新的研究中心。`},
		Hold: []string{`据百度的说法，明年将在上海开设新的研究中心。`},
	})
	ruleQuoteZhBlockGoesOn = defineRule(rule{
		ID:   "quote.zh.block-goes-on",
		Doc:  "the paragraphs after a block quote that go on with the speaker's words",
		Fire: []string{"李彦宏在会上表示：\n\n百度明年将在上海开设新的研究中心，并招聘很多工程师。\n\n这个中心将专注于大模型的安全研究，也会和高校合作。"},
		Hold: []string{"李彦宏在会上表示：\n\n百度明年将在上海开设新的研究中心，并招聘很多工程师。\n\n据了解，这个中心将专注于大模型的安全研究，也会和高校合作。"},
	})
)

// zhAnnounceAct matches what follows 宣布 when the announcement is an act,
// not a statement: a person announcing a move (离职, 加入) or a launch.
var zhAnnounceAct = re(`^(?:将|将会|已|已经|正式|即将|自己|本人|其)?(?:离职|辞职|辞去|退休|加入|出任|卸任|任命|离开|退出|加盟|就任|接任|回归|重返|成立|创立|创办|推出|发布|上线|开源|完成|获得|收购|投资|启动|暂停|关闭|结婚|订婚)`)

// zhNotStatement reports whether reported content after cue is no
// statement: the verb's object, or an announcement of a personnel move or
// a launch.
func zhNotStatement(cueWord, content string) bool {
	// 补充了几个例子, 提到过这件事: an aspect particle right after the
	// verb makes what follows its object, not what was said.
	// A colon after the object introduces the words (透露了用户数：…).
	if r, _ := utf8.DecodeRuneInString(content); strings.ContainsRune("了过過着著", r) && !strings.ContainsAny(content, "：:") {
		return true
	}
	if foldZh(cueWord) != "宣布" {
		return false
	}
	return zhAnnounceAct.MatchString(foldZh(strings.TrimLeft(content, "，,： ")))
}

// zhMinQuoteLetters is the fewest letters Chinese words in quotation marks
// need to be speech: a size such as 7B or a two-character term is a name
// (何谓「7B」), not a statement; four characters can be (“非常出色”).
const zhMinQuoteLetters = 4

// zhBadSpeaker reports a speaker name that is a speech verb itself (警告
// read as a name before 说): never a person.
func zhBadSpeaker(name string) bool {
	f := foldZh(name)
	for _, w := range zhCueWords {
		if f == w {
			return true
		}
	}
	return false
}

// zhClauseLead matches connectives and adverbials that may open a clause
// before its subject: 但X表示, 此外，X, 在会上X.
var zhClauseLead = re(`^(?:但是|但|而且|而|不过|然而|同时|此外|另外|并且|且|其中|对此|随后|后来|最后|据悉|据了解|其后|之后|当时|如今|目前|现在|今年|去年|[0-9０-９]{1,4}[年月日]|)\s*$`)

// zhClauseSubject finds the subject of the clause [start, end) of a verb
// that has none of its own: the candidate that opens the clause, after
// only connectives, adverbs or the organization and title that introduce
// it. It returns the candidate's index, and false when the clause opens
// with no candidate.
func (q *quoter) zhClauseSubject(start, end int) (int, bool) {
	text := q.doc.text
	for i := sort.Search(len(q.cands), func(i int) bool { return q.cands[i].Start >= start }); i < len(q.cands); i++ {
		cd := q.cands[i]
		if cd.End > end {
			break
		}
		pre := strings.Trim(sub(text, start, max(start, min(cd.Start, q.chainStart(cd.span)))), " *\t")
		if pre != "" && !zhClauseLead.MatchString(foldZh(pre)) && !zhGapOK(pre) && !zhShortQualifier(pre) {
			return 0, false
		}
		// 某公司合伙人X: the organization introduces the person after it.
		for k := i + 1; k < len(q.cands) && q.cands[k].End <= end && q.chainStart(q.cands[k].span) <= cd.Start; k++ {
			if nx := q.cands[k]; nx.ent != nil && nx.ent.Type == Person {
				return k, true
			}
		}
		return i, true
	}
	return 0, false
}

// zhGapWords are the words that may stand between a speaker and the speech
// verb (vocabulary zh-quote-gap-words), folded, longest first.
var zhGapWords = foldAll(vocab.Words("zh-quote-gap-words"))

// zhClauseBeforeColon reports whether words between a speech verb and a
// colon are a statement (X提到，A是仿的，但做得很快：…) rather than a
// lead-in (X表示：, X说得更直接：): a clause with a comma in it.
func zhClauseBeforeColon(body string) bool {
	b := strings.TrimRight(body, "：: ")
	return strings.ContainsAny(b, "，,") && runeLetters(b) >= 10
}

// zhMaxBlock is how many paragraphs after a colon intro one speaker's
// unmarked words may run on for.
const zhMaxBlock = 6

// zhBlockGoesOn carries a block quote on over the paragraphs that follow
// unit ui's paragraph while they read as more of the same speech: no
// quotation marks, no speech verb, no person named, and not a heading.
// A post or letter transcribed after 某某说：runs over several paragraphs.
func (q *quoter) zhBlockGoesOn(ui int, att attribution) {
	att.rule = ruleQuoteZhBlockGoesOn
	text := q.doc.text
	para := q.units[ui].para
	k := ui
	for k < len(q.units) && q.units[k].para == para {
		k++
	}
	for n := 1; n < zhMaxBlock && k < len(q.units); n++ {
		if q.units[k].para != para+1 {
			return // a gap in the paragraphs: a break in the story
		}
		para = q.units[k].para
		start, end := q.units[k].Start, q.paraEnd(k)
		body := strings.TrimSpace(sub(text, start, end))
		if !q.zhBlockParagraph(span{start, end}, body) || q.namesOwnOrg(span{start, end}, att) {
			return
		}
		q.emitParagraph(span{start, end}, k, att, q.units[k])
		for k < len(q.units) && q.units[k].para == para {
			k++
		}
	}
}

// zhBlockParagraph reports whether a paragraph can go on with a block
// quote: it ends a sentence, quotes no one, names no person and has no
// speech verb of its own.
func (q *quoter) zhBlockParagraph(s span, body string) bool {
	if body == "" || !strings.ContainsAny(lastRune(body), "。！？；…!?") || !q.statementLike(s) {
		return false
	}
	if f := foldZh(body); zhToReader.MatchString(f) || zhReporterLead.MatchString(f) {
		return false
	}
	if q.markAt(s.Start) >= 0 || len(q.findCues(s.Start, s.End)) > 0 {
		return false
	}
	// Scare quotes and terms may stand in the speech; a quotation is
	// someone's words of its own.
	for i := q.markFrom(s.Start); i < len(q.marks) && q.marks[i].Start < s.End; i++ {
		if q.statementLike(q.marks[i].inner) {
			return false
		}
	}
	for _, c := range q.candsInside(s.Start, s.End) {
		if c.Start >= s.Start && c.End <= s.End && (c.ent != nil && c.ent.Type == Person || c.ent == nil && c.gender != 'n') {
			return false
		}
	}
	return true
}

// namesOwnOrg reports whether s names the speaker's own organization: a
// paragraph that speaks of it in the third person (Acme一直是开源的支持者)
// is the reporter's again, not the speaker's.
func (q *quoter) namesOwnOrg(s span, att attribution) bool {
	own := q.speakerOrg(att)
	if own == nil {
		return false
	}
	for _, m := range q.doc.mentionsWithin(s) {
		if m.Start >= s.Start && m.End <= s.End && m.Entity == own {
			return true
		}
	}
	return false
}

// zhParenDepth tracks parentheses while a clause is scanned backwards: a
// closing one opens a parenthetical, an opening one ends it.
func zhParenDepth(r rune, depth int) int {
	switch r {
	case '）', ')':
		return depth + 1
	case '（', '(':
		if depth > 0 {
			return depth - 1
		}
	}
	return depth
}

// zhParenTail matches the rest of a parenthetical after a name in it
// (Joshua Yang，译音）: no words between subject and verb.
var zhParenTail = re(`^[，,、][^（）()，,。]{0,12}[）)]`)

// zhGloss reports whether a candidate is an organization glossing the
// word before it in parentheses (在脸书（Facebook）写道): a place, not the
// subject.
func (q *quoter) zhGloss(cd cand) bool {
	if cd.ent == nil || cd.ent.Type == Person {
		return false
	}
	before := strings.TrimRight(sub(q.doc.text, max(0, cd.Start-3), cd.Start), " ")
	after := strings.TrimLeft(sub(q.doc.text, cd.End, min(len(q.doc.text), cd.End+3)), " ")
	return (strings.HasSuffix(before, "（") || strings.HasSuffix(before, "(")) && (strings.HasPrefix(after, "）") || strings.HasPrefix(after, ")"))
}

// zhRoleEnds are the heads of job titles and roles: a labelled line made
// of them (X：某公司首席科学家、某大学教授) introduces a person, it
// quotes nothing.
var zhRoleEnds = vocab.Words("zh-quote-role-ends")

// zhBioLine reports whether labelled words are a list of roles rather
// than speech: every part between 、，； ends with a role.
func zhBioLine(body string) bool {
	b := strings.TrimRight(foldZh(body), "。.； ")
	parts := strings.FieldsFunc(b, func(r rune) bool { return strings.ContainsRune("、，,；;", r) })
	if len(parts) == 0 {
		return false
	}
	for _, p := range parts {
		p = strings.TrimSpace(p)
		ok := false
		for _, w := range zhRoleEnds {
			if strings.HasSuffix(p, w) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// zhListener matches the listener after 告诉 (告诉BBC记者，…): no part of
// what was said. Matched on the folded view.
var zhListener = re(`^[^，,。：:“”「」]{1,16}(?:记者|媒体|本报|本台|笔者|听众|观众|投资者)[，,：:]\s*`)

// zhSkipObject drops the object of the verb from reported words: the
// listener after 告诉, or an object with 了 before a colon (透露了用户数：
// 一周内已有百万用户), where the words follow the colon.
func (q *quoter) zhSkipObject(c span, cueWord string) span {
	t := sub(q.doc.text, c.Start, c.End)
	if w := foldZh(cueWord); w == "告诉" || w == "对" {
		if loc := zhListener.FindStringIndex(foldZh(t)); loc != nil && runeLetters(t[loc[1]:]) >= 5 {
			return span{c.Start + loc[1], c.End}
		}
	}
	r, _ := utf8.DecodeRuneInString(t)
	if !strings.ContainsRune("了过過着著", r) {
		return c
	}
	k := strings.IndexAny(t, "：:")
	if k < 0 {
		return c
	}
	_, n := utf8.DecodeRuneInString(t[k:])
	if rest := strings.TrimSpace(t[k+n:]); runeLetters(rest) >= 5 {
		return span{c.End - len(rest), c.End}
	}
	return c
}

// zhModelAnaphor matches the words a Chinese statement uses for a model it
// does not name (该系统, 这款聊天机器人, 这一模型, 它): the model named last
// before the attribution. The words are coref.go's vocabulary.
var zhModelAnaphor = re(zhModelAnaphorAlt + `|^它`)

// zhUnnamedSubject ends with a subject that names no one (有人, 网友,
// 业内人士) before a speech verb, with the adverbs that may follow it.
// Matched on the folded view.
var zhUnnamedSubject = re(`(?:有人|网友们?|不少网友|许多网友|有网友|部分网友|业内人士|知情人士|消息人士|分析人士|观察人士|评论人士|专家们?|有专家|不少专家|多位专家|外界|舆论|批评者|支持者|分析师们?|有分析|有评论|研究人员|科学家们)(?:也|都|则|纷纷|普遍|还|均|亦|就|更是|甚至)*\s*$`)

// zhForgetUnnamed clears the last speaker when unit ui gives words to no
// one in particular (有网友表示，…): a quote with no verb after it is not
// the earlier named speaker's.
func (q *quoter) zhForgetUnnamed(ui int) {
	u := q.units[ui]
	text := q.ztext()
	for _, c := range q.findCues(u.Start, u.End) {
		if zhUnnamedSubject.MatchString(sub(text, q.clauseStart(u, c.Start), c.Start)) {
			q.setLast(nil, u.para)
			return
		}
	}
}

// zhInterviewLabel matches the label that opens an interview paragraph:
// the question (问：, Q：) or the answer (答：, A：).
var zhInterviewLabel = re(`^[*\s]*(?:(问|問|Q)|(答|A))[*\s]*[：:]\s*`)

// zhInterview handles the questions and answers of an interview printed
// as 问：… 答：…: a question is the interviewer's, no one's quote; an answer
// is the words of the interviewee, the last speaker or else the person
// named last before it. It reports whether unit ui belongs to such a
// paragraph.
func (q *quoter) zhInterview(ui int) bool {
	start := ui
	for start > 0 && q.units[start-1].para == q.units[ui].para {
		start--
	}
	text := q.doc.text
	ps, end := q.units[start].Start, q.paraEnd(start)
	loc := zhInterviewLabel.FindStringSubmatchIndex(sub(text, ps, end))
	if loc == nil {
		return false
	}
	if start != ui || loc[4] < 0 {
		return true // a later sentence of the paragraph, or a question
	}
	who := q.last
	if who == nil {
		who = q.lastBefore(ps, Person)
	}
	bs := ps + loc[1]
	body := strings.TrimSpace(sub(text, bs, end))
	if who == nil || runeLetters(body) < zhMinQuoteLetters {
		return true
	}
	off := bs + strings.Index(sub(text, bs, end), body)
	att := attribution{speaker: who, cue: sub(text, ps+loc[4], ps+loc[5]), rule: ruleQuoteZhInterview}
	q.emit(Quote{
		Speaker:  who.Name,
		Text:     body,
		Kind:     Direct,
		Cue:      att.cue,
		Offset:   off,
		Sentence: body,
	}, ui, span{off, off + len(body)}, att, q.units[ui])
	return true
}

// zhAfterQuoteLimit is how many bytes after a closing quotation mark the
// attribution may take (“…”某研究所(English name)政策研究员X说): long
// chains of organizations, glosses and titles come before the verb; the
// subject must still stand right before it.
const zhAfterQuoteLimit = 360

// zhWithOthers matches the others a speaker speaks with (他和其他研究人员
// 称, X与多位专家认为): the named one is still the subject.
var zhWithOthers = re(`^(?:和|与|及|以及|等)(?:其他|其它|另外|多位|几位|一些|不少|许多)?[^，,。；;：:“”「」\s]{0,8}?(?:人员|研究人员|研究者|专家|学者|同事|人士|高管|科学家|工程师|们|人)`)

// zhViewCues are verbs of regarding (X将Llama视为…): their object stands
// between the speaker and the verb.
var zhViewCues = vocabSet("zh-speech-view-cues")

// zhViewGap matches the words between a speaker and a verb of regarding:
// adverbs, then 将/把 and the object.
var zhViewGap = re(`^[^，,。；;：:“”「」]{0,6}?(?:将|把)[^，,。；;：:“”「」]{1,30}$`)

// zhViewGapOK reports whether g, between a subject and the verb of
// regarding w, is 将/把 with its object.
func zhViewGapOK(w, g string) bool {
	return zhViewCues[foldZh(w)] && zhViewGap.MatchString(foldZh(g))
}

// zhViewObject reports whether m is the object of a verb of regarding,
// between the speaker and the verb (X将Llama视为…): the statement's topic.
func zhViewObject(m mention, att attribution) bool {
	return zhViewCues[foldZh(att.cue)] && att.subject != (span{}) && m.Start >= att.subject.End
}

// zhConjunctions join coordinated subjects (A和B都认为).
var zhConjunctions = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range vocab.Words("zh-quote-conjunctions") {
		m[w] = true
	}
	return m
}()

// zhCoordinateOf returns the index of the first person in a run of persons
// joined by conjunctions that ends with cands[i], or -1 when cands[i] is
// not the later part of such a run. Only one quote can stand at an offset,
// so coordinated speakers give their words to the first.
func (q *quoter) zhCoordinateOf(cands []cand, i int) int {
	first := -1
	for k := i; k > 0; k-- {
		prev, cur := cands[k-1], cands[k]
		if prev.ent == nil || prev.ent.Type != Person || !zhConjunctions[foldZh(strings.TrimSpace(sub(q.doc.text, prev.End, cur.Start)))] {
			break
		}
		first = k - 1
	}
	return first
}

// zhToReader matches the reporter turning to the reader (你觉得呢？,
// 欢迎在评论区留言): the article's own voice, no one's quote.
var zhToReader = re(`你觉得呢|你怎么看|你们怎么看|大家怎么看|大家觉得|欢迎[^。！？]{0,12}留言|评论区|点个赞|关注我们`)

// zhOtherSubject reports whether a clause of u before pos opens with a
// subject other than the last speaker (监管局5日再点名某平台“…”): quoted words
// there are that subject's, not the last speaker's. A model as the subject
// is a topic the speaker may go on about (ChatGPT则…，“…”).
func (q *quoter) zhOtherSubject(u unit, pos int) bool {
	for end := pos; end > u.Start; {
		start := q.clauseStart(u, prevRune(q.doc.text, end))
		if i, ok := q.zhClauseSubject(start, end); ok && q.otherSpeaker(q.cands[i]) {
			return true
		}
		if start >= end {
			break
		}
		end = start
	}
	return false
}

// otherSpeaker reports whether a clause subject is an organization or a
// person other than the last speaker; he and she are taken to be the last
// speaker, and a model or a thing is no speaker.
func (q *quoter) otherSpeaker(c cand) bool {
	if c.ent == nil {
		return false
	}
	return c.ent.Type == Organization || c.ent.Type == Person && c.ent != q.last
}

// zhShortQualifier reports whether words before a clause's first name are
// a short qualifier of it (中国国家网信办, 美国, 前): two characters at most,
// and no preposition or verb that would make the name an object (对X, 与X).
func zhShortQualifier(pre string) bool {
	if utf8.RuneCountInString(pre) > 2 || runeLetters(pre) != utf8.RuneCountInString(pre) {
		return false
	}
	for _, w := range zhObjectMarks {
		if strings.HasSuffix(pre, w) {
			return false
		}
	}
	return !strings.ContainsAny(pre, "据據")
}

// speakerCand reports whether a candidate can be a speaker: a person, or a
// he or she.
func speakerCand(c cand) bool {
	if c.ent != nil {
		return c.ent.Type == Person
	}
	return c.gender != 'n'
}

// zhGlossParen matches a parenthetical right after a name, its gloss in
// another script or a note (周强(Zhou Qiang)表示, X（左）说).
var zhGlossParen = re(`^\s*[（(][^（）()。；;：:“”「」]{1,60}[）)]`)

// zhAccordingTo matches "according to X's estimate," (根据X的测算，): the
// words after the comma are X's. Matched on the folded view; group 1 is
// where X stands.
var zhAccordingTo = re(`(?:根据|据|按照|依据)([^，,。；;：:“”「」]{1,60}?)的(?:测算|估算|说法|看法|观点|估计|预测|统计|计算|分析|判断|介绍|研究|测试|观察|经验)[，,]\s*`)

// zhAccording handles a unit that gives its statement on the authority of
// a named person's estimate or view (而根据研究者X的测算，…). It reports
// whether it found one.
func (q *quoter) zhAccording(ui int) bool {
	u := q.units[ui]
	text := q.doc.text
	loc := zhAccordingTo.FindStringSubmatchIndex(sub(q.ztext(), u.Start, u.End))
	if loc == nil {
		return false
	}
	who := -1
	for i := q.candFrom(u.Start + loc[2]); i < len(q.cands) && q.cands[i].Start <= u.Start+loc[3]; i++ {
		if c := q.cands[i]; c.Start >= u.Start+loc[2] && c.End <= u.Start+loc[3] && speakerCand(c) {
			who = i
		}
	}
	if who < 0 || !zhGapOK(sub(text, q.cands[who].End, u.Start+loc[3])) {
		return false
	}
	c := q.cands[who]
	speaker := q.personOf(c, ui)
	if speaker == nil {
		return false
	}
	s := u.Start + loc[1]
	e := q.sentenceEnd(s, u.End)
	body := strings.TrimRight(sub(text, s, e), "。.！!？?； ")
	if runeLetters(body) < 5 || q.markAt(s) >= 0 {
		return false
	}
	att := attribution{speaker: speaker, cue: sub(text, u.Start+loc[3]+len("的"), s), region: span{u.Start + loc[0], s}, subject: c.span,
		chain: span{q.chainStart(c.span), c.End}, rule: ruleQuoteZhAccording}
	att.cue = strings.TrimRight(att.cue, "，, ")
	q.emit(Quote{
		Speaker:  speaker.Name,
		Text:     body,
		Kind:     Reported,
		Cue:      att.cue,
		Offset:   s,
		Sentence: strings.TrimSpace(sub(text, u.Start, u.End)),
	}, ui, span{s, s + len(body)}, att, u)
	return true
}

// zhAboutSpeaker reports whether m, outside the statement and its
// attribution, stands in a clause whose subject is the speaker (王明虽然
// 已不再是某公司的顾问，但他表示…): that clause introduces the
// speaker, it names no topic.
func (q *quoter) zhAboutSpeaker(m mention, att attribution, u unit) bool {
	if att.speaker == nil || att.region == (span{}) || m.Start >= att.region.Start {
		return false
	}
	start := q.clauseStart(u, m.Start)
	end := m.Start
	i, ok := q.zhClauseSubject(start, end)
	if !ok {
		return false
	}
	c := q.cands[i]
	return c.ent == att.speaker || c.ent == nil && c.gender != 'n' && q.personOf(c, q.unitOf(c.Start)) == att.speaker
}

// zhReporterLead matches how a paragraph in the reporter's own voice opens:
// a source of the reporter's (据了解, 数据显示) or a date that sets a new
// scene (3月5日，…; 昨天，…).
var zhReporterLead = re(`^(?:据了解|据悉|据报道|据介绍|记者了解到|记者注意到|记者获悉|数据显示|资料显示|公开资料显示|值得一提的是|值得注意的是|[0-9０-９]{1,4}年|[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,2}[日号]|(?:今天|昨天|昨日|今日|日前|近日|本周|上周)[，,])`)
