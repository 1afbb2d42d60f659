package extract

import (
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
	var cands []candidate
	for _, s := range doc.sentences {
		cands = append(cands, x.sentenceCandidates(doc, s)...)
	}
	chosen := resolve(doc.text, cands)
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
	out = append(out, x.tokenNames(doc, s)...)
	out = append(out, x.zhNameBeforeTitle(doc, s)...)
	out = append(out, x.zhDescribedOrgBeforeTitle(doc, s)...)
	out = append(out, x.zhCompanyBeforeVerb(doc, s)...)
	out = append(out, x.companyAfterNoun(doc, s)...)
	out = append(out, x.chinesePersons(doc, s)...)
	out = append(out, x.models(doc, s)...)
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

// resolve keeps the longest candidates that do not overlap; on equal
// length the higher priority, then the earlier one.
func resolve(text string, cands []candidate) []candidate {
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
	var out []candidate
	for _, i := range idx {
		c := cands[i]
		ok := true
		for _, o := range out {
			if c.Start < o.End && o.Start < c.End {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, c)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
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
		for _, a := range c.alts {
			if sure[a] {
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
			c.Start += len(m) // Oslo-based Nordlys AI: the place is no part of the name
			c.name = c.name[len(m):]
		}
	}
	surface := doc.text[c.Start:c.End]
	if c.lex == nil {
		if t.lex.ignored(surface) || t.lex.ignored(c.name) {
			return
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
	if e == nil && c.typ == Person && c.lex == nil {
		// 霍尔表示 after 苏珊·霍尔: the family name of someone already named
		if p := t.surname[surface]; p != nil {
			e = p
			c.kind = bySurname
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
		if short := shortBrand(surface); short != "" && t.byKey[string(Organization)+foldKey(short)] == nil && len(t.lex.lookup(short)) == 0 && !t.lex.ignored(short) &&
			strings.Count(doc.text, short) > strings.Count(doc.text, surface) {
			t.alias(e, short) // Halcyon for Halcyon Systems Inc., 星衍 for 星衍智能
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
		if a.Entity == b.Entity || a.Entity == nil || b.Entity == nil {
			continue
		}
		between := doc.text[a.End:b.Start]
		if strings.TrimSpace(between) != "(" && strings.TrimSpace(between) != "（" {
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
	taken := make([]span, 0, len(t.mentions))
	for _, m := range t.mentions {
		taken = append(taken, m.span)
	}
	free := func(s span) bool {
		for _, o := range taken {
			if s.Start < o.End && o.Start < s.End {
				return false
			}
		}
		return true
	}
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
				taken = append(taken, s)
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

// word is a run of Latin letters and digits in a sentence.
type word struct {
	span
	text       string
	possessive bool // followed by 's or ’s, which the span leaves out
}

// latinWords lists the Latin words of a sentence. Internal hyphens,
// apostrophes and dots stay inside a word (Poole-Dayan, U.S.); a final
// possessive 's is cut off and noted.
func latinWords(text string, s span) []word {
	var out []word
	i := s.Start
	for i < s.End {
		r, n := utf8.DecodeRuneInString(text[i:s.End])
		if !isLatinAlnum(r) || r > 0x24F {
			i += n
			continue
		}
		j := i + n
		for j < s.End {
			r2, n2 := utf8.DecodeRuneInString(text[j:s.End])
			if isLatinAlnum(r2) && r2 <= 0x24F {
				j += n2
				continue
			}
			if r2 == '-' || r2 == '\'' || r2 == '’' || r2 == '.' || r2 == '&' {
				r3, _ := utf8.DecodeRuneInString(text[j+n2 : s.End])
				if j+n2 < s.End && isLatinAlnum(r3) && r3 <= 0x24F {
					j += n2
					continue
				}
			}
			break
		}
		w := word{span: span{i, j}, text: text[i:j]}
		for _, p := range []string{"'s", "’s"} {
			if strings.HasSuffix(w.text, p) && len(w.text) > len(p) {
				w.text = strings.TrimSuffix(w.text, p)
				w.End -= len(p)
				w.possessive = true
			}
		}
		if !w.possessive && (strings.HasSuffix(text[j:min(j+2, len(text))], "'") || strings.HasSuffix(text[j:min(j+3, len(text))], "’")) && strings.HasSuffix(w.text, "s") {
			w.possessive = true // plural possessive: Americans'
		}
		// keep the dot of U.S. and Inc.
		if j < s.End && text[j] == '.' && (strings.Contains(w.text, ".") || abbreviations[strings.ToLower(w.text)]) {
			w.End++
			w.text = text[w.Start:w.End]
		}
		out = append(out, w)
		i = j
	}
	return out
}

// adjacent reports words separated by exactly one space.
func adjacent(text string, a, b word) bool {
	return text[a.End:b.Start] == " "
}

// initial reports a one-capital word followed by a dot: the F. of John F.
// Kennedy.
func initial(text string, w word) bool {
	return len(w.text) == 1 && w.text[0] >= 'A' && w.text[0] <= 'Z' && w.End < len(text) && text[w.End] == '.'
}

// isNameWord: Kjell, LeCun, McCarthy, Poole-Dayan, O'Brien.
func isNameWord(w string) bool {
	if len(w) < 2 {
		return false
	}
	parts := strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '\'' || r == '’' })
	for i, part := range parts {
		r, _ := utf8.DecodeRuneInString(part)
		if !unicode.IsUpper(r) {
			if i == 1 && len(parts) == 2 && strings.Count(w, "-") == 1 && len(parts[0]) >= 2 && len(parts[0]) <= 4 && givenSyllables[part] {
				continue // Min-jun, Seo-yeon: a romanised given name
			}
			return false
		}
		lower, upper := 0, 0
		for _, c := range part {
			switch {
			case unicode.IsLower(c):
				lower++
			case unicode.IsUpper(c):
				upper++
			default:
				return false
			}
		}
		if lower == 0 || upper > 2 {
			return false
		}
	}
	return true
}

var nameParticles = map[string]bool{"van": true, "von": true, "de": true, "der": true, "den": true, "da": true, "di": true, "del": true, "du": true, "bin": true, "al": true, "le": true, "la": true, "dos": true}

// latinPersons finds Latin-script personal names: two to four name words
// with evidence that they name a person (a known given name, a title
// before, a speech verb or an apposition after).
func (x *Extractor) latinPersons(doc *document, s sentence, words []word, headline bool) []candidate {
	if headline {
		return nil
	}
	text := doc.text
	var out []candidate
	for i := 0; i < len(words); {
		if !isNameWord(words[i].text) {
			i++
			continue
		}
		j := i + 1
		for j < len(words) && adjacent(text, words[j-1], words[j]) && !words[j-1].possessive {
			if isNameWord(words[j].text) || (nameParticles[words[j].text] && j+1 < len(words) && isNameWord(words[j+1].text)) {
				j++
				continue
			}
			if initial(text, words[j]) && j+1 < len(words) && isNameWord(words[j+1].text) && text[words[j].End:words[j+1].Start] == ". " {
				j += 2 // John F. Kennedy
				continue
			}
			break
		}
		run := words[i:j]
		i = j
		// drop titles and other capitalised non-names at the front
		k := 0
		for k < len(run) && (notNameWord[run[k].text] || (len(run)-k > 2 && titleWordsEn[strings.ToLower(run[k].text)])) {
			k++ // Researcher Aiko Sato, Engineer Olu Adeyemi
		}
		for g := k; g < len(run)-1; g++ {
			if givenNames[run[g].text] && !givenNames[run[k].text] {
				k = g
				break
			}
		}
		run = run[k:]
		for len(run) > 0 && notNameWord[run[len(run)-1].text] {
			run = run[:len(run)-1]
		}
		if len(run) < 2 || len(run) > 4 {
			continue
		}
		bad := false
		for _, w := range run {
			if notNameWord[w.text] {
				bad = true
			}
		}
		if bad {
			continue
		}
		sp := span{run[0].Start, run[len(run)-1].End}
		name := text[sp.Start:sp.End]
		if l := x.lex.lookup(name); len(l) > 0 && l[0].Type != Person {
			continue
		}
		if x.lex.ignored(name) || orgSuffix(text[:s.End], sp.End) > sp.End || followsOrgHead(text, sp.End, s.End) {
			continue
		}
		ev, gender := personEvidence(text, s.span, sp, run[0].text)
		if !ev && !(len(run) >= 2 && surnameSpeaks(text, run[len(run)-1].text)) {
			continue
		}
		out = append(out, candidate{span: sp, typ: Person, name: name, prio: 2, gender: gender})
	}
	return out
}

// surnameSpeaks reports a family name that the article elsewhere uses
// alone as a speaker ("Ibarra said", "said Ibarra", "according to
// Ibarra"): evidence that "Tomas Ibarra" is a person even where a
// sentence says nothing else about him.
func surnameSpeaks(text, surname string) bool {
	if len(surname) < 3 || notNameWord[surname] {
		return false
	}
	for from := 0; ; {
		k := strings.Index(text[from:], surname)
		if k < 0 {
			return false
		}
		at := from + k
		from = at + len(surname)
		if !wordBounded(text, span{at, from}) {
			continue
		}
		if prev, _ := utf8.DecodeLastRuneInString(text[:at]); prev != ' ' && prev != '"' && prev != '“' && at > 0 && prev != '\n' {
			continue // part of a longer name
		}
		if strings.HasSuffix(text[:at], " ") {
			if pw := text[strings.LastIndex(strings.TrimRight(text[:at], " "), " ")+1 : at]; unicode.IsUpper(firstRune(pw)) {
				continue // Tomas Ibarra itself, not the family name alone
			}
		}
		after := strings.ToLower(firstWord(text[from:min(len(text), from+20)]))
		before := strings.ToLower(text[max(0, at-14):at])
		if speechVerbsEn[after] && after != "joined" && after != "leads" && after != "led" && after != "founded" && after != "co-founded" || strings.HasSuffix(before, "said ") || strings.HasSuffix(before, "according to ") || strings.HasSuffix(before, "says ") {
			return true
		}
	}
}

// lastRunes returns the last character of s as a string.
func lastRunes(s string) string {
	_, n := utf8.DecodeLastRuneInString(s)
	return s[len(s)-n:]
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// followsOrgHead reports a name that goes on as an organization (Sam
// Altman Foundation, Rowan Curran公司).
func followsOrgHead(text string, end, limit int) bool {
	rest := text[end:limit]
	for _, h := range []string{" Foundation", " Institute", " University", " Labs", " Lab", " Capital", " Ventures", " Inc", " Group", " & ", "公司", "集团", "基金"} {
		if strings.HasPrefix(rest, h) {
			return true
		}
	}
	return false
}

// personEvidence decides whether a Latin name sequence names a person, and
// reads a gender from Mr./Ms. when there is one.
func personEvidence(text string, snt, sp span, first string) (bool, byte) {
	before := strings.TrimRight(text[snt.Start:sp.Start], " ")
	after := text[sp.End:snt.End]
	var gender byte
	lb := strings.ToLower(before)
	for _, t := range []string{"mr.", "mr", "sir"} {
		if strings.HasSuffix(lb, " "+t) || lb == t {
			gender = 'm'
		}
	}
	for _, t := range []string{"ms.", "mrs.", "ms", "mrs", "miss", "madam"} {
		if strings.HasSuffix(lb, " "+t) || lb == t {
			gender = 'f'
		}
	}
	if strings.HasPrefix(after, "先生") {
		gender = 'm'
	}
	if strings.HasPrefix(after, "女士") {
		gender = 'f'
	}
	if gender != 0 || givenNames[first] {
		return true, gender
	}
	// a title or speech verb just before: "CEO Sam Altman", "says Jad Kabbara", 分析师Rowan Curran
	prevWord := strings.TrimSuffix(lb, ",") // The company's chief executive, Dana Cole
	if k := strings.LastIndexAny(prevWord, " ,(（“\"—"); k >= 0 {
		prevWord = prevWord[k+1:]
	}
	prevWord = strings.TrimSuffix(prevWord, ":")
	if titleWordsEn[prevWord] || speechVerbsEn[prevWord] {
		return true, 0
	}
	for _, p := range []string{"founded by", "co-founded by", "led by", "headed by", "run by", "according to", "interview with", "hosted by", "joined by"} {
		if strings.HasSuffix(lb, " "+p) || lb == p {
			return true, 0
		}
	}
	if endsWithTitleHead(before) {
		return true, 0
	}
	if strings.HasSuffix(before, "(") || strings.HasSuffix(before, "（") {
		pre := strings.TrimRight(before, "(（")
		if r, _ := utf8.DecodeLastRuneInString(pre); unicode.Is(unicode.Han, r) {
			return true, 0
		}
	}
	// NAME of ORG said: a person speaking for the organization
	if strings.HasPrefix(after, " of ") && nameOfOrgSaid.MatchString(after) {
		return true, 0
	}
	// an apposition or a speech verb just after
	la := strings.ToLower(after)
	for _, p := range []string{", who ", ", co-founder", ", founder", ", chief", ", ceo", ", president", ", professor", ", director", ", head "} {
		if strings.HasPrefix(la, p) {
			return true, 0
		}
	}
	if strings.HasPrefix(la, ", ") {
		// NAME, vice president of AI platforms at Y: a title, then at or of
		words := strings.Fields(la[2:])
		for k := 0; k < len(words) && k < 5; k++ {
			if w := strings.TrimRight(words[k], ","); titleWordsEn[w] && k+1 < len(words) && (words[k+1] == "at" || words[k+1] == "of") {
				return true, 0
			}
			if strings.HasSuffix(words[k], ",") {
				break
			}
		}
	}
	for _, p := range []string{", a ", ", an ", ", the ", ", one of "} {
		// an apposition that gives a job: "Tomas Lindqvist, a senior scientist";
		// "Capitol Hill, the seat of Congress" gives none
		if strings.HasPrefix(la, p) {
			words := strings.Fields(la[len(p):])
			for k := 0; k < len(words) && k < 8; k++ {
				w := strings.TrimRight(words[k], ",.;'’s")
				if i := strings.LastIndex(w, "-"); i >= 0 {
					w = w[i+1:]
				}
				if titleWordsEn[w] || w == "co-author" || w == "author" || w == "member" || w == "spokesperson" {
					return true, 0
				}
				if strings.HasSuffix(words[k], ",") || strings.HasSuffix(words[k], ";") {
					break // the apposition ends: "X, a startup, engineers built"
				}
			}
		}
	}
	if strings.HasPrefix(after, ", ") {
		// NAME, Microsoft's vice president
		if w := strings.Fields(after[2:]); len(w) > 0 && (strings.HasSuffix(w[0], "'s") || strings.HasSuffix(w[0], "’s")) {
			if r, _ := utf8.DecodeRuneInString(w[0]); unicode.IsUpper(r) {
				return true, 0
			}
		}
	}
	if fw := firstWord(la); speechVerbsEn[fw] {
		return true, 0
	}
	for w := range weakAfter {
		if strings.HasPrefix(after, w) {
			after = after[len(w):] // 也表示: the verb after the adverb decides
			break
		}
	}
	for _, v := range speechVerbsZh {
		if strings.HasPrefix(after, v) && !weakAfter[v] {
			return true, 0
		}
	}
	return false, 0
}

func firstWord(s string) string {
	s = strings.TrimLeft(s, " ")
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		return s
	}
	return s[:end]
}

// endsWithTitleHead reports text that ends in a job title: 副总裁, CEO, 的CEO.
func endsWithTitleHead(s string) bool {
	s = strings.TrimRight(s, " ")
	for _, h := range titleHeads {
		if strings.HasSuffix(s, h) {
			return true
		}
	}
	return chiefTitle(s)
}

// chiefTitle reports a 首席…官 title the list does not spell out
// (首席数字官, 首席风险官): 首席 at most six characters before the end.
func chiefTitle(s string) bool {
	if !strings.HasSuffix(s, "官") && !strings.HasSuffix(s, "長") && !strings.HasSuffix(s, "长") {
		return false
	}
	k := strings.LastIndex(s, "首席")
	return k >= 0 && utf8.RuneCountInString(s[k:]) <= 8 && !strings.ContainsAny(s[k:], "，。、,")
}

// titleHeads end a job title, in Chinese or as the Latin abbreviations
// Chinese texts use.
var titleHeads = []string{
	"CEO", "CTO", "COO", "CFO", "CSO", "CIO", "CMO", "CPO", "VP", "技术官", "技術官", "运营官", "營運長", "财务官", "財務官", "信息官", "产品官", "战略官", "科学官", "技术长", "技術長", "营运长", "財務長", "总裁", "總裁", "执行官", "執行官", "执行长", "執行長", "创始人", "創始人", "创办人", "創辦人",
	"合伙人", "合夥人", "董事长", "董事長", "董事", "总经理", "總經理", "经理", "經理", "主席", "总监", "總監", "主管", "负责人", "負責人",
	"科学家", "科學家", "研究员", "研究員", "分析师", "分析師", "工程师", "工程師", "教授", "院长", "院長", "校长", "校長", "所长", "所長",
	"主任", "部长", "部長", "发言人", "發言人", "总统", "總統", "首相", "总理", "總理", "议员", "議員", "参议员", "参議員", "经济学家", "數學家", "数学家",
	"得主", "专家", "專家", "架构师", "架構師", "研究主管", "秘书长", "秘書長", "局长", "局長", "总干事", "總幹事", "联合创始人", "聯合創始人", "社长", "社長", "领导人", "領導人", "掌门人", "掌門人", "处长", "處長", "科长", "科長", "司长", "司長", "厅长", "廳長", "署长", "署長", "组长", "組長", "主委",
}

var speechVerbsZh = []string{"表示", "认为", "認為", "指出", "说", "說", "称", "稱", "透露", "强调", "強調", "坦言", "解释", "解釋", "回应", "回應", "补充", "補充", "回忆", "回憶", "评论", "評論", "介绍", "介紹", "宣布", "写道", "寫道", "发帖", "發帖", "也", "则", "則", "曾", "就", "还", "還", "在", "对", "對", "先生", "女士", "博士", "教授"}

// weakAfter are words that follow names but also product names (Stable
// Diffusion在…): alone they are no evidence of a person.
var weakAfter = map[string]bool{"也": true, "则": true, "則": true, "曾": true, "就": true, "还": true, "還": true, "在": true, "对": true, "對": true}

var speechVerbsEn = map[string]bool{"said": true, "says": true, "told": true, "wrote": true, "writes": true, "argued": true, "argues": true, "noted": true, "notes": true, "added": true, "adds": true, "explained": true, "explains": true, "believes": true, "thinks": true, "pointed": true, "warned": true, "warns": true, "stated": true, "commented": true, "tweeted": true, "posted": true, "announced": true, "asked": true, "asks": true, "replied": true, "recalled": true, "insisted": true, "acknowledged": true, "admitted": true, "claimed": true, "claims": true, "suggested": true, "suggests": true, "predicted": true, "agreed": true, "agrees": true, "remarked": true, "emphasized": true, "stressed": true, "joined": true, "leads": true, "led": true, "founded": true, "co-founded": true, "left": true, "quit": true, "departed": true, "resigned": true}

var titleWordsEn = map[string]bool{
	"ceo": true, "cto": true, "coo": true, "cfo": true, "president": true, "secretary": true, "spokesperson": true, "spokesman": true, "spokeswoman": true,
	"founder": true, "cofounder": true, "co-founder": true, "director": true, "chairman": true, "chairwoman": true, "chair": true, "chief": true, "officer": true,
	"executive": true, "professor": true, "scientist": true, "researcher": true, "analyst": true, "author": true, "engineer": true, "manager": true,
	"partner": true, "investor": true, "senator": true, "representative": true, "governor": true, "minister": true, "leader": true, "editor": true,
	"reporter": true, "journalist": true, "economist": true, "developer": true, "associate": true, "affiliate": true, "adviser": true, "advisor": true, "strategist": true, "co-author": true, "lecturer": true, "mathematician": true, "lawyer": true, "attorney": true, "judge": true, "mr.": true, "ms.": true,
	"mrs.": true, "dr.": true, "dr": true, "prof.": true, "boss": true, "vp": true, "head": true, "fellow": true, "student": true, "candidate": true,
	"cofounders": true, "co-founders": true, "founders": true, "investors": true, "researchers": true, "scientists": true,
}

// notNameWord lists capitalised words that are never part of a personal
// name: titles, function words, months, days, places, institutions.
var notNameWord = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`The A An This That These Those In On At For Of And But Or If When While As After Before Since With Without From By To It Its We Our
	They Their He She His Her I You Your My Mr Mrs Ms Dr Prof Sir Lord President Secretary Senator Minister Chairman Chairwoman Director Chief Professor General Governor
	Judge Justice Rep Sen Gov Vice Deputy Former Lead Senior Junior Department University Institute Center Centre School College Lab Labs Laboratory Company Group
	Inc Corp News Times Post Journal Street Social Security National Federal Government Supply Chain Risk Act Order Amendment Conference Study Research Intelligence
	Artificial Foreign Western Eastern Northern Southern United States Kingdom Union American Americans European Chinese English French German Says Said Big Tech Silicon
	Valley Wall White House Congress Senate Court Supreme Office Bureau Agency Ministry Council Committee Board Foundation Association Society Capital Ventures Partners
	Holdings Technologies Systems Network Networks Media Studio Studios Bank Fund Data Cloud Model Models Language Large Open Source Free Pro Plus Max Turbo Series
	Edition Version Update Summit Forum Award Prize Day Week Year Month Today Tomorrow Yesterday Here There What Why How Who Where Which Yes No Not All Any Some Every
	Each Many Most More Less New Old First Second Third Last Next Also However Meanwhile Moreover Still Yet Just Even Only Now Then Specifically Perhaps Responding
	According Across Among Between Despite During Including Under Over Against Through January February March April May June July August September October November
	December Monday Tuesday Wednesday Thursday Friday Saturday Sunday America China Iran Russia Europe Japan India France Germany Britain England London Paris Beijing
	Shanghai Washington California York San Francisco Texas Asia Africa Israel Ukraine Korea Taiwan Hong Kong Singapore Canada Australia AI Chatbot Chatbots Act
	Democrats Republicans Republican Democrat Administration Pentagon Navy Army Air Force Marine Police Council Parliament Commission Authority Global International
	Digital Human Machine Learning Deep Generative Neural Quantum Computing Science Sciences Engineering Technology Management Business Economics Policy Law Health
	Medicine Education Energy Climate Safety Trust Privacy Ethics Responsible Frontier Summit Week Awards Prize Medal Fields Nobel Turing Executive Senior Principal Staff
	Distinguished Visiting Associate Assistant Adjunct Emeritus Founding Managing Partner Product Program Project Operations Communications Marketing Sales Engineering`) {
		m[w] = true
	}
	return m
}()

// nameOfOrgSaid matches " of Vireo GmbH said" after a person's name.
var nameOfOrgSaid = regexp.MustCompile(`^ of (?:[A-Z][\w.-]*-based )?(?:the )?[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3},? (?:said|says|told|added|noted|argued|wrote|explained|warned|agreed|disagreed)\b`)

// givenSyllables are second syllables of romanised Korean and Chinese
// given names written with a hyphen (Min-jun, Seo-yeon, Hsiao-mei).
var givenSyllables = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`jun joon yeon hyun min woo jin soo su ho eun hee young yong seok suk hoon sung yun ji won bin hye kyung wook ah na ri rin mi jae chul hwa ok ae sik gu yu hwan jung ki ting ling wei yi mei fang hua hui jie ping chen lin han yan hong wen xin ying`) {
		m[w] = true
	}
	return m
}()

// givenNames are common first names; a known one is evidence enough that
// the words after it are a name.
var givenNames = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`Aaron Adam Adrian Ahmed Aidan Alan Albert Alex Alexander Alexandr Alexandra Alexis Ali Alice Alicia Alison Allen Amanda Amber Amy Ana Andrea Andreas Andrew Andy Angela Anna Anne Anthony Anton Arthur Ashley Ava Barbara Barry Ben Benjamin Bernard Beth Bill Bob Brad Bradley Brandon Brian Bruce Carl Carlos Carol Caroline Catherine Charles Charlie Chris Christian Christina Christine Christopher Claire Clara Colin Connor Craig Dan Daniel Daniela Danielle Dario Daphne Dave David Deborah Demis Dennis Derek Diana Diane Dmitri Dominic Donald Doug Douglas Drew Dylan Eddie Edward Elena Eli Elizabeth Ellen Elon Emily Emma Eric Erik Ethan Eugene Eva Evan Fei Felix Fiona Frank Fred Gabriel Gary Geoffrey George Gina Grace Greg Gregory Guillaume Hannah Hans Harry Heather Helen Henry Howard Hugo Ian Igor Ilya Isaac Isabel Ivan Jack Jacob Jake James Jamie Jan Jane Janet Jason Jay Jean Jeff Jeffrey Jennifer Jensen Jeremy Jerry Jessica Jim Joan Joe Joel Joelle John Jon Jonathan Jordan Jose Joseph Josh Joshua Juan Julia Julian Julie Justin Karen Kate Katherine Kathleen Katie Katrina Kay Keith Kelly Ken Kenneth Kevin Kim Kyle Larry Laura Lauren Lawrence Leo Leon Lila Linda Lisa Liz Louis Lucas Lucy Luis Luke Marc Marcus Margaret Maria Marie Mark Martin Mary Matt Matthew Max Maya Megan Melanie Melissa Mia Michael Michelle Miguel Mike Mira Mitchell Mohammed Mustafa Nadia Nancy Naomi Nat Natalie Nathan Neil Nick Nicholas Nicole Noah Noam Oliver Olivia Omar Oren Oscar Pascal Patrick Paul Paula Pedro Peter Pete Philip Phil Pierre Rachel Ralph Raquel Ray Rebecca Reid Richard Rick Rob Robert Robin Roger Ron Ronald Rose Ross Ruth Ryan Sam Samuel Sara Sarah Satya Scott Sean Sebastian Sergey Shane Sharon Shawn Sophia Sophie Stephen Steve Steven Stuart Sundar Susan Sylvia Tara Ted Teresa Thomas Tim Timothy Tina Todd Tom Tony Travis Tyler Valerie Victor Victoria Vincent Vinod Walter Wendy William Yann Yoshua Zoe Jad Deb Elinor Kjell Rowan Nikolaos Sriram Sridhar Vipul Jakub Jan Jaime Emad Arvind Aravind Aidan Mira Liang Mustafa Reid Marc Greg Ilya Andrej Clement Clem Aditya Rohan Raj Rahul Priya Anil Amit Sanjay Vikram Kai Yuki Hiroshi Takeshi Wei Ming Jun Xin Yi Hao Yang Lei Chen Jie`) {
		m[w] = true
	}
	return m
}()

var orgEndHeads = map[string]bool{"Lab": true, "Labs": true, "Laboratory": true, "Laboratories": true, "Institute": true, "University": true, "College": true,
	"Inc": true, "Inc.": true, "Corp": true, "Corp.": true, "Corporation": true, "Company": true, "Group": true, "Foundation": true, "Association": true,
	"Society": true, "Agency": true, "Commission": true, "Capital": true, "Ventures": true, "Technologies": true, "AI": true,
	"Journal": true, "Times": true, "Post": true, "News": true, "Ltd": true, "Ltd.": true, "LLC": true, "Academy": true, "Robotics": true, "Intelligence": false, "Partners": true,
	"GmbH": true, "S.A.": true, "N.V.": true, "B.V.": true, "S.p.A.": true, "AG": true, "plc": true, "PLC": true, "Limited": true, "Holdings": true, "Securities": true}

// companyEnds close a company's name: an "and" after them starts another
// name rather than continuing this one.
var companyEnds = map[string]bool{"Inc": true, "Inc.": true, "Corp": true, "Corp.": true, "Ltd": true, "Ltd.": true, "LLC": true, "LLP": true, "GmbH": true,
	"AG": true, "S.A.": true, "plc": true, "PLC": true, "N.V.": true, "B.V.": true, "Capital": true, "Ventures": true, "Labs": true, "Holdings": true, "Partners": true}

var orgStartHeads = map[string]bool{"University": true, "Institute": true, "Center": true, "Centre": true, "Department": true, "Ministry": true, "School": true,
	"Office": true, "Bureau": true, "Academy": true, "College": true, "Laboratory": true, "Faculty": true, "Council": true}

// orgLeadStop are capitalised words that start a sentence, not a name.
var orgLeadStop = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`A An In On At For Of And But Or If When While As After Before Since With Without From By To It Its We Our They Their
	He She His Her This That These Those However Meanwhile Also Both Yet Still Then Now Here There Researchers Today Yesterday Last Next Former Only Even
	January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday`) {
		m[w] = true
	}
	return m
}()

