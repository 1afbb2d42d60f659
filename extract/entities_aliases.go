package extract

// Mentions stage, after merging: what the entity table (entities_merge.go)
// learns once every candidate is in. Names joined with their other-script
// form or abbreviation in parentheses, a model family folded into the one
// version named before it, and the later mentions of every alias and
// family name found anywhere in the text.

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// mergeParentheses joins a name and the other-script name that follows it
// in parentheses: 门施(Arthur Mensch), 扎克伯格（Mark Zuckerberg）.
func (t *entityTable) mergeParentheses(doc *document) {
	for i := 0; i+1 < len(t.mentions); i++ {
		a, b := t.mentions[i], t.mentions[i+1]
		if a.Entity == b.Entity || a.Entity == nil || b.Entity == nil || a.End > b.Start {
			continue
		}
		between := doc.text[a.End:b.Start]
		if !openParenTitles(between) {
			continue
		}
		rest := doc.text[b.End:]
		if !strings.HasPrefix(rest, ")") && !strings.HasPrefix(rest, "）") {
			continue
		}
		if a.Entity.Type != b.Entity.Type && !(b.Entity.Type == Person || a.Entity.Type == Person) {
			continue
		}
		if a.Entity.Type == Person && b.Entity.Type == Organization && (t.fromLexicon(b.Entity) || b.Entity.mentions > 1) {
			continue // Priya Raman (Forrester): her employer, not another name of hers
		}
		t.merge(a.Entity, b.Entity)
	}
	// an abbreviation in parentheses after an organization: Center for
	// Civic Computing (CCC), 基础AI研究院 after FAIR
	for _, m := range t.mentions {
		if m.Entity.Type != Organization {
			continue
		}
		rest := doc.text[m.End:]
		open := ""
		for _, o := range []string{" (", "(", "（", " （"} {
			if strings.HasPrefix(rest, o) {
				open = o
				break
			}
		}
		if open == "" {
			continue
		}
		inner := rest[len(open):]
		end := strings.IndexAny(inner, ")）")
		if end <= 0 || end > 40 {
			continue
		}
		abbr := inner[:end]
		if isAbbreviation(abbr) || (hasHan(abbr) && utf8.RuneCountInString(abbr) <= 12 && hasOrgHead(abbr)) {
			switch other := t.byKey[string(Organization)+foldKey(abbr)]; {
			case other == nil:
				t.alias(m.Entity, abbr)
			case other != m.Entity && !t.fromLexicon(other):
				// "researchers at CCC" made CCC an organization of its own
				// before "(CCC)" said what it stands for
				t.merge(m.Entity, other)
			}
		}
	}
}

// openParenTitles reports the text between a name and its other-script
// form in parentheses: the parenthesis, and titles of address that the
// other form carries (（Dr John Moult）, （Prof Dame Janet Thornton）).
func openParenTitles(between string) bool {
	t := strings.TrimSpace(between)
	for _, h := range honorificsZh {
		t = strings.TrimPrefix(t, h) // 莫尔特博士（Dr John Moult）
	}
	rest, ok := strings.CutPrefix(t, "(")
	if !ok {
		if rest, ok = strings.CutPrefix(t, "（"); !ok {
			return false
		}
	}
	for _, w := range strings.Fields(rest) {
		if !addressTitles[strings.TrimSuffix(w, ".")] {
			return false
		}
	}
	return true
}

// addressTitles are titles written before a name: Dr, Prof, Dame, Sir.
var addressTitles = vocabSet("en-name-address-titles")

