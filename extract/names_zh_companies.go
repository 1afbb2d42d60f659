package extract

// Mentions stage, Chinese companies and offices: a brand and descriptor
// before a job title or a verb (弘睿咨询首席执行官, 星衍智能宣布), a name
// before 公司 or a research unit and a title, a government office (广东省委
// 网信办), and organization heads in the tokens (chineseOrgs). Reads the
// sentence's tokens (segment.go) and the lexicon.

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ruleEntityOrgDescriptorZh is the ID of the rule described by its Doc; candidates carry it.
var ruleEntityOrgDescriptorZh = defineRule(rule{
	ID:   "entity.zh.org-descriptor",
	Doc:  "a brand and a descriptor before a job title and a person: 弘睿咨询首席执行官王磊",
	Fire: []string{`弘睿咨询首席执行官王磊在会上发言。`},
	Hold: []string{`首席执行官在会上发言。`},
})

// ruleEntityCompanyVerbZh is the ID of the rule described by its Doc; candidates carry it.
var ruleEntityCompanyVerbZh = defineRule(rule{
	ID:   "entity.zh.company-verb",
	Doc:  "a short brand and descriptor before a verb or a time word: 星衍智能宣布",
	Fire: []string{`星衍智能宣布完成新一轮融资。`},
	Hold: []string{`公司宣布完成新一轮融资。`},
})

// ruleEntityOfficeZh is the ID of the rule described by its Doc; candidates carry it.
var ruleEntityOfficeZh = defineRule(rule{
	ID:   "entity.zh.office",
	Doc:  "a local government office with its province or city: 广东省委网信办",
	Fire: []string{`广东省委网信办发布了通知。`},
	Hold: []string{`网信办发布了通知。`},
})

// ruleEntityLatinOrgZh is the ID of the rule described by its Doc; candidates carry it.
var ruleEntityLatinOrgZh = defineRule(rule{
	ID:   "entity.zh.latin-org",
	Doc:  "a Latin name with 公司 or a lab in Chinese text, or before a job title and a person: Quantora公司, Corvell分析师",
	Fire: []string{`Quantora公司发布了新产品。`},
	Hold: []string{`公司发布了新产品。`},
})

// ruleEntityOrgBeforeTitleZh is the ID of the rule described by its Doc; candidates carry it.
var ruleEntityOrgBeforeTitleZh = defineRule(rule{
	ID:   "entity.zh.org-before-title",
	Doc:  "a Chinese name before 公司 or a research unit, a job title and a person: 深蓝智算公司首席技术官沈一鸣",
	Fire: []string{`深蓝智算公司首席技术官沈一鸣在会上发言。`},
	Hold: []string{`公司首席技术官在会上发言。`},
})

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
var zhLegalTails = vocabWords("zh-name-legal-tails")

// genericOrgWords stand before a company's name, not inside it: 初创企业帧语科技,
// 台北新創語森科技.
var genericOrgWords = vocabWords("zh-name-generic-org-words")

// zhDescribedOrgBeforeTitle finds an organization named by a short name and
// a descriptor or head right before a job title and a person (弘睿咨询合伙人
// 邵一鸣, 帧语科技的CEO祁安), reading characters since the segmenter splits
// unknown brands.
func (x *Extractor) zhDescribedOrgBeforeTitle(doc *document, s sentence) []candidate {
	text := doc.text[:s.End]
	var out []candidate
	for _, h := range zhDescribedHeads {
		for at := range occurrences(text, h.head, s.Start) {
			from := at + len(h.head)
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
			if x.dictWord(lastRunes2(text[j:at])+h.head, 50) {
				continue // 研究人工智能安全的学者: 人工智能 is a word, not a brand and 智能
			}
			name := text[j:from]
			if x.lex.ignored(name) || len(x.lex.lookup(name)) > 0 || x.lexMentionIn(text, span{j, at}) || timeWord(name) {
				continue
			}
			out = append(out, candidate{span: span{j, from}, ty: codeOf(Organization), name: name, prio: 1, rule: refOf(ruleEntityOrgDescriptorZh)})
		}
	}
	return out
}

// lastRunes2 returns the last two characters of s.
func lastRunes2(s string) string {
	k := len(s)
	for n := 0; n < 2 && k > 0; n++ {
		_, size := utf8.DecodeLastRuneInString(s[:k])
		k -= size
	}
	return s[k:]
}

// zhCompanyVerb matches a brand and a company descriptor at the start of
// a clause before what companies do: 曜衡科技宣布, 星衍智能今天发布.
var zhCompanyVerb = regexp.MustCompile(`(?:^|[，。；：、“”「」（）,;:\s]|[的由与與和及在据據而]|新创|新創|初创|初創|创业公司|創業公司|随后|隨後|同时|同時|此外|其中|另外)(\p{Han}{2,3}(?:科技|智能|公司|集团|` +
	`集團|资本|資本|证券|證券|网络|網路|数据|數據|软件|軟體))(?:公司)?(?:宣布|发布|發布|發表|发表|推出|完成|获得|獲得|表示|称|稱|今天|今日|近日|日前|昨天|昨日|上周|上週|本周|本週|` +
	`上月|本月|今年|去年|开源|開源|上线|上線|正式|也|则|則|已|将|將|的|成立于|成立於|总部|總部|介绍|介紹|透露|旗下)`)

// zhVerbDescriptors are the descriptors zhCompanyVerb needs, checked first.
var zhVerbDescriptors = vocabWords("zh-name-verb-descriptors")