// genericBeforeAI are words that make "X AI" a kind of AI, not a company
// (and "Venture Capital", "Fake News" a kind of thing, not a name).
var genericBeforeAI = map[string]bool{"Generative": true, "Open": true, "Responsible": true, "Conversational": true, "Agentic": true, "General": true,
	"Artificial": true, "Physical": true, "Edge": true, "Enterprise": true, "Sovereign": true, "Frontier": true, "Safe": true, "Ethical": true,
	"Trustworthy": true, "Explainable": true, "Human": true, "Military": true, "Native": true, "The": true, "Embodied": true, "Multimodal": true,
	"European": true, "American": true, "Chinese": true, "French": true, "German": true, "British": true, "Japanese": true, "Korean": true, "Indian": true,
	"Gen": true, "Applied": true, "Vertical": true, "Shadow": true, "Consumer": true, "Creative": true, "Medical": true, "Industrial": true,
	"Venture": true, "Working": true, "Fake": true, "Breaking": true, "Blog": true, "Deep": true,
	"Global": true, "Western": true, "Asian": true, "Enterprise-grade": true, "Narrow": true, "Strong": true, "Weak": true, "Superintelligent": true}

// latinOrgs finds organizations written in Latin script by their head word:
// Berkeley Robotics Lab, Center for Civic Computing, Brushwork AI.
func (x *Extractor) latinOrgs(doc *document, s sentence, words []word) []candidate {
	text := doc.text
	var out []candidate
	capital := func(w string) bool {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r) || (unicode.IsLower(r) && strings.IndexFunc(w, unicode.IsUpper) > 0) // xAI
	}
	for i := 0; i < len(words); {
		if !capital(words[i].text) {
			i++
			continue
		}
		j := i + 1
		for j < len(words) && adjacent(text, words[j-1], words[j]) && !words[j-1].possessive {
			w := words[j].text
			if w == "and" && companyEnds[words[j-1].text] {
				break // Fenwick Capital and Bluepine Ltd.: two companies
			}
			if w == "of" && j-i == 2 && givenNames[words[i].text] {
				break // Jonas Weber of Vireo GmbH: a person and the company
			}
			if strings.HasSuffix(w, "-based") || strings.HasSuffix(w, "-backed") {
				break // the place starts another name: … of Munich-based Vireo GmbH
			}
			if capital(w) || ((w == "of" || w == "for" || w == "and" || w == "&" || w == "on") && j+1 < len(words) && capital(words[j+1].text)) {
				j++
				continue
			}
			break
		}
		run := words[i:j]
		i = j
		if len(run) >= 2 && namesProgramme(text[run[len(run)-2].End:]) {
			continue // the EU AI Act, the Paris AI Action Summit: the last word makes it a law or an event
		}
		for len(run) > 0 && orgLeadStop[run[0].text] {
			run = run[1:]
		}
		if len(run) < 2 && !(len(run) == 1 && orgStartHeads[run[0].text]) {
			continue
		}
		end := -1
		for k := len(run) - 1; k >= 1; k-- {
			if orgEndHeads[run[k].text] || (run[k].text == "Systems" && k == 1 && len(run) == 2) {
				if genericBeforeAI[run[k-1].text] && k == 1 {
					continue
				}
				end = k
				break
			}
		}
		if end >= 0 && end+2 < len(run) && (run[end+1].text == "of" || run[end+1].text == "for") {
			end = len(run) - 1 // Institute of Standards and Technology
		}
		start := 0
		if end < 0 {
			for k := 0; k+2 < len(run); k++ {
				if orgStartHeads[run[k].text] && (run[k+1].text == "of" || run[k+1].text == "for") {
					end = len(run) - 1
					// University of Oslo and ETH Zurich: two names, the second opening
					// with an acronym or running to two words
					for a := k + 3; a+1 < len(run); a++ {
						if run[a].text == "and" && (isAbbreviation(run[a+1].text) || len(run)-a-1 >= 2) {
							end = a - 1
							second := span{run[a+1].Start, run[len(run)-1].End}
							out = append(out, candidate{span: second, typ: Organization, name: text[second.Start:second.End], prio: 1})
							break
						}
					}
					break
				}
			}
		}
		if end < 0 {
			continue
		}
		run = run[start : end+1]
		for len(run) > 0 && (run[len(run)-1].text == "of" || run[len(run)-1].text == "and") {
			run = run[:len(run)-1]
		}
		if len(run) > 0 && run[0].text == "The" && !(len(run) > 1 && (run[len(run)-1].text == "Journal" || run[len(run)-1].text == "Times" || run[len(run)-1].text == "Post" || run[len(run)-1].text == "News")) {
			run = run[1:]
		}
		if len(run) < 2 {
			continue
		}
		generic := true
		for _, w := range run[:len(run)-1] {
			if !genericLatin[w.text] && !genericBeforeAI[w.text] {
				generic = false
			}
		}
		if generic {
			continue // AI Lab, Open AI: a kind of thing
		}
		if len(run) >= 3 && run[0].Start == s.Start && !orgStartHeads[run[0].text] {
			// "Startup Orbital Labs releases…": drop the first word when the
			// rest stands alone elsewhere in the article
			rest := text[run[1].Start:run[len(run)-1].End]
			if strings.Count(text, rest) > 1 {
				run = run[1:]
			}
		}
		sp := span{run[0].Start, run[len(run)-1].End}
		name := text[sp.Start:sp.End]
		out = append(out, candidate{span: sp, typ: Organization, name: name, prio: 2})
	}
	return out
}

