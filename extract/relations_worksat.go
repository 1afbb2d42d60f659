// Stage: relations, more WORKS_AT patterns: a post after a Chinese name
// (ORG的X教授), Chinese title segments and lists, founder lists, bracketed
// tickers, "who is a title at", appositions of two organizations, past work
// (spent years at, left), moves between posts (became, stepped down as,
// 出任), 他/她 in a later clause, poaching, joined as and "its title".
// Reads a sentence's mentions, the text between them and the sentences
// before.

package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Rules of this file (see rules.go).
var (
	// ruleZhTitleSegments finds Chinese posts in segments after the name.
	ruleZhTitleSegments = defineRule(rule{
		ID:   "works-at.zh.title-segments",
		Doc:  "Chinese posts in segments after the name: PERSON，ORG的title; PERSON，ORG1、ORG2 title",
		Fire: []string{"赵明阳，OpenAI、清华大学副教授。", "赵明阳，京东的首席技术官，在会上发言。"},
		Hold: []string{"赵明阳，OpenAI、清华大学的合作者。"},
	})
	// ruleWorkedBefore finds PERSON worked at ORG before, PERSON left ORG, PERSON previously spent years at ORG.
	ruleWorkedBefore = defineRule(rule{
		ID:   "works-at.en.worked-before",
		Doc:  "PERSON worked at ORG before, PERSON left ORG, PERSON previously spent years at ORG",
		Fire: []string{"Dana Reyes spent eight years at Meta and then joined Anthropic."},
		Hold: []string{"Dana Reyes spent eight years criticising Meta."},
	})
	// rulePostChange finds PERSON became / stepped down as title of ORG, PERSON出任ORG title.
	rulePostChange = defineRule(rule{
		ID:   "works-at.any.post-change",
		Doc:  "PERSON became / stepped down as title of ORG, PERSON出任ORG title",
		Fire: []string{"赵明阳被任命为阿里巴巴首席技术官。", "Dana Reyes stepped down as chief executive of Anthropic."},
		Hold: []string{"赵明阳被阿里巴巴的报告点名批评。"},
	})
)

// relTitleHeads end a Chinese post that the relation rules accept next to
// an organization but that entity rules must not treat as a name stop
// (记者 is a post at a newspaper; 博士生 a post at a university lab).
var relTitleHeads = append(vocabWords("zh-rel-title-heads"),
	"記者", "編輯", "祕書", "實習生", "僱員", "評論員") // traditional forms the conversion table (tradToSimp) lacks

// relTitleHead reports a Chinese post: a title head of the entity rules or
// one of relTitleHeads.
func relTitleHead(s string) bool {
	if endsWithTitleHead(s) {
		return true
	}
	s = strings.TrimRight(s, " ")
	for _, h := range relTitleHeads {
		if strings.HasSuffix(s, h) {
			return true
		}
	}
	return false
}

// zhHonorifics follow a name as its post in Chinese news (马丁教授,
// 莫尔特博士); after an organization they make the person work there.
var zhHonorifics = vocabWords("zh-rel-honorifics")

// nameThenTitle reads ORG(的)NAME教授 and ORG的NAME博士（…）: a Chinese
// name written with its post after it, right behind the organization.
func (r *relFinder) nameThenTitle(s sentence, ms []mention, k int) {
	if k == 0 || ms[k-1].Entity.Type != Organization {
		return
	}
	text := r.doc.text
	o, p := ms[k-1], ms[k]
	if surface := text[p.Start:p.End]; strings.HasSuffix(surface, "的") {
		return // a phrase misread as a name: 毕业的博士生
	}
	if between := strings.TrimSpace(text[o.End:p.Start]); between != "" && between != "的" {
		return
	}
	after := strings.TrimLeft(text[p.End:s.End], " ")
	for _, h := range zhHonorifics {
		if strings.HasPrefix(after, h) {
			r.add(ruleOrgTitle, WorksAt, p.Entity, o.Entity, h, false)
			return
		}
	}
}

