package extract

// Mentions stage, model names: a family and a version (Llama 3.1 70B,
// GPT-4o), a Chinese stem with a version (玄枢-2-7B), and version tags,
// sizes and variant words. Cued models are models_cues.go. Reads the
// sentence text, its tokens and the lexicon.

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ruleEntityModelVersion is the ID of the rule described by its Doc; candidates carry it.
var ruleEntityModelVersion = defineRule(rule{
	ID:   "entity.any.model-version",
	Doc:  "a capitalised name with a version near a word for model or a release, or with a size: the Orion-7B model",
	Fire: []string{`The Orion-7B model beat its rivals.`},
	Hold: []string{`The Orion team beat its rivals.`},
})

// ruleEntityModelQuoted is the ID of the rule described by its Doc; candidates carry it.
var ruleEntityModelQuoted = defineRule(rule{
	ID:   "entity.zh.model-quoted",
	Doc:  "a name in quotation marks after 模型/产品 in a sentence that releases it: 发布了行业模型“青岚-工匠”",
	Fire: []string{`公司发布了行业模型“青岚工匠”。`},
	Hold: []string{`大模型“价格战”愈演愈烈。`},
})

// ruleEntityModelNamedZh is the ID of the rule described by its Doc; candidates carry it.
var ruleEntityModelNamedZh = defineRule(rule{
	ID:   "entity.zh.model-named",
	Doc:  "a Latin name right after 产品/模型/聊天机器人 or a release verb: 写作产品Zentora, 发布了Vega",
	Fire: []string{`写作产品Zentora很受欢迎。`},
	Hold: []string{`写作产品很受欢迎。`},
})

// ruleEntityModelHanVersion is the ID of the rule described by its Doc; candidates carry it.
var ruleEntityModelHanVersion = defineRule(rule{
	ID:   "entity.zh.model-han-version",
	Doc:  "a Chinese stem, a hyphen and a version: 玄枢-2-7B, 大模型灵犀-2",
	Fire: []string{`公司发布了玄枢-2-7B模型。`},
	Hold: []string{`公司发布了新模型。`},
})

// ruleEntityModelBrand is the ID of the rule described by its Doc; candidates carry it.
var ruleEntityModelBrand = defineRule(rule{
	ID:   "entity.zh.model-brand",
	Doc:  "X大模型 where X is the brand of a company the sentence names, or a proper-name token: 星澜科技…星澜大模型",
	Fire: []string{`星澜科技今天发布了星澜大模型。`},
	Hold: []string{`今天发布了大模型。`},
})

// variantWords may follow a model family and version: Claude 3 Opus,
// Qwen-Turbo, Llama-2-Chat, Phi-3-mini.
var variantWords = vocabSet("en-model-variant-words")