// prepBeforeCapital reports " at X", " of X" or " with X" with X
// capitalised: what titleAtOrg needs, checked cheaply first.
func prepBeforeCapital(text string) bool {
	for _, p := range []string{" at ", " of ", " with "} {
		for i := strings.Index(text, p); i >= 0; {
			j := i + len(p)
			if j < len(text) && text[j] >= 'A' && text[j] <= 'Z' {
				return true
			}
			k := strings.Index(text[j:], p)
			if k < 0 {
				break
			}
			i = j + k
		}
	}
	return false
}

// titleAtOrg matches "an analyst at Gartner": the capitalised words after a
// job title and at/of/with name an organization.
var titleAtOrg = regexp.MustCompile(`\b(?:an?|the|as|former|formerly|now|currently|previously|and) (?:[a-z-]+ ){0,4}(?:CEO|CTO|COO|CFO|analyst|researcher|scientist|engineer|professor|director|manager|executive|officer|partner|founder|co-founder|cofounder|head|fellow|lead|president|chair|chairman|spokesperson|spokesman|spokeswoman|economist|investor|developer|associate|adviser|advisor|lecturer|student|employee|reporter|editor|strategist|consultant) (?:of (?:[a-z-]+ |AI |ML ){1,3})?(?:at|of|with) ((?:[A-Z][\w&'’.-]*)(?: [A-Z][\w&'’.-]*){0,4})`)

// appositionOrgs finds the organization in "a senior analyst at X".
func (x *Extractor) appositionOrgs(doc *document, s sentence) []candidate {
	var out []candidate
	text := doc.text[s.Start:s.End]
	if !prepBeforeCapital(text) {
		return nil
	}
	for _, m := range titleAtOrg.FindAllStringSubmatchIndex(text, -1) {
		a, b := m[2], m[3]
		name := strings.TrimRight(text[a:b], ".,'’")
		for _, p := range []string{"'s", "’s"} {
			name = strings.TrimSuffix(name, p)
		}
		words := strings.Fields(name)
		for len(words) > 0 && notNameWord[words[len(words)-1]] && !orgEndHeads[words[len(words)-1]] {
			words = words[:len(words)-1]
		}
		if len(words) == 0 || genericLatin[words[0]] || orgLeadStop[words[0]] {
			continue
		}
		name = strings.Join(words, " ")
		if !strings.HasPrefix(text[a:], name) || x.lex.ignored(name) {
			continue
		}
		out = append(out, candidate{span: span{s.Start + a, s.Start + a + len(name)}, typ: Organization, name: name, prio: 1})
	}
	return out
}

// cuedOrgs are English patterns that name an organization the lexicon
// does not know, even as a single word: "Quillon, a Berlin startup",
// "startup Quillon", "Quillon co-founder and CEO Ravi Mehta", ", head of
// product at Quillon", "who leads AI research at Bankwell", "Ferrox
// unveiled Tamar 2".
var cuedOrgs = []*regexp.Regexp{
	regexp.MustCompile(`(?:^|[.;:] |, and |\band |\b(?:[Aa]t|[Ii]n|[Ff]rom|[Ww]ith|[Ff]or|[Bb]y) )([A-Z][\w&-]+(?: [A-Z][\w&-]+){0,2}), an? (?:[\w-]+ ){0,4}(?:startup|start-up|company|firm|lab|laboratory|provider|unicorn|nonprofit|non-profit|consultancy|fund)\b`),
	regexp.MustCompile(`\b(?:[Ss]tartup|[Ss]tart-up|AI company|AI lab|AI firm|chipmaker|rival|consultancy|venture firm|investment firm|fund|software maker|[Ss]oftware company|[Tt]ech company|[Ll]ab) ([A-Z][\w&-]+(?: [A-Z][\w&-]+){0,2})`),
	regexp.MustCompile(`\b([A-Z][\w&-]+(?: [A-Z][\w&-]+)?) (?:co-founder|cofounder|founder|chief executive|CEO|CTO|COO|president|chairman|chairwoman|chief [a-z]+ officer|head of [a-z]+|vice president|spokesperson|spokeswoman|spokesman)(?: and (?:CEO|CTO|chief executive|president|chief [a-z]+ officer))? [A-Z][a-z]+ [A-Z][a-z]+`),
	regexp.MustCompile(`, (?:(?:senior |executive |former |principal )?(?:vice president|head|director|chief [a-z]+ officer|general manager|manager|lead|leader|analyst|researcher|engineer|partner|founder|co-founder)) (?:(?:of|for) (?:[a-z-]+ |AI |ML |[A-Z]{2,4} ){0,4})?(?:at|of) ([A-Z][\w&-]+(?: [A-Z][\w&-]+){0,2})`),
	regexp.MustCompile(`\bwho (?:leads|heads|runs|led|headed|ran|founded|co-founded|joined) (?:(?:[a-z-]+|AI|ML) ){0,4}(?:at )?([A-Z][\w&-]+(?: [A-Z][\w&-]+){0,2})`),
	regexp.MustCompile(`(?:^|[.;:] |, )([A-Z][\w&-]+) (?:released|unveiled|launched|open-sourced|introduced|debuted|shipped) [A-Z][\w.-]*[- ]?\d`),
	regexp.MustCompile(`\b(?:model|models|chatbot|assistant|version|LLM) (?:from|by) ([A-Z][\w&-]+(?: [A-Z][\w&-]+){0,2})`),
	regexp.MustCompile(`\b(?:developed|built|trained|made|created|released|published|open-sourced) by ([A-Z][\w&-]+(?: [A-Z][\w&-]+){0,2})`),
	regexp.MustCompile(`, which ([A-Z][\w&-]+(?: [A-Z][\w&-]+)?) (?:released|built|trained|developed|launched|open-sourced|unveiled)\b`),
	regexp.MustCompile(`\b(?:[Ii]nvestors?|[Bb]ackers?|[Ff]irms?|[Ff]unds?|[Cc]ompanies|[Rr]ivals?|[Cc]ompetitors?|[Cc]ustomers?|[Cc]lients?|[Pp]artners?|[Ll]abs?|[Ss]tartups?) (?:including|such as|like) ([A-Z][\w&-]+(?: (?:[A-Z][\w&-]+|&))*)`),
	regexp.MustCompile(`\b(?:backed|advised|funded|acquired|bought|owned) by ([A-Z][\w&-]+(?: (?:[A-Z][\w&-]+|&))*)`),
	regexp.MustCompile(`\b[A-Z][\w.]*(?:[ -][A-Z][\w.]*)?-based ([A-Z][\w&-]+(?: [A-Z][\w&-]+){0,2})`),
	regexp.MustCompile(`\b[Ss]hares (?:of|in) ([A-Z][\w&-]+(?: [A-Z][\w&-]+){0,2})`),
	regexp.MustCompile(`\b(?:spokesperson|spokeswoman|spokesman|representative|lawyers?|attorneys?|shareholders|employees|board members?) (?:for|at|of) ([A-Z][\w&-]+(?: [A-Z][\w&-]+){0,2})`),
	possessiveOrgRe,
	regexp.MustCompile(`\b([A-Z][\w&-]+(?: [A-Z][\w&-]+){0,2}) \((?:NASDAQ|NYSE|Nasdaq|HKEX|LSE|TSX|ASX|Euronext|KRX|SSE|SZSE|TSE)[:：]`),
	regexp.MustCompile(`(?:^|[.;:] |, )([A-Z][\w&-]+(?: [A-Z][\w&-]+){0,2}),? (?:which is |which was )?headquartered in\b`),
	regexp.MustCompile(`\b(?:licensed from|acquired from|spun out of|spun off from|competes with|competing with|rival to|partnered with|partnering with|a partnership with|a deal with|an investment in|a stake in|invested in|invest in|investing in) ([A-Z][\w&-]+(?: (?:[A-Z][\w&-]+|&))*)`),
}

// possessiveOrgRe matches what only a company has after a possessive:
// "Brightline's chief executive", "Quillon's valuation".
var possessiveOrgRe = regexp.MustCompile(`\b([A-Z][\w&-]+(?: [A-Z][\w&-]+){0,2})['’]s (?:chief executive|CEO|CTO|COO|CFO|co-founder|cofounder|founders?|president|chairman|chairwoman|board|shares|stock|shareholders|investors|employees|headquarters|valuation|revenue|spokesperson|spokeswoman|spokesman)\b`)

// cuedOrgKeys are words one of which each pattern of cuedOrgs needs, so
// that sentences without them skip the (backtracking) match.
var cuedOrgKeys = [][]string{
	{", a", ", an"},
	{"tartup", "tart-up", "AI company", "AI lab", "AI firm", "chipmaker", "rival", "onsultancy", "firm", "fund", "oftware", "ech company", "ab "},
	{"founder", "chief", "CEO", "CTO", "COO", "president", "chairman", "chairwoman", "head of", "spokes"},
	{" at ", " of "},
	{"who "},
	{"released", "unveiled", "launched", "open-sourced", "introduced", "debuted", "shipped"},
	{" from ", " by "},
	{" by "},
	{", which "},
	{"including", "such as", "like"},
	{" by "},
	{"-based "},
	{"hares of", "hares in"},
	{"spokes", "representative", "lawyer", "attorney", "shareholders", "employees", "board member"},
	{"chief executive", "CEO", "CTO", "COO", "CFO", "founder", "president", "chairman", "chairwoman", "board", "shares", "stock", "shareholders", "investors", "employees", "headquarters", "valuation", "revenue", "spokes"},
	{"NASDAQ", "NYSE", "Nasdaq", "HKEX", "LSE", "TSX", "ASX", "Euronext", "KRX", "SSE", "SZSE", "TSE"},
	{"headquartered"},
	{"licensed", "acquired", "spun", "compet", "rival", "partner", "deal with", "invest", "stake"},
}

func (x *Extractor) cuedOrgs(doc *document, s sentence) []candidate {
	var out []candidate
	text := doc.text[s.Start:s.End]
	for i, re := range cuedOrgs {
		if !containsAny(text, cuedOrgKeys[i]) || (re == possessiveOrgRe && !strings.Contains(text, "s ")) || (re == cuedOrgs[0] && !strings.Contains(text, ", a")) {
			continue
		}
		for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
			a, b := m[2], m[3]
			words := strings.Fields(text[a:b])
			for len(words) > 0 && (orgLeadStop[words[0]] || notNameWord[words[0]] && !orgEndHeads[words[0]]) {
				a += len(words[0]) + 1
				words = words[1:]
			}
			for len(words) > 0 && (notNameWord[words[len(words)-1]] && !orgEndHeads[words[len(words)-1]] || orgLeadStop[words[len(words)-1]] || strings.HasSuffix(words[len(words)-1], "'s")) {
				words = words[:len(words)-1]
			}
			if len(words) == 0 || genericLatin[words[0]] || givenNames[words[0]] && len(words) > 1 {
				continue
			}
			name := strings.Join(words, " ")
			if !strings.HasPrefix(text[a:], name) || x.lex.ignored(name) || len(name) < 3 {
				continue
			}
			if l := x.lex.lookup(name); len(l) > 0 && l[0].Type != Organization {
				continue
			}
			out = append(out, candidate{span: span{s.Start + a, s.Start + a + len(name)}, typ: Organization, name: name, prio: 1})
			out = append(out, x.listedOrgs(doc, s, s.Start+a+len(name))...)
		}
	}
	return out
}

// containsAny reports whether s contains one of the words.
func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// listedOrgs reads the names that follow a cued organization in a list
// ("investors including Northzone and Creandum", "backed by A, B and C"):
// capitalised names joined by commas and and.
func (x *Extractor) listedOrgs(doc *document, s sentence, at int) []candidate {
	var out []candidate
	for {
		rest := doc.text[at:s.End]
		sep := ""
		for _, p := range []string{", and ", " and ", ", "} {
			if strings.HasPrefix(rest, p) {
				sep = p
				break
			}
		}
		if sep == "" {
			return out
		}
		m := listedName.FindStringIndex(rest[len(sep):])
		if m == nil {
			return out
		}
		a := at + len(sep)
		name := doc.text[a : a+m[1]]
		words := strings.Fields(name)
		if orgLeadStop[words[0]] || notNameWord[words[0]] || givenNames[words[0]] || x.lex.ignored(name) {
			return out
		}
		if l := x.lex.lookup(name); len(l) > 0 && l[0].Type != Organization {
			return out
		}
		out = append(out, candidate{span: span{a, a + len(name)}, typ: Organization, name: name, prio: 1})
		at = a + len(name)
	}
}

var listedName = regexp.MustCompile(`^[A-Z][\w&-]+(?: (?:[A-Z][\w&-]+|&))*`)

// hasOrgHead reports a Chinese name that ends like an organization.
func hasOrgHead(s string) bool {
	for _, h := range zhOrgHeads {
		if strings.HasSuffix(s, h) {
			return true
		}
	}
	return false
}

var zhOrgHeads = []string{"公司", "集团", "集團", "实验室", "實驗室", "研究院", "研究所", "研究中心", "大学", "大學", "学院", "學院", "基金会", "基金會", "协会", "協會", "研究室", "银行", "銀行", "交易所", "委员会", "委員會", "部", "局", "社", "报", "報"}

// zhNameBeforeTitle finds a Chinese company named right before a job
// title and a person (深蓝智算公司首席技术官沈一鸣): the tokens before 公司
// that are nouns, not pronouns or numbers.
func (x *Extractor) zhNameBeforeTitle(doc *document, s sentence) []candidate {
	var out []candidate
	toks := doc.sentenceTokens(s)
	for i, tk := range toks {
		if !zhOrgTokenHeads[tk.Text] || i == 0 || !titleThenPerson(doc.text[tk.End:s.End]) {
			continue
		}
		legal := tk.Text == "公司" || tk.Text == "集团" || tk.Text == "集團" // the name is what stands before
		j := i
		for j > 0 && i-j < 3 && toks[j-1].End == toks[j].Start && nameTag(toks[j-1].Pos) && hasHan(toks[j-1].Text) && !titleLead[toks[j-1].Text] {
			j--
		}
		if j == i || utf8.RuneCountInString(doc.text[toks[j].Start:tk.Start]) < 2 {
			continue
		}
		sp := span{toks[j].Start, tk.End}
		name := doc.text[sp.Start:sp.End]
		if x.lex.ignored(name) || len(x.lex.lookup(name)) > 0 {
			continue
		}
		name = doc.text[sp.Start:tk.Start]
		if !legal {
			name = doc.text[sp.Start:sp.End] // 台灣人工智慧實驗室: the head is part of the name
		}
		out = append(out, candidate{span: sp, typ: Organization, name: name, prio: 1})
	}
	// The segmenter cuts traditional text badly (實驗/室): read the characters
	// themselves, back from a research-unit head to a function word.
	text := doc.text[:s.End]
	for _, h := range []string{"实验室", "實驗室", "研究院", "研究所", "研究中心"} {
		from := s.Start
		for {
			k := strings.Index(text[from:], h)
			if k < 0 {
				break
			}
			at := from + k
			from = at + len(h)
			if !titleThenPerson(text[from:]) {
				continue
			}
			j, n := at, 0
			for j > s.Start && n < 8 {
				r, size := utf8.DecodeLastRuneInString(text[:j])
				if !unicode.Is(unicode.Han, r) || strings.ContainsRune(orgNameStops, r) {
					break
				}
				j -= size
				n++
			}
			if n < 2 {
				continue
			}
			name := text[j:from]
			inner := text[j:at]
			if strings.ContainsAny(inner, "院所室司团團学學") || x.lexMentionIn(text, span{j, at}) {
				continue // a unit of an organization named before it: its title covers the unit
			}
			if !x.lex.ignored(name) && len(x.lex.lookup(name)) == 0 {
				out = append(out, candidate{span: span{j, from}, typ: Organization, name: name, prio: 1})
			}
		}
	}
	return out
}

