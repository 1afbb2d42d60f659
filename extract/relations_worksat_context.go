// Stage: relations, WORKS_AT stated by verbs (founded, appointed, joined,
// 领导), by lists after a title, and by a pronoun or "the company" that
// points to the sentences before. Reads a sentence's mentions, the text
// between them and the nearest sentences before.

package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Rules of this file (see rules.go).
var (
	// ruleFounder finds ORG, founded by PERSON.
	ruleFounder = defineRule(rule{
		ID:   "works-at.any.founder",
		Doc:  "ORG, founded by PERSON; ORG由PERSON创立; PERSON创办的ORG; PERSON founded ORG",
		Fire: []string{"京东由赵明阳于2020年创立。", "Anthropic, founded by Dana Reyes, is small."},
		Hold: []string{"京东由赵明阳于2020年收购。", "Anthropic, visited by Dana Reyes, is small."},
	})
	// rulePronoun finds He/She/他/她 standing for the person named just before states a post.
	rulePronoun = defineRule(rule{
		ID:   "works-at.any.pronoun",
		Doc:  "He/She/他/她 standing for the person named just before states a post",
		Fire: []string{"研究员赵明阳表示，模型很好。他此前曾在OpenAI工作。"},
		Hold: []string{"研究员赵明阳表示，模型很好。OpenAI此前曾邀请过他。"},
	})
	// ruleCompanyAnaphor finds "the company's title, PERSON", 该公司title PERSON, its title PERSON.
	ruleCompanyAnaphor = defineRule(rule{
		ID:   "works-at.any.company-anaphor",
		Doc:  "\"the company's title, PERSON\", 该公司title PERSON, its title PERSON: the organization named before",
		Fire: []string{"京东周二发布了新模型，其首席执行官赵明阳表示很好。", "Anthropic released a tool on Monday. The company's chief executive, Dana Reyes, said it was fast."},
		Hold: []string{"京东周二发布了新模型，用户赵明阳表示很好。"},
	})
	// ruleBareTitle finds a company post before a name in a sentence without organization.
	ruleBareTitle = defineRule(rule{
		ID:   "works-at.en.bare-title",
		Doc:  "a company post before a name in a sentence without organization: the one the sentences before are about",
		Fire: []string{"Corvane Robotics launched a tool. \"We moved fast,\" said co-founder Dana Reyes."},
		Hold: []string{"Corvane Robotics launched a tool. \"We moved fast,\" said customer Dana Reyes."},
	})
	// ruleVerbWork finds PERSON of/at ORG said, PERSON joined ORG, PERSON领导ORG, PERSON, formerly of ORG.
	ruleVerbWork = defineRule(rule{
		ID:   "works-at.any.verb",
		Doc:  "PERSON of/at ORG said, PERSON joined ORG, PERSON领导ORG, PERSON, formerly of ORG",
		Fire: []string{"赵明阳任职于阿里巴巴。", "Dana Reyes of Anthropic said the tool was fast."},
		Hold: []string{"赵明阳批评了阿里巴巴。"},
	})
	// ruleSubjectJoins finds a later clause without subject.
	ruleSubjectJoins = defineRule(rule{
		ID:   "works-at.zh.subject-joins",
		Doc:  "a later clause without subject: PERSON…，去年加盟ORG",
		Fire: []string{"赵明阳曾任Meta副总裁，去年加盟OpenAI，出任首席技术官。"},
		Hold: []string{"赵明阳曾任Meta副总裁，李晓峰去年加盟OpenAI。"},
	})
	// ruleAppointed finds ORG appointed/hired PERSON, ORG任命PERSON, ORG从ORG2挖走PERSON.
	ruleAppointed = defineRule(rule{
		ID:   "works-at.any.appointed",
		Doc:  "ORG appointed/hired PERSON, ORG任命PERSON, ORG从ORG2挖走PERSON",
		Fire: []string{"Anthropic任命赵明阳为首席技术官。", "Anthropic hired Dana Reyes as chief scientist."},
		Hold: []string{"Anthropic的客户赵明阳表示满意。"},
	})
	// ruleAsTitle finds PERSON joined ORG as title.
	ruleAsTitle = defineRule(rule{
		ID:   "works-at.en.as-title",
		Doc:  "PERSON joined ORG as title; as ORG's title, PERSON",
		Fire: []string{"Dana Reyes joined Anthropic as chief scientist in 2021."},
		Hold: []string{"Dana Reyes praised Anthropic as a partner in 2021."},
	})
	// ruleSecretaryOf finds PERSON, Secretary of a department of a government.
	ruleSecretaryOf = defineRule(rule{
		ID:   "works-at.en.secretary-of",
		Doc:  "PERSON, Secretary of a department of a government",
		Fire: []string{"The Department of Energy said so. Secretary of Energy Dana Reyes agreed."},
		Hold: []string{"The Department of Energy said so. Senator Dana Reyes agreed."},
	})
	// ruleTitleList finds a list of people after or before a title at an organization.
	ruleTitleList = defineRule(rule{
		ID:   "works-at.any.title-list",
		Doc:  "a list of people after or before a title at an organization: ORG的联合创始人A、B和C, A和B等ORG高管",
		Fire: []string{"赵明阳表示，很好。李晓峰表示，很好。导师包括赵明阳和李晓峰等多位清华大学教授。"},
		Hold: []string{"赵明阳表示，很好。李晓峰表示，很好。导师包括赵明阳和李晓峰，都不是清华大学的。"},
	})
)

