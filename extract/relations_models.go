// Stage: relations, DEVELOPED and DERIVED_FROM between models: a family's
// developer from its versions, its MODEL, joint and bracketed makers,
// coordinated bases, 采用B作为基座, B-based M and 是B的版本. Reads a
// sentence's mentions and the text between them.

package extract

import (
	"regexp"
	"strings"
)

// Rules of this file (see rules.go).
var (
	// ruleFamilyDeveloper finds a version inherits its family's developer, a family its version's.
	ruleFamilyDeveloper = defineRule(rule{
		ID:   "developed.any.family",
		Doc:  "a version inherits its family's developer, a family its version's",
		Fire: []string{"Anthropic released Corvid 2.0 Flash on Monday. Corvid 2.0 models are popular."},
		Hold: []string{"Anthropic praised Corvid 2.0 Flash on Monday. Corvid 2.0 models are popular."},
	})
	// ruleItsModel finds ORG … its MODEL.
	ruleItsModel = defineRule(rule{
		ID:   "developed.en.its-model",
		Doc:  "ORG … its MODEL: the organization the clause is about",
		Fire: []string{"Corvane Robotics will stop work on its Corvid-7B chatbot."},
		Hold: []string{"Corvane Robotics will stop work on the Corvid-7B chatbot."},
	})
	// ruleJointMakers finds A和B联合开发的M, M.
	ruleJointMakers = defineRule(rule{
		ID:   "developed.any.joint-makers",
		Doc:  "A和B联合开发的M, M (ORG推出的): makers joined or in brackets",
		Fire: []string{"据悉，鹊桥-9B（京东推出的语言模型）表现很好。", "京东和百度联合开发的鹊桥-9B已经上线。"},
		Hold: []string{"据悉，鹊桥-9B（京东在评测）表现很好。"},
	})
	// ruleCoordinatedBases finds M基于B1和B2.
	ruleCoordinatedBases = defineRule(rule{
		ID:   "derived-from.any.coordinated-bases",
		Doc:  "M基于B1和B2: every base joined to a base the sentence found",
		Fire: []string{"鹊桥-9B是一个基于Qwen2.5语言模型和Llama 2视觉编码器的开放模型。"},
		Hold: []string{"鹊桥-9B是一个开放模型，评测时对比了Qwen2.5和Llama 2。"},
	})
	// ruleAdoptsBase finds M采用B作为基座, 将B1和B2作为M的底层.
	ruleAdoptsBase = defineRule(rule{
		ID:   "derived-from.zh.adopts-base",
		Doc:  "M采用B作为基座, 将B1和B2作为M的底层",
		Fire: []string{"鹊桥-9B采用了Qwen2.5作为基座。", "将GPT-4作为ChatGPT的底层并非新闻。", "將GPT-4作為ChatGPT的底層並非新聞。"},
		Hold: []string{"鹊桥-9B的评测对比了Qwen2.5。"},
	})
	// ruleBasedAdjective finds the B-based M.
	ruleBasedAdjective = defineRule(rule{
		ID:   "derived-from.en.based-adjective",
		Doc:  "the B-based M; M, a B-based chatbot",
		Fire: []string{"Researchers released Corvid-7B, a Llama 2-based chatbot."},
		Hold: []string{"Researchers released Corvid-7B, a chatbot, and compared it with Llama 2."},
	})
)

// familyFromVersions gives a family named in the article the developer the
// text states for one of its versions (谷歌发布Gemini 2.0 Flash -> 谷歌
// made Gemini 2.0) when the family is a generation (generationName), the
// text names no developer of the family itself and the lexicon does not
// give it another one. Only versions whose name
// opens with the family's name count: a fork named after its base
// (Formosa-Llama) keeps its own maker.
func (r *relFinder) familyFromVersions() {
	makers := map[string][]string{} // model -> the organizations the text says made it
	for _, rel := range r.out {
		if rel.Type == Developed {
			makers[rel.To] = append(makers[rel.To], rel.From)
		}
	}
	for _, vf := range r.byFamily {
		v, fam := vf[0], vf[1]
		if len(makers[fam.Name]) > 0 || r.inherited[v.Name] || r.stated[v] || !opensWithFamily(v, fam) || !generationName(fam.Name) {
			continue
		}
		if fe := r.x.lex.entry(Model, fam.Name); fe != nil && len(fe.Attrs["developer"]) > 0 {
			continue
		}
		for _, org := range makers[v.Name] {
			r.add(ruleFamilyDeveloper, Developed, r.doc.findOrg(org), fam, "", false)
		}
	}
}