// orgTitleChain reads ORG TITLE、X作者 NAME: a post at the organization
// first in a chain of descriptions before the name, where a model named
// in a later item (ViT作者) stands between the organization and the name.
func (r *relFinder) orgTitleChain(s sentence, ms []mention, k int) {
	text := r.doc.text
	p := ms[k]
	j := k - 1
	for j >= 0 && j >= k-3 && ms[j].Entity.Type == Model {
		j--
	}
	if j < 0 || j == k-1 || ms[j].Entity.Type != Organization {
		return
	}
	o := ms[j]
	between := text[o.End:p.Start]
	cut := strings.Index(between, "、")
	if cut <= 0 || clauseBreak(between) || utf8.RuneCountInString(between) > 30 {
		return
	}
	if role, former, ok := titleBetween(between[:cut]); ok && role != "" {
		r.add(ruleOrgTitle, WorksAt, p.Entity, o.Entity, role, former)
	}
}

// groupTitleRe matches what closes a list of people before the post they
// share: 等多位, 等三位, 等人 and nothing.
var groupTitleRe = regexp.MustCompile(`^\s*等?(?:多|几|幾|数|數|两|兩|[二三四五六七八九十]|\d+)?(?:位|名)?\s*$`)

// listThenOrgTitle reads A、B和C等多位ORG教授: every person of the list
// works at the organization after it, in the post that follows.
func (r *relFinder) listThenOrgTitle(s sentence, ms []mention) {
	text := r.doc.text
	for k := 0; k+1 < len(ms); k++ {
		o := ms[k+1]
		if ms[k].Entity.Type != Person || o.Entity.Type != Organization {
			continue
		}
		if !groupTitleRe.MatchString(text[ms[k].End:o.Start]) || text[ms[k].End:o.Start] == "" {
			continue
		}
		rest := text[o.End:s.End]
		end := strings.IndexAny(rest, "，。；,;、")
		if end < 0 {
			end = len(rest)
		}
		role := strings.TrimSpace(rest[:end])
		if role == "" || utf8.RuneCountInString(role) > 8 || !hasHan(role) || !relTitleHead(role) {
			continue
		}
		// the people: back through the list joined by 、 和 与 及
		for j := k; j >= 0 && ms[j].Entity.Type == Person; j-- {
			r.add(ruleTitleList, WorksAt, ms[j].Entity, o.Entity, role, false)
			if j == 0 || !zhListJoin(text[ms[j-1].End:ms[j].Start]) {
				break
			}
		}
	}
}

// zhListJoin reports the separator of a Chinese list of names.
func zhListJoin(between string) bool {
	switch strings.TrimSpace(between) {
	case "、", "和", "与", "與", "及", "以及", ",", "，":
		return true
	}
	return false
}

// zhTitleSegments reads PERSON，ORG TITLE、ORG2 TITLE2 and PERSON：ORG、
// ORG2和ORG3 TITLE: a description after the name made of posts, each an
// organization (or a list of them) with its title, up to the clause end.
func (r *relFinder) zhTitleSegments(s sentence, ms []mention) {
	text := r.doc.text
	for k := 0; k+1 < len(ms); k++ {
		p := ms[k]
		if p.Entity.Type != Person {
			continue
		}
		if sep := strings.TrimSpace(text[p.End:ms[k+1].Start]); sep != "，" && sep != "：" && sep != ":" {
			continue
		}
		var orgs []*entity
		for j := k + 1; j < len(ms); j++ {
			m := ms[j]
			if m.Entity.Type != Organization {
				break
			}
			orgs = append(orgs, m.Entity)
			next := s.End
			if j+1 < len(ms) {
				next = ms[j+1].Start
			}
			gap := text[m.End:next]
			if j+1 < len(ms) && zhListJoin(gap) && gap != "，" && gap != "," {
				continue // ORG、ORG2和ORG3副教授
			}
			end := strings.IndexAny(gap, "，。；、,;")
			if end < 0 {
				end = len(gap)
			}
			role := strings.TrimPrefix(strings.TrimSpace(gap[:end]), "的")
			if role == "" || utf8.RuneCountInString(role) > 14 || !relTitleHead(role) {
				break
			}
			former := strings.HasPrefix(role, "前") || strings.HasPrefix(role, "原")
			for _, o := range orgs {
				r.add(ruleZhTitleSegments, WorksAt, p.Entity, o, role, former)
			}
			orgs = nil
			if end == len(gap) || !strings.HasPrefix(gap[end:], "、") || strings.TrimSpace(gap[end+len("、"):]) != "" {
				break // the next item must open with an organization
			}
		}
	}
}