// notVersionPart end a hyphenated word that is not a model name: Llama-based.
var notVersionPart = vocabSet("en-model-not-version-part")

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
			if d := dateStamp(text[k:]); d > 0 && sep == 1 && text[j] == '-' && (parts > 0 || d > 4 || versionedEnd(text[:j])) {
				// a snapshot date: GPT-4V-1106, o1-2024-12-17
				parts++
				j = k + d
				end = j
				continue
			}
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
		for m < len(text) && (text[m] >= '0' && text[m] <= '9' || text[m] >= 'a' && text[m] <= 'z' || text[m] >= 'A' &&
			text[m] <= 'Z' || (text[m] == '.' && m+1 < len(text) && text[m+1] >= '0' && text[m+1] <= '9')) {
			m++
		}
		w := text[k:m]
		if notVersionPart[strings.ToLower(w)] {
			break
		}
		if !variantWords[strings.ToLower(w)] && !versionTag(w) && (text[j] != '-' || len(w) > 12) {
			break
		}
		if text[j] == ' ' && !versionTag(w) {
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

// dateStamp returns the length of a snapshot date that opens s (1106,
// 0409, 2024-12-17), or 0: a month and a day, or a full date, not
// followed by more digits.
func dateStamp(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n < len(s) && (s[n] < 0x80 && isLatinAlnum(rune(s[n]))) {
		return 0
	}
	switch {
	case n == 4 && len(s) >= 10 && s[4] == '-' && s[7] == '-' && digitsOnly(s[5:7]) && digitsOnly(s[8:10]) && (len(s) == 10 || s[10] >= 0x80 || !isLatinAlnum(rune(s[10]))):
		if s[:2] == "20" && s[5:7] >= "01" && s[5:7] <= "12" {
			return 10
		}
	case n == 4 && s[:2] >= "01" && s[:2] <= "12" && s[2:4] >= "01" && s[2:4] <= "31":
		return 4
	}
	return 0
}

// versionedEnd reports a name that already ends in a version (GPT-4V,
// GPT-4): a snapshot date may follow it directly.
func versionedEnd(before string) bool {
	n := len(before)
	if n > 0 && before[n-1] >= 'A' && before[n-1] <= 'z' {
		n--
	}
	return n > 0 && n < len(before)+1 && before[n-1] >= '0' && before[n-1] <= '9'
}

// digitsOnly reports a non-empty run of ASCII digits.
func digitsOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// versionTag reports a version written as v5, V6 or v2.1.
func versionTag(w string) bool {
	if len(w) < 2 || (w[0] != 'v' && w[0] != 'V') {
		return false
	}
	for i := 1; i < len(w); i++ {
		if !(w[i] >= '0' && w[i] <= '9' || w[i] == '.' && i > 1 && i+1 < len(w)) {
			return false
		}
	}
	return true
}

// models finds models the lexicon does not know: a capitalised name with a
// version near a word for model ("Zeta-2模型", "the Orion-7B model"), a
// product named after 产品/聊天机器人, and "X大模型". Each step reads one
// kind of context, in this order (candidates of equal length and priority
// keep it).
//
// words are the sentence's latinWords, split once for every recognizer.
func (x *Extractor) models(doc *document, s sentence, words []word) []candidate {
	m := &modelScan{x: x, doc: doc, text: doc.text[:s.End], s: s}
	m.versioned(words)
	m.knownInHyphenated(words)
	m.quoted()
	m.latinAfterNoun()
	m.latinReleased()
	m.hanHyphenated()
	m.out = append(m.out, x.hanVersionModels(doc, s)...)
	m.out = append(m.out, x.cuedModels(doc, s)...)
	m.brandModel()
	m.properModel()
	return m.out
}

// modelScan is one sentence on its way through the steps of models.
type modelScan struct {
	x    *Extractor
	doc  *document
	text string // the article up to the sentence's end
	s    sentence
	out  []candidate
}

// versioned finds a capitalised name with a version near a word for model
// or a release (Zeta-2模型, the Orion-7B model), or one that carries a
// size or a strong variant word.
func (p *modelScan) versioned(words []word) {
	x, text, s := p.x, p.text, p.s
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
		if !known && !modelContext(after) && !hasSizePart(text[fam:end]) && !strongVersion(text[fam:end]) && !releasedBefore(text[s.Start:w.Start]) && !listedAfterModel(text[s.Start:w.Start], p.out) {
			continue
		}
		c := candidate{span: span{w.Start, end}, ty: codeOf(Model), name: text[w.Start:end], prio: 1, rule: refOf(ruleEntityModelVersion)}
		if known {
			c.rule = refOf(ruleEntityModelFamily)
		}
		p.out = append(p.out, c)
	}
}

// knownInHyphenated finds a hyphenated name with a known model in it:
// Taiwan-Llama, Llama-3-Taiwan.
func (p *modelScan) knownInHyphenated(words []word) {
	x := p.x
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
				p.out = append(p.out, candidate{span: w.span, ty: codeOf(Model), name: w.text, prio: 2, rule: refOf(ruleEntityModelFamily)})
				break
			}
		}
	}
}

// quoted finds a name in quotation marks after 模型/产品: 行业模型“青岚-工匠”.
func (p *modelScan) quoted() {
	text, s := p.text, p.s
	for _, cue := range []string{"模型“", "模型「", "产品“", "產品「", "模型\"", "model \""} {
		for start := range occurrences(text, cue, s.Start) {
			at := start + len(cue)
			end := strings.IndexAny(text[at:], "”」\"")
			if end <= 0 || utf8.RuneCountInString(text[at:at+end]) > 12 || clauseBreak(text[at:at+end]) {
				continue
			}
			if !namedOrReleased(text[max(s.Start, at-90):at]) {
				continue // 大模型“价格战”: a topic in quotes, not a name
			}
			p.out = append(p.out, candidate{span: span{at, at + end}, ty: codeOf(Model), name: text[at : at+end], prio: 2, rule: refOf(ruleEntityModelQuoted)})
		}
	}
}

