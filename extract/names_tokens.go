package extract

// Mentions stage, names read off the segmenter's tokens (segment.go):
// companies after 创业公司 (entity.zh.company-after-noun), gse name tags and
// legal forms (entity.zh.org-token, entity.zh.person-token), short forms.

import (
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"
)

// ruleEntityCompanyAfterNoun is the ID of the rule described by its Doc; candidates carry it.
var ruleEntityCompanyAfterNoun = defineRule(rule{
	ID:   "entity.zh.company-after-noun",
	Doc:  "a company named after the word for company or community: 创业公司灵犀智能近日, 开发者社区OpenHermit",
	Fire: []string{`开发者社区OpenHermit发布了新工具。`},
	Hold: []string{`开发者社区发布了新工具。`},
})

// ruleEntityOrgTokenZh is the ID of the rule described by its Doc; candidates carry it.
var ruleEntityOrgTokenZh = defineRule(rule{
	ID:   "entity.zh.org-token",
	Doc:  "an organization read off the segmenter's tags: a full legal name, or a proper name, descriptors and a head (北辰咨询公司)",
	Fire: []string{`北京星辰智能科技有限公司发布了产品。`},
	Hold: []string{`这家有限公司发布了产品。`},
})

// ruleEntityPersonTokenZh is the ID of the rule described by its Doc; candidates carry it.
var ruleEntityPersonTokenZh = defineRule(rule{
	ID:   "entity.zh.person-token",
	Doc:  "a three-character name the segmenter tags as a person, starting with a common surname and ending before a stop",
	Fire: []string{`我们昨天见到了张伟东。`},
	Hold: []string{`我们昨天见到了老朋友。`},
})

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
		out = append(out, candidate{span: span{a, b}, ty: codeOf(Organization), name: name, prio: 1, rule: refOf(ruleEntityCompanyAfterNoun)})
	}
	// a Latin name right after a word for a company or community:
	// 开发者社区OpenHermit, 初创公司Lattice Forge
	var after [][]int
	if containsAny(text, orgNounsZh) {
		after = latinAfterOrgNoun.FindAllStringSubmatchIndex(text, -1)
	}
	if containsAny(text, []string{"担任", "擔任", "任职", "任職", "工作", "实习", "實習"}) {
		after = append(after, latinWorkplace.FindAllStringSubmatchIndex(text, -1)...)
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
		out = append(out, candidate{span: span{a, b}, ty: codeOf(Organization), name: name, prio: 1, rule: refOf(ruleEntityCompanyAfterNoun)})
	}
	return out
}

// latinAfterOrgNoun matches a Latin name after a Chinese noun for an
// organization; the name stops before Han text or lower-case words.
var latinAfterOrgNoun = regexp.MustCompile(`(?:` + strings.Join(orgNounsZh, "|") + `) ?([A-Z][A-Za-z0-9&-]*[A-Za-z0-9](?: [A-Z][A-Za-z0-9&-]*[A-Za-z0-9]){0,2})(?: ?[^A-Za-z0-9 .-]|$)`)

// orgNounsZh are Chinese nouns for a company or an organization that a
// Latin name follows: 平台服务商 Cerebrium, 工作室Incarnate Games.
var orgNounsZh = vocabWords("zh-name-org-nouns")