// leftVerbs end a post at the organization that is their object (who left
// Acme last year): the person worked there before.
var leftVerbs = map[string]bool{"left": true, "quit": true}

// personWithin reports a person other than ms[k] named inside [from, end).
func personWithin(ms []mention, k, from, end int) bool {
	for j := k + 1; j < len(ms) && ms[j].Start < end; j++ {
		if ms[j].Start >= from && ms[j].Entity.Type == Person && ms[j].Entity != ms[k].Entity {
			return true
		}
	}
	return false
}

// whoIsRe reads ", who is now managing director at ORG" after a name up
// to the organization: the tense, and the post.
var whoIsRe = regexp.MustCompile(`^,? (?:(?:a|an|the) [^,;"“”]{0,60}? )?who (is|was|has been|had been|became|remains|serves as|served as) (?:now |currently |also |still |later |` +
	`then )*(?:(?:a|an|the) )?((?:[\w-]+ ){0,5}[\w-]+) (?:at|of|with|for) (?:the )?(?:[a-z]+ ){0,2}$`)

// whoIsTitle reads "NAME, who is now managing director at ORG" and "NAME,
// who was a researcher at ORG".
func (r *relFinder) whoIsTitle(s sentence, ms []mention, k int) {
	text := r.doc.text
	p := ms[k]
	for j := k + 1; j < len(ms); j++ {
		if ms[j].Entity.Type == Person {
			return
		}
		if ms[j].Entity.Type != Organization {
			continue
		}
		m := whoIsRe.FindStringSubmatch(text[p.End:ms[j].Start])
		if m == nil || !plausibleRole(m[2]) {
			return
		}
		r.add(ruleWhoClause, WorksAt, p.Entity, ms[j].Entity, m[2], m[1] == "was" || m[1] == "had been" || m[1] == "served as")
		return
	}
}

// founderListRe ends the text between the last founder of a list and the
// organization they founded: 一起共同创立的, 联合创办了, together founded.
var founderListRe = regexp.MustCompile(`^\s*(?:等人|等)?(?:一起|一同|共同|联合|聯合|合伙|合夥|\s)*(?:创立|創立|创办|創辦|创建|創建)(?:的|了)\s*$|^,? (?:together |jointly )?co-?founded (?:the )?(?:startup |company |lab )?$`)

// founderList reads A 与 B、C 一起共同创立的 ORG and "A, B and C
// co-founded ORG": every person of the list is a co-founder.
func (r *relFinder) founderList(s sentence, ms []mention) {
	text := r.doc.text
	for k := 0; k+1 < len(ms); k++ {
		o := ms[k+1]
		if ms[k].Entity.Type != Person || o.Entity.Type != Organization || !founderListRe.MatchString(text[ms[k].End:o.Start]) {
			continue
		}
		n := 0
		for j := k; j >= 0 && ms[j].Entity.Type == Person; j-- {
			n++
			if j == 0 || !founderJoin(text[ms[j-1].End:ms[j].Start]) {
				break
			}
		}
		if n < 2 {
			continue // one founder: personFounded reads it
		}
		for j := k; j > k-n; j-- {
			r.add(ruleTitleList, WorksAt, ms[j].Entity, o.Entity, "联合创始人", false)
		}
	}
}

// founderJoin reports the separator of a list of founders.
func founderJoin(between string) bool {
	switch strings.TrimSpace(between) {
	case "、", "和", "与", "與", "及", "以及", ",", "，", "and", ", and":
		return true
	}
	return false
}

