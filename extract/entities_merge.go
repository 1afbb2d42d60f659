package extract

// Mentions stage, merge: the resolved candidates become entities in an
// entityTable, which trims a candidate's glued date or place, folds it into
// the entity its lexicon entry, name or family name already has, and
// records its aliases (short brands, surnames).

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// entityTable merges candidates into entities.
type entityTable struct {
	lex      *lexicon
	list     []*entity
	byLex    map[*lexEntry]*entity
	byKey    map[string]*entity // Type + foldKey(alias)
	surname  map[string]*entity // surname or family name alone -> person
	mentions []mention
}

// newEntityTable is an empty table over lexicon l.
func newEntityTable(l *lexicon) *entityTable {
	return &entityTable{lex: l, byLex: map[*lexEntry]*entity{}, byKey: map[string]*entity{}, surname: map[string]*entity{}}
}

// add makes candidate c a mention: of the entity its lexicon entry, name or
// family name already has, or of a new one, which is credited with c's
// rule either way; then it records the forms later mentions may use.
func (t *entityTable) add(doc *document, c *candidate) {
	if c.typ() == Organization && c.lex == nil {
		t.trimGlued(doc, c)
	}
	surface := doc.text[c.Start:c.End]
	if c.lex == nil && !t.linkLexicon(doc, c, surface) {
		return
	}
	e := t.existing(c, surface)
	if e == nil {
		e = t.newEntity(c)
	}
	if c.gender != 0 && e.Gender == 0 {
		e.Gender = c.gender
	}
	t.alias(e, surface)
	if e.Type == Organization {
		t.orgShortForms(doc, c, e, surface)
	}
	e.credit(c.rule.id())
	e.mentions++
	t.mentions = append(t.mentions, mention{span: c.span, Entity: e, Kind: c.kind})
}

// trimGlued cuts what a pattern glued to the front of an organization's
// name: a date (10月), ex- (a former employer), a place or a backer
// (Oslo-based, Microsoft-backed: a backer the lexicon knows is added too).
func (t *entityTable) trimGlued(doc *document, c *candidate) {
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
				b := candidate{span: span{c.Start, c.Start + k}, ty: codeOf(Organization), name: e.Name, lex: e, prio: 3, rule: refOf(ruleEntityLexicon)}
				b.setAlts([]*lexEntry{e})
				t.add(doc, &b)
			}
		}
		c.Start += len(m) // Oslo-based Nordlys AI: the place is no part of the name
		c.name = c.name[len(m):]
	}
}

// linkLexicon gives a pattern's candidate the lexicon entry its name (or
// its name without a leading country) has; false drops the candidate: an
// ignored form, or a Chinese "person" the article names as a place.
func (t *entityTable) linkLexicon(doc *document, c *candidate, surface string) bool {
	if t.lex.ignored(surface) || t.lex.ignored(c.name) {
		return false
	}
	if c.typ() == Person && allHan(surface) && doc.fact(placeSomewhere, surface) {
		return false // 苏黎世 the city, which the article also names as one
	}
	if e := t.lex.lookupType(c.name, c.typ()); e != nil {
		c.lex, c.name = e, e.Name
	} else if rest := stripCountry(c.name); rest != c.name {
		// U.S. Securities and Exchange Commission: the lexicon knows it without the country
		if e := t.lex.lookupType(rest, c.typ()); e != nil {
			c.lex, c.name = e, e.Name
		}
	}
	return true
}

// existing is the entity c is another mention of: the one of its lexicon
// entry, name or surface form, an office named before with its place, or
// the person whose family name c is; nil when c names a new one.
func (t *entityTable) existing(c *candidate, surface string) *entity {
	var e *entity
	if c.lex != nil {
		e = t.byLex[c.lex]
	}
	if e == nil {
		e = t.byKey[string(c.typ())+foldKey(c.name)]
	}
	if e == nil {
		e = t.byKey[string(c.typ())+foldKey(surface)]
	}
	if e == nil && c.typ() == Organization && c.lex == nil && zhOffice.MatchString(c.name) && strings.IndexAny(c.name, "省市自") == 0 {
		// 省委网信办 after 广东省委网信办: the same office without its place
		for _, o := range t.list {
			if o.Type == Organization && strings.HasSuffix(o.Name, c.name) && o.Name != c.name {
				e = o
				break
			}
		}
	}
	if e == nil && c.lex == nil && (c.typ() == Person || c.typ() == Organization && c.prio <= 1 && !strings.Contains(surface, " ")) {
		// 霍尔表示 after 苏珊·霍尔, "Ghodsi and Rao" after Naveen Rao: the
		// family name of someone already named, whatever a weak pattern said
		if p := t.surname[surface]; p != nil {
			e = p
			c.kind = bySurname
			c.ty = codeOf(Person)
		}
	}
	return e
}

// newEntity makes c a new entity, with the gender its lexicon entry gives.
func (t *entityTable) newEntity(c *candidate) *entity {
	e := &entity{Name: c.name, Type: c.typ(), aliases: map[string]bool{c.name: true}}
	if c.lex != nil {
		t.byLex[c.lex] = e
		if g := c.lex.attr("gender"); g == "m" || g == "f" {
			e.Gender = g[0]
		}
	}
	t.list = append(t.list, e)
	t.alias(e, c.name)
	return e
}

// orgShortForms records the short forms later mentions of an organization
// use: the brand without its generic tail (Halcyon for Halcyon Systems
// Inc., merging a Halcyon found alone first), a Chinese name without its
// city (苏州海川科技 -> 海川科技), and shortOrgName's form.
func (t *entityTable) orgShortForms(doc *document, c *candidate, e *entity, surface string) {
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
		if tok := doc.tokenStartingAt(c.Start); tok != nil && tok.Pos() == "ns" && len(surface) >= len(tok.word(doc.text))+12 &&
			t.byKey[string(Organization)+foldKey(surface[len(tok.word(doc.text)):])] == nil {
			for _, d := range zhBrandTails {
				if strings.HasSuffix(surface, d) {
					t.alias(e, surface[len(tok.word(doc.text)):]) // 苏州海川科技 -> 海川科技
					break
				}
			}
		}
	}
	if e.Type == Organization {
		if short := shortOrgName(surface); short != "" && t.byKey[string(Organization)+foldKey(short)] == nil {
			t.alias(e, short)
			if tok := doc.tokenStartingAt(c.Start); tok != nil && tok.Pos() == "ns" && len(short) > len(tok.word(doc.text))+3 {
				t.alias(e, short[len(tok.word(doc.text)):]) // 北京星辰智能 -> 星辰智能
			}
		}
	}
}

// datePrefix matches a date glued to a Chinese name: 10月, 2024年3月.
var datePrefix = regexp.MustCompile(`^(?:[0-9０-９]{1,4}[年月日号號])+`)

// placeBased matches a place or backer glued to a name: Oslo-based,
// Seabright-backed.
var placeBased = regexp.MustCompile(`^[A-Z][A-Za-z.]*(?:[ -][A-Z][A-Za-z.]*)?-(?:based|backed|owned|funded|led|headquartered) `)

// brandTails are words after a company's distinctive name that articles
// drop on later mentions (Tessellate Labs -> Tessellate).
var brandTails = vocabSet("en-name-brand-tails")

// zhBrandTails are descriptors after a Chinese company's brand (星衍智能 -> 星衍).
var zhBrandTails = vocabWords("zh-name-brand-tails")

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
	for _, id := range b.rules {
		a.credit(id) // what found b found a too
	}
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