// latinWorkplace matches a Latin name where someone works: 在 Kindred.ai
// 担任过工程师, 曾在Quillon任职.
var latinWorkplace = regexp.MustCompile(`在 ?([A-Z][A-Za-z0-9&.-]*[A-Za-z0-9](?: [A-Z][A-Za-z0-9&.-]*[A-Za-z0-9]){0,2}) ?(?:担任|擔任|任职|任職|工作|实习|實習)`)

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
		if legal := legalOrgAt(doc.text, toks, i); legal > i {
			// a full legal name: (北京)星辰智能科技有限公司
			sp := span{tk.Start(), toks[legal].End()}
			if name := doc.text[sp.Start:sp.End]; !x.lex.ignored(name) && len(x.lex.lookup(name)) == 0 {
				out = append(out, candidate{span: sp, ty: codeOf(Organization), name: name, prio: 1, rule: refOf(ruleEntityOrgTokenZh)})
			}
		}
		if !(tk.Pos() == "nr" || tk.Pos() == "nz" || tk.Pos() == "nt" || tk.Pos() == "nrt" || tk.Pos() == "ns" || tk.Pos() == "eng") || utf8.RuneCountInString(tk.word(doc.text)) < 2 {
			continue
		}
		if x.lex.ignored(tk.word(doc.text)) || len(x.lex.lookup(tk.word(doc.text))) > 0 && tk.Pos() != "ns" {
			goto person
		}
		{
			j := i + 1
			for j < len(toks) && j-i <= 4 && zhOrgDescriptors[toks[j].word(doc.text)] && toks[j].Start() == toks[j-1].End() {
				j++
			}
			direct := j == i+1
			ok := j < len(toks) && toks[j].Start() == toks[j-1].End() && zhOrgTokenHeads[toks[j].word(doc.text)] && !genericLatin[tk.word(doc.text)]
			switch {
			case tk.Pos() == "ns":
				// a place names a university (北京大学), not a company (德國公司)
				ok = ok && direct && (toks[j].word(doc.text) == "大学" || toks[j].word(doc.text) == "大學" || toks[j].word(doc.text) == "学院" || toks[j].word(doc.text) == "學院") && !countryOnly(tk.word(doc.text))
			case tk.Pos() == "nr":
				// gse tags many words nr (智慧): a name needs a descriptor before the head
				ok = ok && !direct
			}
			if ok {
				sp := span{tk.Start(), toks[j].End()}
				name := doc.text[sp.Start:sp.End]
				if h := toks[j].word(doc.text); h == "公司" || h == "集团" || h == "集團" {
					name = doc.text[sp.Start:toks[j].Start()] // TravelAI公司 is TravelAI
				}
				if !x.lex.ignored(name) {
					out = append(out, candidate{span: sp, ty: codeOf(Organization), name: name, prio: 1, rule: refOf(ruleEntityOrgTokenZh)})
				}
				continue
			}
		}
	person:
		if tk.Pos() == "nr" && utf8.RuneCountInString(tk.word(doc.text)) == 3 && isSurnameStart(tk.word(doc.text)) && !notHanName[tk.word(doc.text)] && hasHan(tk.word(doc.text)) &&
			(stopAt(doc.text[:s.End], tk.End()) || strings.HasPrefix(doc.text[tk.End():], "：")) && len(x.lex.lookup(tk.word(doc.text))) == 0 && !x.lex.ignored(tk.word(doc.text)) &&
			!placeBefore(doc.text[s.Start:tk.Start()]) && !placeAfter(doc.text[tk.End():s.End]) && !strings.HasSuffix(doc.text[s.Start:tk.Start()], "在") {
			sp := tk.sp()
			if last, n := utf8.DecodeLastRuneInString(tk.word(doc.text)); strings.ContainsRune(swallowed, last) {
				sp.End -= n // the segmenter glued an adverb to the name: 韩墨曾|是
			}
			out = append(out, candidate{span: sp, ty: codeOf(Person), name: doc.text[sp.Start:sp.End], prio: 1, rule: refOf(ruleEntityPersonTokenZh)})
		}
	}
	return out
}

// legalOrgAt returns the index of the 有限公司 token that ends a company's
// legal name starting at token i (an optional place, a name, descriptive
// words), or -1. The legal suffix is evidence enough that the name before
// it is a proper name even when the segmenter calls it a common noun.
func legalOrgAt(text string, toks []token, i int) int {
	if i > 0 && toks[i-1].End() == toks[i].Start() && (strings.HasPrefix(toks[i-1].Pos(), "n") && toks[i-1].Pos() != "ns") {
		return -1 // not the start of the name
	}
	j := i
	if toks[j].Pos() == "ns" {
		j++
	}
	if j >= len(toks) || !strings.HasPrefix(toks[j].Pos(), "n") && toks[j].Pos() != "eng" || zhOrgDescriptors[toks[j].word(text)] || utf8.RuneCountInString(toks[j].word(text)) < 2 {
		return -1
	}
	j++
	for j < len(toks) && j-i <= 6 && toks[j].Start() == toks[j-1].End() {
		switch toks[j].word(text) {
		case "有限公司", "有限责任公司", "有限責任公司", "股份有限公司":
			return j
		case "公司":
			if toks[j-1].word(text) == "有限" {
				return j
			}
		}
		if !zhOrgDescriptors[toks[j].word(text)] {
			return -1
		}
		j++
	}
	return -1
}

// sentenceTokens returns the tokens inside a sentence.
func (doc *document) sentenceTokens(s sentence) []token {
	lo := sort.Search(len(doc.tokens), func(k int) bool { return doc.tokens[k].Start() >= s.Start })
	hi := lo
	for hi < len(doc.tokens) && doc.tokens[hi].End() <= s.End {
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