// zhDescribedHeads end a Chinese organization's name that stands before a
// job title and a person, with the most characters its name may have
// before the head: a company is a short brand and a descriptor (弘睿咨询,
// 帧语科技), an association or office carries its city or province
// (某市人工智能行业协会, 某省委网信办).
var zhDescribedHeads = []struct {
	head     string
	min, max int
}{
	{"咨询", 2, 4}, {"諮詢", 2, 4}, {"智能", 2, 4}, {"科技", 2, 4}, {"集团", 2, 4}, {"集團", 2, 4}, {"创投", 2, 4}, {"創投", 2, 4},
	{"资本", 2, 4}, {"資本", 2, 4}, {"证券", 2, 4}, {"證券", 2, 4}, {"基金", 2, 4},
	{"数据", 2, 4}, {"數據", 2, 4}, {"网络", 2, 4}, {"網路", 2, 4}, {"網絡", 2, 4}, {"软件", 2, 4}, {"軟體", 2, 4}, {"电子", 2, 4}, {"電子", 2, 4},
	{"半导体", 2, 4}, {"半導體", 2, 4}, {"传媒", 2, 4}, {"傳媒", 2, 4}, {"资讯", 2, 4}, {"資訊", 2, 4}, {"银行", 2, 4}, {"銀行", 2, 4},
	{"协会", 2, 12}, {"協會", 2, 12}, {"联盟", 2, 12}, {"聯盟", 2, 12}, {"网信办", 1, 6}, {"網信辦", 1, 6},
}

// zhLegalTails are legal forms that close a Chinese company's full name.
var zhLegalTails = []string{"股份有限公司", "有限责任公司", "有限責任公司", "有限公司"}

// genericOrgWords stand before a company's name, not inside it: 初创企业帧语科技,
// 台北新創語森科技.
var genericOrgWords = []string{"企业", "企業", "公司", "初创", "初創", "新创", "新創", "创业", "創業", "厂商", "廠商", "机构", "機構", "团队", "團隊", "旗下", "视频", "視頻", "记者", "記者"}

// zhDescribedOrgBeforeTitle finds an organization named by a short name and
// a descriptor or head right before a job title and a person (弘睿咨询合伙人
// 邵一鸣, 帧语科技的CEO祁安), reading characters since the segmenter splits
// unknown brands.
func (x *Extractor) zhDescribedOrgBeforeTitle(doc *document, s sentence) []candidate {
	text := doc.text[:s.End]
	var out []candidate
	for _, h := range zhDescribedHeads {
		from := s.Start
		for {
			k := strings.Index(text[from:], h.head)
			if k < 0 {
				break
			}
			at := from + k
			from = at + len(h.head)
			for _, legal := range zhLegalTails {
				if strings.HasPrefix(text[from:], legal) {
					from += len(legal) // 岚图数据股份有限公司首席执行官: the legal form is part of the name
					break
				}
			}
			if !(titleThenPerson(text[from:]) || titleThenClose(text[from:])) || strings.ContainsAny(firstRunes(text[from:], 1), "部局厅廳委处處司署院所") {
				continue // 科技部部长: a government unit, its own rules
			}
			j, n := at, 0
			for j > s.Start && n < h.max {
				r, size := utf8.DecodeLastRuneInString(text[:j])
				if !unicode.Is(unicode.Han, r) || strings.ContainsRune(orgNameStops, r) {
					break
				}
				j -= size
				n++
			}
			for _, g := range append(genericOrgWords, "现任", "現任", "曾任", "担任", "擔任", "出任", "兼任", "时任", "時任", "对话", "對話", "专访", "專訪") {
				if k := strings.LastIndex(text[j:at], g); k >= 0 {
					j += k + len(g)
				}
			}
			if c := utf8.RuneCountInString(text[j:at]); c < h.min || c > h.max {
				continue
			}
			name := text[j:from]
			if x.lex.ignored(name) || len(x.lex.lookup(name)) > 0 || x.lexMentionIn(text, span{j, at}) || timeWord(name) {
				continue
			}
			out = append(out, candidate{span: span{j, from}, typ: Organization, name: name, prio: 1})
		}
	}
	return out
}

// zhCompanyVerb matches a brand and a company descriptor at the start of
// a clause before what companies do: 曜衡科技宣布, 星衍智能今天发布.
var zhCompanyVerb = regexp.MustCompile(`(?:^|[，。；：、“”「」（）,;:\s]|[的由与與和及在据據而]|新创|新創|初创|初創|创业公司|創業公司|随后|隨後|同时|同時|此外|其中|另外)(\p{Han}{2,3}(?:科技|智能|公司|集团|集團|资本|資本|证券|證券|网络|網路|数据|數據|软件|軟體))(?:公司)?(?:宣布|发布|發布|發表|发表|推出|完成|获得|獲得|表示|称|稱|今天|今日|近日|日前|昨天|昨日|上周|上週|本周|本週|上月|本月|今年|去年|开源|開源|上线|上線|正式|也|则|則|已|将|將|的|成立于|成立於|总部|總部|介绍|介紹|透露|旗下)`)

// zhVerbDescriptors are the descriptors zhCompanyVerb needs, checked first.
var zhVerbDescriptors = []string{"科技", "智能", "公司", "集团", "集團", "资本", "資本", "证券", "證券", "网络", "網路", "数据", "數據", "软件", "軟體"}

// zhPlacedCompanyVerb is zhCompanyVerb with a city before the brand.
var zhPlacedCompanyVerb = regexp.MustCompile(strings.Replace(zhCompanyVerb.String(), `(\p{Han}{2,3}(?:科技`, `(\p{Han}{2,3}?)(\p{Han}{2,3}(?:科技`, 1))

// placeBeforeDescriptor reports a city of zhPlaces followed within a few
// characters by a company descriptor (苏州海川科技): zhPlacedCompanyVerb's
// cheap precondition.
func placeBeforeDescriptor(text string) bool {
	for _, p := range zhPlaces {
		for i := strings.Index(text, p); i >= 0; {
			win := text[i+len(p) : min(len(text), i+len(p)+24)]
			if containsAny(win, zhBrandTails) {
				return true
			}
			k := strings.Index(text[i+len(p):], p)
			if k < 0 {
				break
			}
			i += len(p) + k
		}
	}
	return false
}

// zhPlaces are the common first characters of Chinese cities and provinces
// that open a company's name (苏州, 杭州, 北京): a cheap check before the regexp.
var zhPlaces = []string{"北京", "上海", "深圳", "广州", "廣州", "杭州", "苏州", "蘇州", "南京", "成都", "武汉", "武漢", "西安", "天津", "重庆", "重慶", "合肥", "厦门", "廈門", "青岛", "青島", "长沙", "長沙", "无锡", "無錫", "宁波", "寧波", "珠海", "东莞", "東莞", "台北", "臺北", "新竹", "香港", "郑州", "鄭州", "济南", "濟南", "大连", "大連", "福州"}

// zhCompanyBeforeVerb finds a Chinese company named by a short brand and
// 科技/智能 at the start of a clause before a company verb or a time. The
// name must not be a dictionary word (人工智能, 高科技) and its brand no
// common word (中国, 国家): those are descriptions, not names.
func (x *Extractor) zhCompanyBeforeVerb(doc *document, s sentence) []candidate {
	if x.seg == nil {
		return nil
	}
	var out []candidate
	text := doc.text[s.Start:s.End]
	var found [][]int
	if hasHan(text) && containsAny(text, zhVerbDescriptors) {
		found = zhCompanyVerb.FindAllStringSubmatchIndex(text, -1)
	}
	if hasHan(text) && placeBeforeDescriptor(text) {
		// 苏州海川科技今天发布: a city before the brand
		for _, m := range zhPlacedCompanyVerb.FindAllStringSubmatchIndex(text, -1) {
			if f, pos, ok := x.seg.dict.Lookup(text[m[2]:m[3]]); ok && pos == "ns" && f > 0 {
				found = append(found, []int{m[0], m[1], m[2], m[5]})
			}
		}
	}
	for _, m := range found {
		a, b := m[2], m[3]
		name := text[a:b]
		brand := name
		for _, h := range []string{"科技", "智能", "公司", "集团", "集團", "资本", "資本", "证券", "證券", "网络", "網路", "数据", "數據", "软件", "軟體"} {
			if b, ok := strings.CutSuffix(name, h); ok {
				brand = b
				break
			}
		}
		if tok := doc.tokenStartingAt(s.Start + a); tok != nil && tok.Pos == "ns" && len(brand) > len(tok.Text)+3 {
			brand = brand[len(tok.Text):] // the brand of 苏州海川科技 is 海川
		}
		if strings.HasSuffix(name, "公司") {
			name = brand // 曜衡公司 is 曜衡
		}
		if _, _, ok := x.seg.dict.Lookup(name); ok {
			continue
		}
		if f, pos, ok := x.seg.dict.Lookup(brand); ok && (f >= 500 || pos == "ns") {
			continue
		}
		if strings.ContainsAny(brand, orgNameStops) || strings.ContainsAny(brand, "这這那该該其每各本此某多个個家款项項") || x.lex.ignored(name) || x.lexMentionIn(text, span{a, b}) {
			continue
		}
		if strings.Contains(doc.text, name+"有限") || strings.Contains(doc.text, name+"股份") || strings.Contains(doc.text, name+"科技有限") {
			continue // the short form of a legal name the article gives: that rule names it
		}
		out = append(out, candidate{span: span{s.Start + a, s.Start + b}, typ: Organization, name: name, prio: 1})
	}
	// a government office with its province or city: 广东省委网信办, 上海市经信委
	var offices [][]int
	if strings.ContainsAny(text, "省市自") {
		offices = zhOffice.FindAllStringSubmatchIndex(text, -1)
	}
	for _, m := range offices {
		a, b := m[2], m[3]
		if m[4] >= 0 {
			if _, pos, ok := x.seg.dict.Lookup(text[m[4]:m[5]]); !ok || pos != "ns" {
				continue // the words before the office are no place
			}
		} else if m[6] < 0 {
			continue // 网信办 alone: which one the text does not say
		}
		name := text[a:b]
		if x.lex.ignored(name) || len(x.lex.lookup(name)) > 0 {
			continue
		}
		out = append(out, candidate{span: span{s.Start + a, s.Start + b}, typ: Organization, name: name, prio: 1})
	}
	return out
}

// zhOffice matches a local government office: a place, 省委/市委 or 省/市,
// and the office.
var zhOffice = regexp.MustCompile(`((\p{Han}{2,3}?)?(省委|市委|省|市|自治区|自治區)(?:网信办|網信辦|工信厅|工信廳|科技厅|科技廳|科技局|经信委|經信委|发改委|發改委|教育厅|教育廳|市场监管局|市場監管局|通信管理局|数据局|數據局|大数据局|大數據局|公安厅|公安廳|人民政府))`)

// lexMentionIn reports a lexicon name inside a span.
func (x *Extractor) lexMentionIn(text string, sp span) bool {
	for i := sp.Start; i < sp.End; {
		if m, ok := x.lex.match(text, i); ok && m.End <= sp.End {
			return true
		}
		_, n := utf8.DecodeRuneInString(text[i:])
		i += n
	}
	return false
}

// orgNameStops are characters that never stand inside an organization's
// name but often right before one: particles, verbs, pronouns.
const orgNameStops = "的是在和与與及了将將也都还還被把对對从從向为為由这這该該其那每据據称稱说說表示指出认為为到于於自"

// titleLead are words before an organization that belong to the title:
// 现任星河创投合伙人.
var titleLead = map[string]bool{"现任": true, "現任": true, "前": true, "原": true, "曾任": true, "担任": true, "擔任": true, "出任": true, "兼任": true, "时任": true, "時任": true}

// nameTag reports tags a company name is made of; pronouns (这家), numbers
// and verbs end it.
func nameTag(pos string) bool {
	switch pos {
	case "n", "nr", "nrt", "nrf", "nz", "nt", "ns", "b", "j", "x", "eng", "vn", "an":
		return true
	}
	return false
}

// chineseOrgs finds organizations in Chinese text: a Latin name with 公司
// or 实验室 (Quantora公司, Domino数据实验室), and a Latin name standing
// before a job title and a person (Corvell分析师Elena Marsh).
func (x *Extractor) chineseOrgs(doc *document, s sentence) []candidate {
	text := doc.text[:s.End]
	var out []candidate
	words := latinWords(doc.text, s.span)
	for i := 0; i < len(words); i++ {
		if i > 0 && adjacent(text, words[i-1], words[i]) {
			continue // start at the first word of a run
		}
		j := i + 1
		for j < len(words) && adjacent(text, words[j-1], words[j]) {
			j++
		}
		for k := i; k < j; k++ { // every suffix of the run that is a name
			first, _ := utf8.DecodeRuneInString(words[k].text)
			if !unicode.IsUpper(first) && !(unicode.IsLower(first) && strings.IndexFunc(words[k].text, unicode.IsUpper) > 0) && !unicode.IsDigit(first) {
				continue
			}
			nameSpan := span{words[k].Start, words[j-1].End}
			name := text[nameSpan.Start:nameSpan.End]
			if genericLatin[name] {
				break
			}
			rest := text[nameSpan.End:]
			if end := orgSuffix(text, nameSpan.End); end > nameSpan.End && hasHan(text[nameSpan.End:end]) {
				// RelationalAI公司: the name without 公司, the form with it an alias
				out = append(out, candidate{span: span{nameSpan.Start, end}, typ: Organization, name: name, prio: 2})
				break
			}
			if h := labSuffix(rest); h > 0 {
				out = append(out, candidate{span: span{nameSpan.Start, nameSpan.End + h}, typ: Organization, name: text[nameSpan.Start : nameSpan.End+h], prio: 2})
				break
			}
			if k == i && !unicode.IsDigit(first) && titleThenPerson(rest) {
				out = append(out, candidate{span: nameSpan, typ: Organization, name: name, prio: 1})
				break
			}
			break
		}
		i = j - 1
	}
	return out
}

// genericLatin are Latin words Chinese texts use as common nouns.
var genericLatin = map[string]bool{"AI": true, "IT": true, "App": true, "APP": true, "SaaS": true, "AIGC": true, "LLM": true, "GPU": true, "CPU": true, "API": true, "AGI": true, "B": true, "C": true, "To": true}

// labSuffix matches up to four Han characters and a research-unit head
// after a Latin name: 数据实验室, 研究院.
func labSuffix(rest string) int {
	n := 0
	i := 0
	for i < len(rest) && n <= 4 {
		for _, h := range []string{"实验室", "實驗室", "研究院", "研究所", "研究中心", "大学", "大學"} {
			if strings.HasPrefix(rest[i:], h) {
				return i + len(h)
			}
		}
		r, size := utf8.DecodeRuneInString(rest[i:])
		if !unicode.Is(unicode.Han, r) || stopAt(rest, i) {
			return 0
		}
		i += size
		n++
	}
	return 0
}

