// Stage: relations, DERIVED_FROM stated in a sentence: cue phrases (基于,
// fine-tuned from, built on), anaphors (该模型, the model), 在B的基础上,
// B powers M, M是B的版本. Reads a sentence's model mentions and the text
// around them.

package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/kg/extract/internal/vocab"
)

// Rules of this file (see rules.go).
var (
	// ruleDerivativesList finds B衍生模型…包括M1、M2.
	ruleDerivativesList = defineRule(rule{
		ID:   "derived-from.any.derivatives-list",
		Doc:  "B衍生模型…包括M1、M2; B derivatives such as M",
		Fire: []string{"社区已有上千个Llama衍生模型，其中包括Corvid-7B和鹊桥-9B。"},
		Hold: []string{"社区已有上千个Llama用户，其中包括Corvid-7B的作者。"},
	})
	// ruleDerivedCue finds M cue B.
	ruleDerivedCue = defineRule(rule{
		ID:   "derived-from.any.cue",
		Doc:  "M cue B: M基于B, M, fine-tuned from B, M is built on B",
		Fire: []string{"Corvid-7B is fine-tuned from Llama 2.", "鹊桥-9B基于Qwen2.5训练而成。"},
		Hold: []string{"Corvid-7B beat Llama 2 on every test.", "鹊桥-9B在评测中超过了Qwen2.5。"},
	})
	// ruleCueAnaphor finds an anaphor or the topic before the cue.
	ruleCueAnaphor = defineRule(rule{
		ID:   "derived-from.any.cue-anaphor",
		Doc:  "an anaphor or the topic before the cue: 该模型基于B, The model is fine-tuned from B",
		Fire: []string{"团队发布了鹊桥-9B。该模型基于Qwen2.5微调。", "Researchers released Corvid-7B. The model is fine-tuned from Llama 2 on legal text."},
		Hold: []string{"团队发布了鹊桥-9B。该模型的成绩超过了Qwen2.5。"},
	})
	// ruleBaseFirst finds the base first.
	ruleBaseFirst = defineRule(rule{
		ID:   "derived-from.any.base-first",
		Doc:  "the base first: 基于B的M, 基于B，微调出M, based on B, it trained M",
		Fire: []string{"团队推出了基于Qwen2.5微调的法律模型“明律-7B”。", "團隊推出了基於Qwen2.5的法律模型“明律-7B”。"},
		Hold: []string{"团队推出了法律模型“明律-7B”，另外也在评测Qwen2.5。", "他们喜欢基于Qwen2.5、Llama 2和GPT-4的架构扩展。"},
	})
	// ruleOnBasisOf finds 在B的基础上训练了M.
	ruleOnBasisOf = defineRule(rule{
		ID:   "derived-from.zh.on-basis",
		Doc:  "在B的基础上训练了M",
		Fire: []string{"团队在Qwen2.5的基础上训练了鹊桥-9B模型。"},
		Hold: []string{"团队在评测中把Qwen2.5和鹊桥-9B模型放在一起比较。"},
	})
	// ruleFromBase finds M由B微调而来, M以B为基座.
	ruleFromBase = defineRule(rule{
		ID:   "derived-from.zh.from-base",
		Doc:  "M由B微调而来, M以B为基座",
		Fire: []string{"鹊桥-9B模型由Qwen2.5微调而来。", "鹊桥-9B以Qwen2.5为基座。"},
		Hold: []string{"鹊桥-9B模型由团队从头训练而来，没有用Qwen2.5。"},
	})
	// ruleVersionOf finds M是B的…版本, B的两款模型M1和M2, M是B的衍生.
	ruleVersionOf = defineRule(rule{
		ID:   "derived-from.any.version-of",
		Doc:  "M是B的…版本, B的两款模型M1和M2, M是B的衍生",
		Fire: []string{"鹊桥-9B是Qwen2.5的一个精简版本。", "Qwen2.5的两款轻量模型鹊桥-1B和鹊桥-3B已经上线。"},
		Hold: []string{"鹊桥-9B比Qwen2.5更快。"},
	})
	// rulePowers finds B powers M, B驱动M.
	rulePowers = defineRule(rule{
		ID:   "derived-from.any.powers",
		Doc:  "B powers M, B驱动M",
		Fire: []string{"GPT-4 powers the ChatGPT app."},
		Hold: []string{"GPT-4 and the ChatGPT app were both in the news."},
	})
)

