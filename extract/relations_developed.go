// Stage: relations, DEVELOPED: which organization made which model (ORG的
// MODEL, ORG released MODEL, MODEL by ORG, a model named after its maker,
// the lexicon's developer). Reads a sentence's mentions, the text between
// them and the lexicon.

package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Rules of this file (see rules.go).
var (
	// ruleNamedAfterMaker finds a model named after its maker's brand.
	ruleNamedAfterMaker = defineRule(rule{
		ID:   "developed.any.named-after-maker",
		Doc:  "a model named after its maker's brand (DeepSeek -> DeepSeek-R1)",
		Fire: []string{"澄川科技宣布，澄川大模型将于下月上线。"},
		Hold: []string{"澄川科技宣布，鹊桥大模型将于下月上线。"},
	})
	// ruleCompanyReleased finds "the company released M", 该公司发布了M.
	ruleCompanyReleased = defineRule(rule{
		ID:   "developed.any.company-released",
		Doc:  "\"the company released M\", 该公司发布了M: the organization named in the sentences before",
		Fire: []string{"澄川科技创始人王明说很好。该公司今天发布了鹊桥-9B。", "Corvane Robotics raised money on Monday. The company released Corvid-7B in June."},
		Hold: []string{"澄川科技创始人王明说很好。用户今天试用了鹊桥-9B。"},
	})
	// ruleOrgThenModel finds ORG的MODEL, ORG's MODEL, ORG released MODEL and the list after it.
	ruleOrgThenModel = defineRule(rule{
		ID:   "developed.any.org-then-model",
		Doc:  "ORG的MODEL, ORG's MODEL, ORG released MODEL and the list after it",
		Fire: []string{"京东打造的鹊桥-9B已经开源。", "Corvane Robotics launched Corvid-7B and Corvid-9B in May."},
		Hold: []string{"京东的客户，试用了鹊桥-9B。"},
	})
	// ruleModelByOrg finds MODEL by/from ORG, MODEL maker ORG, MODEL由ORG开发.
	ruleModelByOrg = defineRule(rule{
		ID:   "developed.any.model-by-org",
		Doc:  "MODEL by/from ORG, MODEL maker ORG, MODEL由ORG开发",
		Fire: []string{"鹊桥-9B是京东推出的新一代模型。", "Corvid-7B, developed by Corvane Robotics, is small."},
		Hold: []string{"鹊桥-9B是用户最喜欢的模型，京东表示。"},
	})
	// ruleLatterOwns finds 后者旗下…M.
	ruleLatterOwns = defineRule(rule{
		ID:   "developed.zh.latter-owns",
		Doc:  "后者旗下…M: the organization the sentence before named last",
		Fire: []string{"这笔投资来自京东。后者旗下拥有大模型“鹊桥-9B”。", "这笔投资来自京东。后者旗下的鹊桥-9B很受欢迎。"},
		Hold: []string{"这笔投资来自京东。用户喜欢旗下的鹊桥-9B。"},
	})
	// ruleDevelopedLexicon finds the lexicon names the organization of the sentence as the model's developer.
	ruleDevelopedLexicon = defineRule(rule{
		ID:   "developed.any.lexicon",
		Doc:  "the lexicon names the organization of the sentence as the model's developer",
		Fire: []string{"百度今天谈到了文心一言的用户数。"},
		Hold: []string{"百度今天谈到了Claude的用户数。"},
	})
)