// titleThenClose reports text that is a job title closing a parenthesis:
// 王磊（星河资本合伙人）.
func titleThenClose(rest string) bool {
	k := strings.IndexAny(rest, "）)")
	if k <= 0 || utf8.RuneCountInString(rest[:k]) > 12 {
		return false
	}
	return endsWithTitleHead(strings.TrimPrefix(rest[:k], "的"))
}

// titleThenPerson reports text that starts with (的)(前) a job title of at
// most twelve characters followed by what looks like a name.
func titleThenPerson(rest string) bool {
	rest = strings.TrimPrefix(rest, "的")
	rest = strings.TrimPrefix(rest, "前")
	n := 0
	for i, r := range rest {
		if n > 12 || r == '，' || r == '。' || r == ',' || r == '、' {
			return false
		}
		n++
		_, size := utf8.DecodeRuneInString(rest[i:])
		head := rest[:i+size]
		if !endsWithTitleHead(head) {
			continue
		}
		next := strings.TrimLeft(rest[len(head):], " ")
		next = strings.TrimPrefix(next, "的") // 首席科学家的丹尼尔·莫雷蒂
		nr, _ := utf8.DecodeRuneInString(next)
		if nr == '、' || strings.HasPrefix(next, "兼") {
			return true // 前CEO、现任…: a list of titles goes on to a name
		}
		if unicode.IsUpper(nr) || (unicode.Is(unicode.Han, nr) && (isSurnameStart(next) || isTranslit(nr))) {
			return true
		}
	}
	return false
}

// chinesePersons finds Chinese and transliterated names after a job title
// (火山引擎总裁谭待, 执行长门施) and before a Latin name in parentheses
// (高尔斯（Timothy Gowers）), with 先生/女士 giving a gender.
func (x *Extractor) chinesePersons(doc *document, s sentence) []candidate {
	text := doc.text[:s.End]
	var out []candidate
	add := func(sp span) {
		name := text[sp.Start:sp.End]
		if x.lex.ignored(name) {
			return
		}
		if l := x.lex.lookup(name); len(l) > 0 && l[0].Type != Person {
			return
		}
		c := candidate{span: sp, typ: Person, name: name, prio: 2}
		if strings.HasPrefix(text[sp.End:], "先生") {
			c.gender = 'm'
		} else if strings.HasPrefix(text[sp.End:], "女士") {
			c.gender = 'f'
		}
		out = append(out, c)
	}
	for _, h := range append([]string{"官"}, titleHeads...) {
		from := s.Start
		for {
			k := strings.Index(text[from:], h)
			if k < 0 {
				break
			}
			at := from + k + len(h)
			from = at
			if h == "官" && !chiefTitle(text[s.Start:at]) {
				continue
			}
			if sp, ok := dottedName(text, at+len("的")); ok && strings.HasPrefix(text[at:], "的") {
				add(sp) // 首席科学家的丹尼尔·莫雷蒂
				continue
			}
			if sp, ok := translitName(text, at); ok {
				add(sp)
			} else if sp, ok := hanName(text, at); ok {
				add(sp)
			}
		}
	}
	// a Chinese name before a parenthesis that gives a title: 王磊（星河资本合伙人）
	for _, open := range []string{"（", "("} {
		from := s.Start
		for {
			k := strings.Index(text[from:s.End], open)
			if k < 0 {
				break
			}
			at := from + k
			from = at + len(open)
			inner := text[from:s.End]
			if close := strings.IndexAny(inner, "）)"); close <= 0 || !endsWithTitleHead(inner[:close]) || utf8.RuneCountInString(inner[:close]) > 20 {
				continue
			}
			for _, n := range []int{3, 2} {
				st := at
				for c := 0; c < n && st > s.Start; c++ {
					_, size := utf8.DecodeLastRuneInString(text[:st])
					st -= size
				}
				name := text[st:at]
				if utf8.RuneCountInString(name) == n && allHan(name) && isSurnameStart(name) && !notHanName[name] && (clauseStart(text, s.Start, st) || stopAt(text[:st], 0) || strings.ContainsRune("的与與和及、由据據向对對被让讓给給跟请請", firstRune(lastRunes(text[:st])))) {
					add(span{st, at})
					break
				}
			}
		}
	}
	// a transliterated name joined by · anywhere: 约翰·史密斯在会上发言
	for i := s.Start; i < s.End; {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r != '·' && r != '・' {
			i += n
			continue
		}
		j, cnt := i, 0
		for j > s.Start && cnt < 6 {
			pr, pn := utf8.DecodeLastRuneInString(text[:j])
			if !isTranslit(pr) {
				break
			}
			j -= pn
			cnt++
		}
		if cnt >= 2 {
			if sp, ok := dottedName(text, j); ok && sp.End > i+n && stopAt(text, sp.End) {
				all := true
				for _, c := range text[sp.Start:sp.End] {
					all = all && (isTranslit(c) || c == '·' || c == '・')
				}
				if all && len(x.lex.lookup(text[sp.Start:sp.End])) == 0 {
					add(sp)
				}
				i = sp.End
				continue
			}
		}
		i += n
	}
	// a Chinese name that opens a clause and speaks or takes a post:
	// 王小明表示, 刘洋则认为, 王建国曾任, 赵明阳任职于
	for _, v := range speechOrPostZh {
		from := s.Start
		for {
			k := strings.Index(text[from:], v)
			if k < 0 {
				break
			}
			at := from + k
			from = at + len(v)
			end := at
			for w := range weakAfter {
				if strings.HasSuffix(text[s.Start:end], w) {
					end -= len(w)
					break
				}
			}
			for _, n := range []int{3, 2, 4} {
				st := end
				for c := 0; c < n && st > s.Start; c++ {
					_, size := utf8.DecodeLastRuneInString(text[:st])
					st -= size
				}
				if utf8.RuneCountInString(text[st:end]) != n || !clauseStart(text, s.Start, st) {
					continue
				}
				name := text[st:end]
				if !isSurnameStart(name) || !allHan(name) || notHanName[name] || notHanName[firstRunes(name, 2)] || strings.ContainsAny(name, "他她它们們我你这這那其此该該") {
					continue
				}
				if n == 4 && surnameLen(name) < len("欧阳") {
					continue // four characters only with a compound surname
				}
				add(span{st, end})
				break
			}
		}
	}
	// a Chinese name before an honorific: 李明博士表示, 王芳女士说
	for _, h := range []string{"博士", "教授", "院士", "先生", "女士"} {
		from := s.Start
		for {
			k := strings.Index(text[from:], h)
			if k < 0 {
				break
			}
			at := from + k
			from = at + len(h)
			for _, n := range []int{3, 2} {
				st := at
				for c := 0; c < n && st > s.Start; c++ {
					_, size := utf8.DecodeLastRuneInString(text[:st])
					st -= size
				}
				name := text[st:at]
				if utf8.RuneCountInString(name) != n || !allHan(name) || !isSurnameStart(name) || notHanName[name] {
					continue
				}
				if prev, _ := utf8.DecodeLastRuneInString(text[:st]); !(clauseStart(text, s.Start, st) || strings.ContainsRune("的与與和及、由据據向对對被让讓给給跟请請", prev) || endsWithTitleHead(text[s.Start:st])) {
					continue
				}
				add(span{st, at})
				break
			}
		}
	}
	// a name that opens a clause before an apposition giving a post:
	// 王丽华，蓝鲸智能首席执行官，在会上发言
	if strings.Contains(text[s.Start:], "，") {
		from := s.Start
		for {
			k := strings.Index(text[from:], "，")
			if k < 0 {
				break
			}
			at := from + k
			from = at + len("，")
			rest := text[from:min(len(text), from+60)]
			end := strings.IndexAny(rest, "，。；")
			if end <= 0 || end > 48 || !endsWithTitleHead(rest[:end]) {
				continue
			}
			for _, n := range []int{3, 2} {
				st := at
				for c := 0; c < n && st > s.Start; c++ {
					_, size := utf8.DecodeLastRuneInString(text[:st])
					st -= size
				}
				name := text[st:at]
				if utf8.RuneCountInString(name) != n || !allHan(name) || !isSurnameStart(name) || notHanName[name] || !clauseStart(text, s.Start, st) || strings.ContainsAny(name, "他她它们們我你这這那其此该該") {
					continue
				}
				add(span{st, at})
				break
			}
		}
	}
	// a name between an appointing verb and its post: 任命王建国为首席技术官
	if containsAny(text[s.Start:], zhAppointVerbs) {
		for _, v := range zhAppointVerbs {
			from := s.Start
			for {
				k := strings.Index(text[from:], v)
				if k < 0 {
					break
				}
				st := from + k + len(v)
				from = st
				for _, n := range []int{3, 2} {
					end := st
					for c := 0; c < n && end < len(text); c++ {
						_, size := utf8.DecodeRuneInString(text[end:])
						end += size
					}
					name := text[st:end]
					if utf8.RuneCountInString(name) != n || !allHan(name) || !isSurnameStart(name) || notHanName[name] || !postAfter(text[end:]) {
						continue
					}
					add(span{st, end})
					break
				}
			}
		}
	}
	// a transliteration followed by the original name in parentheses
	for i := s.Start; i < s.End; {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r != '(' && r != '（' {
			i += n
			continue
		}
		inner := text[i+n:]
		if close := strings.IndexAny(inner, ")）"); close > 0 && close < 60 && looksLatinName(inner[:close]) {
			// walk back over transliteration characters
			j := i
			cnt := 0
			for j > s.Start {
				pr, pn := utf8.DecodeLastRuneInString(text[:j])
				if !isTranslit(pr) && pr != '·' && pr != '・' {
					break
				}
				j -= pn
				cnt++
			}
			if cnt >= 2 && cnt <= 8 {
				add(span{j, i})
			}
		}
		i += n
	}
	// a second name joined to one found: 联合创始人李航和吴倩都曾在百度工作
	for k := 0; k < len(out); k++ {
		c := out[k]
		rest := text[c.End:]
		var joiner string
		for _, j := range []string{"和", "与", "與", "、", "及"} {
			if strings.HasPrefix(rest, j) {
				joiner = j
				break
			}
		}
		if joiner == "" || !allHan(c.name) {
			continue
		}
		st := c.End + len(joiner)
		for _, n := range []int{3, 2} {
			end := st
			for m := 0; m < n && end < len(text); m++ {
				_, size := utf8.DecodeRuneInString(text[end:])
				end += size
			}
			name := text[st:end]
			if utf8.RuneCountInString(name) != n || !allHan(name) || !isSurnameStart(name) || notHanName[name] || !pairEnd(text[end:]) {
				continue
			}
			add(span{st, end})
			break
		}
	}
	return out
}