// parenOrgTitle reads ORG(ALIAS, TICKER)TITLE NAME: the post after the
// parenthesis is at the organization before it, not at the alias or the
// ticker inside (星河(Orbis Motors Inc., ORBM)首席执行官柯文).
func (r *relFinder) parenOrgTitle(s sentence, ms []mention, k int) {
	if k == 0 {
		return
	}
	text := r.doc.text
	p := ms[k]
	between := text[ms[k-1].End:p.Start]
	close := strings.IndexAny(between, ")）")
	if close < 0 {
		return
	}
	role, former, ok := titleBetween(between[close+len(")"):])
	if between[close] != ')' {
		role, former, ok = titleBetween(between[close+len("）"):])
	}
	if !ok || role == "" {
		return
	}
	if open := strings.TrimSpace(between[:close]); strings.HasPrefix(open, "(") || strings.HasPrefix(open, "（") {
		// 布朗大学(Brown University)博士生X: the alias is no mention of its own
		if ms[k-1].Entity.Type == Organization && !strings.ContainsAny(open[1:], "(（") && len(open) < 80 {
			r.add(ruleParenTitle, WorksAt, p.Entity, ms[k-1].Entity, role, former)
		}
		return
	}
	if strings.ContainsAny(between[:close], "(（") {
		return
	}
	// the organization right before the opening parenthesis, or the first
	// one inside it when the text before names none
	for j := k - 1; j >= 0 && j >= k-6 && ms[j].Start >= s.Start; j-- {
		lead := strings.TrimRight(text[s.Start:ms[j].Start], " ")
		if !strings.HasSuffix(lead, "(") && !strings.HasSuffix(lead, "（") {
			if clauseBreak(strings.Trim(text[ms[j].End:ms[j+1].Start], ",， ")) {
				return
			}
			continue
		}
		o := ms[j]
		if j > 0 && strings.TrimSpace(text[ms[j-1].End:ms[j].Start]) == strings.TrimSpace(lead[len(strings.TrimRight(lead, "(（")):]) && ms[j-1].Entity.Type == Organization {
			o = ms[j-1]
		}
		if o.Entity.Type == Organization {
			r.add(ruleParenTitle, WorksAt, p.Entity, o.Entity, role, former)
		}
		return
	}
}

// coOrgsRe matches what stands between a name and the first of two
// organizations that share the post: ", the co-founder of ".
var coOrgsRe = regexp.MustCompile(`^, (?:the |a |an )?((?:former |ex-)?(?:[\w-]+ ){0,3}[\w-]+) (?:of|at) (?:the )?$`)

// coOrgsJoin matches the join of the two organizations, with the owner of
// the second one ("and Google's DeepMind" names Google first).
var coOrgsJoin = regexp.MustCompile(`^ and (?:the )?$`)

// appositionCoOrgs reads "NAME, the co-founder of ORG1 and ORG2": the post
// is at both organizations.
func (r *relFinder) appositionCoOrgs(s sentence, ms []mention, k int) {
	text := r.doc.text
	if k+2 >= len(ms) || ms[k+1].Entity.Type != Organization {
		return
	}
	m := coOrgsRe.FindStringSubmatch(text[ms[k].End:ms[k+1].Start])
	if m == nil || !plausibleRole(m[1]) {
		return
	}
	j := k + 2
	if !coOrgsJoin.MatchString(text[ms[k+1].End:ms[j].Start]) || ms[j].Entity.Type != Organization {
		return
	}
	for j+1 < len(ms) && ms[j+1].Entity.Type == Organization {
		if g := text[ms[j].End:ms[j+1].Start]; g != "'s " && g != "’s " {
			break
		}
		j++ // Google's DeepMind: the unit, not its owner
	}
	if rest := text[ms[j].End:s.End]; rest != "" && !strings.HasPrefix(rest, ",") && !strings.HasPrefix(rest, ".") && !strings.HasPrefix(rest, ";") {
		return
	}
	former := strings.HasPrefix(m[1], "former") || strings.HasPrefix(m[1], "ex-")
	r.add(ruleApposition, WorksAt, ms[k].Entity, ms[k+1].Entity, m[1], former)
	r.add(ruleApposition, WorksAt, ms[k].Entity, ms[j].Entity, m[1], former)
}

