// Stage: relations, DERIVED_FROM from names alone: a version and its family
// (Llama 2 -> Llama), and the developer a version inherits. Reads the
// article's model entities, their names and the lexicon.

package extract

import (
	"sort"
	"strings"
)

// Rules of this file (see rules.go).
var (
	// ruleFamilyName finds a version of a family the article names, read from the names.
	ruleFamilyName = defineRule(rule{
		ID:   "derived-from.any.family-name",
		Doc:  "a version of a family the article names, read from the names (Llama 2 -> Llama)",
		Fire: []string{"Meta推出Llama之后，又发布了Llama 2。"},
		Hold: []string{"Meta推出了Llama，又发布了新的眼镜。"},
	})
)

// families relates the versions of a family named in the article to the
// family (Llama 2 -> Llama, Qwen-Turbo -> 通义千问, Code Llama -> Llama),
// and lets a version inherit the developer the text gives its family.
func (r *relFinder) families() {
	lex := r.x.lex
	for _, e := range r.doc.entities {
		if e.Type != Model || snapshotName(e.Name) {
			continue // gpt-4-0613 is GPT-4 pinned at a date, not a version of it
		}
		fam := r.doc.familyOf(lex, e)
		if fam == nil || fam == e || r.seen[Relation{Type: DerivedFrom, From: fam.Name, To: e.Name}] {
			continue // the text said it the other way: Grok-1 powers the Grok chatbot
		}
		r.add(ruleFamilyName, DerivedFrom, e, fam, "", false)
		if !r.statedFromFamily(e, fam) && !namesDerivative(e.Name, fam) {
			r.byFamily = append(r.byFamily, [2]*entity{e, fam})
		}
	}
	// a version inherits the developer the text gives its family
	hasDev := map[string]bool{}
	for _, rel := range r.out {
		if rel.Type == Developed {
			hasDev[rel.To] = true
		}
	}
	for changed := true; changed; {
		changed = false
		for _, vf := range r.byFamily {
			if hasDev[vf[0].Name] && !r.inherited[vf[0].Name] {
				continue // the text names its own developer
			}
			for _, rel := range r.out {
				if rel.Type == Developed && rel.To == vf[1].Name {
					r.inherited[vf[0].Name] = true
					k := Relation{Type: Developed, From: rel.From, To: vf[0].Name}
					if !r.seen[k] {
						r.seen[k] = true
						k.Rule = ruleFamilyDeveloper
						r.out = append(r.out, k)
						changed = true
					}
				}
			}
		}
	}
}

// statedFromFamily reports that the text says e was fine-tuned from its
// name family or a member of it (Phi-3-mini-PL, fine-tuned from
// Phi-3-mini): a third party's version, which keeps its own maker. A
// version built on another family's model (Bramble-2-7B, fine-tuned from
// Mistral-7B) still belongs to the maker of its own family.
func (r *relFinder) statedFromFamily(e, fam *entity) bool {
	if !r.stated[e] {
		return false
	}
	for _, rel := range r.out {
		if rel.Type != DerivedFrom || rel.From != e.Name || rel.Rule == ruleFamilyName {
			continue
		}
		if rel.To == fam.Name {
			return true
		}
		if base := r.doc.findModel(r.x.lex, rel.To); base == nil || opensWithFamily(base, fam) || opensWithFamily(fam, base) {
			return true
		}
	}
	return false
}

// modelFamily is the family a model name is a version of, from the name:
// "Llama 2" -> "Llama", "Qwen2.5-72B" -> "Qwen", "Code Llama" -> "Llama",
// "GPT-4o" -> "GPT"; "" when the name has no version part.
func modelFamily(name string) string {
	i := 0
	for i < len(name) && (name[i] >= 'a' && name[i] <= 'z' || name[i] >= 'A' && name[i] <= 'Z') {
		i++
	}
	if i >= 2 && i < len(name) && versionSuffix(name, i) == len(name) {
		return name[:i]
	}
	words := strings.Fields(name)
	if len(words) == 2 && isNameWord(words[1]) && isNameWord(words[0]) {
		return words[1] // Code Llama
	}
	return ""
}

