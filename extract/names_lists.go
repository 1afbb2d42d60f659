package extract

// Mentions stage, after resolution (entity.any.list-item). Names in lists:
// the items of a coordinated list (A、B和C; A, B and C) name things of one
// kind, so the items the lexicon or a pattern typed give the type of the
// others.

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ruleEntityListItem is the ID of the rule described by its Doc; candidates carry it.
var ruleEntityListItem = defineRule(rule{
	ID:   "entity.any.list-item",
	Doc:  "an item of a list whose other items are known names of one type",
	Fire: []string{`OpenAI、Anthropic和Zentrix都在招聘工程师。`},
	Hold: []string{`Zentrix都在招聘工程师。`},
})

// listItem is one item of a list: a Latin run of words or a candidate that
// stands alone (a Chinese name).
type listItem struct {
	span
	exact int   // index in chosen of the candidate covering the item exactly, or -1
	inner []int // indexes of candidates inside the item, shorter than it
	latin bool
}

// zhListSeps and enListSeps join the items of a list.
var (
	zhListSeps = map[string]bool{"、": true, "和": true, "与": true, "與": true, "及": true, "以及": true, "或": true, "跟": true}
	enListSeps = map[string]bool{",": true, "and": true, ", and": true, "or": true, ", or": true}
)

// listCues are words right after a list that say what its items are:
// …、Snorkel AI 等公司, o1-preview、r1 模型, …等多位教授.
var listCues = []struct {
	word string
	typ  Type
}{
	{"公司", Organization}, {"企业", Organization}, {"企業", Organization}, {"机构", Organization}, {"機構", Organization}, {"投资方", Organization},
	{"投資方", Organization}, {"实验室", Organization}, {"實驗室", Organization}, {"大学", Organization}, {"大學", Organization}, {"初创", Organization}, {"厂商", Organization}, {"廠商", Organization},
	{"模型", Model}, {"大模型", Model}, {"架构", Model}, {"架構", Model}, {"系列模型", Model}, {"聊天机器人", Model}, {"聊天機器人", Model},
	{"人", Person}, {"教授", Person}, {"研究员", Person}, {"研究員", Person}, {"研究者", Person}, {"学者", Person}, {"學者", Person}, {"作者", Person}, {"联合创始人", Person}, {"聯合創始人", Person},
}

// listLeadCues are words right before a list that say what its items are:
// 投资机构包括了 Lux、DCVC.
var listLeadCues = []struct {
	word string
	typ  Type
}{
	{"投资机构包括", Organization}, {"投資機構包括", Organization}, {"投资方包括", Organization}, {"投資方包括", Organization}, {"投资者包括", Organization},
	{"模型包括", Model}, {"模型有", Model},
}