// laterWorkCues end the text before an organization with a verb whose
// subject is a person named earlier in the sentence: "…, before working
// for ORG" (a past post), "… and then joined ORG", "has joined ORG's board".
var laterWorkCues = []struct {
	re     *regexp.Regexp
	former bool
	board  bool // the post is a seat on the board: ORG's Board of Directors
}{
	{regexp.MustCompile(`\b(?:before|after|prior to) (?:working|serving)(?: as (?:an? |the )?[\w-]+(?: [\w-]+)?)? (?:for|at|with) (?:the )?$`), true, false},
	{regexp.MustCompile(`\b(?:and |, )(?:then |later |subsequently |eventually )joined (?:the )?$`), false, false},
	{regexp.MustCompile(`\b(?:has|have|had|will|recently) joined $`), false, true},
}

// boardAfter matches "'s board" after the organization.
var boardAfter = regexp.MustCompile(`^['’]s [Bb]oard\b`)

// workedBefore reads "NAME graduated from X, before working for ORG",
// "NAME spent years at X and then joined ORG" and "NAME, a partner at X,
// has joined ORG's Board of Directors": the person named last before the
// cue, with no other person between, took the post.
func (r *relFinder) workedBefore(s sentence, ms []mention) {
	text := r.doc.text
	for k, o := range ms {
		if o.Entity.Type != Organization {
			continue
		}
		lead := text[max(s.Start, o.Start-120):o.Start] // the cue is short: no scan of a long sentence per organization
		for _, c := range laterWorkCues {
			if !c.re.MatchString(lead) || (c.board && !boardAfter.MatchString(text[o.End:s.End])) {
				continue
			}
			for j := k - 1; j >= 0; j-- {
				if ms[j].Entity.Type != Person {
					continue
				}
				if strings.ContainsAny(text[ms[j].End:o.Start], ";；“”\"") || strings.Contains(text[ms[j].End:o.Start], " who ") || strings.Contains(text[ms[j].End:o.Start], " which ") {
					break
				}
				role := ""
				if c.board {
					role = "board member"
				}
				r.add(ruleWorkedBefore, WorksAt, ms[j].Entity, o.Entity, role, c.former)
				break
			}
			break
		}
	}
}

// postChangeRe matches a change of post between a name and the
// organization: "became CEO of", "was named chief executive at", "stepped
// down as CEO of", "returned as". Group 1 is the verb, group 2 the post.
var postChangeRe = regexp.MustCompile(`^ (?:has |had |will |would )?(became|become|been named|was named|is named|were named|been appointed|was appointed|is appointed|was hired as|` +
	`been hired as|was promoted to|been promoted to|returned as|returns as|returned to the role of|took over as|takes over as|stepped down as|steps down as|` +
	`resigned as|resigns as|was ousted as|was fired as|was removed as|was dismissed as|retired as|left his post as|left her post as|left the post of)` +
	`(?: the| a| an)? ((?:[\w-]+ ){0,4}[\w-]+) (?:of|at|for) (?:the )?$`)

// postEndVerbs end the post they name.
var postEndVerbs = map[string]bool{"stepped down as": true, "steps down as": true, "resigned as": true, "resigns as": true, "was ousted as": true, "was fired as": true,
	"was removed as": true, "was dismissed as": true, "retired as": true, "left his post as": true, "left her post as": true, "left the post of": true}

// zhPostChangeRe matches the same in Chinese, the post after the
// organization: 被任命为, 出任, 重返…担任, 卸任, 辞去.
var zhPostChangeRe = regexp.MustCompile(`^\s*(?:已|将|將|正式|随后|隨後|后|後|又|再)*(被任命为|被任命為|被聘为|被聘為|出任|升任|接任|重返|回归|回歸|卸任|辞去|辭去|离任|離任)\s*$`)