// legalNameGiven reports whether text gives name's legal form (name有限公司,
// name股份): then that rule names the company, not this one.
func legalNameGiven(text, name string) bool {
	return strings.Contains(text, name+"有限") || strings.Contains(text, name+"股份") || strings.Contains(text, name+"科技有限")
}

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
var zhPlaces = vocabWords("zh-name-places")

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
		if tok := doc.tokenStartingAt(s.Start + a); tok != nil && tok.Pos() == "ns" && len(brand) > len(tok.word(doc.text))+3 {
			brand = brand[len(tok.word(doc.text)):] // the brand of 苏州海川科技 is 海川
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
		if doc.fact(legalNameGiven, name) {
			continue // the short form of a legal name the article gives: that rule names it
		}
		out = append(out, candidate{span: span{s.Start + a, s.Start + b}, ty: codeOf(Organization), name: name, prio: 1, rule: refOf(ruleEntityCompanyVerbZh)})
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
		out = append(out, candidate{span: span{s.Start + a, s.Start + b}, ty: codeOf(Organization), name: name, prio: 1, rule: refOf(ruleEntityOfficeZh)})
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
var titleLead = vocabSet("zh-name-title-lead")

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
// before a job title and a person (Corvell分析师Elena Marsh). words are
// the sentence's latinWords, split once for every recognizer.
func (x *Extractor) chineseOrgs(doc *document, s sentence, words []word) []candidate {
	text := doc.text[:s.End]
	var out []candidate
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
				out = append(out, candidate{span: span{nameSpan.Start, end}, ty: codeOf(Organization), name: name, prio: 2, rule: refOf(ruleEntityLatinOrgZh)})
				break
			}
			if h := labSuffix(rest); h > 0 {
				out = append(out, candidate{span: span{nameSpan.Start, nameSpan.End + h}, ty: codeOf(Organization), name: text[nameSpan.Start : nameSpan.End+h], prio: 2, rule: refOf(ruleEntityLatinOrgZh)})
				break
			}
			if k == i && !unicode.IsDigit(first) && !strings.HasPrefix(rest, ")") && !strings.HasPrefix(rest, "）") && titleThenPerson(rest) {
				out = append(out, candidate{span: nameSpan, ty: codeOf(Organization), name: name, prio: 1, rule: refOf(ruleEntityLatinOrgZh)})
				break
			}
			break
		}
		i = j - 1
	}
	return out
}

// genericLatin are Latin words Chinese texts use as common nouns.
var genericLatin = vocabSet("en-name-generic-latin")

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

// hasOrgHead reports a Chinese name that ends like an organization.
func hasOrgHead(s string) bool {
	for _, h := range zhOrgHeads {
		if strings.HasSuffix(s, h) {
			return true
		}
	}
	return false
}

var zhOrgHeads = vocabWords("zh-name-org-heads")

// verbWord reports a word the dictionary knows as a verb or an
// abbreviated verb phrase (研发, 开发), whatever the tagger said in context.
func (x *Extractor) verbWord(w string) bool {
	if x.seg == nil {
		return false
	}
	f, pos, ok := x.seg.dict.Lookup(w)
	return ok && f >= 100 && (strings.HasPrefix(pos, "v") || pos == "j")
}

// allVerbNouns reports tokens that are all verbal nouns (研发, 开发).
func allVerbNouns(toks []token) bool {
	for _, t := range toks {
		if t.Pos() != "vn" {
			return false
		}
	}
	return len(toks) > 0
}

// zhNameBeforeTitle finds a Chinese company named right before a job
// title and a person (深蓝智算公司首席技术官沈一鸣): the tokens before 公司
// that are nouns, not pronouns or numbers.
func (x *Extractor) zhNameBeforeTitle(doc *document, s sentence) []candidate {
	var out []candidate
	toks := doc.sentenceTokens(s)
	for i, tk := range toks {
		if !zhOrgTokenHeads[tk.word(doc.text)] || i == 0 || !titleThenPerson(doc.text[tk.End():s.End]) {
			continue
		}
		legal := tk.word(doc.text) == "公司" || tk.word(doc.text) == "集团" || tk.word(doc.text) == "集團" // the name is what stands before
		j := i
		for j > 0 && i-j < 3 && toks[j-1].End() == toks[j].Start() && nameTag(toks[j-1].Pos()) && hasHan(toks[j-1].word(doc.text)) && !titleLead[toks[j-1].word(doc.text)] {
			j--
		}
		if j == i || utf8.RuneCountInString(doc.text[toks[j].Start():tk.Start()]) < 2 {
			continue
		}
		if allVerbNouns(toks[j:i]) || i-j == 1 && x.verbWord(toks[j].word(doc.text)) {
			continue // ChatGPT研发公司OpenAI: what the company does, not its name
		}
		sp := span{toks[j].Start(), tk.End()}
		name := doc.text[sp.Start:sp.End]
		if x.lex.ignored(name) || len(x.lex.lookup(name)) > 0 {
			continue
		}
		name = doc.text[sp.Start:tk.Start()]
		if !legal {
			name = doc.text[sp.Start:sp.End] // 台灣人工智慧實驗室: the head is part of the name
		}
		out = append(out, candidate{span: sp, ty: codeOf(Organization), name: name, prio: 1, rule: refOf(ruleEntityOrgBeforeTitleZh)})
	}
	// The segmenter cuts traditional text badly (實驗/室): read the characters
	// themselves, back from a research-unit head to a function word.
	text := doc.text[:s.End]
	for _, h := range []string{"实验室", "實驗室", "研究院", "研究所", "研究中心"} {
		for at := range occurrences(text, h, s.Start) {
			from := at + len(h)
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
				out = append(out, candidate{span: span{j, from}, ty: codeOf(Organization), name: name, prio: 1, rule: refOf(ruleEntityOrgBeforeTitleZh)})
			}
		}
	}
	return out
}