// foundedBy reads ORG, was founded by PERSON and ORG由PERSON创立.
func (r *relFinder) foundedBy(s sentence, ms []mention) {
	text := r.doc.text
	for k := 0; k+1 < len(ms); k++ {
		o := ms[k]
		if o.Entity.Type != Organization {
			continue
		}
		for j := k + 1; j < len(ms) && j <= k+3; j++ {
			p := ms[j]
			if p.Entity.Type != Person {
				continue
			}
			between := text[o.End:p.Start]
			after := text[p.End:min(s.End, p.End+12)]
			en := strings.HasSuffix(between, "founded by ") || strings.HasSuffix(between, "co-founded by ")
			if m := zhDateGap.FindString(after); m != "" {
				after = after[len(m):] // 由孙伟于2021年创立
				after += text[min(s.End, p.End+12):min(s.End, p.End+12+len(m))]
			}
			zh := (strings.HasPrefix(strings.TrimSpace(between), "由") || strings.HasPrefix(strings.TrimSpace(between), "是由")) && (strings.HasPrefix(after, "创立") || strings.HasPrefix(after, "创办") ||
				strings.HasPrefix(after, "創立") || strings.HasPrefix(after, "創辦") || strings.HasPrefix(after, "联合创立") || strings.HasPrefix(after, "共同创立"))
			if (en && len(between) < 60 && !strings.ContainsAny(between, ";.")) || (zh && (utf8.RuneCountInString(between) <= 4 ||
				utf8.RuneCountInString(between) <= 16 && endsWithTitleHead(between) && !clauseBreak(between))) {
				r.add(ruleFounder, WorksAt, p.Entity, o.Entity, "founder", false)
				// the others in "founded by A and B"
				for n := j + 1; n < len(ms) && ms[n].Entity.Type == Person; n++ {
					if g := strings.TrimSpace(text[ms[n-1].End:ms[n].Start]); g == "and" || g == "," || g == "和" || g == "、" || g == "与" || g == ", and" {
						r.add(ruleFounder, WorksAt, ms[n].Entity, o.Entity, "founder", false)
					}
				}
			}
			break
		}
	}
}

