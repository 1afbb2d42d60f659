package extract

// Mentions stage, models named by the words around them (rule families
// entity.*.model-cued): in English text a possessive, "its X product", "a
// new model, X", "X, a model developed by Y"; in Chinese text 发布了百川4,
// 星火3.5大模型, and Latin names cued by their authors (Mamba作者), an
// architecture (Mamba 架构), a parenthesis after 新模型 or a paper title.
// Reads the sentence text and the lexicon.

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ruleEntityModelCuedEn is the ID of the rule described by its Doc; candidates carry it.
var ruleEntityModelCuedEn = defineRule(rule{
	ID:   "entity.en.model-cued",
	Doc:  "a name that English words around it make a model: Quillon's Tessera models, a new model, Corvid-3",
	Fire: []string{`Quillon's Tessera models are cheap.`},
	Hold: []string{`Quillon's models are cheap.`},
})

// ruleEntityModelCuedZh is the ID of the rule described by its Doc; candidates carry it.
var ruleEntityModelCuedZh = defineRule(rule{
	ID:   "entity.zh.model-cued",
	Doc:  "a Chinese model name cued by a release verb or 大模型: 发布了鲸语4, 星火3.5大模型",
	Fire: []string{`公司发布了鲸语4。`},
	Hold: []string{`公司发布了新品。`},
})

// ruleEntityModelLatinCuedZh is the ID of the rule described by its Doc; candidates carry it.
var ruleEntityModelLatinCuedZh = defineRule(rule{
	ID:   "entity.zh.model-latin-cued",
	Doc:  "a Latin model name in Chinese text cued by its authors, an architecture, 模型（…） or a paper title: Zephyrix架构",
	Fire: []string{`研究者提出了Zephyrix架构。`},
	Hold: []string{`研究者提出了新架构。`},
})

// cuedModelRules gives each pattern of cuedModelRes its rule: the Chinese
// patterns (Han in the expression) entity.zh.model-cued, the others
// entity.en.model-cued.
var cuedModelRules = func() []string {
	out := make([]string, len(cuedModelRes))
	for i, re := range cuedModelRes {
		out[i] = ruleEntityModelCuedEn
		if hasHan(re.String()) {
			out[i] = ruleEntityModelCuedZh
		}
	}
	return out
}()

// architectureWords name kinds of models, not models: Transformer 架构,
// SSM 架构, MoE.
var architectureWords = vocabSet("en-model-architecture-words")

// latinModelName is a Latin model name: one to three capitalised words, or
// a word with digits or hyphens (S4, MLP-Mixer, Sonic Preview).
const latinModelName = `[A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*(?: [A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*){0,2}`

// zhModelCues are the patterns; each has one group, the name.
var zhModelCues = []*regexp.Regexp{
	regexp.MustCompile(`(?:^|[^A-Za-z0-9.-])(` + latinModelName + `) ?作者`),
	regexp.MustCompile(`(?:^|[^A-Za-z0-9 .-] ?)(` + latinModelName + `) ?(?:架构|架構)`),
	regexp.MustCompile(`(?:架构|架構|产品|產品) ?(` + latinModelName + `)(?:$|[^A-Za-z0-9.-])`),
	regexp.MustCompile(`模型 ?[（(](` + latinModelName + `)[)）]`),
	regexp.MustCompile(`《(` + latinModelName + `)(?: \([A-Za-z0-9-]+\))?: `),
	regexp.MustCompile(`^(` + latinModelName + `)(?: \([A-Za-z0-9-]+\))?: [A-Z]`),
}

// zhModelCueKeys are the words one of which each pattern needs.
var zhModelCueKeys = [][]string{{"作者"}, {"架构", "架構"}, {"架构", "架構", "产品", "產品"}, {"模型"}, {"《"}, {": "}}