// generationName reports a family name that ends in a version number
// (Gemini 2.0, Llama 3): a generation, released with its versions by one
// maker. A bare brand (Yi) or a size (Llama 3.1-70B) is named only as the
// kin of a version and gets no maker from it.
func generationName(name string) bool {
	w := strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' })
	if len(w) < 2 {
		return false
	}
	last := w[len(w)-1]
	return last[0] >= '0' && last[0] <= '9' && strings.Trim(last, "0123456789.") == ""
}

// opensWithFamily reports that a form of the version's name starts with a
// form of the family's name (Gemini 2.0 Flash -> Gemini 2.0).
func opensWithFamily(v, fam *entity) bool {
	for a := range v.aliases {
		for f := range fam.aliases {
			if len(a) > len(f) && foldKey(a[:len(f)]) == foldKey(f) {
				return true
			}
		}
	}
	return false
}

// findOrg returns the article's organization of that name.
func (doc *document) findOrg(name string) *entity {
	for _, e := range doc.entities {
		if e.Type == Organization && e.Name == name {
			return e
		}
	}
	return nil
}

// ownerOfNext reports that models[j] is followed by 's and another model:
// a name misread as a model that owns the next one ("based on Acme AI's
// Orca-7B model"), so the base is the next one.
func ownerOfNext(text string, models []mention, j int) bool {
	if j+1 >= len(models) {
		return false
	}
	gap := text[models[j].End:models[j+1].Start]
	return (strings.HasPrefix(gap, "'s ") || strings.HasPrefix(gap, "’s ")) && len(gap) <= 40 && !clauseBreak(gap[3:])
}

// apposThat matches ", Acme's closed model that" between a base model and
// " powers ": an apposition describing the base before the verb.
var apposThat = regexp.MustCompile(`^, (?:(?:[A-Z][\w.-]*(?: [A-Z][\w.-]*)?['’]s|an?|the|its) )(?:[\w-]+ ){0,3}(?:model|LLM|system|engine)s? (?:that|which)$`)

// baseJoinRe matches the join between two bases a model is built on: 和,
// 、, " and ", with a descriptor of the first base before it (SigLip视觉
// 编码器和).
var baseJoinRe = regexp.MustCompile(`^\s*(?:\p{Han}{0,6}(?:模型|编码器|編碼器|架构|架構))?\s*(?:和|与|與|及|、|以及|, and|,| and| &)\s*$`)

// coordinatedBases reads "M 基于B1和B2构建" and "M is based on B1 and B2":
// when the sentence made M derive from B1 (relations from index before on),
// a model joined to B1 by a list separator is a base of M too.
func (r *relFinder) coordinatedBases(s sentence, ms []mention, before int) {
	text := r.doc.text
	added := append([]Relation(nil), r.out[before:]...)
	if len(added) > 16 {
		return // pathological input: a sentence of derivations is no list of two bases
	}
	for _, rel := range added {
		if rel.Type != DerivedFrom {
			continue
		}
		var m *entity
		for j := range ms {
			if ms[j].Entity.Name == rel.From && ms[j].Entity.Type == Model {
				m = ms[j].Entity
			}
		}
		for j := 0; j+1 < len(ms); j++ {
			b, b2 := ms[j], ms[j+1]
			if b.Entity.Name != rel.To || b.Entity.Type != Model || b2.Entity.Type != Model || b2.Entity == m {
				continue
			}
			if baseJoinRe.MatchString(text[b.End:b2.Start]) {
				r.add(ruleCoordinatedBases, DerivedFrom, m, b2.Entity, "", false)
			}
		}
	}
}

// adoptsRe matches a verb of adoption right after a model and before its
// base, which a 模型 after the base confirms: M採用「B」模型, M采用B大模型.
var adoptsRe = regexp.MustCompile(`^\s*(?:目前|现在|現在|则|則|也|还|還)?(?:采用|採用|採|使用|基于|基於|搭载|搭載|接入)了?\s*[「“"]?$`)