// listTypes types the untyped items of coordinated lists by their typed
// neighbours or a cue word, and settles items whose lexicon entry is
// ambiguous (DeepSeek the company or the model family). It returns chosen
// with the new candidates added and the ones they cover dropped: chosen
// itself, changed in place, when the lists added and dropped none (a long
// article's kept candidates are joined into one slice only then).
func (x *Extractor) listTypes(doc *document, chosen *keptCands) *keptCands {
	var add []candidate
	drop := map[int]bool{}
	k, n := 0, chosen.len()
	for _, s := range doc.sentences {
		lo := k
		for lo < n && chosen.at(lo).Start < s.Start {
			lo++
		}
		hi := lo
		for hi < n && chosen.at(hi).End <= s.End {
			hi++
		}
		k = lo
		if !strings.ContainsAny(doc.text[s.Start:s.End], "、和与與及或跟,") {
			continue
		}
		items := x.listItemsOf(doc, s, chosen, lo, hi)
		for _, g := range listGroups(doc, s, items) {
			x.typeGroup(doc, s, chosen, g, &add, drop)
		}
	}
	if len(add) == 0 && len(drop) == 0 {
		return chosen
	}
	// Filtered in place: the caller keeps only the result, and a second
	// copy of an article's candidates is the stage's largest allocation.
	joined := joinStretches(chosen.parts)
	out := joined[:0]
	for i, c := range joined {
		if !drop[i] {
			out = append(out, c)
		}
	}
	out = append(out, add...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return newKept([][]candidate{out})
}

// listItemsOf returns the Latin runs of a sentence and the candidates
// outside them, in text order.
func (x *Extractor) listItemsOf(doc *document, s sentence, chosen *keptCands, lo, hi int) []listItem {
	zh := hasHan(doc.text[s.Start:s.End])
	var items []listItem
	words := latinWords(doc.text, s.span)
	for i := 0; i < len(words); {
		j := i + 1
		for j < len(words) && adjacent(doc.text, words[j-1], words[j]) && !words[j-1].possessive && (zh || capitalWord(words[j].text)) {
			j++
		}
		run := words[i:j]
		i = j
		if !zh {
			// English: the capitalised words of the run only
			for len(run) > 0 && !capitalWord(run[0].text) {
				run = run[1:]
			}
		}
		if len(run) == 0 {
			continue
		}
		items = append(items, listItem{span: span{run[0].Start, run[len(run)-1].End}, exact: -1, latin: true})
	}
	for c := lo; c < hi; c++ {
		cs := chosen.at(c).span
		in := false
		for n := range items {
			it := &items[n]
			if !it.latin || cs.Start < it.Start || cs.End > it.End {
				continue
			}
			in = true
			if cs == it.span {
				it.exact = c
			} else {
				it.inner = append(it.inner, c)
			}
		}
		if !in {
			items = append(items, listItem{span: cs, exact: c})
		}
	}
	sort.Slice(items, func(a, b int) bool { return items[a].Start < items[b].Start })
	return items
}

// capitalWord reports a word that starts with a capital or a digit.
func capitalWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// listGroups links neighbouring items that a list separator joins; it
// returns the groups of two items or more.
func listGroups(doc *document, s sentence, items []listItem) [][]listItem {
	seps := enListSeps
	if hasHan(doc.text[s.Start:s.End]) {
		seps = zhListSeps // (Amazon.com Inc., AMZN): a comma in Chinese text joins no list
	}
	var out [][]listItem
	var cur []listItem
	for i, it := range items {
		if i > 0 && len(cur) > 0 && items[i-1].End <= it.Start && seps[strings.TrimSpace(doc.text[items[i-1].End:it.Start])] {
			cur = append(cur, it)
			continue
		}
		if len(cur) >= 2 {
			out = append(out, cur)
		}
		cur = []listItem{it}
	}
	if len(cur) >= 2 {
		out = append(out, cur)
	}
	return out
}

// typeGroup decides the type of one list and types its items.
func (x *Extractor) typeGroup(doc *document, s sentence, chosen *keptCands, g []listItem, add *[]candidate, drop map[int]bool) {
	votes := map[Type]int{}
	for _, it := range g {
		if it.exact < 0 {
			continue
		}
		c := *chosen.at(it.exact)
		if x.ambiguousItem(c, doc.text[c.Start:c.End]) {
			continue
		}
		votes[c.typ()]++
	}
	cue := listCue(doc.text[g[len(g)-1].End:s.End], doc.text[s.Start:g[0].Start])
	if len(votes) > 1 {
		majorityVote(votes)
	}
	var typ Type
	switch {
	case len(votes) > 1:
		return // a mixed list: Anthropic, Sam Roberts and Claude
	case cue != "":
		if len(votes) == 1 && votes[cue] == 0 {
			return
		}
		typ = cue
	case len(votes) == 1:
		for t := range votes {
			typ = t
		}
		if !hasHan(doc.text[s.Start:s.End]) && (votes[typ] < 2 && typ != Person || !joinedByAnd(doc, g)) {
			return // one known name in an English list is weak evidence; commas alone may be appositions
		}
	default:
		return
	}
	for _, it := range g {
		surface := doc.text[it.Start:it.End]
		if it.exact >= 0 {
			c := chosen.at(it.exact)
			if c.typ() == typ {
				continue
			}
			if c.altCount() > 1 {
				for _, a := range c.altList() {
					if a.Type == typ {
						c.lex, c.ty, c.name = a, codeOf(a.Type), a.Name
						c.setAlts([]*lexEntry{a})
						break
					}
				}
				continue
			}
			if typ == Model && c.typ() == Organization && x.lex.brand(surface) {
				// DeepSeek in a list of models: the family, not the company
				m := candidate{span: c.span, ty: codeOf(Model), name: surface, prio: c.prio, rule: refOf(ruleEntityListItem)}
				if e := x.lex.lookupType(surface, Model); e != nil {
					m.lex, m.name = e, e.Name
				}
				*c = m
			}
			continue
		}
		if !it.latin || !listShape(surface, typ) || x.lex.ignored(surface) {
			continue
		}
		if l := x.lex.lookup(surface); len(l) > 0 && x.lex.lookupType(surface, typ) == nil {
			continue
		}
		ok := true
		for _, c := range it.inner {
			if chosen.at(c).typ() != typ || typ != Organization {
				ok = false // Qwen-VL-Max holds a model of its own; Samsung Next an organization
			}
		}
		for _, part := range chosen.parts {
			for _, c := range part {
				if c.Start < it.End && it.Start < c.End && (c.Start < it.Start || c.End > it.End) {
					ok = false // a name that runs past the item (OpenAI公司): it stays as it is
				}
			}
		}
		if !ok {
			continue
		}
		for _, c := range it.inner {
			drop[c] = true
		}
		*add = append(*add, candidate{span: it.span, ty: codeOf(typ), name: surface, prio: 1, rule: refOf(ruleEntityListItem)})
	}
}

// majorityVote keeps only the winning type of a list where one type has
// at least three votes and three times as many as the others together (a
// list of models with one lab among them); otherwise it leaves the votes.
func majorityVote(votes map[Type]int) {
	total, best := 0, Type("")
	for t, n := range votes {
		total += n
		if best == "" || n > votes[best] {
			best = t
		}
	}
	if votes[best] >= 3 && votes[best] >= 3*(total-votes[best]) {
		for t := range votes {
			if t != best {
				delete(votes, t)
			}
		}
	}
}

// joinedByAnd reports an English list whose last items an and or an or
// joins: "A, B and C", not the apposition "Percy Liang, Associate Professor".
func joinedByAnd(doc *document, g []listItem) bool {
	for i := 1; i < len(g); i++ {
		t := strings.TrimSpace(doc.text[g[i-1].End:g[i].Start])
		if strings.HasSuffix(t, "and") || strings.HasSuffix(t, "or") {
			return true
		}
	}
	return false
}

// ambiguousItem reports a list item whose type the lexicon leaves open: an
// entry with several types, or a company's name that also opens its
// models' names.
func (x *Extractor) ambiguousItem(c candidate, surface string) bool {
	if c.altCount() > 1 {
		return true
	}
	return c.typ() == Organization && x.lex.brand(surface)
}

// listCue returns the type a cue word around a list gives, or "".
func listCue(after, before string) Type {
	after = strings.TrimLeft(after, " ")
	after = strings.TrimPrefix(after, "等等")
	after = strings.TrimPrefix(after, "等")
	after = strings.TrimPrefix(after, "多位")
	after = strings.TrimPrefix(after, "多家")
	after = strings.TrimLeft(after, " ")
	after = strings.TrimPrefix(after, "的") // Idefics、SigLip和UHD的架构
	for _, c := range listCues {
		if strings.HasPrefix(after, c.word) {
			return c.typ
		}
	}
	before = strings.TrimRight(before, " 了")
	for _, c := range listLeadCues {
		if strings.HasSuffix(before, c.word) {
			return c.typ
		}
	}
	return ""
}

// listShape reports an untyped list item that can be a name of the type:
// a person is two to four name words, an organization or a model a word
// with a capital, a digit or a dot that is no common word.
func listShape(name string, typ Type) bool {
	words := strings.Fields(name)
	if len(words) == 0 || genericLatin[name] || notNameWord[name] || architectureWords[name] || len(name) < 2 || strings.IndexFunc(name, unicode.IsLetter) < 0 {
		return false // 2和8月: a number is no name
	}
	switch typ {
	case Person:
		if len(words) < 2 || len(words) > 4 {
			return false
		}
		for _, w := range words {
			if !isNameWord(w) && !nameParticles[w] || notNameWord[w] || titleWordsEn[strings.ToLower(w)] {
				return false // Percy Liang, Associate Professor: a title, not a second person
			}
		}
		return true
	default:
		if len(words) > 4 {
			return false
		}
		return strings.IndexFunc(name, func(r rune) bool { return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '.' }) >= 0
	}
}