// pronounWork reads a sentence that opens with He/She/他/她 and states a
// post (He is the chief technology officer of Ledgerlight; 她曾在百度工作)
// for the person coref says the pronoun stands for (relationPersonWindow),
// of that gender when the lexicon gave one.
func (r *relFinder) pronounWork(s sentence, ms []mention) {
	text := r.doc.text
	lead := text[s.Start:s.End]
	var gender byte
	var n int
	for _, p := range []struct {
		w string
		g byte
	}{{"He ", 'm'}, {"She ", 'f'}, {"他", 'm'}, {"她", 'f'}} {
		if strings.HasPrefix(lead, p.w) {
			gender, n = p.g, len(p.w)
			if p.w[len(p.w)-1] == ' ' {
				n--
			}
		}
	}
	if n == 0 || len(ms) == 0 || ms[0].Entity.Type != Organization {
		return
	}
	person := r.doc.personAntecedent(s.Start, gender, relationPersonWindow)
	if person == nil {
		return
	}
	pm := mention{span: span{s.Start, s.Start + n}, Entity: person}
	ms2 := append([]mention{pm}, ms...)
	r.viaRule(rulePronoun, func() {
		r.copulaWork(s, ms2, 0)
		r.verbWork(s, ms2, 0)
	})
}

// companyAnaphorRe ends the text before a name with "the company's
// title," or 该公司title: the company is the one named before.
var companyAnaphorRe = regexp.MustCompile(`(?:[Tt]he (?:` + enOrgNounAlt + `)['’]s ((?:[\w-]+ ){0,5}[\w-]+),? |(?:` + zhOrgAnaphorAlt + `)的?(\p{Han}{1,10}|[A-Z]{2,4}))$`) // coref.go's vocabulary

// companyAnaphor reads "The company's chief executive, Dana Cole" and
// 该公司CTO赵刚: the organization is the one coref says the words stand
// for (orgWindow).
func (r *relFinder) companyAnaphor(s sentence, ms []mention) {
	text := r.doc.text
	for _, p := range ms {
		if p.Entity.Type != Person {
			continue
		}
		lead := text[max(s.Start, p.Start-80):p.Start]
		m := companyAnaphorRe.FindStringSubmatch(lead)
		if m == nil {
			continue
		}
		role := m[1] + m[2]
		if !plausibleRole(role) && !endsWithTitleHead(role) {
			continue
		}
		org := r.orgBefore(p.Start-len(m[0]), m[0])
		if org != nil {
			r.add(ruleCompanyAnaphor, WorksAt, p.Entity, org, role, false)
		}
	}
}

// bareTitleRe matches a company post right before a name with no
// organization: `," chief technology officer ` and `Chief executive `.
var bareTitleRe = regexp.MustCompile(`(?:^|[,;"”] |\. |^[“"]|\b(?:said|says|added|according to) )((?:[Cc]hief [a-z]+(?: [a-z]+)? officer|` +
	`[Cc]hief executive|CEO|CTO|COO|CFO|[Cc]o-?founder(?: and (?:CEO|` +
	`chief executive|CTO))?|[Ff]ounder|[Cc]hief scientist|[Hh]ead of [a-z]+(?: [a-z]+)?))\s$`)

// sentenceSubject matches what may stand before a sentence's subject.
var sentenceSubject = regexp.MustCompile(`^\s*(?:[A-Z][\w.-]*-based |The |the )?$`)