// namedAfterMaker relates a model whose name opens with an organization's
// brand to that organization (Nordlys AI -> Nordlys-12B, 玄枢实验室 ->
// 玄枢-2-7B, DeepSeek -> DeepSeek-R1, Meta -> Meta AI): the name itself
// states the maker. A lexicon model whose developer is someone else is
// left alone (a fork named after its base's maker).
func (r *relFinder) namedAfterMaker() {
	lex := r.x.lex
	for _, o := range r.doc.entities {
		if o.Type != Organization {
			continue
		}
		brands := makerBrands(o)
		for _, m := range r.doc.entities {
			if m.Type != Model {
				continue
			}
			if me := lex.entry(Model, m.Name); me != nil && len(me.Attrs["developer"]) > 0 && !r.lexDeveloper(m, o) {
				continue
			}
			if r.otherMakersModelIn(m, o) {
				continue // Formosa-Llama: a fork of someone else's model, whoever Formosa is
			}
		next:
			for _, a := range sortedAliases(m) {
				for _, b := range brands {
					if rest, ok := strings.CutPrefix(a, b); ok && rest != "" && (rest[0] == '-' || rest[0] == ' ' || rest[0] >= '0' && rest[0] <= '9' && !hasHan(b) || rest == "大模型" || rest == "模型") {
						r.add(ruleNamedAfterMaker, Developed, o, m, "", false)
						break next
					}
				}
			}
		}
	}
}

// otherMakersModelIn reports a part of m's name that the lexicon knows as
// a model some other organization develops (Llama in Formosa-Llama).
func (r *relFinder) otherMakersModelIn(m, o *entity) bool {
	for _, part := range strings.FieldsFunc(m.Name, func(c rune) bool { return c == '-' || c == ' ' }) {
		pe := r.x.lex.lookupType(part, Model)
		if pe == nil || len(pe.Attrs["developer"]) == 0 {
			continue
		}
		if !r.lexDeveloper(&entity{Name: pe.Name, Type: Model}, o) {
			return true
		}
	}
	return false
}

// makerBrands lists the forms of an organization a model name may start
// with: its Latin names of one word of three letters or more, the
// distinctive word of a company name (Nordlys AI -> Nordlys), and the
// Chinese brand before a descriptor or a lab head (玄枢实验室 -> 玄枢).
func makerBrands(o *entity) []string {
	var out []string
	for _, a := range sortedAliases(o) {
		switch {
		case hasHan(a):
			for _, h := range append([]string{"实验室", "實驗室", "研究院", "公司", "集团", "集團"}, zhBrandTails...) {
				if b, ok := strings.CutSuffix(a, h); ok && allHan(b) && utf8.RuneCountInString(b) >= 2 {
					out = append(out, b)
				}
			}
		case !strings.Contains(a, " ") && len(a) >= 3:
			out = append(out, a)
		default:
			if b := shortBrand(a); b != "" {
				out = append(out, b)
			}
		}
	}
	return out
}

// companyReleasedRe ends the text before a model with "the company
// released" or 公司(今天)发布了: the maker is the company named before.
// The words for the company are coref.go's vocabulary.
var companyReleasedRe = regexp.MustCompile(`(?:^|[\s，。,;；])(?:[Tt]he (?:` + enOrgNounAlt + `)|` + zhOrgAnaphorAlt + `|公司)(?: (?:also|then|later|has|had|on \w+|last \w+|this \w+))*(?: (?:released|` +
	`launched|unveiled|open-sourced|introduced|built|trained|developed)(?: its| a| the| an)?(?: new| latest| open| flagship| first)*(?: model| models|` +
	` chatbot| assistant)?,? ?|(?:近日|今天|今日|昨天|昨日|日前|随后|隨後|也|还|還|已|此前|去年|今年)*(?:发布|發布|推出|开源|開源|上线|上線|发表|發表)了?(?:其|旗下)?(?:最新的?|新一代|首款|自研的?)?(?:大模型|` +
	`模型)?)$`)

// companyReleased reads "The company released M" and 该公司发布了M: the
// organization is the one coref says the words stand for (orgWindow).
func (r *relFinder) companyReleased(s sentence, ms []mention) {
	text := r.doc.text
	for _, m := range ms {
		if m.Entity.Type != Model {
			continue
		}
		lead := text[max(s.Start, m.Start-60):m.Start]
		loc := companyReleasedRe.FindStringIndex(lead)
		if loc == nil {
			continue
		}
		org := r.orgBefore(m.Start-len(lead)+loc[0], lead[loc[0]:])
		r.add(ruleCompanyReleased, Developed, org, m.Entity, "", false)
	}
}