// pairEnd reports what may follow the second of two names joined by 和:
// 都, 均, 两人, a clause stop.
func pairEnd(rest string) bool {
	for _, w := range []string{"都", "均", "也", "两人", "兩人", "二人", "分别", "分別", "，", "。", "、", "表示", "认为", "認為", "说", "說"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// zhAppointVerbs put the person after them in a post: 任命X为CTO.
var zhAppointVerbs = []string{"任命", "聘请", "聘請", "聘任"}

// postAfter reports text that gives a post: 为首席技术官, 担任总裁.
func postAfter(rest string) bool {
	for _, w := range []string{"为", "為", "担任", "擔任", "出任"} {
		r, ok := strings.CutPrefix(rest, w)
		if !ok {
			continue
		}
		for n, i := 0, 0; i < len(r) && n < 12; n++ {
			_, size := utf8.DecodeRuneInString(r[i:])
			i += size
			if clauseBreak(r[:i]) {
				return false
			}
			if endsWithTitleHead(r[:i]) {
				return true
			}
		}
	}
	return false
}

// strongSpeechZh are speech verbs that show the words before them name a
// speaker.
// speechOrPostZh adds the verbs of taking a post to strongSpeechZh: the
// words before them, at a clause start, name a person too.
var speechOrPostZh = append(append([]string{}, strongSpeechZh...), "曾任", "现任", "現任", "担任", "擔任", "出任", "兼任", "任职于", "任職於", "加盟", "曾在", "告诉记者", "告訴記者", "对记者说", "對記者說", "回应称", "回應稱", "提到，", "透露，")

var strongSpeechZh = []string{"表示", "认为", "認為", "指出", "透露", "强调", "強調", "坦言", "说：", "說：", "说，", "說，", "说。", "說。", "称，", "稱，"}

// clauseStart reports a position at the start of a sentence or right after
// punctuation or a closing quotation mark.
func clauseStart(text string, sentStart, i int) bool {
	if i == sentStart {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return strings.ContainsRune("，。；：！？、”」』）) \n", r)
}

func allHan(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return s != ""
}

func firstRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// looksLatinName: two to four capitalised words.
func looksLatinName(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 || len(f) > 4 {
		return false
	}
	for _, w := range f {
		if !isNameWord(w) && !nameParticles[w] {
			return false
		}
	}
	return true
}

// nameStops are the words that may follow a Chinese name.
var nameStops = append([]string{"，", "。", "、", "：", "；", "！", "？", "（", "(", "“", "”", "\"", " ", ",", "的", "和", "与", "與", "及", "等", "将", "將", "于", "於", "是", "又", "已", "正", "并", "並", "被", "向", "从", "從", "为", "為", "今天", "近日", "此前", "日前", "早前", "带领", "帶領", "领导", "領導", "接受", "发布", "發布", "宣称", "宣稱", "如是", "曾经", "以前", "目前", "现在", "現在", "如今", "一直", "已经", "已經", "现任", "現任", "担任", "擔任", "今年", "去年", "当时", "當時", "带着", "帶著", "今（", "今(", "告诉", "告訴", "受访", "受訪", "接受", "创办", "創辦", "创立", "創立", "创建", "創建", "观察", "觀察", "说明", "說明", "分析", "预计", "預計", "预测", "預測", "建议", "建議", "提醒", "直言", "感叹", "感嘆", "笑称", "笑稱", "举例", "舉例", "总结", "總結", "判断", "判斷", "估计", "估計", "提到", "坦承", "证实", "證實", "呼吁", "呼籲", "表態", "表态", "加盟", "加入", "出任", "任职", "任職", "离开", "離開", "离职", "離職"}, speechVerbsZh...)

func stopAt(text string, i int) bool {
	if i >= len(text) {
		return true
	}
	for _, w := range nameStops {
		if strings.HasPrefix(text[i:], w) {
			return true
		}
	}
	return false
}

// translitName reads two to eight transliteration characters (with ·)
// starting at i and ending before a stop word.
func translitName(text string, i int) (span, bool) {
	if sp, ok := dottedName(text, i); ok {
		return sp, true
	}
	j := i
	cnt := 0
	var ends []int
	for j < len(text) && cnt < 10 {
		r, n := utf8.DecodeRuneInString(text[j:])
		if !isTranslit(r) && !(cnt > 0 && (r == '·' || r == '・')) {
			break
		}
		j += n
		cnt++
		if cnt >= 2 && r != '·' && r != '・' {
			ends = append(ends, j)
		}
	}
	for k := len(ends) - 1; k >= 0; k-- {
		if stopAt(text, ends[k]) {
			return span{i, ends[k]}, true
		}
	}
	return span{}, false
}

// dottedName reads a transliterated name whose parts a · joins (戴密斯·
// 哈萨比斯): the dot is evidence enough, whatever the characters.
func dottedName(text string, i int) (span, bool) {
	j, parts, cur := i, 0, 0
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		switch {
		case r == '·' || r == '・' || r == '•':
			if cur == 0 {
				return span{}, false
			}
			parts++
			cur = 0
		case unicode.Is(unicode.Han, r) && cur < 6 && !(cur > 0 && parts > 0 && stopAt(text, j)):
			cur++
		default:
			goto done
		}
		j += n
	}
done:
	if parts == 0 || cur == 0 {
		return span{}, false
	}
	return span{i, j}, true
}

// hanName reads a Chinese name: a surname and one or two characters,
// ending before a stop word.
func hanName(text string, i int) (span, bool) {
	if !isSurnameStart(text[i:]) {
		// a rare surname: accept two or three characters only before a speech verb
		j := i
		for k := 0; k < 3 && j < len(text); k++ {
			r, n := utf8.DecodeRuneInString(text[j:])
			if !unicode.Is(unicode.Han, r) || stopAt(text, j) {
				break
			}
			j += n
			if k >= 1 {
				for _, v := range []string{"表示", "说", "說", "指出", "认为", "認為", "介绍", "介紹", "称", "稱", "透露"} {
					if strings.HasPrefix(text[j:], v) {
						return span{i, j}, true
					}
				}
			}
		}
		return span{}, false
	}
	sur := surnameLen(text[i:])
	j := i + sur
	var ends []int
	for k := 0; k < 2 && j < len(text); k++ {
		r, n := utf8.DecodeRuneInString(text[j:])
		if !unicode.Is(unicode.Han, r) || stopAt(text, j) {
			break
		}
		j += n
		ends = append(ends, j)
	}
	for k := len(ends) - 1; k >= 0; k-- {
		if stopAt(text, ends[k]) {
			if k > 0 && stopAt(text, ends[k-1]) && strings.ContainsAny(text[ends[k-1]:ends[k]], swallowed) {
				k-- // 韩墨曾是: 曾 opens the verb phrase, the name is 韩墨
			}
			name := text[i:ends[k]]
			if notHanName[name] {
				return span{}, false
			}
			return span{i, ends[k]}, true
		}
	}
	return span{}, false
}

// swallowed are adverbs that follow a name and would otherwise be read
// as its last character: 徐立又指出, 韩墨曾是.
const swallowed = "曾又也则則就还還已在将將"

// notHanName are words that start with a surname character but are not
// names.
var notHanName = map[string]bool{"周一": true, "周二": true, "周三": true, "周四": true, "周五": true, "周六": true, "周日": true, "周天": true, "週一": true, "週二": true, "週三": true, "週四": true, "週五": true, "週六": true, "週日": true, "周边": true, "周围": true, "周期": true, "管理": true, "常常": true, "不少": true, "房地": true, "金额": true, "余下": true, "和他": true, "于是乎": true, "高度": true, "方法": true, "成果": true, "程度": true, "关键": true, "关系": true, "简单": true, "司法": true, "江苏": true, "黄河": true, "明确": true, "明显": true, "解释": true, "路透": true, "宁可": true, "全体": true, "全部": true, "孔雀": true, "经济": true, "万一": true, "严重": true, "安装": true, "毕竟": true, "时代": true, "包括": true, "谷歌": true, "苏联": true, "罗马": true, "韩方": true, "马来": true, "高级": true, "高管": true, "高层": true, "方面": true, "方向": true, "周年": true, "周末": true, "万亿": true, "于是": true, "成为": true, "成本": true, "安全": true, "常务": true, "任何": true, "任职": true, "曾经": true, "王牌": true, "黄金": true, "金融": true, "马上": true, "程序": true, "石油": true, "江湖": true, "白宫": true, "连续": true, "史上": true, "易于": true, "严格": true, "文章": true, "林业": true, "陆续": true, "毛利": true, "许多": true, "许可": true, "向来": true, "胡说": true, "和平": true, "关于": true, "时间": true, "宁愿": true, "华人": true, "韩国": true, "杨柳": true, "平台": true, "全球": true, "全面": true, "孔子": true, "路上": true, "车上": true, "应用": true, "钱包": true, "宋代": true, "齐全": true, "于此": true, "孟加拉": true, "朱红": true, "秦朝": true, "毕业": true, "邓小平": false}

// isSurnameStart reports text that begins with a common Chinese surname.
func isSurnameStart(s string) bool { return surnameLen(s) > 0 }

func surnameLen(s string) int {
	for _, c := range compoundSurnames {
		if strings.HasPrefix(s, c) {
			return len(c)
		}
	}
	r, n := utf8.DecodeRuneInString(s)
	if strings.ContainsRune(surnames, r) {
		return n
	}
	return 0
}

var compoundSurnames = []string{"欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "东方", "東方", "皇甫", "令狐", "慕容", "尉迟", "公孙", "长孙", "夏侯", "端木", "司徒"}

const surnames = "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛阎閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂成苗谷盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡车車项項连連芦蘆麦麥褚娄婁窦竇戚岑景党黨宫宮费費卜冷晏席卫衛米柏宗瞿桂全佟应應臧闵閔苟邬鄔边邊卞姬师師和仇栾欒隋商刁沙荣榮巫寇桑郎甄丛叢仲虞敖巩鞏明佘池查麻苑迟遲邝鄺栗仝岑邸鞠蓟薊冀郁晁虎归歸帅帥湛阚闞隆宓"

// isTranslit reports the characters Chinese uses to transliterate foreign
// names (simplified and traditional).
func isTranslit(r rune) bool { return strings.ContainsRune(translitChars, r) }

const translitChars = "翰琪娅婭茨芙玲嘉佳密娜妮娃莎丝絲黛蓓琳茜露薇巴蒙斯阿埃艾爱愛安昂奥奧澳巴拔贝貝本比彼毕畢宾賓波伯博布查柴达達戴丹道德登迪蒂丁东東杜多厄恩尔爾法范菲斐费費芬丰豐弗福夫盖蓋甘冈岡高戈哥格古瓜哈海汉漢豪赫亨洪胡华華霍基吉加迦贾賈杰傑金卡凯凱坎康柯科克肯孔库庫夸奎拉莱萊赖賴兰蘭朗劳勞勒雷蕾黎里理丽麗利莉连連林琳卢盧鲁魯路伦倫罗羅洛玛瑪马馬麦麥迈邁曼芒梅美门門蒙米敏明莫默姆穆纳納内內尼涅宁寧纽紐努诺諾欧歐帕潘佩彭皮珀普齐齊奇乔喬切钦欽琼瓊丘萨薩塞赛賽桑瑟森沙山珊尚舍申圣聖施什史士舒斯松苏蘇索塔泰坦汤湯唐特提汀通图圖托瓦万萬威韦韋维維温溫文沃乌烏伍武西希锡錫席夏谢謝辛休修亚亞扬揚杨楊耶伊依因英尤于约約泽澤扎詹兹茲祖佐卓宙"

// variantWords may follow a model family and version: Claude 3 Opus,
// Qwen-Turbo, Llama-2-Chat, Phi-3-mini.
var variantWords = map[string]bool{"turbo": true, "long": true, "max": true, "plus": true, "pro": true, "mini": true, "nano": true, "ultra": true,
	"flash": true, "lite": true, "opus": true, "sonnet": true, "haiku": true, "chat": true, "instruct": true, "coder": true, "code": true, "vision": true,
	"vl": true, "math": true, "large": true, "small": true, "medium": true, "base": true, "preview": true, "omni": true, "o": true, "air": true,
	"thinking": true, "reasoner": true, "audio": true, "realtime": true, "search": true, "edge": true, "next": true, "moe": true, "hf": true, "sft": true, "rlhf": true, "speed": true, "tiny": true, "character": true, "distill": true, "zero": true, "exp": true, "heavy": true, "deep": true, "research": true}

// notVersionPart end a hyphenated word that is not a model name: Llama-based.
var notVersionPart = map[string]bool{"based": true, "style": true, "like": true, "powered": true, "class": true, "level": true, "sized": true, "generated": true,
	"developer": true, "maker": true, "creator": true, "owner": true, "backed": true, "users": true, "user": true, "fueled": true, "written": true,
	"related": true, "specific": true, "only": true, "compatible": true, "native": true, "driven": true, "enabled": true, "made": true, "trained": true, "tuned": true, "first": true, "focused": true, "language": true, "speaking": true, "friendly": true, "ready": true, "scale": true, "grade": true}

// versionSuffix returns the end of a model version that follows a family
// name at byte i (" 2", "-4o", "2.5-72B-Instruct", " 3 Opus"), or i.
func versionSuffix(text string, i int) int {
	end := i
	j := i
	parts := 0
	for j < len(text) {
		sep := 0
		switch {
		case strings.HasPrefix(text[j:], " "), strings.HasPrefix(text[j:], "-"):
			sep = 1
		}
		k := j + sep
		// a number, a size or a variant word
		m := k
		for m < len(text) && (text[m] >= '0' && text[m] <= '9' || (text[m] == '.' && m > k && m+1 < len(text) && text[m+1] >= '0' && text[m+1] <= '9')) {
			m++
		}
		if m > k {
			digits := text[k:m]
			if len(digits) >= 4 && !strings.Contains(digits, ".") {
				break // a year, not a version
			}
			if m+1 < len(text) && text[m] == 'x' && text[m+1] >= '0' && text[m+1] <= '9' {
				// a mixture of experts: 8x7B
				m++
				for m < len(text) && text[m] >= '0' && text[m] <= '9' {
					m++
				}
				digits = text[k:m]
			}
			// a unit or a letter: 7B, 4o, 3.5T
			for m < len(text) && m-k < 12 && (text[m] >= 'a' && text[m] <= 'z' || text[m] >= 'A' && text[m] <= 'Z') && m < k+len(digits)+2 {
				m++
			}
			if m < len(text) && isLatinAlnum(rune(text[m])) && text[m] < 0x80 {
				break
			}
			if sep == 0 && parts > 0 {
				break
			}
			if sep == 1 && text[j] == ' ' && parts > 0 {
				// "Llama 2 7B" is fine, "GPT-4 2023" is not
				if len(digits) > 3 {
					break
				}
			}
			parts++
			j = m
			end = m
			continue
		}
		if sep == 0 {
			break
		}
		for m < len(text) && (text[m] >= 'a' && text[m] <= 'z' || text[m] >= 'A' && text[m] <= 'Z') {
			m++
		}
		if m == k {
			break
		}
		for m < len(text) && (text[m] >= '0' && text[m] <= '9' || text[m] >= 'a' && text[m] <= 'z' || text[m] >= 'A' && text[m] <= 'Z' || (text[m] == '.' && m+1 < len(text) && text[m+1] >= '0' && text[m+1] <= '9')) {
			m++
		}
		w := text[k:m]
		if notVersionPart[strings.ToLower(w)] {
			break
		}
		if !variantWords[strings.ToLower(w)] && (text[j] != '-' || len(w) > 12) {
			break
		}
		if text[j] == ' ' {
			// after a space a variant must be capitalised: "Claude 3 Opus", not "Llama 2 and"
			if w[0] < 'A' || w[0] > 'Z' {
				break
			}
		}
		if m < len(text) && isLatinAlnum(rune(text[m])) && text[m] < 0x80 {
			break
		}
		parts++
		j = m
		end = m
	}
	return end
}

// models finds models the lexicon does not know: a capitalised name with a
// version near a word for model ("Zeta-2模型", "the Orion-7B model"), a
// product named after 产品/聊天机器人, and "X大模型".
func (x *Extractor) models(doc *document, s sentence) []candidate {
	text := doc.text[:s.End]
	var out []candidate
	words := latinWords(doc.text, s.span)
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w.text)
		if !unicode.IsUpper(r) {
			continue
		}
		// family: the letters before the first digit or hyphen
		fam := w.Start
		for fam < w.End && (text[fam] >= 'a' && text[fam] <= 'z' || text[fam] >= 'A' && text[fam] <= 'Z') {
			fam++
		}
		if fam-w.Start < 2 {
			continue
		}
		end := versionSuffix(text, fam)
		if end <= fam {
			continue
		}
		family := text[w.Start:fam]
		if notNameWord[family] || genericLatin[family] || numberedThing[family] {
			continue
		}
		after := text[end:min(len(text), end+48)]
		known := x.lex.lookupType(family, Model) != nil
		if !known && !modelContext(after) && !hasSizePart(text[fam:end]) && !releasedBefore(text[s.Start:w.Start]) && !listedAfterModel(text[s.Start:w.Start], out) {
			continue
		}
		c := candidate{span: span{w.Start, end}, typ: Model, name: text[w.Start:end], prio: 1, family: family}
		if known {
			c.family = x.lex.lookupType(family, Model).Name
		}
		out = append(out, c)
	}
	// a hyphenated name with a known model in it: Taiwan-Llama, Llama-3-Taiwan
	for _, w := range words {
		if !strings.Contains(w.text, "-") || len(x.lex.lookup(w.text)) > 0 {
			continue
		}
		parts := strings.Split(w.text, "-")
		if notVersionPart[strings.ToLower(parts[len(parts)-1])] {
			continue // Llama-based
		}
		for _, part := range parts {
			if fam := x.lex.lookupType(part, Model); fam != nil && len(part) >= 3 {
				out = append(out, candidate{span: w.span, typ: Model, name: w.text, prio: 2, family: fam.Name})
				break
			}
		}
	}
	// a name in quotation marks after 模型/产品: 行业模型“青岚-工匠”
	for _, cue := range []string{"模型“", "模型「", "产品“", "產品「", "模型\"", "model \""} {
		from := s.Start
		for {
			k := strings.Index(text[from:], cue)
			if k < 0 {
				break
			}
			at := from + k + len(cue)
			from = at
			end := strings.IndexAny(text[at:], "”」\"")
			if end <= 0 || utf8.RuneCountInString(text[at:at+end]) > 12 || clauseBreak(text[at:at+end]) {
				continue
			}
			if !namedOrReleased(text[max(s.Start, at-90):at]) {
				continue // 大模型“价格战”: a topic in quotes, not a name
			}
			out = append(out, candidate{span: span{at, at + end}, typ: Model, name: text[at : at+end], prio: 2})
		}
	}
	// a Latin product name after 产品/模型/聊天机器人: 写作产品HyperWrite
	for _, cue := range []string{"产品", "產品", "模型", "聊天机器人", "聊天機器人", "助手", "引擎", "chatbot "} {
		from := s.Start
		for {
			k := strings.Index(text[from:], cue)
			if k < 0 {
				break
			}
			at := from + k + len(cue)
			from = at
			j := at
			for j < len(text) && isLatinAlnum(rune(text[j])) && text[j] < 0x80 {
				j++
			}
			if j-at < 3 || !unicode.IsUpper(rune(text[at])) {
				continue
			}
			name := text[at:j]
			if genericLatin[name] || notNameWord[name] || (j < len(text) && (text[j] == ' ' || text[j] == '-')) {
				continue
			}
			if l := x.lex.lookup(name); len(l) > 0 && l[0].Type != Model {
				continue
			}
			out = append(out, candidate{span: span{at, j}, typ: Model, name: name, prio: 1})
		}
	}
	// a Latin name right after a release verb: 国科会推出的TAIDE, 发布了Vega
	for _, v := range devVerbsZh {
		from := s.Start
		for {
			k := strings.Index(text[from:], v)
			if k < 0 {
				break
			}
			at := from + k + len(v)
			from = at
			rest := text[at:]
			for _, p := range []string{"了", "的", "出"} {
				rest = strings.TrimPrefix(rest, p)
			}
			at = len(text) - len(rest)
			j := at
			for j < len(text) && j-at < 20 && (isLatinAlnum(rune(text[j])) && text[j] < 0x80 || text[j] == '-' && j+1 < len(text) && isLatinAlnum(rune(text[j+1]))) {
				j++
			}
			if j-at < 3 || !unicode.IsUpper(rune(text[at])) || (j < len(text) && text[j] == ' ') {
				continue
			}
			name := text[at:j]
			if genericLatin[name] || len(x.lex.lookup(name)) > 0 || notNameWord[name] || hardwareAfter(text[j:]) {
				continue
			}
			out = append(out, candidate{span: span{at, j}, typ: Model, name: name, prio: 1})
		}
	}
	// a hyphenated name after 模型 or a release verb: 大模型灵犀-2, 发布了混元-T1
	var hanNamed [][]int
	if strings.Contains(text[s.Start:s.End], "-") && hasHan(text[s.Start:s.End]) {
		hanNamed = hanModelName.FindAllStringSubmatchIndex(text[s.Start:s.End], -1)
	}
	for _, m := range hanNamed {
		a, b := s.Start+m[2], s.Start+m[3]
		if k := strings.LastIndex(text[a:b], "模型"); k >= 0 {
			a += k + len("模型") // 开源大模型灵犀-2: the name starts after 模型
		}
		name := text[a:b]
		if !hasHan(name[:strings.Index(name, "-")]) || len(x.lex.lookup(name)) > 0 && x.lex.lookupType(name, Model) == nil {
			continue
		}
		out = append(out, candidate{span: span{a, b}, typ: Model, name: name, prio: 1})
	}
	out = append(out, x.hanVersionModels(doc, s)...)
	out = append(out, x.cuedModels(doc, s)...)
	// X大模型 where X is the brand of a company the sentence names: 星澜科技…星澜大模型
	if strings.Contains(text[s.Start:], "模型") {
		from := s.Start
		for {
			k := strings.Index(text[from:], "模型")
			if k < 0 {
				break
			}
			at := from + k
			from = at + len("模型")
			stemEnd := at
			if strings.HasSuffix(text[:at], "大") {
				stemEnd -= len("大")
			}
			for _, n := range []int{2, 3, 4} {
				st := stemEnd
				for c := 0; c < n && st > s.Start; c++ {
					_, size := utf8.DecodeLastRuneInString(text[:st])
					st -= size
				}
				stem := text[st:stemEnd]
				if utf8.RuneCountInString(stem) != n || !allHan(stem) || genericModelWord[stem] || strings.ContainsAny(stem, orgNameStops) {
					continue
				}
				if brandOfCompanyIn(text[s.Start:st], stem) {
					out = append(out, candidate{span: span{st, from}, typ: Model, name: text[st:from], prio: 1})
					break
				}
			}
		}
	}
	// X大模型 where X is a proper-name token
	for _, cue := range []string{"大模型"} {
		from := s.Start
		for {
			k := strings.Index(text[from:], cue)
			if k < 0 {
				break
			}
			at := from + k
			from = at + len(cue)
			tok := doc.tokenEndingAt(at)
			if tok == nil || utf8.RuneCountInString(tok.Text) < 2 || !properTag(tok.Pos) || genericModelWord[tok.Text] {
				continue
			}
			out = append(out, candidate{span: span{tok.Start, at + len(cue)}, typ: Model, name: tok.Text + cue, prio: 1})
		}
	}
	return out
}

// listedAfterModel reports a name that continues a list whose previous
// item is a model found before: "Nimbus 2.0, Stratus 3 and Cirrus 3".
func listedAfterModel(before string, found []candidate) bool {
	if len(found) == 0 {
		return false
	}
	last := found[len(found)-1]
	for _, sep := range []string{", ", " and ", ", and ", " or "} {
		if b, ok := strings.CutSuffix(before, sep); ok && strings.HasSuffix(b, last.name) {
			return true
		}
	}
	return false
}

// brandOfCompanyIn reports a company named in text by the brand and a
// descriptor (星澜科技, 星辰智能).
func brandOfCompanyIn(text, brand string) bool {
	for i := strings.Index(text, brand); i >= 0; {
		rest := text[i+len(brand):]
		for _, d := range zhBrandTails {
			if strings.HasPrefix(rest, d) {
				return true
			}
		}
		j := strings.Index(rest, brand)
		if j < 0 {
			break
		}
		i += len(brand) + j
	}
	return false
}

// numberedThing are words that take a number without naming a model:
// Section 230, Chapter 11, Level 4, Series B.
var numberedThing = map[string]bool{"Section": true, "Chapter": true, "Article": true, "Level": true, "Phase": true, "Series": true, "Title": true,
	"Route": true, "Stage": true, "Tier": true, "Class": true, "Type": true, "Round": true, "Part": true, "Step": true, "Figure": true, "Table": true,
	"Rule": true, "Amendment": true, "Proposition": true, "Room": true, "Floor": true, "Gate": true, "Terminal": true, "Flight": true, "Season": true,
	"Episode": true, "Volume": true, "Issue": true, "Category": true, "Grade": true, "Zone": true, "District": true, "Unit": true, "Building": true,
	"Windows": true, "Python": true, "Java": true, "Android": true, "COVID": true, "Covid": true, "Q": true, "FY": true, "Form": true, "Schedule": true}

// releasedBefore reports an English release verb right before a name:
// "Ferrox unveiled Tamar 2", "the lab open-sourced Vega-3".
func releasedBefore(before string) bool {
	for _, v := range []string{", which makes ", ", which built ", ", which developed ", ", which created ", "company behind ", "startup behind ", "lab behind ", "team behind ", "firm behind "} {
		if strings.HasSuffix(before, v) {
			return true // Quillon Labs, which makes Vega-3; the company behind Vega-3
		}
	}
	for _, v := range []string{" released ", " unveiled ", " launched ", " open-sourced ", " introduced ", " debuted ", " releases ", " unveils ", " launches ", " open-sources ", " introduces ", " shipped ", " ships ", " built ", " trained ", " fine-tuned "} {
		subj, ok := strings.CutSuffix(before, v)
		if !ok {
			continue
		}
		if m := timeTail.FindStringIndex(subj); m != nil && m[0] > 0 {
			subj = subj[:m[0]] // Fjordly AI on Tuesday released, Mistral AI in May released
		}
		for _, c := range []string{"the company", "the startup", "the firm", "the lab", "The company", "The startup", "The firm", "The lab"} {
			if strings.HasSuffix(subj, c) {
				return true // the startup introduced Lumo 2
			}
		}
		if a, ok := strings.CutSuffix(subj, ","); ok {
			// Kestrel, a Munich company, unveiled Brio 2: the maker before the apposition
			if k := strings.LastIndex(a, ", "); k > 0 && k >= len(a)-60 && startsWithArticleWord(a[k+2:]) {
				subj = a[:k]
			}
		}
		// the maker is named: "Ferrox unveiled", not "the agency released Form 10"
		w := subj[strings.LastIndex(subj, " ")+1:]
		r, _ := utf8.DecodeRuneInString(w)
		if (brandTails[w] || orgEndHeads[w]) && strings.Count(strings.TrimSpace(subj), " ") >= 1 {
			// Quillon Labs released, Brightline AI released: a company's tail
			prev := strings.Fields(subj)
			p := prev[len(prev)-2]
			return unicode.IsUpper(firstRune(p)) && !orgLeadStop[p] && !notNameWord[p]
		}
		return unicode.IsUpper(r) && !orgLeadStop[w] && !notNameWord[w]
	}
	return false
}

// timeTail matches times and auxiliaries between a maker and its release
// verb: " on Tuesday", " last month", " earlier this year", " has".
var timeTail = regexp.MustCompile(`(?:,? (?:on|in|last|this|earlier|later|late|early) (?:this |last |next )?[A-Za-z0-9]+,?| today| yesterday| also| has| have| had| quietly| officially| recently| finally| now| just)+$`)

// startsWithArticleWord reports an apposition that opens with a/an/the.
func startsWithArticleWord(s string) bool {
	return strings.HasPrefix(s, "a ") || strings.HasPrefix(s, "an ") || strings.HasPrefix(s, "the ")
}

// cuedModelRes name a model by the words around it: "Amazon's Nova
// models", "Quillon's new model, Corvid-3", "its Halcyon Inspect product",
// 发布了百川4, 星火3.5大模型.
var cuedModelRes = []*regexp.Regexp{
	regexp.MustCompile(`[A-Za-z](?:['’]s|s['’]) (?:[a-z][\w-]* ){0,3}(?:model|models|chatbot|assistant|LLM),? ([A-Z][\w.-]*[\w](?: \d[\w.]*)?)`),
	regexp.MustCompile(`[A-Za-z](?:['’]s|s['’]) ([A-Z][\w-]*[a-z][\w-]*(?: \d[\w.]*)?) (?:models|model|family of models|chatbot|assistant|LLMs?)\b`),
	regexp.MustCompile(`\b(?:its|their) ([A-Z][\w-]+(?: [A-Z][\w-]+)?) (?:product|app|assistant|chatbot|model)\b`),
	regexp.MustCompile(`\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir) (?:new |latest |flagship |open |open-weight |own |first |next )*(?:model|chatbot|LLM),? (?:called |named |dubbed )?([A-Z][A-Za-z]*(?:-[\w.]+|\d[\w.]*)+)`),
	regexp.MustCompile(`(?:发布了?|發布了?|推出了?|开源了?|開源了?|上线了?|上線了?)(\p{Han}{2,4}\d+(?:\.\d+)?)`),
	regexp.MustCompile(`\b(?:released|unveiled|launched|introduced|open-sourced|debuted|shipped|releases|unveils|launches|introduces) ([A-Z][a-z][\w-]*(?: \d[\w.]*)?), (?:an?|its|their) (?:[\w-]+ ){0,3}(?:model|LLM|chatbot)\b`),
	regexp.MustCompile(`([A-Z][a-z][\w-]*(?: \d[\w.]*)?), (?:an?|the) (?:[\w-]+ ){0,3}(?:model|chatbot|LLM|assistant) (?:made|developed|built|created|released|trained|launched) by [A-Z]`),
	regexp.MustCompile(`(\p{Han}{1,6}-[A-Za-z0-9][A-Za-z0-9.-]{0,12})(?:是在|是基于|是基於|基于|基於|由|在|是)[^，。；]{1,24}?(?:基础上|基礎上|微调|微調|蒸馏|蒸餾|衍生)`),
	regexp.MustCompile(`(\p{Han}{1,6}-[A-Za-z0-9][A-Za-z0-9.]{0,9})(?:是|为|為)\p{Han}{2,12}?(?:推出|发布|發布|开发|開發|研发|研發|打造|开源|開源)的`),
	regexp.MustCompile(`(\p{Han}{2,4}\d+(?:\.\d+)?)(?:大模型|模型)`),
	zhOrgModelRe,
	regexp.MustCompile(`\b[Tt]he ([A-Z][\w-]+(?: [A-Z0-9][\w.-]*)?) (?:model|chatbot|LLM|assistant) (?:from|by|developed by|built by|made by) [A-Z]`),
	regexp.MustCompile(`\b(?:calls|called|names|named|dubs|dubbed) (?:its|their|the) (?:new |latest |first |next )?(?:model|chatbot|assistant|LLM) ([A-Z][\w-]*(?: [A-Z0-9](?:[\w.-]*[\w])?)?)`),
	regexp.MustCompile(`(\p{Han}{2,4}\d+(?:\.\d+)?)(?:已经|已經|已|正式|也)?(?:开源|開源|发布|發布|上线|上線)`),
}

// zhOrgModelRe matches a company's X大模型: 蓝鲸智能的鲸语大模型.
var zhOrgModelRe = regexp.MustCompile(`(?:智能|科技|公司|集团|集團|实验室|實驗室|研究院|AI)(?:的|旗下的?|推出的|发布的|發布的|自研的)(\p{Han}{2,4})大模型`)

// cuedModelKeys are words one of which each pattern of cuedModelRes needs.
var cuedModelKeys = [][]string{{"'s", "’s", "s'", "s’"}, {"'s", "’s", "s'", "s’"}, {"its ", "their "}, {"model", "chatbot", "LLM"},
	{"发布", "發布", "推出", "开源", "開源", "上线", "上線"}, {"released ", "unveiled ", "launched ", "introduced ", "open-sourced ", "debuted ", "shipped ", "releases ", "unveils ", "launches ", "introduces "},
	{"made by ", "developed by ", "built by ", "created by ", "released by ", "trained by ", "launched by "},
	{"基础上", "基礎上", "微调", "微調", "蒸馏", "蒸餾", "衍生"},
	{"推出的", "发布的", "發布的", "开发的", "開發的", "研发的", "研發的", "打造的", "开源的", "開源的"}, {"模型"}, {"大模型"}, {" model from", " model by", " model developed", " model built", " model made", " chatbot from", " chatbot by", " LLM from", " assistant from", " assistant by", " chatbot made", " chatbot developed"},
	{"calls its", "called its", "names its", "named its", "dubs its", "dubbed its", "calls their", "named their", "called the", "named the", "dubbed the"}, {"开源", "開源", "发布", "發布", "上线", "上線"}}

func (x *Extractor) cuedModels(doc *document, s sentence) []candidate {
	var out []candidate
	text := doc.text[s.Start:s.End]
	for i, re := range cuedModelRes {
		if !containsAny(text, cuedModelKeys[i]) {
			continue
		}
		for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
			a, b := m[2], m[3]
			name := text[a:b]
			if hasHan(name) {
				// the stem starts after the last function word: 讯飞的星火3.5
				if k := strings.LastIndexAny(text[a:b], hanStemStops); k >= 0 {
					_, n := utf8.DecodeRuneInString(text[a+k:])
					a += k + n
				}
				name = text[a:b]
				stem := strings.TrimRight(name, "0123456789.")
				if utf8.RuneCountInString(stem) < 2 {
					continue
				}
				if x.seg != nil {
					if f, _, ok := x.seg.dict.Lookup(stem); ok && f >= 500 {
						continue // 版本2.0, 第2代: a common word and a number
					}
				}
			}
			if genericLatin[name] || notNameWord[name] || x.lex.ignored(name) {
				continue
			}
			if re == cuedModelRes[3] && !strings.ContainsAny(name, "0123456789") && !isAbbreviation(name[strings.LastIndex(name, "-")+1:]) && !variantWords[strings.ToLower(name[strings.LastIndex(name, "-")+1:])] {
				continue // a new model, Computer-Using …: a hyphenated word, no name
			}
			if l := x.lex.lookup(name); len(l) > 0 && l[0].Type != Model {
				continue
			}
			if re == zhOrgModelRe {
				if genericModelWord[name] {
					continue
				}
				name += "大模型" // named as X大模型 like the other rules do
			}
			out = append(out, candidate{span: span{s.Start + a, s.Start + a + len(name)}, typ: Model, name: name, prio: 1})
		}
	}
	return out
}