// bareTitle reads a company post before a name when the sentence names no
// organization ("chief executive Sigrid Haugen said"): the post is at the
// organization the sentences before are about, the one the article names
// most among those of the three sentences before.
func (r *relFinder) bareTitle(s sentence, ms []mention) {
	text := r.doc.text
	for _, p := range ms {
		if p.Entity.Type != Person {
			continue
		}
		if p.Start-s.Start < 3 || p.Start-s.Start > 200 {
			continue
		}
		m := bareTitleRe.FindStringSubmatch(text[max(s.Start, p.Start-60):p.Start])
		if m == nil {
			continue
		}
		// a stop inside the sentence (Haneul-V. "We moved fast," co-founder
		// X said): what comes before it is the sentence before
		cut := s.Start + strings.LastIndexAny(text[s.Start:p.Start], ".!?") + 1
		named := false
		var org *entity
		for _, om := range ms {
			if om.Entity.Type != Organization || om.Start >= p.Start {
				continue
			}
			if om.Start >= cut {
				named = true
			} else if (sentenceSubject.MatchString(text[s.Start:om.Start]) || om.Entity.mentions >= 2) && (org == nil || om.Entity.mentions > org.mentions) {
				org = om.Entity
			}
		}
		if named {
			continue
		}
		// the nearest sentence before with an organization that is its
		// subject or that the article names again
		seen := 0
		for k := len(r.doc.sentences) - 1; k >= 0 && seen < 3 && org == nil; k-- {
			snt := r.doc.sentences[k]
			if snt.Start >= s.Start {
				continue
			}
			seen++
			for _, om := range r.doc.sentenceMentions(snt) {
				if om.Entity.Type != Organization {
					continue
				}
				subject := sentenceSubject.MatchString(text[snt.Start:om.Start])
				if (subject || om.Entity.mentions >= 2) && (org == nil || om.Entity.mentions > org.mentions) {
					org = om.Entity
				}
			}
		}
		if org != nil {
			r.add(ruleBareTitle, WorksAt, p.Entity, org, m[1], false)
		}
	}
}

// foundedVerbs stand between a founder and the organization:
// PERSON创办的ORG, PERSON founded ORG.
var foundedVerbs = append(vocabWords("zh-rel-founded-verbs"), vocabWords("en-rel-founded-verbs")...)

// personFounded reads PERSON创办的ORG, PERSON founded ORG: the founder
// works there (贾扬清创办的Lepton AI, Jane Roe founded Quillon in 2021).
func (r *relFinder) personFounded(s sentence, ms []mention) {
	text := r.doc.text
	for k := 0; k+1 < len(ms); k++ {
		p, o := ms[k], ms[k+1]
		if p.Entity.Type != Person || o.Entity.Type != Organization {
			continue
		}
		between := strings.TrimSpace(text[p.End:o.Start])
		for _, v := range foundedVerbs {
			if between == v {
				role := "founder"
				if strings.Contains(v, "co") || strings.Contains(v, "联合") || strings.Contains(v, "共同") || strings.Contains(v, "聯合") {
					role = "co-founder"
				}
				r.add(ruleFounder, WorksAt, p.Entity, o.Entity, role, false)
			}
		}
	}
}

// zhDateGap is a date between a founder and 创立: 于2021年, 在2019年.
var zhDateGap = regexp.MustCompile(`^(?:于|於|在)?\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:共同|联合|聯合)?`)