// latinAfterNoun finds a Latin product name after 产品/模型/聊天机器人:
// 写作产品HyperWrite.
func (p *modelScan) latinAfterNoun() {
	x, text, s := p.x, p.text, p.s
	for _, cue := range []string{"产品", "產品", "模型", "聊天机器人", "聊天機器人", "助手", "引擎", "chatbot "} {
		for start := range occurrences(text, cue, s.Start) {
			at := start + len(cue)
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
			p.out = append(p.out, candidate{span: span{at, j}, ty: codeOf(Model), name: name, prio: 1, rule: refOf(ruleEntityModelNamedZh)})
		}
	}
}

// latinReleased finds a Latin name right after a release verb: 国科会推出的TAIDE,
// 发布了Vega.
func (p *modelScan) latinReleased() {
	x, text, s := p.x, p.text, p.s
	for _, v := range devVerbsZh {
		for start := range occurrences(text, v, s.Start) {
			at := start + len(v)
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
			p.out = append(p.out, candidate{span: span{at, j}, ty: codeOf(Model), name: name, prio: 1, rule: refOf(ruleEntityModelNamedZh)})
		}
	}
}

// hanHyphenated finds a hyphenated name after 模型 or a release verb:
// 大模型灵犀-2, 发布了混元-T1.
func (p *modelScan) hanHyphenated() {
	x, text, s := p.x, p.text, p.s
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
		p.out = append(p.out, candidate{span: span{a, b}, ty: codeOf(Model), name: name, prio: 1, rule: refOf(ruleEntityModelHanVersion)})
	}
}

// brandModel finds X大模型 where X is the brand of a company the sentence
// names: 星澜科技…星澜大模型.
func (p *modelScan) brandModel() {
	text, s := p.text, p.s
	if strings.Contains(text[s.Start:], "模型") {
		for at := range occurrences(text, "模型", s.Start) {
			from := at + len("模型")
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
					p.out = append(p.out, candidate{span: span{st, from}, ty: codeOf(Model), name: text[st:from], prio: 1, rule: refOf(ruleEntityModelBrand)})
					break
				}
			}
		}
	}
}