// hasSizePart reports a parameter count among the hyphen- or space-
// separated parts of a version ("-VL-7B", "-2-70B-Instruct"): only model
// names carry one, so the name needs no other context.
func hasSizePart(version string) bool {
	for _, p := range strings.FieldsFunc(version, func(r rune) bool { return r == '-' || r == ' ' }) {
		if isSize(p) && p[0] >= '0' && p[0] <= '9' && !strings.HasSuffix(strings.ToLower(p), "m") {
			return true
		}
	}
	return false
}

// hanStemStops end the words before a Chinese model stem: 基于玄枢-2,
// 法律文书的星衍-Lex, 即玄枢-2-7B.
const hanStemStops = "的即于於和与與及了是在用自从從由将將把对對为為以像如让讓被给給向跟、，,：:；;“”「」『』《》（）()!！?？ 。"

// hanVersionModels finds models named by a short Chinese stem, a hyphen
// and a version the lexicon does not know (玄枢-2-7B, 森語-8B, 星衍-Lex模型):
// the version must carry a parameter count or the text must call the name
// a model or a series.
func (x *Extractor) hanVersionModels(doc *document, s sentence) []candidate {
	text := doc.text[:s.End]
	var out []candidate
	for i := s.Start; i < s.End; i++ {
		if text[i] != '-' || i == s.Start {
			continue
		}
		r, _ := utf8.DecodeLastRuneInString(text[:i])
		if !unicode.Is(unicode.Han, r) {
			continue
		}
		a := i
		for a > s.Start {
			r, n := utf8.DecodeLastRuneInString(text[:a])
			if !unicode.Is(unicode.Han, r) || strings.ContainsRune(hanStemStops, r) {
				break
			}
			a -= n
		}
		for _, w := range append([]string{"其中", "包括", "包含", "以及", "还有", "還有", "比如", "例如", "使用", "采用", "採用", "对比", "對比", "基于", "基於"}, devVerbsZh...) {
			if strings.HasPrefix(text[a:i], w) {
				a += len(w)
				break
			}
		}
		stem := text[a:i]
		if n := utf8.RuneCountInString(stem); n < 2 || n > 4 {
			continue // no clear start: the stem runs into other words
		}
		end := versionSuffix(text, i)
		if end <= i+1 {
			continue
		}
		name := text[a:end]
		if l := x.lex.lookup(name); len(l) > 0 && x.lex.lookupType(name, Model) == nil {
			continue
		}
		if !hasSizePart(text[i:end]) && !modelContext(text[end:min(len(text), end+48)]) {
			continue
		}
		out = append(out, candidate{span: span{a, end}, typ: Model, name: name, prio: 1})
	}
	return out
}

// hardwareAfter reports a product word after a name: 发布了Blackwell架构芯片
// releases a chip, not a model.
func hardwareAfter(rest string) bool {
	for _, w := range []string{"芯片", "晶片", "架构", "架構", "手机", "手機", "电脑", "電腦", "汽车", "汽車", "处理器", "處理器", "GPU", "显卡", "顯卡",
		"平台", "平臺", "系统", "系統", "服务器", "伺服器", "眼镜", "眼鏡", "头显", "頭顯", "耳机", "耳機", "机器人", "機器人", "服务", "服務", "框架", "数据集", "數據集", "游戏", "遊戲", "操作系统", "浏览器", "瀏覽器", "计划", "計畫", "计划", "项目", "項目", "基金"} {
		if strings.HasPrefix(strings.TrimLeft(rest, " "), w) {
			return true
		}
	}
	return false
}