// verbWork reads PERSON (将)(正式)领导 ORG and PERSON joined ORG.
func (r *relFinder) verbWork(s sentence, ms []mention, k int) {
	text := r.doc.text
	p := ms[k]
	if k+1 >= len(ms) || ms[k+1].Entity.Type != Organization {
		return
	}
	o := ms[k+1]
	between := text[p.End:o.Start]
	if b := strings.TrimSpace(between); (b == "of" || b == "at" || b == "from" || placeOf.MatchString(b)) && speechAfter.MatchString(text[o.End:min(s.End, o.End+20)]) {
		r.add(r.ruleFor(ruleVerbWork), WorksAt, p.Entity, o.Entity, "", false) // Jonas Weber of Munich-based Vireo GmbH said, Priya Raman at Forrester said
		return
	}
	if b := strings.TrimSpace(between); (b == "(" || b == "（") && (strings.HasPrefix(text[o.End:], ")") || strings.HasPrefix(text[o.End:], "）")) {
		if _, after, _ := strings.Cut(text[o.End:min(s.End, o.End+24)], ")"); speechAfter.MatchString(after) {
			r.add(r.ruleFor(ruleVerbWork), WorksAt, p.Entity, o.Entity, "", false) // Priya Raman (Forrester) said
			return
		}
	}
	if b, ok := strings.CutPrefix(between, ", "); ok && (strings.HasPrefix(b, "formerly of ") ||
		strings.HasPrefix(b, "formerly with ") || strings.HasPrefix(b, "now at ") || strings.HasPrefix(b, "currently at ")) {
		r.add(r.ruleFor(ruleVerbWork), WorksAt, p.Entity, o.Entity, "", strings.HasPrefix(b, "formerly")) // Omar Haddad, formerly of Microsoft
		return
	}
	if clauseBreak(between) || (hasHan(between) && utf8.RuneCountInString(between) > 14) || len(between) > 40 {
		return
	}
	// PERSON(此前)曾在ORG工作/任职: the verb comes after the organization
	if lead := strings.TrimSpace(between); (strings.HasSuffix(lead, "在") || strings.HasSuffix(lead, "前往") ||
		strings.HasSuffix(lead, "转到") || strings.HasSuffix(lead, "轉到")) && utf8.RuneCountInString(lead) <= 8 {
		tail := strings.TrimLeft(text[o.End:min(s.End, o.End+12)], " ")
		for _, v := range []string{"工作", "任职", "任職", "就职", "就職", "实习", "實習", "担任", "擔任", "供职", "供職", "就读", "就讀", "攻读", "攻讀", "从事", "從事", "做研究", "读博", "讀博", "任教"} {
			if strings.HasPrefix(tail, v) {
				former := strings.Contains(lead, "曾") || strings.Contains(lead, "此前") || strings.Contains(lead, "之前") || strings.Contains(lead, "早年") ||
					strings.Contains(lead, "过去") || strings.Contains(lead, "過去")
				r.add(r.ruleFor(ruleVerbWork), WorksAt, p.Entity, o.Entity, "", former)
				return
			}
		}
	}
	for _, v := range workVerbs {
		i := strings.Index(between, v.verb)
		if i < 0 || strings.TrimSpace(between[i+len(v.verb):]) != "" {
			continue
		}
		if strings.HasSuffix(v.verb, "join ") || strings.HasSuffix(v.verb, "joins ") || v.verb == "is joining " {
			if after := text[o.End:s.End]; strings.HasPrefix(after, " in ") || strings.HasPrefix(after, " on ") || strings.HasPrefix(after, " as a partner") {
				return // X joins Acme in calling for rules: a side taken, not a post
			}
		}
		former := strings.Contains(between[:i], "曾") || strings.Contains(between[:i], "前") || strings.Contains(between[:i], "previously") || v.verb == "left " ||
			v.verb == "quit " || v.verb == "departed " ||
			strings.Contains(between[:i], "formerly") || strings.HasPrefix(v.verb, "worked")
		r.add(r.ruleFor(ruleVerbWork), WorksAt, p.Entity, o.Entity, v.role, former)
		return
	}
}

// zhApposition reads PERSON，ORG TITLE，: 王丽华，蓝鲸智能首席执行官，在会上发言.
func (r *relFinder) zhApposition(s sentence, ms []mention) {
	text := r.doc.text
	for k := 0; k+1 < len(ms); k++ {
		p, o := ms[k], ms[k+1]
		if p.Entity.Type != Person || o.Entity.Type != Organization || text[p.End:o.Start] != "，" {
			continue
		}
		rest := text[o.End:s.End]
		end := strings.IndexAny(rest, "，。；")
		if end <= 0 || utf8.RuneCountInString(rest[:end]) > 12 {
			continue
		}
		role := strings.TrimPrefix(rest[:end], "的")
		if endsWithTitleHead(role) {
			former := strings.HasPrefix(role, "前") || strings.HasPrefix(role, "原")
			r.add(ruleZhTitleSegments, WorksAt, p.Entity, o.Entity, role, former)
		}
	}
}