// findModel returns the article's model entity that a name names.
func (doc *document) findModel(lex *lexicon, name string) *entity {
	if name == "" {
		return nil
	}
	k := foldKey(name)
	for _, e := range doc.entities {
		if e.Type != Model {
			continue
		}
		for a := range e.aliases {
			if foldKey(a) == k {
				return e
			}
		}
	}
	if le := lex.entry(Model, name); le != nil {
		for _, e := range doc.entities {
			if e.Type == Model && lex.entry(Model, e.Name) == le {
				return e
			}
		}
	}
	return nil
}

// familyOf returns the model entity of the article that e is a version of,
// judged by the names the article uses (Llama 2, Qwen-Turbo, Code Llama).
// A lexicon family counts only when a name of e spells it out, so ChatGPT
// is not made a version of GPT.
func (doc *document) familyOf(lex *lexicon, e *entity) *entity {
	aliases := sortedAliases(e)
	for _, a := range aliases {
		cands := familyPrefixes(a)
		if w := strings.Fields(a); len(w) == 2 && isNameWord(w[0]) && isNameWord(w[1]) {
			cands = append(cands, w[1]) // Code Llama -> Llama
		}
		for _, p := range cands {
			if f := doc.findModel(lex, p); f != nil && f != e {
				return f
			}
		}
	}
	le := lex.entry(Model, e.Name)
	for depth := 0; le != nil && depth < 3; depth++ {
		fam := lex.entry(Model, le.attr("family"))
		if fam == nil {
			break
		}
		for _, ff := range fam.forms() {
			for _, a := range aliases {
				if containsWord(a, ff) {
					if f := doc.findModel(lex, fam.Name); f != nil && f != e {
						return f
					}
				}
			}
		}
		le = fam
	}
	return nil
}

// sortedAliases lists an entity's forms in a fixed order, the name first,
// so that rules reading them give the same answer on every run.
func sortedAliases(e *entity) []string {
	out := make([]string, 0, len(e.aliases))
	for a := range e.aliases {
		if a != e.Name {
			out = append(out, a)
		}
	}
	sort.Strings(out)
	return append([]string{e.Name}, out...)
}

// containsWord reports whether name contains part as whole words.
func containsWord(name, part string) bool {
	i := strings.Index(name, part)
	if i < 0 || part == name {
		return false
	}
	return wordBounded(name, span{i, i + len(part)})
}

// familyPrefixes lists the names a model name is a version of, nearest
// first: sizes and variants come off freely (Qwen2.5-72B-Instruct ->
// Qwen2.5-72B -> Qwen2.5), a version number only when nothing else came
// off before it (Llama 2 -> Llama, but not Qwen2-VL -> Qwen, since Qwen2 is
// a generation of its own).
func familyPrefixes(name string) []string {
	var out []string
	cur := name
	stripped := false
	for {
		i := strings.LastIndexAny(cur, " -")
		digitTail := func() int { // Qwen2.5: the version glued to the family
			k := len(cur)
			for k > 0 && (cur[k-1] >= '0' && cur[k-1] <= '9' || cur[k-1] == '.') {
				k--
			}
			if k > 0 && k < len(cur) && isLatinAlnum(rune(cur[k-1])) && cur[k-1] > '9' {
				return k
			}
			return -1
		}()
		var part, next string
		switch {
		case i > 0 && (digitTail < 0 || i > digitTail):
			part, next = cur[i+1:], strings.TrimRight(cur[:i], " -")
		case digitTail > 0:
			part, next = cur[digitTail:], cur[:digitTail]
		default:
			return out
		}
		version := part != "" && part[0] >= '0' && part[0] <= '9' && !isSize(part)
		if version && stripped {
			return out
		}
		if next == "" {
			return out
		}
		out = append(out, next)
		if version {
			stripped = true
			// after a version comes off, only the bare family is left to try
		}
		stripped = stripped || !version && !isSize(part) // a size comes off freely: Llama 3.1 8B -> Llama 3.1 -> Llama
		cur = next
	}
}

// isSize: 7B, 72B, 405B, 8x7B.
func isSize(s string) bool {
	s = strings.ToLower(s)
	if !strings.HasSuffix(s, "b") && !strings.HasSuffix(s, "m") && !strings.HasSuffix(s, "t") {
		return false
	}
	for _, r := range s[:len(s)-1] {
		if !(r >= '0' && r <= '9' || r == '.' || r == 'x') {
			return false
		}
	}
	return len(s) > 1
}