// familyShortName folds a family name into the one version the article
// named before it: after "Claude 3 Opus", "Claude" is its short name. When
// several versions are named, or the family comes first, the family is a
// thing of its own (Llama, then Llama 2 and Llama 3).
func (t *entityTable) familyShortName(doc *document) {
	first := map[*entity]int{}
	for _, m := range t.mentions {
		if v, ok := first[m.Entity]; !ok || m.Start < v {
			first[m.Entity] = m.Start
		}
	}
	versions := map[*entity][]*entity{}
	for _, e := range t.list {
		if e.Type != Model {
			continue
		}
		if f := doc.familyOf(t.lex, e); f != nil {
			versions[f] = append(versions[f], e)
		}
	}
	product := map[*entity]bool{} // Grok chatbot, 豆包App: the family named as a product
	for _, m := range t.mentions {
		rest := strings.TrimLeft(doc.text[m.End:min(len(doc.text), m.End+20)], " ")
		for _, p := range []string{"chatbot", "app", "App", "assistant", "聊天机器人", "聊天機器人", "助手", "应用", "應用", "系列", "家族", "series", "family", "models", "模型家族"} {
			if strings.HasPrefix(rest, p) {
				product[m.Entity] = true
			}
		}
	}
	for _, f := range append([]*entity(nil), t.list...) {
		vs := versions[f]
		if len(vs) == 1 && first[vs[0]] < first[f] && len(versions[vs[0]]) == 0 && !product[f] && !namesDerivative(vs[0].Name, f) {
			t.merge(vs[0], f)
		}
	}
}

// namesDerivative reports a version name that carries a word of its own
// besides sizes, numbers and variant words (Llama3-TAIDE-LX-8B-Chat): a
// derivative with its own name, not a longer way to say the family.
func namesDerivative(version string, fam *entity) bool {
	for f := range fam.aliases {
		rest, ok := strings.CutPrefix(version, f)
		if !ok {
			// Llama3-TAIDE after Llama 3: the same family written without the space
			if rest, ok = strings.CutPrefix(strings.ReplaceAll(version, " ", ""), strings.ReplaceAll(f, " ", "")); !ok {
				continue
			}
		}
		for _, p := range strings.FieldsFunc(rest, func(r rune) bool { return r == '-' || r == ' ' || r == '.' }) {
			lp := strings.ToLower(p)
			if !variantWords[lp] && !isSize(p) && strings.TrimLeft(p, "0123456789") != "" && !(len(lp) <= 2 && strings.TrimLeft(lp, "0123456789") != lp) {
				return true
			}
		}
		return false
	}
	return false
}

// secondPass finds the later mentions of names the patterns discovered
// (谭待 after 总裁谭待), family names alone (Carlsson after Kjell Carlsson)
// and abbreviations (CCC), wherever no mention stands yet.
func (t *entityTable) secondPass(doc *document) {
	type form struct {
		text string
		e    *entity
		kind mentionKind
	}
	var forms []form
	seen := map[string]bool{}
	for _, e := range t.list {
		for a := range e.aliases {
			if seen[a] || utf8.RuneCountInString(a) < 2 || t.lex.ignored(a) {
				continue
			}
			seen[a] = true
			forms = append(forms, form{a, e, byName})
		}
	}
	for s, e := range t.surname {
		if e == nil || seen[s] || t.lex.ignored(s) || len(t.lex.lookup(s)) > 0 {
			continue
		}
		seen[s] = true
		forms = append(forms, form{s, e, bySurname})
	}
	sort.Slice(forms, func(i, j int) bool {
		if len(forms[i].text) != len(forms[j].text) {
			return len(forms[i].text) > len(forms[j].text)
		}
		return forms[i].text < forms[j].text
	})
	taken := newOccupancy(len(doc.text)) // bounded.go: linear, not all pairs
	for _, m := range t.mentions {
		taken.take(m.Start, m.End)
	}
	free := func(s span) bool { return taken.free(s.Start, s.End) }
	for _, snt := range doc.sentences {
		text := doc.text[:snt.End]
		for _, f := range forms {
			for at := range occurrences(text, f.text, snt.Start) {
				s := span{at, at + len(f.text)}
				if !wordBounded(text, s) || !free(s) {
					continue
				}
				taken.take(s.Start, s.End)
				f.e.aliases[f.text] = true
				f.e.mentions++
				t.mentions = append(t.mentions, mention{span: s, Entity: f.e, Kind: f.kind})
			}
		}
	}
}