// derived reads DERIVED_FROM stated in a sentence: 衍生, 基于, 微调自,
// 底层, 版本, fine-tuned from, built on, based on, powered by. Each
// pattern family is a rule method below.
func (r *relFinder) derived(s sentence, ms []mention) {
	text := r.doc.text
	defer r.markStated(s, ms, len(r.out))
	var models []mention
	for _, m := range ms {
		if m.Entity.Type == Model {
			models = append(models, m)
		}
	}
	if len(models) == 0 {
		return // one model is enough: the other may be an anaphor (the model, 该模型)
	}
	sent := text[s.Start:s.End]
	r.derivativesList(s, models, sent)
	r.cuePhrases(s, models, sent)
	r.onBasisOf(s, models)
	r.fromBase(s, models)
	r.ownersModels(s, models)
	r.powers(s, models, sent)
	r.asFoundation(s, models, sent)
	r.versionOf(s, models)
}

// markStated marks the models the sentence derives (the relations added
// since before) as stated when the derivation is stated next to another
// maker (a person, an organization, 由…发布): that introduces a third
// party's model, which does not inherit its base family's developer.
func (r *relFinder) markStated(s sentence, ms []mention, before int) {
	if len(r.out) == before {
		return // no derivation in this sentence: nothing to mark
	}
	third := false
	for _, m := range ms {
		if m.Entity.Type == Person || m.Entity.Type == Organization {
			third = true
		}
	}
	third = third || thirdParty.MatchString(r.doc.text[s.Start:s.End])
	if !third {
		return
	}
	for _, rel := range r.out[before:] {
		for _, m := range ms {
			if m.Entity.Name == rel.From && rel.Type == DerivedFrom {
				r.stated[m.Entity] = true
			}
		}
	}
}

// derivativesList reads B衍生(模型)…包括M1、M2 and "B derivatives such as M1": each
// listed model derives from B.
func (r *relFinder) derivativesList(s sentence, models []mention, sent string) {
	text := r.doc.text
	for _, cue := range []string{"衍生", "衍生出", "derivatives", "derivative"} {
		i := strings.Index(sent, cue)
		if i < 0 {
			continue
		}
		at := s.Start + i
		var base *mention
		for j := range models {
			if models[j].End <= at && at-models[j].End <= 6 {
				base = &models[j]
			}
		}
		if base == nil {
			continue
		}
		list := -1
		for _, l := range []string{"包括", "如", "including", "such as", "其中有", "例如"} {
			if li := strings.Index(text[at:s.End], l); li >= 0 && (list < 0 || li < list) {
				list = li
			}
		}
		if list < 0 {
			continue
		}
		for _, m := range models {
			if m.Start >= at+list {
				r.add(ruleDerivativesList, DerivedFrom, m.Entity, base.Entity, "", false)
			}
		}
	}
}

// derivedCues stand between a model and the model it derives from, in the
// order they are tried: each Chinese cue is followed by its traditional
// spellings.
var derivedCues = withTraditionalEach(vocab.Words("any-rel-derived-cues"))

// withTraditionalEach is words with the traditional spellings of each
// entry right after it (基于, 基於, 微调自, 微調自), keeping the order of a
// list that mixes scripts.
func withTraditionalEach(words []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, w := range words {
		for _, v := range withTraditional([]string{w}) {
			if !seen[v] {
				seen[v] = true
				out = append(out, v)
			}
		}
	}
	return out
}