// namedOrReleased reports a clause that releases or names something.
func namedOrReleased(before string) bool {
	if k := strings.LastIndexAny(before, "，。；,;"); k >= 0 {
		before = before[k:]
	}
	for _, v := range append([]string{"名为", "名為", "叫做", "称为", "稱為", "命名为", "called", "named", "dubbed"}, devVerbsZh...) {
		if strings.Contains(before, v) {
			return true
		}
	}
	return false
}

// hanModelName: a short name, a hyphen and a version after 模型 or a
// release verb (大模型灵犀-2, 推出了混元-T1).
var hanModelName = regexp.MustCompile(`(?:模型|發布了?|发布了?|推出了?|開源了?|开源了?|上线了?|上線了?|训练了|訓練了|打造了|开发了|開發了|微调出|微調出|蒸馏出|蒸餾出)[“「"]?(\p{Han}{1,6}-[A-Za-z0-9][A-Za-z0-9.]{0,9})`)

// modelContext reports text right after a name that calls it a model.
func modelContext(after string) bool {
	for _, a := range []string{", a ", ", an ", ", the "} {
		if strings.HasPrefix(after, a) {
			// Vega-3, a language model
			words := strings.Fields(after[len(a):])
			for k := 0; k < len(words) && k < 4; k++ {
				w := strings.Trim(words[k], ",.;")
				if w == "model" || w == "LLM" || w == "chatbot" {
					return true
				}
			}
		}
	}
	for _, w := range []string{" creator ", " maker ", " developer ", ", developed by ", ", built by ", ", made by ", ", created by ", ", trained by ", ", released by ", ", open-sourced by ",
		" was developed by ", " was built by ", " was released by ", " was trained by ", " is developed by ", " is made by ",
		", which was developed by ", ", which is developed by ", ", which was built by ", ", which was released by ", ", which was trained by ", ", which is made by "} {
		if rest := strings.TrimPrefix(after[min(len(after), len(w)):], "the "); strings.HasPrefix(after, w) && unicode.IsUpper(firstRune(rest)) {
			return true // Glimmer-2, developed by Orchard Labs
		}
	}
	for _, w := range []string{" was distilled from", " was fine-tuned from", " was finetuned from", " is a version of", " is a fine-tuned", " is built on", " is based on", " was built on", " was trained on top of", ", which ", "蒸馏自", "微调自", "衍生自"} {
		if strings.HasPrefix(after, w) && (w != ", which " || releasedClause(after[len(w):])) {
			return true // Corvid-3-Mini was distilled from …; Corvid-3, which Quillon released
		}
	}
	if isModelCopula.MatchString(after) || derivedCopula.MatchString(after) {
		return true // Grove 3 is the latest model from Pinecrest AI
	}
	after = strings.TrimLeft(after, " ")
	for _, w := range []string{"模型", "大模型", "model", "Model", "LLM", "chatbot", "聊天机器人", "聊天機器人", "系列"} {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	return false
}

// isModelCopula matches "is the latest model" after a name.
var isModelCopula = regexp.MustCompile(`^ (?:is|was) (?:an?|the|its|their) (?:[\w-]+ ){0,3}(?:model|LLM|chatbot)\b`)

// derivedCopula matches "is a distilled version of", "is derived from"
// after a name.
var derivedCopula = regexp.MustCompile(`^,? (?:(?:is|was) (?:(?:an?|the) (?:[\w-]+ ){0,3}(?:version|variant|fine-tune|finetune|derivative|distillation|successor) of|(?:derived|distilled|fine-tuned|finetuned|adapted) from) [A-Z]|uses [A-Z][^,.;]{0,30}? as (?:its|a|the) (?:base|foundation|backbone))`)

// releasedClause reports "Quillon released" at the start of a which-clause.
func releasedClause(s string) bool {
	w := strings.Fields(s)
	return len(w) >= 2 && unicode.IsUpper(firstRune(w[0])) && (w[1] == "released" || w[1] == "launched" || w[1] == "unveiled" || w[1] == "open-sourced" || w[1] == "built" || w[1] == "trained")
}

// genericModelWord are words before 大模型 that describe it, not name it.
var genericModelWord = map[string]bool{"中文": true, "英文": true, "繁体中文": true, "繁體中文": true, "简体中文": true, "本土": true, "本地": true, "端侧": true, "端側": true, "开放": true, "開放": true, "闭源": true, "閉源": true, "商用": true, "金融": true, "医疗": true, "醫療": true, "教育": true, "政务": true, "工业": true, "工業": true, "科学": true, "科學": true, "数学": true, "數學": true, "代码": true, "程式": true, "国际": true, "國際": true, "国外": true, "國外": true, "全球": true, "其他": true, "更多": true, "各类": true, "各類": true, "自研": true, "通用": true, "开源": true, "國產": true, "国产": true, "语言": true, "多模态": true, "行业": true, "垂直": true, "低价": true, "千亿": true, "主力": true, "最强": true, "首个": true, "新一代": true, "推理": true, "视觉": true, "基础": true, "领先": true, "各家": true, "人工智能": true, "中国": true, "国内": true, "海外": true, "这些": true, "旗下": true, "自家": true}

func properTag(pos string) bool {
	switch pos {
	case "nr", "nrt", "nrf", "nz", "nt", "ns", "nw", "x", "eng":
		return true
	}
	return false
}

// commonWordAcross reports a common dictionary word (北京, 部门) that runs
// across byte i: a name ending or starting at i would cut it. Rare words
// (云和, a county, in 阿里云和百度) do not count.
func (x *Extractor) commonWordAcross(toks []token, i int) bool {
	k := sort.Search(len(toks), func(k int) bool { return toks[k].End > i })
	if k == len(toks) || toks[k].Start >= i || i >= toks[k].End {
		return false
	}
	freq, _, ok := x.seg.dict.Lookup(toks[k].Text)
	return ok && freq >= 1000
}

// tokenStartingAt finds the token that starts at byte i.
func (doc *document) tokenStartingAt(i int) *token {
	k := sort.Search(len(doc.tokens), func(k int) bool { return doc.tokens[k].Start >= i })
	if k < len(doc.tokens) && doc.tokens[k].Start == i {
		return &doc.tokens[k]
	}
	return nil
}

// tokenEndingAt finds the token that ends at byte i.
func (doc *document) tokenEndingAt(i int) *token {
	k := sort.Search(len(doc.tokens), func(k int) bool { return doc.tokens[k].End >= i })
	if k < len(doc.tokens) && doc.tokens[k].End == i {
		return &doc.tokens[k]
	}
	return nil
}

// zhOrgTokenHeads end an organization's name in Chinese, as tokens.
var zhOrgTokenHeads = map[string]bool{"公司": true, "有限公司": true, "集团": true, "集團": true, "研究院": true, "研究所": true, "实验室": true, "實驗室": true,
	"大学": true, "大學": true, "学院": true, "學院": true, "基金会": true, "基金會": true, "协会": true, "協會": true, "银行": true, "銀行": true, "社区": true, "社區": true, "创投": true, "資本": true, "资本": true}

// zhOrgTokenHeadPairs are two-token heads: 有限/公司, 研究/院.
var zhOrgDescriptors = map[string]bool{"咨询": true, "諮詢": true, "智能": true, "科技": true, "技术": true, "技術": true, "信息": true, "网络": true, "網絡": true, "数据": true, "數據": true,
	"软件": true, "軟體": true, "人工智能": true, "人工": true, "半导体": true, "半導體": true, "云": true, "雲": true, "传媒": true, "傳媒": true, "投资": true, "投資": true, "控股": true,
	"股份": true, "有限": true, "机器人": true, "機器人": true, "电子": true, "電子": true, "互动": true, "资本": true, "研究": true, "计算": true, "计算机": true, "汽车": true}

// companyNoun matches a company named after the word for company: AI创业公司
// 灵犀智能近日发布…; the name ends before a time word or a verb.
var companyNoun = regexp.MustCompile(`(?:创业公司|創業公司|初创公司|初創公司|新创公司|新創公司|科技公司|人工智能公司|人工智慧公司|AI公司|独角兽|獨角獸)(\p{Han}{2,6}?)(?:近日|日前|今天|今日|昨天|昨日|本周|本週|上周|上週|宣布|发布|發布|推出|表示|完成|获得|獲得|正式)`)

// companyAfterNoun finds organizations named after 创业公司 and the like.
func (x *Extractor) companyAfterNoun(doc *document, s sentence) []candidate {
	var out []candidate
	text := doc.text[s.Start:s.End]
	for _, m := range companyNoun.FindAllStringSubmatchIndex(text, -1) {
		a, b := s.Start+m[2], s.Start+m[3]
		name := doc.text[a:b]
		if r, _ := utf8.DecodeRuneInString(name); strings.ContainsRune("不没沒能会會要应應都也还還已正将將就可必再又均", r) {
			continue // 公司不能永远…: a verb phrase, not a name
		}
		if x.lex.ignored(name) || strings.ContainsAny(name, orgNameStops) || stopAt(name, 0) || timeWord(name) {
			continue
		}
		out = append(out, candidate{span: span{a, b}, typ: Organization, name: name, prio: 1})
	}
	// a Latin name right after a word for a company or community:
	// 开发者社区OpenHermit, 初创公司Lattice Forge
	var after [][]int
	if containsAny(text, []string{"公司", "社区", "社區", "团队", "團隊", "机构", "機構", "组织", "組織"}) {
		after = latinAfterOrgNoun.FindAllStringSubmatchIndex(text, -1)
	}
	for _, m := range after {
		a, b := s.Start+m[2], s.Start+m[3]
		name := doc.text[a:b]
		if first := strings.Fields(name)[0]; genericLatin[first] || endsWithTitleHead(first) || titleWordsEn[strings.ToLower(first)] || x.lex.ignored(name) {
			continue
		}
		if l := x.lex.lookup(name); len(l) > 0 && l[0].Type != Organization {
			continue
		}
		out = append(out, candidate{span: span{a, b}, typ: Organization, name: name, prio: 1})
	}
	return out
}

// latinAfterOrgNoun matches a Latin name after a Chinese noun for an
// organization; the name stops before Han text or lower-case words.
var latinAfterOrgNoun = regexp.MustCompile(`(?:公司|社区|社區|团队|團隊|机构|機構|组织|組織)([A-Z][A-Za-z0-9&-]*[A-Za-z0-9](?: [A-Z][A-Za-z0-9&-]*[A-Za-z0-9]){0,2})(?:[^A-Za-z0-9 .-]|$)`)

// timeWord reports a name that starts with a word for a time.
func timeWord(s string) bool {
	for _, w := range []string{"近日", "日前", "今天", "今日", "昨天", "昨日", "本周", "本週", "上周", "上週", "今年", "去年", "近期", "此前", "目前"} {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// tokenNames reads the segmenter's proper-name tags: an organization is a
// person, place or brand name token, some descriptive words and a head
// (北辰咨询公司, 青岚智能科技有限公司); a person is a three-character name
// tagged nr that starts with a common surname and ends before a stop word.
func (x *Extractor) tokenNames(doc *document, s sentence) []candidate {
	var out []candidate
	toks := doc.sentenceTokens(s)
	for i, tk := range toks {
		if legal := legalOrgAt(toks, i); legal > i {
			// a full legal name: (北京)星辰智能科技有限公司
			sp := span{tk.Start, toks[legal].End}
			if name := doc.text[sp.Start:sp.End]; !x.lex.ignored(name) && len(x.lex.lookup(name)) == 0 {
				out = append(out, candidate{span: sp, typ: Organization, name: name, prio: 1})
			}
		}
		if !(tk.Pos == "nr" || tk.Pos == "nz" || tk.Pos == "nt" || tk.Pos == "nrt" || tk.Pos == "ns" || tk.Pos == "eng") || utf8.RuneCountInString(tk.Text) < 2 {
			continue
		}
		if x.lex.ignored(tk.Text) || len(x.lex.lookup(tk.Text)) > 0 && tk.Pos != "ns" {
			goto person
		}
		{
			j := i + 1
			for j < len(toks) && j-i <= 4 && zhOrgDescriptors[toks[j].Text] && toks[j].Start == toks[j-1].End {
				j++
			}
			direct := j == i+1
			ok := j < len(toks) && toks[j].Start == toks[j-1].End && zhOrgTokenHeads[toks[j].Text] && !genericLatin[tk.Text]
			switch {
			case tk.Pos == "ns":
				// a place names a university (北京大学), not a company (德國公司)
				ok = ok && direct && (toks[j].Text == "大学" || toks[j].Text == "大學" || toks[j].Text == "学院" || toks[j].Text == "學院")
			case tk.Pos == "nr":
				// gse tags many words nr (智慧): a name needs a descriptor before the head
				ok = ok && !direct
			}
			if ok {
				sp := span{tk.Start, toks[j].End}
				name := doc.text[sp.Start:sp.End]
				if h := toks[j].Text; h == "公司" || h == "集团" || h == "集團" {
					name = doc.text[sp.Start:toks[j].Start] // TravelAI公司 is TravelAI
				}
				if !x.lex.ignored(name) {
					out = append(out, candidate{span: sp, typ: Organization, name: name, prio: 1})
				}
				continue
			}
		}
	person:
		if tk.Pos == "nr" && utf8.RuneCountInString(tk.Text) == 3 && isSurnameStart(tk.Text) && !notHanName[tk.Text] && hasHan(tk.Text) &&
			(stopAt(doc.text[:s.End], tk.End) || strings.HasPrefix(doc.text[tk.End:], "：")) && len(x.lex.lookup(tk.Text)) == 0 && !x.lex.ignored(tk.Text) {
			sp := tk.span
			if last, n := utf8.DecodeLastRuneInString(tk.Text); strings.ContainsRune(swallowed, last) {
				sp.End -= n // the segmenter glued an adverb to the name: 韩墨曾|是
			}
			out = append(out, candidate{span: sp, typ: Person, name: doc.text[sp.Start:sp.End], prio: 1})
		}
	}
	return out
}

// legalOrgAt returns the index of the 有限公司 token that ends a company's
// legal name starting at token i (an optional place, a name, descriptive
// words), or -1. The legal suffix is evidence enough that the name before
// it is a proper name even when the segmenter calls it a common noun.
func legalOrgAt(toks []token, i int) int {
	if i > 0 && toks[i-1].End == toks[i].Start && (strings.HasPrefix(toks[i-1].Pos, "n") && toks[i-1].Pos != "ns") {
		return -1 // not the start of the name
	}
	j := i
	if toks[j].Pos == "ns" {
		j++
	}
	if j >= len(toks) || !strings.HasPrefix(toks[j].Pos, "n") && toks[j].Pos != "eng" || zhOrgDescriptors[toks[j].Text] || utf8.RuneCountInString(toks[j].Text) < 2 {
		return -1
	}
	j++
	for j < len(toks) && j-i <= 6 && toks[j].Start == toks[j-1].End {
		switch toks[j].Text {
		case "有限公司", "有限责任公司", "有限責任公司", "股份有限公司":
			return j
		case "公司":
			if toks[j-1].Text == "有限" {
				return j
			}
		}
		if !zhOrgDescriptors[toks[j].Text] {
			return -1
		}
		j++
	}
	return -1
}

// sentenceTokens returns the tokens inside a sentence.
func (doc *document) sentenceTokens(s sentence) []token {
	lo := sort.Search(len(doc.tokens), func(k int) bool { return doc.tokens[k].Start >= s.Start })
	hi := lo
	for hi < len(doc.tokens) && doc.tokens[hi].End <= s.End {
		hi++
	}
	return doc.tokens[lo:hi]
}

// shortOrgName drops the legal suffix of a Chinese company name so that
// the short form the article goes on to use is found: 青岚智能科技有限公司 ->
// 青岚智能.
func shortOrgName(name string) string {
	for _, suf := range []string{"科技股份有限公司", "科技有限公司", "股份有限公司", "有限责任公司", "有限公司", "科技公司"} {
		if strings.HasSuffix(name, suf) && hasHan(name) {
			short := strings.TrimSuffix(name, suf)
			if utf8.RuneCountInString(short) >= 2 {
				return short
			}
		}
	}
	return ""
}
