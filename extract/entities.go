package extract

import (
	"iter"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// candidate is a possible mention, from the lexicon or from a pattern.
// Candidates overlap; resolve keeps the longest.
type candidate struct {
	span
	typ    Type
	name   string    // canonical name when the entity is new
	lex    *lexEntry // set when the lexicon knows the name
	alts   []*lexEntry
	kind   mentionKind
	prio   int // on equal length the higher wins: lexicon 3, strong pattern 2, weak 1
	gender byte
	family string // Model: the family the name is a version of ("Llama" for "Llama 2")
}

// findEntities fills doc.mentions and doc.entities.
func (x *Extractor) findEntities(doc *document) {
	chosen := resolveByStretch(doc.text, doc.sentences, func(s sentence) []candidate {
		return x.sentenceCandidates(doc, s)
	})
	chosen = x.listTypes(doc, chosen)
	t := newEntityTable(x.lex)
	chooseAmbiguous(doc, chosen)
	for i := range chosen {
		t.add(doc, &chosen[i])
	}
	t.mergeParentheses(doc)
	t.secondPass(doc)
	doc.entities = t.list
	doc.mentions = t.mentions
	t.familyShortName(doc)
	doc.entities = t.list
	doc.mentions = t.mentions
	sort.Slice(doc.mentions, func(i, j int) bool { return doc.mentions[i].Start < doc.mentions[j].Start })
}

// sentenceCandidates runs the lexicon and every pattern over one sentence.
func (x *Extractor) sentenceCandidates(doc *document, s sentence) []candidate {
	text := doc.text[:s.End]
	var out []candidate
	headline := isHeadline(doc.text[s.Start:s.End])
	var plain []token
	for i := s.Start; i < s.End; {
		m, ok := x.lex.match(text, i)
		if !ok {
			_, n := utf8.DecodeRuneInString(text[i:])
			i += n
			continue
		}
		if allHan(text[m.Start:m.End]) && utf8.RuneCountInString(text[m.Start:m.End]) <= 3 && x.seg != nil {
			// 京东 in 北京|东城区, 小米 in 小米粥, 科技部 in 科技|部门: the
			// dictionary alone, without the lexicon's forms, puts the name
			// inside other words (only short names are at risk)
			if plain == nil {
				var sc scratch
				plain = x.seg.cut([]token{}, &sc, doc.text, s.Start, s.End)
			}
			if x.commonWordAcross(plain, m.Start) || x.commonWordAcross(plain, m.End) {
				_, n := utf8.DecodeRuneInString(text[i:])
				i += n
				continue
			}
		}
		lc := x.lexCandidate(text, m)
		out = append(out, lc...)
		if len(lc) > 0 && lc[0].typ == Organization && !hasHan(text[m.Start:m.End]) {
			out = append(out, x.listedOrgs(doc, s, m.End)...) // Pinecone, Weaviate and LangChain
		}
		i = m.End
	}
	words := latinWords(doc.text, s.span)
	out = append(out, x.latinPersons(doc, s, words, headline)...)
	if !headline {
		out = append(out, x.latinOrgs(doc, s, words)...)
		out = append(out, x.appositionOrgs(doc, s)...)
		out = append(out, x.cuedOrgs(doc, s)...)
	}
	out = append(out, x.chineseOrgs(doc, s)...)
	out = append(out, x.zhInstitutions(doc, s)...)
	out = append(out, x.bylinePersons(doc, s)...)
	out = append(out, x.tokenNames(doc, s)...)
	out = append(out, x.zhNameBeforeTitle(doc, s)...)
	out = append(out, x.zhDescribedOrgBeforeTitle(doc, s)...)
	out = append(out, x.zhCompanyBeforeVerb(doc, s)...)
	out = append(out, x.companyAfterNoun(doc, s)...)
	out = append(out, x.chinesePersons(doc, s)...)
	out = append(out, x.models(doc, s)...)
	out = append(out, x.zhCuedModels(doc, s)...)
	return out
}

// lexCandidate turns a lexicon match into candidates, extending a model
// family by a version (Llama + " 4") and an organization by 公司 or Inc.
func (x *Extractor) lexCandidate(text string, m lexMatch) []candidate {
	var entries []*lexEntry
	for _, f := range m.forms {
		if !containsEntry(entries, f.entry) {
			entries = append(entries, f.entry)
		}
	}
	e := entries[0]
	if isLicence(text[m.End:]) {
		return nil // MIT许可证, the Apache license: a licence, not the organization
	}
	if e.Type == Model && len(entries) == 1 && namesProgramme(text[m.End:]) {
		return nil // the Falcon Program, 星火计划: a programme that shares a model's name
	}
	c := candidate{span: m.span, typ: e.Type, name: e.Name, lex: e, alts: entries, prio: 3}
	if g := e.attr("gender"); g == "m" || g == "f" {
		c.gender = g[0]
	}
	if e.Type == Person && len(entries) == 1 {
		c.Start = x.firstNameBefore(text, m)
	}
	out := []candidate{c}
	for _, alt := range entries {
		switch alt.Type {
		case Model:
			if end := versionSuffix(text, m.End); end > m.End {
				v := candidate{span: span{m.Start, end}, typ: Model, name: text[m.Start:end], prio: 3, family: alt.Name}
				if ex := x.lex.lookupType(v.name, Model); ex != nil {
					v.lex, v.name, v.family = ex, ex.Name, ""
				}
				out = append(out, v)
			}
		case Organization:
			if h := unitSuffix(text[m.End:]); h > 0 && unitSuffix(text[m.Start:m.End]) != m.End-m.Start && !hasOrgHead(text[m.Start:m.End]) {
				// 鸿海研究院, 微软亚洲研究院: a unit of the organization, an organization itself
				name := text[m.Start : m.End+h]
				u := candidate{span: span{m.Start, m.End + h}, typ: Organization, name: name, prio: 2}
				if ex := x.lex.lookupType(name, Organization); ex != nil {
					u.lex, u.name = ex, ex.Name
				}
				out = append(out, u)
			}
			if end := orgSuffix(text, m.End); end > m.End {
				o := c
				o.lex, o.typ, o.name, o.alts = alt, Organization, alt.Name, []*lexEntry{alt}
				o.End = end
				out = append(out, o)
			}
		}
	}
	return out
}

// firstNameBefore extends a person's family name, known to the lexicon,
// over a first name the lexicon does not list (Thimothée Lacroix for the
// entry Timothée Lacroix, Lacroix): a capitalised name word right before
// it that does not itself follow a capitalised word. It returns the new
// start, or the match's.
func (x *Extractor) firstNameBefore(text string, m lexMatch) int {
	form := text[m.Start:m.End]
	if strings.ContainsAny(form, " ·") || hasHan(form) || m.Start < 2 || text[m.Start-1] != ' ' {
		return m.Start
	}
	k := strings.LastIndexAny(text[:m.Start-1], " \n\t(（“\"")
	w := text[k+1 : m.Start-1]
	if !isNameWord(w) || notNameWord[w] || orgLeadStop[w] || titleWordsEn[strings.ToLower(w)] || len(x.lex.lookup(w)) > 0 || x.lex.ignored(w) {
		return m.Start
	}
	if k > 0 {
		if pw := text[strings.LastIndexAny(text[:k], " \n\t")+1 : k]; unicode.IsUpper(firstRune(pw)) && !strings.HasSuffix(pw, ".") && !notNameWord[pw] && !titleWordsEn[strings.ToLower(pw)] {
			return m.Start // inside a longer capitalised run
		}
	}
	return k + 1
}

// programmeWords follow a name that is a programme, law or event, not a
// model or an organization: the Falcon Program, the EU AI Act, 星火计划.
var programmeWords = []string{" Program", " Programme", " Project", " Initiative", " Act", " Bill", " Summit", " Conference", " Expo", " Award", " Awards", " Prize",
	" Challenge", " Festival", " Strategy", " Plan", " Directive", " Regulation", " Report",
	"计划", "計劃", "计画", "計畫", "项目", "項目", "行动", "行動", "工程", "法案", "大会", "大會", "峰会", "峰會", "论坛", "論壇", "奖", "獎"}

// namesProgramme reports text right after a name that makes it a
// programme, law or event.
func namesProgramme(rest string) bool {
	for _, w := range programmeWords {
		if strings.HasPrefix(rest, w) {
			if len(rest) == len(w) || w[0] != ' ' {
				return true
			}
			r, _ := utf8.DecodeRuneInString(rest[len(w):])
			return !unicode.IsLetter(r) // Plan, not Planet
		}
	}
	return false
}

// isLicence reports a name used as the name of a licence.
func isLicence(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	for _, p := range []string{"许可证", "許可證", "许可协议", "許可協議", "协议", "協議", "License", "license", "licence", "Licence"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// orgSuffix returns the end of a 公司/集团/Inc. that directly follows an
// organization name, or i.
func orgSuffix(text string, i int) int {
	for _, s := range []string{"公司", "集团", "集團", " Inc.", " Inc", ", Inc.", " Corp.", " Ltd."} {
		if strings.HasPrefix(text[i:], s) {
			end := i + len(s)
			if end < len(text) && !hasHan(s) {
				r, _ := utf8.DecodeRuneInString(text[end:])
				if isLatinAlnum(r) {
					continue
				}
			}
			return end
		}
	}
	return i
}

// unitSuffix matches a research unit right after an organization's name,
// with at most four characters between: 研究院, 亚洲研究院, AI实验室.
func unitSuffix(rest string) int {
	i, n := 0, 0
	for i < len(rest) && n <= 4 {
		for _, h := range []string{"研究院", "研究所", "实验室", "實驗室", "研究中心", "研究部", "学院", "學院"} {
			if strings.HasPrefix(rest[i:], h) {
				return i + len(h)
			}
		}
		r, size := utf8.DecodeRuneInString(rest[i:])
		if !(unicode.Is(unicode.Han, r) || r == 'A' || r == 'I') || stopAt(rest, i) {
			return 0
		}
		i += size
		n++
	}
	return 0
}

// resolveByStretch resolves the candidates of each sentence (from cands)
// a stretch of sentences at a time, as soon as the next sentence's
// candidates all start after every candidate so far ends: only overlapping
// candidates compete, so the kept ones are those resolveInto keeps from
// all of the article's at once, without holding all of them (a 4 MB list
// of names has millions).
func resolveByStretch(text string, ss []sentence, cands func(sentence) []candidate) []candidate {
	var chosen, group []candidate
	taken := newOccupancy(len(text))
	end := 0 // where the candidates so far end, at the latest
	for _, s := range ss {
		cs := cands(s)
		if len(cs) == 0 {
			continue
		}
		if len(group) > 0 && minStart(cs) >= end {
			chosen = resolveInto(chosen, text, group, taken)
			group = group[:0]
		}
		group = append(group, cs...)
		for _, c := range cs {
			end = max(end, c.End)
		}
	}
	return resolveInto(chosen, text, group, taken)
}

// minStart is the smallest start of cs, which is not empty.
func minStart(cs []candidate) int {
	m := cs[0].Start
	for _, c := range cs[1:] {
		m = min(m, c.Start)
	}
	return m
}

// resolveInto keeps the longest candidates that do not overlap each other
// or the bytes already taken; on equal length the higher priority, then
// the earlier one. It appends the kept ones, sorted by start, to out:
// findEntities hands it stretches of text in order, so out stays sorted.
func resolveInto(out []candidate, text string, cands []candidate, taken occupancy) []candidate {
	length := make([]int, len(cands))
	for i, c := range cands {
		length[i] = utf8.RuneCountInString(text[c.Start:c.End])
	}
	idx := make([]int, len(cands))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool {
		ca, cb := cands[idx[a]], cands[idx[b]]
		la, lb := length[idx[a]], length[idx[b]]
		if la != lb {
			return la > lb
		}
		if ca.prio != cb.prio {
			return ca.prio > cb.prio
		}
		return ca.Start < cb.Start
	})
	n := len(out)
	for _, i := range idx { // taken: bounded.go, linear, not all pairs
		c := cands[i]
		if taken.free(c.Start, c.End) {
			taken.take(c.Start, c.End)
			out = append(out, c)
		}
	}
	kept := out[n:]
	sort.Slice(kept, func(i, j int) bool { return kept[i].Start < kept[j].Start })
	return out
}

// chooseAmbiguous settles forms that name several entries (Mistral the
// company, Mistral the model): an entry the article also names by an
// unambiguous form wins; otherwise the words around the mention decide.
func chooseAmbiguous(doc *document, cands []candidate) {
	sure := map[*lexEntry]bool{}
	for _, c := range cands {
		if c.lex != nil && len(c.alts) == 1 {
			sure[c.lex] = true
		}
	}
	for i := range cands {
		c := &cands[i]
		if len(c.alts) < 2 {
			continue
		}
		var pick *lexEntry
		before, after := doc.text[max(0, c.Start-30):c.Start], doc.text[c.End:min(len(doc.text), c.End+30)]
		want := Type("")
		switch {
		case orgContext(before, after):
			want = Organization // Meta AI's LLaMA model: the owner, whatever else the article calls Meta AI
		case productBefore(before):
			want = Model // 写作产品HyperWrite: the product, though the company has the same name
		}
		for _, a := range c.alts {
			if want != "" && a.Type == want {
				pick = a
				break
			}
		}
		for _, a := range c.alts {
			if pick == nil && sure[a] {
				pick = a
				break
			}
		}
		if pick == nil {
			want := contextType(doc.text, c.span)
			for _, a := range c.alts {
				if a.Type == want {
					pick = a
					break
				}
			}
		}
		if pick != nil {
			c.lex, c.typ, c.name = pick, pick.Type, pick.Name
		}
	}
}

// contextType guesses from the neighbouring words whether an ambiguous
// name is a model or an organization.
func contextType(text string, s span) Type {
	after := text[s.End:min(len(text), s.End+30)]
	before := text[max(0, s.Start-30):s.Start]
	if orgContext(before, after) {
		return Organization
	}
	for _, w := range []string{"模型", "model", "Model", "聊天机器人", "chatbot", "版本", "参数", "assistant", "助手", " app", "App"} {
		if strings.Contains(after, w) || strings.HasSuffix(strings.TrimSpace(before), w) {
			return Model
		}
	}
	if strings.Contains(before, "包括") || strings.Contains(before, "including") {
		if strings.Contains(text[max(0, s.Start-120):s.Start], "模型") || strings.Contains(text[max(0, s.Start-120):s.Start], "model") {
			return Model
		}
	}
	return Organization
}

// orgContext reports words around an ambiguous name that only an
// organization takes: an owner's possessive (Meta AI's LLaMA model), a
// maker or a workplace before it (developed by HyperWrite, director at
// Meta AI), its people after it (the Meta AI research team).
func orgContext(before, after string) bool {
	if strings.HasPrefix(after, "'s ") || strings.HasPrefix(after, "’s ") {
		return true
	}
	for _, w := range []string{" by", " at", " from", " for", " with", " joined", " of"} {
		if strings.HasSuffix(strings.TrimRight(before, " "), w) && strings.HasSuffix(before, " ") {
			return true
		}
	}
	for _, w := range []string{" research", " team", " researchers", " scientists", " lab ", " labs", " employees", " CEO", " chief", " founder", " co-founder", "公司", "团队", "團隊", "研究员", "研究員", "员工", "員工", "创始人", "創始人"} {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	return false
}

// productBefore reports a word for a product right before a name.
func productBefore(before string) bool {
	before = strings.TrimRight(before, " ")
	for _, w := range []string{"产品", "產品", "模型", "聊天机器人", "聊天機器人", "助手", "应用", "應用", "工具", "chatbot", "assistant", "product", "app", "tool",
		" upgrading", " upgraded", " upgrades", " using", " uses", " use", " asked", " ask", " chat with", " chatting with", " try", " tried", " prompted", " download", " downloaded"} {
		if strings.HasSuffix(before, w) {
			return true // 写作产品HyperWrite; we're upgrading Meta AI with a new model
		}
	}
	return false
}

// isHeadline reports a line whose words are nearly all capitalised: name
// patterns would fire on every pair of words in it.
func isHeadline(s string) bool {
	if hasHan(s) {
		return false
	}
	words := strings.Fields(s)
	if len(words) < 4 {
		return false
	}
	caps := 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			caps++
		}
	}
	if caps < len(words) && strings.HasSuffix(strings.TrimSpace(s), ".") && !strings.HasSuffix(s, "..") {
		return false // a sentence that lists names (Backers include Fenwick Capital and Bluepine Ltd.) ends with a stop; titles do not
	}
	return caps*10 >= len(words)*7
}

// entityTable merges candidates into entities.
type entityTable struct {
	lex      *lexicon
	list     []*entity
	byLex    map[*lexEntry]*entity
	byKey    map[string]*entity // Type + foldKey(alias)
	surname  map[string]*entity // surname or family name alone -> person
	mentions []mention
}

func newEntityTable(l *lexicon) *entityTable {
	return &entityTable{lex: l, byLex: map[*lexEntry]*entity{}, byKey: map[string]*entity{}, surname: map[string]*entity{}}
}

func (t *entityTable) add(doc *document, c *candidate) {
	if c.typ == Organization && c.lex == nil {
		if m := datePrefix.FindString(c.name); m != "" && m != c.name && strings.HasPrefix(doc.text[c.Start:c.End], m) {
			c.Start += len(m) // 前年10月中央研究院: the month is no part of the name
			c.name = c.name[len(m):]
		}
		for _, ex := range []string{"Ex-", "ex-"} {
			if strings.HasPrefix(c.name, ex) && len(c.name) > len(ex)+2 && strings.HasPrefix(doc.text[c.Start:c.End], ex) {
				c.Start += len(ex) // Ex-Pinecrest AI researcher: a former employer, named without ex-
				c.name = c.name[len(ex):]
			}
		}
		if m := placeBased.FindString(c.name); m != "" && strings.HasPrefix(doc.text[c.Start:c.End], m) {
			if k := strings.LastIndex(m, "-"); k > 0 {
				if e := t.lex.lookupType(m[:k], Organization); e != nil {
					// Microsoft-backed Inflection AI: the backer is named too
					t.add(doc, &candidate{span: span{c.Start, c.Start + k}, typ: Organization, name: e.Name, lex: e, alts: []*lexEntry{e}, prio: 3})
				}
			}
			c.Start += len(m) // Oslo-based Nordlys AI: the place is no part of the name
			c.name = c.name[len(m):]
		}
	}
	surface := doc.text[c.Start:c.End]
	if c.lex == nil {
		if t.lex.ignored(surface) || t.lex.ignored(c.name) {
			return
		}
		if c.typ == Person && allHan(surface) && doc.fact(placeSomewhere, surface) {
			return // 苏黎世 the city, which the article also names as one
		}
		if e := t.lex.lookupType(c.name, c.typ); e != nil {
			c.lex, c.name = e, e.Name
		} else if rest := stripCountry(c.name); rest != c.name {
			// U.S. Securities and Exchange Commission: the lexicon knows it without the country
			if e := t.lex.lookupType(rest, c.typ); e != nil {
				c.lex, c.name = e, e.Name
			}
		}
	}
	var e *entity
	if c.lex != nil {
		e = t.byLex[c.lex]
	}
	if e == nil {
		e = t.byKey[string(c.typ)+foldKey(c.name)]
	}
	if e == nil {
		e = t.byKey[string(c.typ)+foldKey(surface)]
	}
	if e == nil && c.typ == Organization && c.lex == nil && zhOffice.MatchString(c.name) && strings.IndexAny(c.name, "省市自") == 0 {
		// 省委网信办 after 广东省委网信办: the same office without its place
		for _, o := range t.list {
			if o.Type == Organization && strings.HasSuffix(o.Name, c.name) && o.Name != c.name {
				e = o
				break
			}
		}
	}
	if e == nil && c.lex == nil && (c.typ == Person || c.typ == Organization && c.prio <= 1 && !strings.Contains(surface, " ")) {
		// 霍尔表示 after 苏珊·霍尔, "Ghodsi and Rao" after Naveen Rao: the
		// family name of someone already named, whatever a weak pattern said
		if p := t.surname[surface]; p != nil {
			e = p
			c.kind = bySurname
			c.typ = Person
		}
	}
	if e == nil {
		e = &entity{Name: c.name, Type: c.typ, aliases: map[string]bool{c.name: true}}
		if c.lex != nil {
			t.byLex[c.lex] = e
			if g := c.lex.attr("gender"); g == "m" || g == "f" {
				e.Gender = g[0]
			}
		}
		t.list = append(t.list, e)
		t.alias(e, c.name)
	}
	if c.gender != 0 && e.Gender == 0 {
		e.Gender = c.gender
	}
	t.alias(e, surface)
	if e.Type == Organization && (c.lex == nil || !hasHan(surface)) {
		if short := shortBrand(surface); short != "" && len(t.lex.lookup(short)) == 0 && !t.lex.ignored(short) &&
			doc.count(short) > doc.count(surface) { // bounded.go: counted once per form
			switch other := t.byKey[string(Organization)+foldKey(short)]; {
			case other == nil:
				t.alias(e, short) // Halcyon for Halcyon Systems Inc., 星衍 for 星衍智能
			case other != e && !t.fromLexicon(other) && !hasHan(surface):
				t.merge(e, other) // Lux found alone first, then Lux Capital: one fund
			}
		}
	}
	if e.Type == Organization && c.lex == nil && hasHan(surface) {
		if tok := doc.tokenStartingAt(c.Start); tok != nil && tok.Pos == "ns" && len(surface) >= len(tok.Text)+12 && t.byKey[string(Organization)+foldKey(surface[len(tok.Text):])] == nil {
			for _, d := range zhBrandTails {
				if strings.HasSuffix(surface, d) {
					t.alias(e, surface[len(tok.Text):]) // 苏州海川科技 -> 海川科技
					break
				}
			}
		}
	}
	if e.Type == Organization {
		if short := shortOrgName(surface); short != "" && t.byKey[string(Organization)+foldKey(short)] == nil {
			t.alias(e, short)
			if tok := doc.tokenStartingAt(c.Start); tok != nil && tok.Pos == "ns" && len(short) > len(tok.Text)+3 {
				t.alias(e, short[len(tok.Text):]) // 北京星辰智能 -> 星辰智能
			}
		}
	}
	e.mentions++
	t.mentions = append(t.mentions, mention{span: c.span, Entity: e, Kind: c.kind})
}

// datePrefix matches a date glued to a Chinese name: 10月, 2024年3月.
var datePrefix = regexp.MustCompile(`^(?:[0-9０-９]{1,4}[年月日号號])+`)

// placeBased matches a place or backer glued to a name: Oslo-based,
// Seabright-backed.
var placeBased = regexp.MustCompile(`^[A-Z][A-Za-z.]*(?:[ -][A-Z][A-Za-z.]*)?-(?:based|backed|owned|funded|led|headquartered) `)

// brandTails are words after a company's distinctive name that articles
// drop on later mentions (Tessellate Labs -> Tessellate).
var brandTails = map[string]bool{"Labs": true, "Lab": true, "Systems": true, "Inc.": true, "Inc": true, "Securities": true, "Advisory": true,
	"Capital": true, "AI": true, "Technologies": true, "Technology": true, "Group": true, "Holdings": true, "Ventures": true, "Logistics": true,
	"Partners": true, "LLP": true, "LLC": true, "Corp.": true, "Corp": true, "Corporation": true, "Co.": true, "Ltd.": true, "Ltd": true, "Robotics": true, "Analytics": true, "Software": true,
	"GmbH": true, "AG": true, "S.A.": true, "SA": true, "SE": true, "plc": true, "PLC": true, "Limited": true, "N.V.": true, "B.V.": true, "Pty": true, "S.p.A.": true, "Oy": true, "AB": true, "ASA": true, "AS": true}

// zhBrandTails are descriptors after a Chinese company's brand (星衍智能 -> 星衍).
var zhBrandTails = []string{"智能", "科技", "咨询", "諮詢", "资本", "資本", "创投", "創投", "数据", "數據", "网络", "網絡", "網路", "软件", "軟件", "軟體", "证券", "證券"}

// shortBrand returns the distinctive first word of a company name whose
// other words are generic tails (Halcyon Systems Inc. -> Halcyon), or the
// Chinese brand before a descriptor (星衍智能 -> 星衍); "" otherwise.
func shortBrand(name string) string {
	if hasHan(name) {
		for _, t := range zhBrandTails {
			if b := strings.TrimSuffix(name, t); b != name && allHan(b) && utf8.RuneCountInString(b) >= 2 && utf8.RuneCountInString(b) <= 3 {
				return b
			}
		}
		return ""
	}
	words := strings.Fields(name)
	if len(words) < 2 || len(words[0]) < 4 || !isNameWord(words[0]) || notNameWord[words[0]] || orgLeadStop[words[0]] {
		return ""
	}
	for _, w := range words[1:] {
		if !brandTails[strings.TrimSuffix(w, ",")] {
			return ""
		}
	}
	return words[0]
}

// stripCountry drops a leading country from an organization's name.
func stripCountry(name string) string {
	for _, p := range []string{"U.S. ", "US ", "U.K. ", "UK ", "EU ", "The U.S. ", "the U.S. ", "美国", "美國", "中国", "中國", "英国", "英國"} {
		if strings.HasPrefix(name, p) && len(name) > len(p)+2 {
			return name[len(p):]
		}
	}
	return name
}

// alias records a surface form, and for people the family name it implies.
func (t *entityTable) alias(e *entity, form string) {
	form = strings.TrimSpace(form)
	if form == "" {
		return
	}
	e.aliases[form] = true
	t.byKey[string(e.Type)+foldKey(form)] = e
	if e.Type == Person {
		if s := familyName(form); s != "" {
			if other, ok := t.surname[s]; ok && other != e {
				t.surname[s] = nil // two people share it: ambiguous
			} else if !ok {
				t.surname[s] = e
			}
		}
	}
}

// familyName is the last word of a Latin name of two or more words, or the
// part after the last · of a transliterated one.
func familyName(name string) string {
	if i := strings.LastIndexAny(name, "·・•‧"); i >= 0 {
		_, n := utf8.DecodeRuneInString(name[i:])
		last := name[i+n:]
		if utf8.RuneCountInString(last) >= 2 {
			return last
		}
		return ""
	}
	words := strings.Fields(name)
	if len(words) < 2 {
		return ""
	}
	last := words[len(words)-1]
	r, _ := utf8.DecodeRuneInString(last)
	if !unicode.IsUpper(r) || len(last) < 3 || !isNameWord(last) {
		return ""
	}
	return last
}

// mergeParentheses joins a name and the other-script name that follows it
// in parentheses: 门施(Arthur Mensch), 扎克伯格（Mark Zuckerberg）.
func (t *entityTable) mergeParentheses(doc *document) {
	for i := 0; i+1 < len(t.mentions); i++ {
		a, b := t.mentions[i], t.mentions[i+1]
		if a.Entity == b.Entity || a.Entity == nil || b.Entity == nil || a.End > b.Start {
			continue
		}
		between := doc.text[a.End:b.Start]
		if !openParenTitles(between) {
			continue
		}
		rest := doc.text[b.End:]
		if !strings.HasPrefix(rest, ")") && !strings.HasPrefix(rest, "）") {
			continue
		}
		if a.Entity.Type != b.Entity.Type && !(b.Entity.Type == Person || a.Entity.Type == Person) {
			continue
		}
		if a.Entity.Type == Person && b.Entity.Type == Organization && (t.fromLexicon(b.Entity) || b.Entity.mentions > 1) {
			continue // Priya Raman (Forrester): her employer, not another name of hers
		}
		t.merge(a.Entity, b.Entity)
	}
	// an abbreviation in parentheses after an organization: Center for
	// Civic Computing (CCC), 基础AI研究院 after FAIR
	for _, m := range t.mentions {
		if m.Entity.Type != Organization {
			continue
		}
		rest := doc.text[m.End:]
		open := ""
		for _, o := range []string{" (", "(", "（", " （"} {
			if strings.HasPrefix(rest, o) {
				open = o
				break
			}
		}
		if open == "" {
			continue
		}
		inner := rest[len(open):]
		end := strings.IndexAny(inner, ")）")
		if end <= 0 || end > 40 {
			continue
		}
		abbr := inner[:end]
		if isAbbreviation(abbr) || (hasHan(abbr) && utf8.RuneCountInString(abbr) <= 12 && hasOrgHead(abbr)) {
			switch other := t.byKey[string(Organization)+foldKey(abbr)]; {
			case other == nil:
				t.alias(m.Entity, abbr)
			case other != m.Entity && !t.fromLexicon(other):
				// "researchers at CCC" made CCC an organization of its own
				// before "(CCC)" said what it stands for
				t.merge(m.Entity, other)
			}
		}
	}
}

// openParenTitles reports the text between a name and its other-script
// form in parentheses: the parenthesis, and titles of address that the
// other form carries (（Dr John Moult）, （Prof Dame Janet Thornton）).
func openParenTitles(between string) bool {
	t := strings.TrimSpace(between)
	for _, h := range honorificsZh {
		t = strings.TrimPrefix(t, h) // 莫尔特博士（Dr John Moult）
	}
	rest, ok := strings.CutPrefix(t, "(")
	if !ok {
		if rest, ok = strings.CutPrefix(t, "（"); !ok {
			return false
		}
	}
	for _, w := range strings.Fields(rest) {
		if !addressTitles[strings.TrimSuffix(w, ".")] {
			return false
		}
	}
	return true
}

// addressTitles are titles written before a name: Dr, Prof, Dame, Sir.
var addressTitles = map[string]bool{"Dr": true, "Prof": true, "Professor": true, "Dame": true, "Sir": true, "Mr": true, "Ms": true, "Mrs": true, "Lord": true, "Lady": true}

// placeSomewhere reports a Chinese name that the article also writes
// where only a place stands: 住在苏黎世, 苏黎世办事处.
func placeSomewhere(text, name string) bool {
	for at := range occurrences(text, name, 0) {
		if placeBefore(text[max(0, at-12):at]) || placeAfter(text[at+len(name):]) {
			return true
		}
	}
	return false
}

// fromLexicon reports an entity the lexicon named.
func (t *entityTable) fromLexicon(e *entity) bool {
	for _, x := range t.byLex {
		if x == e {
			return true
		}
	}
	return false
}

// merge folds entity b into a.
func (t *entityTable) merge(a, b *entity) {
	if a.Type != b.Type {
		if b.Type == Person {
			a, b = b, a
		}
		if a.Type != Person {
			return
		}
	}
	// keep the name the lexicon gave, else the first one
	for lx, e := range t.byLex {
		if e == b {
			if _, ok := t.byLex[lx]; ok {
				t.byLex[lx] = a
			}
		}
	}
	for f := range b.aliases {
		t.alias(a, f)
	}
	a.mentions += b.mentions
	if a.Gender == 0 {
		a.Gender = b.Gender
	}
	for k, e := range t.byKey {
		if e == b {
			t.byKey[k] = a
		}
	}
	for k, e := range t.surname {
		if e == b {
			t.surname[k] = a
		}
	}
	for i := range t.mentions {
		if t.mentions[i].Entity == b {
			t.mentions[i].Entity = a
		}
	}
	for i, e := range t.list {
		if e == b {
			t.list = append(t.list[:i], t.list[i+1:]...)
			break
		}
	}
}

// familyShortName folds a family name into the one version the article
// named before it: after "Claude 3 Opus", "Claude" is its short name. When
// several versions are named, or the family comes first, the family is a
// thing of its own (Llama, then Llama 2 and Llama 3).
func (t *entityTable) familyShortName(doc *document) {
	first := map[*entity]int{}
	for _, m := range t.mentions {
		if v, ok := first[m.Entity]; !ok || m.Start < v {
			first[m.Entity] = m.Start
		}
	}
	versions := map[*entity][]*entity{}
	for _, e := range t.list {
		if e.Type != Model {
			continue
		}
		if f := doc.familyOf(t.lex, e); f != nil {
			versions[f] = append(versions[f], e)
		}
	}
	product := map[*entity]bool{} // Grok chatbot, 豆包App: the family named as a product
	for _, m := range t.mentions {
		rest := strings.TrimLeft(doc.text[m.End:min(len(doc.text), m.End+20)], " ")
		for _, p := range []string{"chatbot", "app", "App", "assistant", "聊天机器人", "聊天機器人", "助手", "应用", "應用", "系列", "家族", "series", "family", "models", "模型家族"} {
			if strings.HasPrefix(rest, p) {
				product[m.Entity] = true
			}
		}
	}
	for _, f := range append([]*entity(nil), t.list...) {
		vs := versions[f]
		if len(vs) == 1 && first[vs[0]] < first[f] && len(versions[vs[0]]) == 0 && !product[f] && !namesDerivative(vs[0].Name, f) {
			t.merge(vs[0], f)
		}
	}
}

// namesDerivative reports a version name that carries a word of its own
// besides sizes, numbers and variant words (Llama3-TAIDE-LX-8B-Chat): a
// derivative with its own name, not a longer way to say the family.
func namesDerivative(version string, fam *entity) bool {
	for f := range fam.aliases {
		rest, ok := strings.CutPrefix(version, f)
		if !ok {
			// Llama3-TAIDE after Llama 3: the same family written without the space
			if rest, ok = strings.CutPrefix(strings.ReplaceAll(version, " ", ""), strings.ReplaceAll(f, " ", "")); !ok {
				continue
			}
		}
		for _, p := range strings.FieldsFunc(rest, func(r rune) bool { return r == '-' || r == ' ' || r == '.' }) {
			lp := strings.ToLower(p)
			if !variantWords[lp] && !isSize(p) && strings.TrimLeft(p, "0123456789") != "" && !(len(lp) <= 2 && strings.TrimLeft(lp, "0123456789") != lp) {
				return true
			}
		}
		return false
	}
	return false
}

// secondPass finds the later mentions of names the patterns discovered
// (谭待 after 总裁谭待), family names alone (Carlsson after Kjell Carlsson)
// and abbreviations (CCC), wherever no mention stands yet.
func (t *entityTable) secondPass(doc *document) {
	type form struct {
		text string
		e    *entity
		kind mentionKind
	}
	var forms []form
	seen := map[string]bool{}
	for _, e := range t.list {
		for a := range e.aliases {
			if seen[a] || utf8.RuneCountInString(a) < 2 || t.lex.ignored(a) {
				continue
			}
			seen[a] = true
			forms = append(forms, form{a, e, byName})
		}
	}
	for s, e := range t.surname {
		if e == nil || seen[s] || t.lex.ignored(s) || len(t.lex.lookup(s)) > 0 {
			continue
		}
		seen[s] = true
		forms = append(forms, form{s, e, bySurname})
	}
	sort.Slice(forms, func(i, j int) bool {
		if len(forms[i].text) != len(forms[j].text) {
			return len(forms[i].text) > len(forms[j].text)
		}
		return forms[i].text < forms[j].text
	})
	taken := newOccupancy(len(doc.text)) // bounded.go: linear, not all pairs
	for _, m := range t.mentions {
		taken.take(m.Start, m.End)
	}
	free := func(s span) bool { return taken.free(s.Start, s.End) }
	for _, snt := range doc.sentences {
		text := doc.text[:snt.End]
		for _, f := range forms {
			from := snt.Start
			for {
				k := strings.Index(text[from:], f.text)
				if k < 0 {
					break
				}
				s := span{from + k, from + k + len(f.text)}
				from = s.End
				if !wordBounded(text, s) || !free(s) {
					continue
				}
				taken.take(s.Start, s.End)
				f.e.aliases[f.text] = true
				f.e.mentions++
				t.mentions = append(t.mentions, mention{span: s, Entity: f.e, Kind: f.kind})
			}
		}
	}
}

// wordBounded checks that a match of Latin letters does not continue a
// longer Latin word.
func wordBounded(text string, s span) bool {
	if s.Start > 0 {
		first, _ := utf8.DecodeRuneInString(text[s.Start:])
		prev, _ := utf8.DecodeLastRuneInString(text[:s.Start])
		if isLatinAlnum(first) && isLatinAlnum(prev) {
			return false
		}
	}
	if s.End < len(text) {
		last, _ := utf8.DecodeLastRuneInString(text[:s.End])
		next, _ := utf8.DecodeRuneInString(text[s.End:])
		if isLatinAlnum(last) && isLatinAlnum(next) {
			return false
		}
	}
	return true
}

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// isAbbreviation: CCC, DoD, NYU, a16z.
func isAbbreviation(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 2 || n > 8 {
		return false
	}
	upper := 0
	for _, r := range s {
		if r > unicode.MaxASCII || !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
			return false
		}
		if unicode.IsUpper(r) {
			upper++
		}
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) && upper >= 2
}

// occurrences yields the start of each occurrence of sub in text at or
// after from, each search resuming after the previous match.
func occurrences(text, sub string, from int) iter.Seq[int] {
	return func(yield func(int) bool) {
		if sub == "" {
			return
		}
		for {
			k := strings.Index(text[from:], sub)
			if k < 0 {
				return
			}
			at := from + k
			from = at + len(sub)
			if !yield(at) {
				return
			}
		}
	}
}