// devVerbsZh are the Chinese verbs of making a model (ORG发布了M, M由ORG
// 开发); models.go reads them too, to find a name after a release verb.
var devVerbsZh = vocabWords("zh-rel-dev-verbs")

// devVerbsEn are the English verbs of making a model between an
// organization and the model after it, padded with spaces.
var devVerbsEn = func() []string {
	var out []string
	for _, w := range vocabWords("en-rel-dev-verbs") {
		out = append(out, " "+w+" ") // matched inside " "+between+" ": whole words
	}
	return out
}()

// developed reads ORG的MODEL, ORG's MODEL, ORG发布了…MODEL, MODEL由ORG开发,
// MODEL from ORG, MODEL开发商ORG, ORG旗下MODEL, and lets the lexicon
// confirm an organization and a model the sentence names together.
func (r *relFinder) developed(si int, s sentence, ms []mention) {
	text := r.doc.text
	var madeBy map[*entity]*entity // models given a maker before them in this sentence
	for k, m := range ms {
		if m.Entity.Type != Model {
			continue
		}
		for j := k - 1; j >= 0; j-- {
			o := ms[j]
			if o.Entity.Type == Model && o.Entity != m.Entity {
				if mk := madeBy[o.Entity]; mk != nil && listJoin(text[o.End:m.Start]) && !derivativeAfter(text[m.End:s.End]) {
					r.add(ruleOrgThenModel, Developed, mk, m.Entity, "", false) // Halcyon launched Nimbus 2, Stratus 3 and Cirrus 3
					madeBy[m.Entity] = mk
				}
				break // the verb before belongs to the nearer model
			}
			if o.Entity.Type != Organization {
				continue
			}
			between := text[o.End:m.Start]
			if orgOwnsModel(between) && !derivativeAfter(text[m.End:s.End]) && !strings.HasPrefix(between, "平台") && !strings.Contains(between, "会上") && !strings.Contains(between, "會上") {
				r.add(ruleOrgThenModel, Developed, o.Entity, m.Entity, "", false)
				if madeBy == nil {
					madeBy = map[*entity]*entity{}
				}
				madeBy[m.Entity] = o.Entity
				break
			}
			if clauseBreak(between) {
				break
			}
		}
		for j := k + 1; j < len(ms); j++ {
			o := ms[j]
			if o.Entity.Type != Organization {
				continue
			}
			between := text[m.End:o.Start]
			after := text[o.End:min(s.End, o.End+30)]
			if modelByOrg(between, after) {
				r.add(ruleModelByOrg, Developed, o.Entity, m.Entity, "", false)
			}
			break
		}
	}
	// 后者旗下拥有ChatGPT: the latter is the last organization named before
	rest := text[s.Start:s.End]
	for _, latter := range []string{"后者", "後者"} {
		if !strings.HasPrefix(rest, latter) || si == 0 {
			continue
		}
		o := r.doc.orgAntecedent(s.Start, "", latterWindow)
		for _, m := range ms {
			if m.Entity.Type == Model && strings.Contains(text[s.Start:m.Start], "旗下") {
				r.add(ruleLatterOwns, Developed, o, m.Entity, "", false)
			}
		}
	}
	// the lexicon confirms an organization and a model named together
	for _, m := range ms {
		if m.Entity.Type != Model {
			continue
		}
		if r.x.lex.entry(Model, m.Entity.Name) == nil && hasOwnWord(m.Entity.Name) {
			continue // Llama3-TAIDE-LX: someone's derivative, not the family maker's
		}
		for _, o := range ms {
			if o.Entity.Type == Organization && r.lexDeveloper(m.Entity, o.Entity) {
				r.add(ruleDevelopedLexicon, Developed, o.Entity, m.Entity, "", false)
			}
		}
	}
}

// listJoin reports the separator of a list of names: ", ", " and ", 、, 和.
func listJoin(between string) bool {
	switch between {
	case ", ", " and ", ", and ", " or ", "、", "和", "与", "與", "及", "以及":
		return true
	}
	return false
}

