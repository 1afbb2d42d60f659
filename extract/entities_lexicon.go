package extract

// Mentions stage, lexicon matches: a match of the lexicon's trie (lexicon.go)
// becomes candidates, extended by a version (Llama 4), a legal form (Inc.,
// 公司) or a research unit (研究院); a form that names several entries is
// settled by the words around it (chooseAmbiguous).

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ruleEntityLexicon is the ID of the rule described by its Doc; candidates carry it.
var ruleEntityLexicon = defineRule(rule{
	ID:   "entity.any.lexicon",
	Doc:  "a form the lexicon lists (OpenAI, 李彦宏, GPT-4), with an unlisted first name before a listed family name",
	Fire: []string{`OpenAI hired more engineers this year.`, `百度今天发布了财报。`},
	Hold: []string{`The weather was mild and nobody came.`},
})

// ruleEntityModelFamily is the ID of the rule described by its Doc; candidates carry it.
var ruleEntityModelFamily = defineRule(rule{
	ID:   "entity.any.model-family",
	Doc:  "a model family the lexicon knows with a version it does not (Llama 5, Taiwan-Llama)",
	Fire: []string{`Researchers tested Llama 9 on the new benchmark.`, `The lab released Taiwan-Llama last week.`},
	Hold: []string{`Researchers tested Llama on the new benchmark.`},
})

// ruleEntityOrgUnit is the ID of the rule described by its Doc; candidates carry it.
var ruleEntityOrgUnit = defineRule(rule{
	ID:   "entity.zh.org-unit",
	Doc:  "a research unit of an organization the lexicon knows: 百度深圳研究院",
	Fire: []string{`百度深圳研究院发布了新论文。`},
	Hold: []string{`百度发布了新论文。`},
})

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
	c := candidate{span: m.span, ty: codeOf(e.Type), name: e.Name, lex: e, prio: 3, rule: refOf(ruleEntityLexicon)}
	c.setAlts(entries)
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
				v := candidate{span: span{m.Start, end}, ty: codeOf(Model), name: text[m.Start:end], prio: 3, rule: refOf(ruleEntityModelFamily)}
				if ex := x.lex.lookupType(v.name, Model); ex != nil {
					v.lex, v.name = ex, ex.Name
				}
				out = append(out, v)
			}
		case Organization:
			if h := unitSuffix(text[m.End:]); h > 0 && unitSuffix(text[m.Start:m.End]) != m.End-m.Start && !hasOrgHead(text[m.Start:m.End]) {
				// 鸿海研究院, 微软亚洲研究院: a unit of the organization, an organization itself
				name := text[m.Start : m.End+h]
				u := candidate{span: span{m.Start, m.End + h}, ty: codeOf(Organization), name: name, prio: 2, rule: refOf(ruleEntityOrgUnit)}
				if ex := x.lex.lookupType(name, Organization); ex != nil {
					u.lex, u.name = ex, ex.Name
				}
				out = append(out, u)
			}
			if end := orgSuffix(text, m.End); end > m.End {
				o := c
				o.lex, o.ty, o.name = alt, codeOf(Organization), alt.Name
				o.setAlts([]*lexEntry{alt})
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
// The English words follow the name after a space, the Chinese ones
// directly; the English come first, in file order (namesProgramme takes
// the first that matches).
var programmeWords = func() []string {
	var out []string
	for _, w := range vocabWords("en-name-programme-words") {
		out = append(out, " "+w)
	}
	return append(out, vocabWords("zh-name-programme-words")...)
}()

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

// licenceWordsAfterName follow a name used as the name of a licence.
var licenceWordsAfterName = append(vocabWords("zh-name-licence-words"), vocabWords("en-name-licence-words")...)

// researchUnitHeads end a research unit named after its organization.
var researchUnitHeads = vocabWords("zh-name-unit-heads")

// isLicence reports a name used as the name of a licence.
func isLicence(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	for _, p := range licenceWordsAfterName {
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
		for _, h := range researchUnitHeads {
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

// chooseAmbiguous settles forms that name several entries (Mistral the
// company, Mistral the model): an entry the article also names by an
// unambiguous form wins; otherwise the words around the mention decide.
func chooseAmbiguous(doc *document, kept *keptCands) {
	sure := map[*lexEntry]bool{}
	for _, cands := range kept.parts {
		for i := range cands {
			if c := &cands[i]; c.lex != nil && c.altCount() == 1 {
				sure[c.lex] = true
			}
		}
	}
	for _, cands := range kept.parts {
		for i := range cands {
			if c := &cands[i]; c.altCount() >= 2 {
				chooseEntry(doc, c, sure)
			}
		}
	}
}

// chooseEntry settles one candidate whose form names several entries:
// sure holds the entries the article names by an unambiguous form.
func chooseEntry(doc *document, c *candidate, sure map[*lexEntry]bool) {
	var pick *lexEntry
	before, after := doc.text[max(0, c.Start-30):c.Start], doc.text[c.End:min(len(doc.text), c.End+30)]
	want := Type("")
	switch {
	case orgContext(before, after):
		want = Organization // Meta AI's LLaMA model: the owner, whatever else the article calls Meta AI
	case productBefore(before):
		want = Model // 写作产品HyperWrite: the product, though the company has the same name
	}
	for _, a := range c.altList() {
		if want != "" && a.Type == want {
			pick = a
			break
		}
	}
	for _, a := range c.altList() {
		if pick == nil && sure[a] {
			pick = a
			break
		}
	}
	if pick == nil {
		want := contextType(doc.text, c.span)
		for _, a := range c.altList() {
			if a.Type == want {
				pick = a
				break
			}
		}
	}
	if pick != nil {
		c.lex, c.ty, c.name = pick, codeOf(pick.Type), pick.Name
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
	for _, w := range []string{" research", " team", " researchers", " scientists", " lab ", " labs", " employees", " CEO", " chief", " founder",
		" co-founder", "公司", "团队", "團隊", "研究员", "研究員", "员工", "員工", "创始人", "創始人"} {
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