// cuePhrases reads "M (cue) B" for each of derivedCues (基于, fine-tuned
// from, built on): the model before derives from the model after (rule
// cue), or an anaphor (该模型, the model) or the sentence's topic does
// (cue-anaphor); 基于B的M and "based on B, it trained M" read the other
// way (base-first).
func (r *relFinder) cuePhrases(s sentence, models []mention, sent string) {
	text := r.doc.text
	for _, cue := range derivedCues {
		from := 0
		for {
			i := strings.Index(sent[from:], cue)
			if i < 0 {
				break
			}
			at := s.Start + from + i
			from += i + len(cue)
			var before, after *mention
			for j := range models {
				if models[j].End <= at {
					gap := strings.TrimRight(text[models[j].End:at], " ")
					gap = strings.TrimSuffix(strings.TrimSuffix(gap, ","), "，") // "Vicuna, fine-tuned from Llama"
					for _, a := range []string{", a ", ", an ", ", the ", ", which was", ", which is", ", which were", ", which has been", "，这是一个", "，這是一個", "，这是一款",
						"，這是一款", "，它是一个", "，它是一個", "，是一个", "，是一個"} {
						if strings.HasPrefix(gap, a) && len(gap) < 40 {
							gap = gap[len(a):] // "Vega-3, a language model fine-tuned from", "Code Llama, which was fine-tuned from"
						}
					}
					if !clauseBreak(gap) {
						before = &models[j]
					}
				}
				if models[j].Start >= at+len(cue) && after == nil && !clauseBreak(text[at+len(cue):models[j].Start]) && !makerAfter(text[models[j].End:s.End]) && !ownerOfNext(text, models, j) {
					after = &models[j]
				}
			}
			if rest := text[at+len(cue) : s.End]; strings.HasPrefix(rest, " it") || strings.HasPrefix(rest, "它") {
				// "Code Llama, which was fine-tuned from it": it is the model named before
				after = nil
				for j := range models {
					if before != nil && models[j].End <= before.Start && models[j].Entity != before.Entity {
						after = &models[j]
					}
				}
			}
			if after == nil {
				continue
			}
			if cue == "uses" && !usesAsBase.MatchString(text[after.End:s.End]) {
				continue // M uses B as its base model; not "M uses B for search"
			}
			for j := range models {
				if models[j].Start == after.End && models[j].Entity != after.Entity {
					after = &models[j] // 通义千问Qwen2.5-32B: the version right after its family
				}
			}
			if before == nil {
				if j := lastModelIndex(models, at); j >= 0 && passiveGap(text[models[j].End:at]) {
					before = &models[j] // Tessera-7B, was fine-tuned from B
				}
			}
			if before != nil && (utf8.RuneCountInString(text[before.End:at]) <= 12 || versionGap.MatchString(text[before.End:at]) || appositive(text[before.End:at]) ||
				strings.HasPrefix(text[before.End:at], ", which") || passiveGap(text[before.End:at])) {
				r.add(ruleDerivedCue, DerivedFrom, before.Entity, after.Entity, "", false)
				continue
			}
			if m := r.anaphorModel(s, at, after.Entity); m != nil {
				r.add(ruleCueAnaphor, DerivedFrom, m, after.Entity, "", false) // The model is fine-tuned from B; 該模型基於B
				continue
			}
			if subj := topicModel(text, s, models, at); subj != nil && subj.Entity != after.Entity {
				r.add(ruleCueAnaphor, DerivedFrom, subj.Entity, after.Entity, "", false) // · M并非从零开始，而是基于B
				continue
			}
			if cue == "基于" || cue == "基於" || cue == "based on" {
				// 基于B，微调出M / based on B, it trained M
				if m := madeAfter(text, s, models, after.End); m != nil {
					r.add(ruleBaseFirst, DerivedFrom, m.Entity, after.Entity, "", false)
					continue
				}
			}
			// 基于B的M / based on B, M: the model after B
			if cue == "基于" || cue == "基於" {
				end := after.End
				for j := range models {
					gap := strings.TrimRight(text[end:max(end, models[j].Start)], "“「\"")
					if models[j].Start > end && listJoin(gap) {
						end = models[j].End // 基于B1、B2和B3的M: the other bases of a list are no M
						continue
					}
					if models[j].Start > end && !clauseBreak(gap) && utf8.RuneCountInString(gap) <= 10 {
						r.add(ruleBaseFirst, DerivedFrom, models[j].Entity, after.Entity, "", false)
						break
					}
				}
			}
		}
	}
}