// orgOwnsModel reads the text between an organization and a model that
// follows it.
func orgOwnsModel(between string) bool {
	b := strings.TrimSpace(between)
	switch b {
	case "", "的", "'s", "’s", "公司的", "旗下", "旗下的", "推出的", "发布的", "發布的", "开发的", "開發的", "打造的", "研发的", "研發的", "做的", "主导的", "主導的",
		"自研的", "自研", "自主研发的", "自主研發的", "的自研", "自家的", "训练的", "訓練的":
		return true
	}
	if ownModel.MatchString(between) || saidItsModel.MatchString(between) {
		return true // Tessellate's flagship model, Tessera-7B; Quillon said its Vega Pro
	}
	b = strings.TrimRight(b, "「“\"『《") // 發表客服模型「森語-8B」: the quote opens the name
	if makerClause.MatchString(between) {
		return true // Quillon Labs, which makes Vega-3; Quillon Labs, the company behind Vega-3
	}
	if strings.HasPrefix(b, ", ") && startsWithArticleWord(b[2:]) {
		// Kestrel, a Munich company, unveiled Brio 2: skip the apposition
		if k := strings.Index(b[2:], ", "); k > 0 && k <= 50 {
			b = strings.TrimSpace(b[2+k+2:])
		}
	}
	if clauseBreak(b) {
		return false
	}
	n := utf8.RuneCountInString(b)
	for _, v := range devVerbsZh {
		if i := strings.Index(b, v); i >= 0 && utf8.RuneCountInString(b[:i]) <= 10 && n <= 30 {
			return true
		}
	}
	for _, v := range devVerbsEn {
		if i := strings.Index(" "+b+" ", v); i >= 0 && i <= 20 && n <= 60 {
			return true
		}
	}
	if strings.HasPrefix(b, "旗下") && n <= 8 {
		return true
	}
	for _, v := range []string{"主导的", "主導的", "牵头的", "牽頭的", "领衔的", "領銜的"} {
		if strings.HasPrefix(b, v) && n <= 20 {
			return true // 國科會主導的…對話引擎TAIDE
		}
	}
	// OpenAI最新的推理模型o3, Anthropic's latest model, Claude
	if n <= 10 && (strings.HasSuffix(b, "模型") || strings.HasSuffix(b, "聊天机器人") || strings.HasSuffix(b, "聊天機器人")) && strings.Contains(b, "的") {
		return true
	}
	if ownModel.MatchString(between) {
		return true
	}
	return false
}

// makerClause matches ", which makes " and ", the company behind " between
// an organization and its model.
var makerClause = regexp.MustCompile(`^, (?:(?:which|that) (?:makes|made|built|developed|created|released|trained|launched|open-sourced|unveiled) (?:the )?|the (?:company|startup|` +
	`firm|lab|team) behind (?:the )?)$`)

// saidItsModel matches " said its " and " calls its new model " between an
// organization and the model it owns.
var saidItsModel = regexp.MustCompile(`^ (?:(?:said|says|announced|added|noted|claimed|reported)(?: that)? its (?:new |latest |flagship |own )*|(?:calls|called|names|named|dubs|dubbed)` +
	` its (?:new |latest |first |next )?(?:model|chatbot|assistant|LLM) )$`)

// ownModel matches "'s latest model, " between an organization and its model.
var ownModel = regexp.MustCompile(`^['’]s (?:[\w-]+ ){0,3}(?:model|models|chatbot|LLM|assistant|AI model|language model|system)(?:,| called| named|:)? $`)