// postChange reads "X stepped down as CEO of ORG", "X was named CEO of
// ORG", X被任命为ORG首席执行官 and X卸任ORG CEO.
func (r *relFinder) postChange(s sentence, ms []mention, k int) {
	if k+1 >= len(ms) || ms[k+1].Entity.Type != Organization {
		return
	}
	text := r.doc.text
	p, o := ms[k], ms[k+1]
	between := text[p.End:o.Start]
	if m := postChangeRe.FindStringSubmatch(between); m != nil && plausibleRole(m[2]) {
		r.add(rulePostChange, WorksAt, p.Entity, o.Entity, m[2], postEndVerbs[m[1]])
		return
	}
	m := zhPostChangeRe.FindStringSubmatch(between)
	if m == nil {
		return
	}
	former := m[1] == "卸任" || m[1] == "辞去" || m[1] == "辭去" || m[1] == "离任" || m[1] == "離任"
	rest := strings.TrimLeft(text[o.End:s.End], " ")
	for _, v := range []string{"担任", "擔任", "任"} {
		if m[1] == "重返" || m[1] == "回归" || m[1] == "回歸" {
			rest = strings.TrimPrefix(rest, v) // 重返OpenAI担任CEO
		}
	}
	rest = strings.TrimPrefix(strings.TrimLeft(rest, " "), "的")
	end := strings.IndexAny(rest, "，。；、,;")
	if end < 0 {
		end = len(rest)
	}
	role := strings.TrimSpace(rest[:end])
	for _, t := range []string{"职务", "職務", "一职", "一職", "职位", "職位"} {
		role = strings.TrimSuffix(role, t)
	}
	if role != "" && utf8.RuneCountInString(role) <= 12 && relTitleHead(role) {
		r.add(rulePostChange, WorksAt, p.Entity, o.Entity, role, former)
	} else if m[1] == "重返" || m[1] == "回归" || m[1] == "回歸" {
		return // 重返赛场: no post
	}
}

// clausePronounWork reads a later clause of the sentence whose subject is
// 他/她 standing for the person the sentence named before it: X已经更新
// 了页面，他曾经也是DeepMind的研究科学家; X曾是A的主管，去年他离职前往B工作.
func (r *relFinder) clausePronounWork(s sentence, ms []mention) {
	text := r.doc.text
	for _, pr := range []string{"他", "她"} {
		from := s.Start
		for n := 0; n < 4; n++ { // a few pronouns per sentence: no quadratic scan of pathological text
			i := strings.Index(text[from:s.End], pr)
			if i < 0 {
				break
			}
			at := from + i
			from = at + len(pr)
			if next, _ := utf8.DecodeRuneInString(text[from:s.End]); next == '们' || next == '們' || next == '人' || next == '的' {
				continue
			}
			comma := strings.LastIndex(text[s.Start:at], "，")
			if comma < 0 || utf8.RuneCountInString(text[s.Start+comma+len("，"):at]) > 4 {
				continue
			}
			g := byte('m')
			if pr == "她" {
				g = 'f'
			}
			person := r.doc.personAntecedent(at, g, clausePronounWindow)
			k := 0
			for k < len(ms) && ms[k].Start < at {
				k++
			}
			if person == nil || k == 0 || ms[k-1].End > s.Start+comma {
				continue // two people, or a mention in the pronoun's own clause
			}
			ms2 := append([]mention{{span: span{at, from}, Entity: person}}, ms[k:]...)
			r.viaRule(rulePronoun, func() {
				r.copulaWork(s, ms2, 0)
				r.verbWork(s, ms2, 0)
			})
		}
	}
}

// poachRe matches ORG从ORG2挖走(了)(其TITLE) before a person: the person
// moves from ORG2 to ORG. Group 1 is the title.
var poachRe = regexp.MustCompile(`^\s*(?:公司)?\s*(?:挖走|挖来|挖來|挖角|招揽|招攬)了?\s*(?:其|该公司的?|該公司的?)?(\p{Han}{0,12})\s*$`)