// onBasisOf reads 在B(的)基础上训练了M: the model made after the base.
func (r *relFinder) onBasisOf(s sentence, models []mention) {
	text := r.doc.text
	for _, b := range models {
		if !strings.HasSuffix(text[s.Start:b.Start], "在") {
			continue
		}
		rest := text[b.End:s.End]
		for _, c := range []string{"的基础上", "的基礎上", "基础上", "基礎上"} {
			if !strings.HasPrefix(rest, c) {
				continue
			}
			at := b.End + len(c)
			if m := madeAfter(text, s, models, at); m != nil {
				r.add(ruleOnBasisOf, DerivedFrom, m.Entity, b.Entity, "", false)
			} else if subj := topicModel(text, s, models, b.Start); subj != nil && subj.Entity != b.Entity {
				r.add(ruleOnBasisOf, DerivedFrom, subj.Entity, b.Entity, "", false)
			}
			break
		}
	}
}

// fromBase reads M由(ORG的)B微调而来 and M以B为基座, also with an anaphor
// subject (后者本身又是以B为基础).
func (r *relFinder) fromBase(s sentence, models []mention) {
	text := r.doc.text
	subjects := append([]mention(nil), models...)
	for _, a := range []string{"后者", "後者", "该模型", "該模型", "这款模型", "這款模型", "模型"} {
		for at := range occurrences(text[:s.End], a, s.Start) {
			from := at + len(a)
			if a == "模型" {
				// a bare 模型 only as a clause's subject before 以/由/从: 表示，模型以B為基礎微調
				prev, _ := utf8.DecodeLastRuneInString(text[:at])
				if !(at == s.Start || strings.ContainsRune("，,。；;：:", prev)) || !strings.ContainsAny(firstRunes(text[from:s.End], 1), "以由从從") {
					continue
				}
			}
			rest := text[from:s.End]
			rest = strings.TrimPrefix(rest, "本身")
			for _, p := range []string{"又", "也", "则", "則"} {
				rest = strings.TrimPrefix(rest, p)
			}
			rest = strings.TrimPrefix(rest, "是")
			if m := r.anaphorModel(s, at+len(a), nil); m != nil {
				subjects = append(subjects, mention{span: span{at, s.End - len(rest)}, Entity: m})
			}
		}
	}
	for _, m := range subjects {
		rest := text[m.End:s.End]
		for _, p := range []string{"大模型", "模型", "则", "則", "也", "是"} {
			rest = strings.TrimPrefix(rest, p)
		}
		for _, lead := range []string{"由", "以", "从", "從"} {
			if !strings.HasPrefix(rest, lead) {
				continue
			}
			for _, b := range models {
				if b.Start <= m.End || clauseBreak(text[m.End:b.Start]) || utf8.RuneCountInString(text[m.End:b.Start]) > 14 {
					continue
				}
				tail := text[b.End:min(s.End, b.End+30)]
				for _, c := range []string{"微调而来", "微調而來", "训练而来", "訓練而來", "蒸馏而来", "蒸餾而來", "为基座", "為基座", "为基础", "為基礎", "为底座", "為底座", "为基础模型", "微调", "微調"} {
					if strings.HasPrefix(tail, c) {
						r.add(ruleFromBase, DerivedFrom, m.Entity, b.Entity, "", false)
					}
				}
				break
			}
		}
	}
}

// ownersModels reads B的两款轻量模型M1和M2: the models named as B's versions.
func (r *relFinder) ownersModels(s sentence, models []mention) {
	text := r.doc.text
	for _, b := range models {
		rest := text[b.End:s.End]
		if !strings.HasPrefix(rest, "的") && !strings.HasPrefix(rest, "旗下的") {
			continue
		}
		for _, m := range models {
			if m.Start <= b.End {
				continue
			}
			between := text[b.End:m.Start]
			if clauseBreak(between) || utf8.RuneCountInString(between) > 12 || !(strings.HasSuffix(between, "模型") || strings.HasSuffix(between, "版本") ||
				strings.HasSuffix(between, "、") || strings.HasSuffix(between, "和")) {
				break
			}
			if strings.Contains(between, "模型") || strings.Contains(between, "版本") {
				r.add(ruleVersionOf, DerivedFrom, m.Entity, b.Entity, "", false)
			}
		}
	}
}