// zhCuedModels finds Latin model names in Chinese sentences by the cues of
// zhModelCues. A paper title must open with a coined name (FlexiViT,
// MLP-Mixer, Big Transfer (BiT)), not with common words.
func (x *Extractor) zhCuedModels(doc *document, s sentence) []candidate {
	text := doc.text[s.Start:s.End]
	if !hasHan(text) {
		return nil
	}
	var out []candidate
	for i, re := range zhModelCues {
		if !containsAny(text, zhModelCueKeys[i]) {
			continue
		}
		for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
			a, b := m[2], m[3]
			name := text[a:b]
			if architectureWords[name] || genericLatin[name] || notNameWord[name] || x.lex.ignored(name) || len(name) < 2 {
				continue
			}
			if rest := strings.TrimPrefix(text[b:], " "); i == 1 && hardwareAfter(rest[min(len(rest), len("架构")):]) {
				continue // Blackwell架构芯片: a chip's architecture
			}
			if i >= 4 && !coinedName(name) && !strings.Contains(text[b:min(len(text), b+4)], "(") {
				continue // 《Scaling Laws: …》: a paper title of common words
			}
			if l := x.lex.lookup(name); len(l) > 0 && x.lex.lookupType(name, Model) == nil {
				continue
			}
			out = append(out, candidate{span: span{s.Start + a, s.Start + b}, ty: codeOf(Model), name: name, prio: 1, rule: refOf(ruleEntityModelLatinCuedZh)})
		}
	}
	return out
}

// coinedName reports a name no dictionary has: one word with a capital
// inside it, a digit or a hyphen (FlexiViT, UViM, S4, MLP-Mixer).
func coinedName(name string) bool {
	if strings.Contains(name, " ") {
		return false
	}
	for i, r := range name {
		if i > 0 && unicode.IsUpper(r) || unicode.IsDigit(r) || r == '-' {
			return utf8.RuneCountInString(name) >= 2
		}
	}
	return false
}

// cuedModelRes name a model by the words around it: "Amazon's Nova
// models", "Quillon's new model, Corvid-3", "its Halcyon Inspect product",
// 发布了百川4, 星火3.5大模型.
var cuedModelRes = []*regexp.Regexp{
	regexp.MustCompile(`[A-Za-z](?:['’]s|s['’]) (?:[a-z][\w-]* ){0,3}(?:model|models|chatbot|assistant|LLM),? ([A-Z][\w.-]*[\w](?: \d[\w.]*)?)`),
	regexp.MustCompile(`[A-Za-z](?:['’]s|s['’]) ([A-Z][\w-]*[a-z][\w-]*(?: \d[\w.]*)?) (?:models|model|family of models|chatbot|assistant|LLMs?)\b`),
	regexp.MustCompile(`\b(?:its|their) ([A-Z][\w-]+(?: [A-Z][\w-]+)?) (?:product|app|assistant|chatbot|model)\b`),
	regexp.MustCompile(`\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir) (?:new |latest |flagship |open |open-weight |own |first |next )*(?:model|` +
		`chatbot|LLM),? (?:called |named |dubbed )?([A-Z][A-Za-z]*(?:-[\w.]+|\d[\w.]*)+)`),
	regexp.MustCompile(`(?:发布了?|發布了?|推出了?|开源了?|開源了?|上线了?|上線了?)(\p{Han}{2,4}\d+(?:\.\d+)?)`),
	regexp.MustCompile(`\b(?:released|unveiled|launched|introduced|open-sourced|debuted|shipped|releases|unveils|launches|` +
		`introduces) ([A-Z][a-z][\w-]*(?: \d[\w.]*)?), (?:an?|its|their) (?:[\w-]+ ){0,3}(?:model|LLM|chatbot)\b`),
	regexp.MustCompile(`([A-Z][a-z][\w-]*(?: \d[\w.]*)?), (?:an?|the) (?:[\w-]+ ){0,3}(?:model|chatbot|LLM|assistant) (?:made|developed|built|created|released|trained|launched) by [A-Z]`),
	regexp.MustCompile(`(\p{Han}{1,6}-[A-Za-z0-9][A-Za-z0-9.-]{0,12})(?:是在|是基于|是基於|基于|基於|由|在|是)[^，。；]{1,24}?(?:基础上|基礎上|微调|微調|蒸馏|蒸餾|衍生)`),
	regexp.MustCompile(`(\p{Han}{1,6}-[A-Za-z0-9][A-Za-z0-9.]{0,9})(?:是|为|為)\p{Han}{2,12}?(?:推出|发布|發布|开发|開發|研发|研發|打造|开源|開源)的`),
	regexp.MustCompile(`(\p{Han}{2,4}\d+(?:\.\d+)?)(?:大模型|模型)`),
	zhOrgModelRe,
	regexp.MustCompile(`\b[Tt]he ([A-Z][\w-]+(?: [A-Z0-9][\w.-]*)?) (?:model|chatbot|LLM|assistant) (?:from|by|developed by|built by|made by) [A-Z]`),
	regexp.MustCompile(`\b(?:calls|called|names|named|dubs|dubbed) (?:its|their|the) (?:new |latest |first |next )?(?:model|chatbot|assistant|LLM) ([A-Z][\w-]*(?: [A-Z0-9](?:[\w.-]*[\w])?)?)`),
	regexp.MustCompile(`(\p{Han}{2,4}\d+(?:\.\d+)?)(?:已经|已經|已|正式|也)?(?:开源|開源|发布|發布|上线|上線)`),
	regexp.MustCompile(`\b(?:[Tt]he|[Ii]ts|[Tt]heir) ([A-Z][\w.-]*[\w](?: [A-Z0-9][\w.-]*)?) (?:family of (?:AI |language |open |` +
		`open-weight )?models|series of (?:AI |language )?models|model family|chatbot|AI assistant|assistant|LLMs?)\b`),
	regexp.MustCompile(`([A-Z][A-Za-z0-9.-]*[A-Za-z0-9]) ?(?:系列模型|系列大模型|系列开源模型|系列開源模型|系列|家族)`),
}