// subjectJoins reads a later clause without a subject that takes a post:
// 王建国曾任百度副总裁，去年加盟腾讯 (the person opening the sentence
// joined 腾讯).
func (r *relFinder) subjectJoins(s sentence, ms []mention) {
	if len(ms) < 2 || ms[0].Entity.Type != Person || ms[0].Start != s.Start || !strings.Contains(r.doc.text[s.Start:s.End], "，") {
		return
	}
	text := r.doc.text
	for _, o := range ms[1:] {
		if o.Entity.Type == Person {
			return // another subject
		}
		if o.Entity.Type != Organization {
			continue
		}
		before := text[s.Start:o.Start]
		k := strings.LastIndex(before, "，")
		if k < 0 || strings.ContainsAny(before, "。；;“”") {
			continue
		}
		if seg := before[k+len("，"):]; zhJoinClause.MatchString(seg) {
			r.add(ruleSubjectJoins, WorksAt, ms[0].Entity, o.Entity, "", strings.Contains(seg, "曾"))
		}
	}
}

// appointed reads ORG appointed/hired/named PERSON as TITLE and
// ORG任命/聘请PERSON为TITLE.
func (r *relFinder) appointed(s sentence, ms []mention) {
	text := r.doc.text
	if !containsAny(text[s.Start:s.End], appointVerbs) {
		return
	}
	for k := 0; k+1 < len(ms); k++ {
		o, p := ms[k], ms[k+1]
		if o.Entity.Type != Organization || p.Entity.Type != Person {
			continue
		}
		between := strings.TrimSpace(text[o.End:p.Start])
		for _, aux := range []string{"has ", "have ", "had ", "on Monday ", "on Tuesday ", "on Wednesday ", "on Thursday ", "on Friday ", "this week ", "last week ", "近日", "今天", "日前", "已"} {
			between = strings.TrimPrefix(between, aux)
		}
		if !containsWordList(between, appointVerbs) {
			continue
		}
		after := text[p.End:min(s.End, p.End+60)]
		if a, ok := strings.CutPrefix(after, " as "); ok {
			role := a
			if i := strings.IndexAny(role, ",.;"); i >= 0 {
				role = role[:i]
			}
			for _, d := range []string{"its new ", "its ", "the new ", "the ", "a new ", "a ", "an "} {
				role = strings.TrimPrefix(role, d)
			}
			if plausibleRole(role) {
				r.add(ruleAppointed, WorksAt, p.Entity, o.Entity, role, false)
			}
			continue
		}
		for _, w := range []string{"为", "為", "担任", "擔任", "出任"} {
			if strings.HasPrefix(after, w) {
				rest := after[len(w):]
				for n, i := 0, 0; i < len(rest) && n < 12; n++ {
					_, size := utf8.DecodeRuneInString(rest[i:])
					i += size
					if clauseBreak(rest[:i]) {
						break
					}
					if endsWithTitleHead(rest[:i]) {
						r.add(ruleAppointed, WorksAt, p.Entity, o.Entity, rest[:i], false)
						break
					}
				}
				break
			}
		}
	}
}

// appointVerbs put a person in a post at the organization before them.
var appointVerbs = append(vocabWords("en-rel-appoint-verbs"), vocabWords("zh-rel-appoint-verbs")...)

// containsWordList reports that s is exactly one of the words.
func containsWordList(s string, words []string) bool {
	for _, w := range words {
		if s == w {
			return true
		}
	}
	return false
}

// placeOf matches "of Munich-based" between a person and an organization.
var placeOf = regexp.MustCompile(`^of (?:[A-Z][\w.-]*-based|the)$`)

// speechAfter matches a speech verb right after an organization.
var speechAfter = regexp.MustCompile(`^,? (?:said|says|told|added|noted|argued|wrote|explained|warned|agreed|disagreed)\b`)

// zhJoinClause is a clause without its subject that takes a post at the
// organization after it: 去年加盟, 随后加入, 后出任.
var zhJoinClause = regexp.MustCompile(`^(?:随后|隨後|后来|後來|此后|此後|之后|之後|其后|其後|去年|今年|前年|年初|年底|上月|本月|又|再|曾|也|还|還|则|則|后|後|并|並|于|於|[0-9]{4}年|[0-9]{1,2}月|\s)*(?:加盟|加入|任职于|任職於|就职于|就職於|出任|现任|` +
	`現任|现为|現為|转任|轉任|升任)了?$`)