// powers reads "B powers M" and B驱动M: the model after is built on the one
// before.
func (r *relFinder) powers(s sentence, models []mention, sent string) {
	text := r.doc.text
	for _, cue := range []string{" powers ", " underpins ", " is the basis of ", "驱动", "驅動", "支撑", "支撐"} {
		i := strings.Index(sent, cue)
		if i < 0 {
			continue
		}
		at := s.Start + i
		var b, m *mention
		for j := range models {
			if models[j].End <= at && (!clauseBreak(text[models[j].End:at]) || at-models[j].End < 80 && apposThat.MatchString(text[models[j].End:at])) {
				b = &models[j] // B, Acme's closed model that powers M
			}
			if m == nil && models[j].Start >= at+len(cue) && !clauseBreak(text[at+len(cue):models[j].Start]) && models[j].Start-at-len(cue) < 20 {
				m = &models[j]
			}
		}
		if b != nil && m != nil {
			r.add(rulePowers, DerivedFrom, m.Entity, b.Entity, "", false)
		}
	}
}

// asFoundation reads 将B1和B2作为M(的)底层 (作為, 底層, 基础模型): M
// derives from each B.
func (r *relFinder) asFoundation(s sentence, models []mention, sent string) {
	text := r.doc.text
	for _, as := range []string{"作为", "作為"} {
		i := strings.Index(sent, as)
		if i < 0 || !containsAny(sent[i:], foundationWords) {
			continue
		}
		at := s.Start + i
		var target *mention
		for j := range models {
			if models[j].Start > at {
				target = &models[j]
				break
			}
		}
		if target != nil {
			for _, m := range models {
				if m.End <= at && !strings.ContainsAny(text[m.End:at], "，。；,;") {
					r.add(ruleAdoptsBase, DerivedFrom, target.Entity, m.Entity, "", false)
				}
			}
		}
	}
}

// foundationWords name what a model is built on after 作为 (将B作为M的底层).
var foundationWords = []string{"底层", "底層", "基础模型", "基礎模型"}

// versionOf reads M是B的…版本 and M是B的衍生.
func (r *relFinder) versionOf(s sentence, models []mention) {
	text := r.doc.text
	for _, m := range models {
		rest := text[m.End:s.End]
		if !strings.HasPrefix(rest, "是") && !strings.HasPrefix(rest, "為") && !strings.HasPrefix(rest, "为") && !strings.HasPrefix(rest, " is ") {
			continue
		}
		for _, b := range models {
			if b.Start <= m.End {
				continue
			}
			tail := text[b.End:min(s.End, b.End+24)]
			if between := text[m.End:b.Start]; utf8.RuneCountInString(between) <= 4 && (strings.HasPrefix(tail, "的") && strings.Contains(tail, "版本") ||
				strings.HasPrefix(strings.TrimSpace(tail), "的衍生")) {
				r.add(ruleVersionOf, DerivedFrom, m.Entity, b.Entity, "", false)
			}
			break
		}
	}
}

// hasOwnWord reports a model name with a word after its family that is no
// size, number or variant word (Llama3-TAIDE-LX-8B, Qwen2.5-Lex).
func hasOwnWord(name string) bool {
	parts := strings.FieldsFunc(name, func(r rune) bool { return r == '-' || r == ' ' })
	for _, p := range parts[min(1, len(parts)):] {
		lp := strings.ToLower(p)
		if variantWords[lp] || isSize(p) || strings.TrimLeft(p, "0123456789.") == "" || len(p) <= 2 {
			continue
		}
		if strings.IndexFunc(p, func(r rune) bool { return r >= '0' && r <= '9' }) >= 0 && len(p) <= 4 {
			continue // v2, R1, T1
		}
		return true
	}
	return false
}