// adoptsTail matches what follows the base in adoptsRe: 模型, 」模型.
var adoptsTail = regexp.MustCompile(`^[」”"]?\s*(?:大模型|模型|作为基座|作為基座|作为底座|作為底座)`)

// adoptsBase reads M採用「B」模型 and M采用B大模型: M runs on B.
func (r *relFinder) adoptsBase(s sentence, ms []mention) {
	text := r.doc.text
	for j := 0; j+1 < len(ms); j++ {
		m, b := ms[j], ms[j+1]
		if m.Entity.Type != Model || b.Entity.Type != Model || m.Entity == b.Entity {
			continue
		}
		if adoptsRe.MatchString(text[m.End:b.Start]) && text[m.End:b.Start] != "" && adoptsTail.MatchString(text[b.End:s.End]) {
			r.add(ruleAdoptsBase, DerivedFrom, m.Entity, b.Entity, "", false)
		}
	}
}

// itsModelRe matches the words between "its" and a model that make the
// model the subject's own: "its ", "its new ", "its flagship ".
var itsModelRe = regexp.MustCompile(`\b[Ii]ts (?:(?:new|newest|latest|flagship|own|popular|first|next|upcoming|open-source|open|proprietary|consumer|AI|chatbot|model) ){0,3}$`)

// itsModelTail matches what may follow the model: chatbot, model, or the
// end of a noun phrase.
var itsModelTail = regexp.MustCompile(`^(?:['’]s\b| (?:chatbot|model|models|assistant|AI|LLM|family|series|app)\b|[,.;:)]| (?:and|to|with|for|in|on|is|was|will|has|had|can|could)\b|$)`)

// itsModel reads "Acme will halt work on its Vesta chatbot": the model is
// the organization's when the nearest organization before "its" is the
// only one in the clause and no person stands between.
func (r *relFinder) itsModel(s sentence, ms []mention) {
	text := r.doc.text
	for k, m := range ms {
		if m.Entity.Type != Model || !itsModelRe.MatchString(text[max(s.Start, m.Start-40):m.Start]) || !itsModelTail.MatchString(text[m.End:s.End]) {
			continue
		}
		for j := k - 1; j >= 0; j-- {
			t := ms[j].Entity.Type
			if t == Person || t == Model {
				break
			}
			if t != Organization {
				continue
			}
			gap := text[ms[j].End:m.Start]
			if strings.ContainsAny(gap, ";；。") || strings.Contains(gap, ", and ") || strings.Contains(gap, "'s ") || strings.Contains(gap, "’s ") || len(strings.Fields(gap)) > 12 {
				break
			}
			r.add(ruleItsModel, Developed, ms[j].Entity, m.Entity, "", false)
			break
		}
	}
}

// zhVersionTail matches "的升级版", "的轻量版本", "的开源版" after a base.
var zhVersionTail = regexp.MustCompile(`^\s*的\s*(?:\p{Han}{0,6})(?:版|版本)`)

// zhCopula is the copula between a model and the base it is a version of.
var zhCopula = regexp.MustCompile(`^\s*(?:则|則|也|其实|其實|实际上|實際上)?(?:是|为|為|乃)\s*$`)

// zhVersionOf reads M是B的升级版 and B的轻量版M: M is a version of B.
func (r *relFinder) zhVersionOf(s sentence, ms []mention) {
	text := r.doc.text
	for j := 0; j+1 < len(ms); j++ {
		a, b := ms[j], ms[j+1]
		if a.Entity.Type != Model || b.Entity.Type != Model || a.Entity == b.Entity {
			continue
		}
		// M是B的升级版
		if zhCopula.MatchString(text[a.End:b.Start]) && zhVersionTail.MatchString(text[b.End:s.End]) {
			r.add(ruleVersionOf, DerivedFrom, a.Entity, b.Entity, "", false)
			continue
		}
		// M是对B套壳, M套壳B: M wraps B
		if zhWrapBefore.MatchString(text[a.End:b.Start]) && zhWrapAfter.MatchString(text[b.End:s.End]) || zhWrapBetween.MatchString(text[a.End:b.Start]) {
			r.add(ruleVersionOf, DerivedFrom, a.Entity, b.Entity, "", false)
			continue
		}
		// B的轻量版M
		if loc := zhVersionTail.FindStringIndex(text[a.End:b.Start]); loc != nil && strings.TrimSpace(text[a.End+loc[1]:b.Start]) == "" {
			r.add(ruleVersionOf, DerivedFrom, b.Entity, a.Entity, "", false)
		}
	}
}