// zhOrgModelRe matches a company's X大模型: 蓝鲸智能的鲸语大模型.
var zhOrgModelRe = regexp.MustCompile(`(?:智能|科技|公司|集团|集團|实验室|實驗室|研究院|AI)(?:的|旗下的?|推出的|发布的|發布的|自研的)(\p{Han}{2,4})大模型`)

// cuedModelKeys are words one of which each pattern of cuedModelRes needs.
var cuedModelKeys = [][]string{{"'s", "’s", "s'", "s’"}, {"'s", "’s", "s'", "s’"}, {"its ", "their "}, {"model", "chatbot", "LLM"},
	{"发布", "發布", "推出", "开源", "開源", "上线", "上線"}, {"released ", "unveiled ", "launched ", "introduced ", "open-sourced ", "debuted ", "shipped ", "releases ", "unveils ", "launches ", "introduces "},
	{"made by ", "developed by ", "built by ", "created by ", "released by ", "trained by ", "launched by "},
	{"基础上", "基礎上", "微调", "微調", "蒸馏", "蒸餾", "衍生"},
	{"推出的", "发布的", "發布的", "开发的", "開發的", "研发的", "研發的", "打造的", "开源的", "開源的"}, {"模型"}, {"大模型"}, {" model from", " model by", " model developed",
		" model built", " model made", " chatbot from", " chatbot by", " LLM from", " assistant from", " assistant by", " chatbot made",
		" chatbot developed"},
	{"calls its", "called its", "names its", "named its", "dubs its", "dubbed its", "calls their", "named their", "called the", "named the", "dubbed the"}, {"开源", "開源", "发布", "發布", "上线", "上線"},
	{"family", "series", "chatbot", "assistant", "LLM"}, {"系列", "家族"}}

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
			if genericLatin[name] || notNameWord[name] || x.lex.ignored(name) || architectureWords[name] {
				continue
			}
			if re == cuedModelRes[len(cuedModelRes)-2] && (notNameWord[strings.Fields(name)[0]] || orgLeadStop[strings.Fields(name)[0]]) {
				continue // the Senate AI assistant, the New York chatbot
			}
			if re == cuedModelRes[3] && !strings.ContainsAny(name, "0123456789") &&
				!isAbbreviation(name[strings.LastIndex(name, "-")+1:]) && !variantWords[strings.ToLower(name[strings.LastIndex(name, "-")+1:])] {
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
			out = append(out, candidate{span: span{s.Start + a, s.Start + a + len(name)}, ty: codeOf(Model), name: name, prio: 1, rule: refOf(cuedModelRules[i])})
		}
	}
	return out
}