// makerAfter reports a word for a team right after a model's name: 基於
// TAIDE團隊釋出的X names the makers, and X is the base.
func makerAfter(rest string) bool {
	for _, w := range []string{"团队", "團隊", "公司", "社区", "社區", " team", " developers"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// lastModelIndex returns the last model mention that ends before at, or -1.
func lastModelIndex(models []mention, at int) int {
	j := -1
	for k := range models {
		if models[k].End <= at {
			j = k
		}
	}
	return j
}

// usesAsBase matches "as its base model" after the base in "M uses B".
var usesAsBase = regexp.MustCompile(`^ (?:weights )?as (?:its|a|the|their) (?:base|foundation|starting point|backbone)\b`)

// versionGap matches "is a distilled " between a model and "version of".
var versionGap = regexp.MustCompile(`^,? (?:is|was) (?:an?|the) (?:[\w-]+ ){0,3}$`)

// passiveGap reads ", was" / " is" between a model and a derivation cue:
// the model is the subject (Tessellate's model, Tessera-7B, was fine-tuned
// from).
var passiveGapRe = regexp.MustCompile(`^,? ?(?:which |that )?(?:was|is|were|are|has been|had been|have been|was later|was then|is being)(?: partly| largely| mostly| originally)? $`)

func passiveGap(gap string) bool { return passiveGapRe.MatchString(gap) }

// anaphorRe ends the text before a derivation cue with a word for a model
// named before: The model is, 该模型 (coref.go's vocabulary), 後者本身又是以.
var anaphorRe = regexp.MustCompile(`(?:^|[\s，,。；;])(?:而|但|并|並|且)?(?:[Tt]he (?:new |latest )?(?:` + enModelNounAlt + `)|[Ii]t|` +
	zhModelAnaphorAlt + `|后者|後者|前者|模型)(?: (?:is|was|has been|had been))?(?:本身)?(?:又|` +
	`也|则|則)?(?:是)?(?:以|在)?\s*$`)

// anaphorModel returns the model a "the model"/该模型/后者 right before the
// cue at names: the last model mentioned before the anaphor, in this
// sentence or the one before, other than the base.
func (r *relFinder) anaphorModel(s sentence, at int, base *entity) *entity {
	lead := r.doc.text[max(s.Start, at-40):at]
	loc := anaphorRe.FindStringIndex(lead)
	if loc == nil {
		return nil
	}
	pos := at - len(lead) + loc[0]
	return r.doc.modelAntecedent(pos, base, relationModelWindow)
}

// topicModel returns the model that opens the sentence (after a bullet)
// and stays its subject up to the cue: no other model and no sentence
// break stand between.
func topicModel(text string, s sentence, models []mention, at int) *mention {
	if len(models) == 0 || models[0].End > at {
		return nil
	}
	lead := strings.TrimLeft(text[s.Start:models[0].Start], " ·•-*　")
	if lead != "" {
		return nil
	}
	for _, m := range models[1:] {
		if m.Start < at && m.Entity != models[0].Entity {
			return nil
		}
	}
	gap := text[models[0].End:at]
	if strings.ContainsAny(gap, "；;。") || utf8.RuneCountInString(gap) > 24 {
		return nil
	}
	return &models[0]
}

// madeAfter returns the model a verb of making introduces after a base:
// 基于B，微调出面向法律的M模型.
func madeAfter(text string, s sentence, models []mention, from int) *mention {
	rest := text[from:s.End]
	for _, v := range []string{"微调出", "微調出", "训练出", "訓練出", "打造出", "打造了", "开发出", "開發出", "推出了", "做出", "训练了", "訓練了", "微调了", "微調了", "开发了", "開發了"} {
		i := strings.Index(rest, v)
		if i < 0 || utf8.RuneCountInString(rest[:i]) > 12 {
			continue
		}
		at := from + i + len(v)
		for k := range models {
			if models[k].Start >= at && utf8.RuneCountInString(text[at:models[k].Start]) <= 14 && !strings.ContainsAny(text[at:models[k].Start], "，。；,;") {
				return &models[k]
			}
		}
	}
	return nil
}

// thirdParty matches a maker the sentence does not name: 由波兰团队发布.
var thirdParty = regexp.MustCompile(`由[^，。,]{1,12}(发布|發布|开发|開發|推出|训练|訓練|打造)|(团队|團隊|开发者|開發者|社区|社區|研究人员|研究人員)[^，。]{0,8}(发布|發布|推出|开发|開發)|` +
	`\b(?:released|published|built|trained) by\b|\b(?:lab|team|startup|developers?|group|researchers|community|hobbyists?)\b[^,.]{0,20}\b(?:published|released|built|trained|fine-tuned)\b`)

// appositive reports ", a Polish model " between a model and a cue.
func appositive(gap string) bool {
	for _, a := range []string{", a ", ", an ", ", the "} {
		if strings.HasPrefix(gap, a) && len(gap) < 48 && !clauseBreak(gap[len(a):]) {
			return true
		}
	}
	return false
}