// asTitle reads "…, who led the work as a CCC affiliate": the person works
// at the organization with the title after it.
func (r *relFinder) asTitle(s sentence, ms []mention, k int) {
	text := r.doc.text
	for j := k + 1; j < len(ms); j++ {
		o := ms[j]
		if o.Entity.Type == Person {
			return // the next person takes over
		}
		if o.Entity.Type != Organization {
			continue
		}
		before := text[max(ms[j-1].End, o.Start-8):o.Start]
		if !strings.HasSuffix(before, " as a ") && !strings.HasSuffix(before, " as an ") && !strings.HasSuffix(before, " as the ") {
			continue
		}
		after := text[o.End:s.End]
		words := strings.Fields(after)
		var role []string
		for _, w := range words {
			t := strings.TrimRight(w, ",.;")
			if t == "and" || t == "or" || !(titleWordsEn[strings.ToLower(t)] || englishTitle[strings.ToLower(t)]) {
				break
			}
			role = append(role, t)
			if t != w {
				break
			}
		}
		if len(role) > 0 && plausibleRole(strings.Join(role, " ")) {
			r.add(ruleAsTitle, WorksAt, ms[k].Entity, o.Entity, text[o.Start:o.End]+" "+strings.Join(role, " "), false)
		}
	}
}

// secretaryOf reads "Secretary of Energy Jane Roe" when the article
// names the Department of Energy: US cabinet titles name their department.
func (r *relFinder) secretaryOf(s sentence, ms []mention, k int) {
	text := r.doc.text
	p := ms[k]
	before := text[s.Start:p.Start]
	i := strings.LastIndex(before, "Secretary of ")
	if i < 0 {
		return
	}
	dept := strings.TrimSpace(before[i+len("Secretary of "):])
	if dept == "" || strings.ContainsAny(dept, ",.;") || len(strings.Fields(dept)) > 3 {
		return
	}
	want := foldKey("Department of " + dept)
	for _, e := range r.doc.entities {
		if e.Type != Organization {
			continue
		}
		for a := range e.aliases {
			if k := foldKey(a); k == want || k == foldKey("U.S. Department of "+dept) {
				r.add(ruleSecretaryOf, WorksAt, p.Entity, e, "Secretary of "+dept, false)
				return
			}
		}
		if le := r.x.lex.entry(Organization, e.Name); le != nil {
			for _, f := range le.forms() {
				if foldKey(f) == want {
					r.add(ruleSecretaryOf, WorksAt, p.Entity, e, "Secretary of "+dept, false)
					return
				}
			}
		}
	}
}

// titleList reads "ORG…共同创始人分别是A、B和C": every person after the
// title and a copula works at the nearest organization before the title.
func (r *relFinder) titleList(s sentence, ms []mention) {
	text := r.doc.text
	for _, cop := range []string{"分别是", "分別是", "分别为", "分別為", "包括", "是"} {
		i := strings.Index(text[s.Start:s.End], cop)
		if i < 0 {
			continue
		}
		at := s.Start + i
		head := text[s.Start:at]
		var title string
		for _, h := range titleHeads {
			if strings.HasSuffix(head, h) && len(h) > len(title) {
				title = h
			}
		}
		if title == "" {
			continue
		}
		// the whole title: back to a clause break or a mention
		tstart := at - len(title)
		for tstart > s.Start {
			pr, n := utf8.DecodeLastRuneInString(text[:tstart])
			if !unicode.Is(unicode.Han, pr) || strings.ContainsRune("的位名个是和与及，、", pr) || unicode.IsDigit(pr) {
				break
			}
			tstart -= n
		}
		role := text[tstart:at]
		var org *mention
		for j := range ms {
			if ms[j].End <= tstart && ms[j].Entity.Type == Organization {
				org = &ms[j]
			}
		}
		if org == nil {
			return
		}
		for _, m := range ms {
			if m.Start >= at && m.Entity.Type == Person {
				r.add(ruleTitleList, WorksAt, m.Entity, org.Entity, role, false)
			}
		}
		return
	}
}