// poached reads ORG从ORG2挖走了其芯片部门负责人PERSON.
func (r *relFinder) poached(s sentence, ms []mention) {
	text := r.doc.text
	for k := 0; k+2 < len(ms); k++ {
		a, b, p := ms[k], ms[k+1], ms[k+2]
		if a.Entity.Type != Organization || b.Entity.Type != Organization || p.Entity.Type != Person {
			continue
		}
		if g := strings.TrimSpace(text[a.End:b.Start]); g != "从" && g != "從" {
			continue
		}
		m := poachRe.FindStringSubmatch(text[b.End:p.Start])
		if m == nil || (m[1] != "" && !relTitleHead(m[1])) {
			continue
		}
		r.add(ruleAppointed, WorksAt, p.Entity, a.Entity, "", false)
		r.add(ruleAppointed, WorksAt, p.Entity, b.Entity, m[1], true)
	}
}

// zhRoleCore drops a description before a Chinese title that is a clause
// of its own (一位试用过这款产品的记者 -> 记者): a role is a title, not the
// sentence around it.
func zhRoleCore(role string) string {
	role = strings.TrimPrefix(strings.TrimPrefix(role, "一位"), "一名")
	i := strings.LastIndex(role, "的")
	if i < 0 {
		return role
	}
	if head := role[:i]; strings.ContainsAny(head, "过過了着著") {
		return role[i+len("的"):]
	}
	return role
}

// joinedAsRe reads the post after "joined ORG": " as chief scientist in".
var joinedAsRe = regexp.MustCompile(`^ as (?:its |a |an |the |their )?((?:[\w-]+ ){0,4}?[\w-]+?)(?: in | on | last | this | next | after | before |[,.;]|$)`)

// joinedAs reads "NAME joined ORG as chief scientist": the post is the
// words after "as".
func (r *relFinder) joinedAs(s sentence, ms []mention, k int) {
	if k+1 >= len(ms) || ms[k+1].Entity.Type != Organization {
		return
	}
	text := r.doc.text
	p, o := ms[k], ms[k+1]
	switch text[p.End:o.Start] {
	case " joined ", " joins ", " has joined ", " will join ", " rejoined ", " rejoins ":
	default:
		return
	}
	if m := joinedAsRe.FindStringSubmatch(text[o.End:s.End]); m != nil && plausibleRole(m[1]) {
		r.add(ruleAsTitle, WorksAt, p.Entity, o.Entity, m[1], false)
	}
}

// itsTitleRe ends the text before a name with "its chief executive, " or
// 其首席执行官: a post at the organization "its" stands for.
var itsTitleRe = regexp.MustCompile(`(?:\b[Ii]ts ((?:[\w-]+ ){0,4}[\w-]+),? |其((?:[\p{Han}A-Za-z]){1,12}?)\s*)$`)

// itsTitle reads "Its 31-year-old CEO, Jane Roe, said" and 其首席执行官X表示:
// the organization is the nearest one before in the sentence, or the one
// the sentences before are about.
func (r *relFinder) itsTitle(s sentence, ms []mention) {
	text := r.doc.text
	for k, p := range ms {
		if p.Entity.Type != Person {
			continue
		}
		m := itsTitleRe.FindStringSubmatch(text[max(s.Start, p.Start-80):p.Start])
		if m == nil {
			continue
		}
		role := m[1]
		if m[2] != "" {
			role = m[2]
			if !relTitleHead(role) {
				continue
			}
		} else {
			words := strings.Fields(role)
			for len(words) > 1 && !titleWordsEn[strings.ToLower(words[0])] && !englishTitle[strings.ToLower(words[0])] {
				words = words[1:] // its 31-year-old CEO: the age is no part of the post
			}
			role = strings.Join(words, " ")
			if !plausibleRole(role) {
				continue
			}
		}
		var org *entity
		for j := k - 1; j >= 0; j-- {
			if ms[j].Entity.Type == Person {
				break
			}
			if ms[j].Entity.Type == Organization {
				org = ms[j].Entity
				break
			}
		}
		if org == nil {
			org = r.orgBefore(s.Start, "")
		}
		r.add(ruleCompanyAnaphor, WorksAt, p.Entity, org, role, false)
	}
}