// properModel finds X大模型 where X is a proper-name token.
func (p *modelScan) properModel() {
	doc, text, s := p.doc, p.text, p.s
	for _, cue := range []string{"大模型"} {
		for at := range occurrences(text, cue, s.Start) {
			tok := doc.tokenEndingAt(at)
			if tok == nil || utf8.RuneCountInString(tok.word(doc.text)) < 2 || !properTag(tok.Pos()) || genericModelWord[tok.word(doc.text)] {
				continue
			}
			p.out = append(p.out, candidate{span: span{tok.Start(), at + len(cue)}, ty: codeOf(Model), name: tok.word(doc.text) + cue, prio: 1, rule: refOf(ruleEntityModelBrand)})
		}
	}
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
var numberedThing = vocabSet("en-model-numbered-things")

// releasedBefore reports an English release verb right before a name:
// "Ferrox unveiled Tamar 2", "the lab open-sourced Vega-3".
func releasedBefore(before string) bool {
	for _, v := range []string{", which makes ", ", which built ", ", which developed ", ", which created ", "company behind ", "startup behind ", "lab behind ", "team behind ", "firm behind "} {
		if strings.HasSuffix(before, v) {
			return true // Quillon Labs, which makes Vega-3; the company behind Vega-3
		}
	}
	for _, v := range []string{" released ", " unveiled ", " launched ", " open-sourced ", " introduced ", " debuted ", " releases ", " unveils ",
		" launches ", " open-sources ", " introduces ", " shipped ", " ships ", " built ", " trained ", " fine-tuned "} {
		subj, ok := strings.CutSuffix(before, v)
		if !ok {
			continue
		}
		if m := timeTail.FindStringIndex(subj); m != nil && m[0] > 0 {
			subj = subj[:m[0]] // Fjordly AI on Tuesday released, Mistral AI in May released
		}
		for _, c := range theOrgNouns { // coref.go's vocabulary
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
var timeTail = regexp.MustCompile(`(?:,? (?:on|in|last|this|earlier|later|late|early) (?:this |last |next )?[A-Za-z0-9]+,?| today| yesterday|` +
	` also| has| have| had| quietly| officially| recently| finally| now| just)+$`)

// startsWithArticleWord reports an apposition that opens with a/an/the.
func startsWithArticleWord(s string) bool {
	return strings.HasPrefix(s, "a ") || strings.HasPrefix(s, "an ") || strings.HasPrefix(s, "the ")
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
		out = append(out, candidate{span: span{a, end}, ty: codeOf(Model), name: name, prio: 1, rule: refOf(ruleEntityModelHanVersion)})
	}
	return out
}

// hardwareWordsZh name products that are not models: 芯片, 手机, 框架.
var hardwareWordsZh = vocabWords("zh-model-hardware-words")

// hardwareAfter reports a product word after a name: 发布了Blackwell架构芯片
// releases a chip, not a model.
func hardwareAfter(rest string) bool {
	for _, w := range hardwareWordsZh {
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
	for _, w := range []string{" was distilled from", " was fine-tuned from", " was finetuned from", " is a version of", " is a fine-tuned",
		" is built on", " is based on", " was built on", " was trained on top of", ", which ", "蒸馏自", "微调自", "衍生自"} {
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
	// SigLIP-So400m 视觉编码器: a model part, after a modifier of up to three characters
	for i, n := 0, 0; n <= 3 && i < len(after); n++ {
		for _, w := range []string{"编码器", "編碼器", "解码器", "解碼器", "encoder"} {
			if strings.HasPrefix(after[i:], w) {
				return true
			}
		}
		r, size := utf8.DecodeRuneInString(after[i:])
		if !unicode.Is(unicode.Han, r) {
			break
		}
		i += size
	}
	return false
}

// strongVariants are variant words that, joined by a hyphen, only a model's
// name carries: Yi-VL-Plus, Nova-7-Instruct, Orca-Chat.
var strongVariants = vocabSet("en-model-strong-variants")

// strongVersion reports a version with a hyphen-joined strong variant word.
func strongVersion(version string) bool {
	for _, p := range strings.Split(version, "-")[1:] {
		if strongVariants[strings.ToLower(strings.TrimSpace(p))] {
			return true
		}
	}
	return false
}

// isModelCopula matches "is the latest model" after a name.
var isModelCopula = regexp.MustCompile(`^ (?:is|was) (?:an?|the|its|their) (?:[\w-]+ ){0,3}(?:model|LLM|chatbot)\b`)

// derivedCopula matches "is a distilled version of", "is derived from"
// after a name.
var derivedCopula = regexp.MustCompile(`^,? (?:(?:is|was) (?:(?:an?|the) (?:[\w-]+ ){0,3}(?:version|variant|fine-tune|finetune|derivative|` +
	`distillation|successor) of|(?:derived|distilled|fine-tuned|finetuned|adapted) from) [A-Z]|` +
	`uses [A-Z][^,.;]{0,30}? as (?:its|a|the) (?:base|foundation|backbone))`)

// releasedClause reports "Quillon released" at the start of a which-clause.
func releasedClause(s string) bool {
	w := strings.Fields(s)
	return len(w) >= 2 && unicode.IsUpper(firstRune(w[0])) && (w[1] == "released" || w[1] == "launched" || w[1] == "unveiled" || w[1] == "open-sourced" || w[1] == "built" || w[1] == "trained")
}

// genericModelWord are words before 大模型 that describe it, not name it.
var genericModelWord = vocabSet("zh-model-generic-words")

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
func (x *Extractor) commonWordAcross(text string, toks []token, i int) bool {
	k := sort.Search(len(toks), func(k int) bool { return toks[k].End() > i })
	if k == len(toks) || toks[k].Start() >= i || i >= toks[k].End() {
		return false
	}
	freq, _, ok := x.seg.dict.Lookup(toks[k].word(text))
	return ok && freq >= 1000
}

// tokenStartingAt finds the token that starts at byte i.
func (doc *document) tokenStartingAt(i int) *token {
	k := sort.Search(len(doc.tokens), func(k int) bool { return doc.tokens[k].Start() >= i })
	if k < len(doc.tokens) && doc.tokens[k].Start() == i {
		return &doc.tokens[k]
	}
	return nil
}

// tokenEndingAt finds the token that ends at byte i.
func (doc *document) tokenEndingAt(i int) *token {
	k := sort.Search(len(doc.tokens), func(k int) bool { return doc.tokens[k].End() >= i })
	if k < len(doc.tokens) && doc.tokens[k].End() == i {
		return &doc.tokens[k]
	}
	return nil
}

// zhOrgTokenHeads end an organization's name in Chinese, as tokens.
var zhOrgTokenHeads = vocabSet("zh-name-org-token-heads")

// zhOrgTokenHeadPairs are two-token heads: 有限/公司, 研究/院.
var zhOrgDescriptors = vocabSet("zh-name-org-descriptors")