// derivativeAfter reports a model named as the base of what is made:
// 7000多个Llama衍生模型, Llama derivatives.
func derivativeAfter(rest string) bool {
	rest = strings.TrimSpace(rest)
	for _, p := range []string{"衍生", "的衍生", "derivative", "-based", " based"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// modelByOrg reads the text between a model and an organization after it:
// 由…开发, from, made by, 开发商.
func modelByOrg(between, after string) bool {
	b := strings.TrimSpace(between)
	for _, p := range []string{"大模型", "模型", "聊天机器人"} {
		b = strings.TrimPrefix(b, p)
	}
	switch strings.TrimPrefix(b, "-") {
	case "maker", "creator", "developer", "owner", "parent", "developer and operator":
		return true // ChatGPT maker OpenAI, Claude developer Anthropic
	}
	switch b {
	case "from", "by", "開發商", "开发商", "的开发商", "的開發商", "开发者", "研发商", ", made by", ", developed by", ", built by", ", created by",
		"made by", "developed by", "built by", "created by", "is made by", "is developed by", "was developed by", "was built by",
		"was created by", ", from":
		return true
	}
	if modelByOrgRe.MatchString(b) {
		return true // Tamar 2, a model from Ferrox; Vega-3 was trained by Quillon
	}
	if (b == "," || b == "model,") && latestModelOf.MatchString(after) {
		return true // Atlas-2, Skyline AI's latest model
	}
	if b == ", which" || b == "which" || b == "that" {
		w := strings.Fields(after)
		return len(w) > 0 && (w[0] == "released" || w[0] == "built" || w[0] == "trained" || w[0] == "developed" || w[0] == "launched" || w[0] == "open-sourced" ||
			w[0] == "unveiled" || w[0] == "makes" || w[0] == "made")
	}
	if b == "是" || b == "为" || b == "為" {
		// Y是X推出的
		for _, v := range devVerbsZh {
			if strings.HasPrefix(after, v) {
				return true
			}
		}
	}
	if strings.HasPrefix(b, "由") && utf8.RuneCountInString(b) <= 3 {
		for _, v := range devVerbsZh {
			if strings.Contains(after[:min(len(after), 15)], v) {
				return true
			}
		}
	}
	return false
}

// latestModelOf matches "'s latest model" after the maker that follows a
// model: "Atlas-2, Skyline AI's latest model".
var latestModelOf = regexp.MustCompile(`^['’]s (?:new |newest |latest |flagship |open |open-weight |first |own |largest |smallest |most capable )*(?:[\w-]+ )?(?:model|LLM|chatbot|assistant)\b`)

// modelByOrgRe reads the words between a model and its maker after it.
var modelByOrgRe = regexp.MustCompile(`^(?:,? ?(?:(?:is|was) )?(?:an? |the )?(?:[\w-]+ ){0,3}(?:model|models|chatbot|LLM|version|assistant)(?: \([A-Za-z]{2,6}\))? (?:(?:made|developed|` +
	`built|created|released|trained|launched) )?(?:from|by)|(?:,? ?(?:which |that )?(?:is|was|were|are|has been|had been) (?:\w+ )?)?(?:made|developed|` +
	`built|trained|created|released|published|open-sourced) by)(?: the| an?)?(?: [A-Z][\w.-]*(?:-based)?| Chinese| French| American| US| U\.S\.| British|` +
	` German| Japanese| Korean| Israeli| Canadian| Indian)?(?: AI)?(?: startup| company| firm| lab| developer| unicorn)?$`)

// lexDeveloper reports a lexicon that names the organization as the
// developer of the model or of its family.
func (r *relFinder) lexDeveloper(m, o *entity) bool {
	lex := r.x.lex
	oe := lex.entry(Organization, o.Name)
	if oe == nil {
		return false
	}
	me := lex.entry(Model, m.Name)
	var devs []string
	for depth := 0; me != nil && depth < 3; depth++ {
		devs = append(devs, me.Attrs["developer"]...)
		fam := me.attr("family")
		if fam == "" {
			break
		}
		me = lex.entry(Model, fam)
	}
	if me == nil {
		if fam := modelFamily(m.Name); fam != "" {
			if fe := lex.entry(Model, fam); fe != nil {
				devs = append(devs, fe.Attrs["developer"]...)
			}
		}
	}
	for _, d := range devs {
		de := lex.entry(Organization, d)
		if de == nil {
			continue
		}
		if de == oe {
			return true
		}
	}
	return false
}