// jointMakerRe matches what joins two organizations that made a model
// together and leads to it: 和…合作的, 与…联合开发的 ("A和B合作的M").
var jointMakerRe = regexp.MustCompile(`^\s*(?:合作|联合|聯合|共同|携手|攜手)(?:开发|開發|研发|研發|推出|发布|發布|打造|训练|訓練)?的\s*(?:\p{Han}{0,6}(?:模型|系统|系統))?\s*$`)

// parenMakerRe matches ORG推出的 / ORG's right after an opening
// parenthesis that follows a model: LLaMA(Meta推出的语言模型).
var parenMakerRe = regexp.MustCompile(`^\s*(?:推出|发布|發布|开发|開發|研发|研發|打造|训练|訓練|开源|開源)的|^['’]s\b`)

// jointAndParenMakers reads A和B合作的M (both made M) and M（ORG推出的
// 语言模型） (ORG made M).
func (r *relFinder) jointAndParenMakers(s sentence, ms []mention) {
	text := r.doc.text
	for k := 0; k+1 < len(ms); k++ {
		a, b := ms[k], ms[k+1]
		// A和B合作的M
		if k+2 < len(ms) && a.Entity.Type == Organization && b.Entity.Type == Organization && ms[k+2].Entity.Type == Model {
			if j := strings.TrimSpace(text[a.End:b.Start]); (j == "和" || j == "与" || j == "與" || j == "及" || j == "and") && jointMakerRe.MatchString(text[b.End:ms[k+2].Start]) {
				r.add(ruleJointMakers, Developed, a.Entity, ms[k+2].Entity, "", false)
				r.add(ruleJointMakers, Developed, b.Entity, ms[k+2].Entity, "", false)
			}
		}
		// M（ORG推出的…）
		if a.Entity.Type == Model && b.Entity.Type == Organization {
			if open := strings.TrimSpace(text[a.End:b.Start]); (open == "(" || open == "（") && parenMakerRe.MatchString(text[b.End:s.End]) {
				r.add(ruleJointMakers, Developed, b.Entity, a.Entity, "", false)
			}
		}
	}
}

// zhWrapBefore, zhWrapAfter and zhWrapBetween read 套壳 (a model that
// wraps or copies another one): M是对B套壳, M是B的套壳, M套壳了B.
var (
	zhWrapBefore  = regexp.MustCompile(`^\s*(?:就|其实|其實)?(?:是|为|為)?(?:对|對)?(?:我们|我們)?的?\s*$`)
	zhWrapAfter   = regexp.MustCompile(`^\s*的?\s*(?:套壳|套殼)`)
	zhWrapBetween = regexp.MustCompile(`^\s*(?:套壳|套殼)了?\s*$`)
)

// basedAdjRe matches "-based" right after a base model and the words up to
// the model built on it: "-based ", "-based open ".
var basedAdjRe = regexp.MustCompile(`^-based (?:[a-z][\w-]* ){0,3}$`)

// basedApposRe matches what lies between a model and a base that
// describes it in an apposition: ", a ", ", an open ".
var basedApposRe = regexp.MustCompile(`^, (?:a|an|the) (?:[a-z][\w-]* ){0,2}$`)

// basedAdjective reads "the B-based M" and "M, a B-based chatbot": M is
// built on B.
func (r *relFinder) basedAdjective(s sentence, ms []mention) {
	text := r.doc.text
	for j, b := range ms {
		if b.Entity.Type != Model || !strings.HasPrefix(text[b.End:s.End], "-based ") {
			continue
		}
		if j+1 < len(ms) && ms[j+1].Entity.Type == Model && basedAdjRe.MatchString(text[b.End:ms[j+1].Start]) {
			r.add(ruleBasedAdjective, DerivedFrom, ms[j+1].Entity, b.Entity, "", false) // the B-based M
			continue
		}
		if j > 0 && ms[j-1].Entity.Type == Model && basedApposRe.MatchString(text[ms[j-1].End:b.Start]) {
			r.add(ruleBasedAdjective, DerivedFrom, ms[j-1].Entity, b.Entity, "", false) // M, a B-based chatbot
		}
	}
}
