// Stage: discourse, English. The possible subjects of an English speech
// verb beyond the entity mentions: bare given names and surnames, "the
// CEO" standing for a person named earlier, and persons behind a one-word
// organization that is their surname. Reads the prepared document.

package extract

import (
	"sort"
	"strings"
)

// enNextSentence is the start of the sentence that follows pos in the same
// paragraph, when only spaces lie between: the splitter cuts after “Done!”,
// yet the verb that follows (“Done!” shouted X) still names who spoke.
func (d *discourse) enNextSentence(pos int) string {
	k := sort.Search(len(d.units), func(i int) bool { return d.units[i].End >= pos })
	if k+1 >= len(d.units) || d.units[k].Start >= pos || d.units[k+1].para != d.units[k].para {
		return ""
	}
	n := d.units[k+1]
	if strings.TrimSpace(sub(d.doc.text, pos, n.Start)) != "" {
		return ""
	}
	return strings.TrimLeft(sub(d.doc.text, n.Start, min(n.End, n.Start+120)), " ,*")
}

// enCapWord is a capitalised word: a given name or a surname on its own,
// O’Reilly and McKay included.
var enCapWord = re(`\b\p{Lu}[\p{L}'’-]*\p{Ll}\b`)

// enNameCands finds persons the article names once in full and later by a
// given name or surname alone where the entity stage linked no mention
// ("Yasmin Roe, a partner at Spark, joined the board. Yasmin says, …"). A
// word two persons share, or that names anything else, stays unread.
func (d *discourse) enNameCands(taken func(s, e int) bool) []cand {
	parts := map[string]*entity{}
	clash := map[string]bool{}
	whole := map[string]bool{}
	for _, e := range d.doc.entities {
		whole[e.Name] = true
		for a := range e.aliases {
			whole[a] = true
		}
		if e.Type != Person {
			continue
		}
		ws := strings.Fields(e.Name)
		if len(ws) < 2 {
			continue
		}
		for _, w := range []string{ws[0], ws[len(ws)-1]} {
			if p, ok := parts[w]; ok && p != e {
				clash[w] = true
			}
			parts[w] = e
		}
	}
	if len(parts) == 0 {
		return nil
	}
	text := d.doc.text
	var out []cand
	for _, loc := range enCapWord.FindAllStringIndex(text, -1) {
		w := text[loc[0]:loc[1]]
		e := parts[w]
		if e == nil || clash[w] || whole[w] && !e.aliases[w] || taken(loc[0], loc[1]) || d.markAt(loc[0]) >= 0 {
			continue
		}
		// Part of a longer name (Yasmin Lee, Dana Roe Jr) is someone else.
		if enCapWord.MatchString(sub(text, loc[1], min(len(text), loc[1]+2))) && strings.HasPrefix(sub(text, loc[1], loc[1]+1), " ") {
			continue
		}
		out = append(out, cand{span: span{loc[0], loc[1]}, ent: e})
	}
	return out
}

// enCueAdjunctBefore reports whether a speech verb, then only where, when
// and to whom, then a comma stand right before the marks: the second half
// of "“…,” Lee told CNBC on Monday, “but not yet.”" is speech, however
// short.
func (d *discourse) enCueAdjunctBefore(u unit, m qmark) bool {
	if d.zh {
		return false
	}
	from := max(u.Start, m.Start-160)
	if k := d.markAt(from); k >= 0 {
		from = d.marks[k].End
	}
	before := strings.TrimRight(sub(d.doc.text, from, m.Start), " \t*")
	if !strings.HasSuffix(before, ",") {
		return false
	}
	cs := d.findCues(from, from+len(before))
	if len(cs) == 0 {
		return false
	}
	c := cs[len(cs)-1]
	return enAdjunctOnly(c.word, sub(d.doc.text, c.End, from+len(before)-1))
}

// enDescriptor is a person referred to by role or epithet, the way English
// news avoids repeating a name: "the CEO said", "the analyst told CNBC",
// "the billionaire added".
var enDescriptor = re(`\b[Tt]he (CEO|chief executive|executive|analyst|professor|researcher|scientist|founder|co-founder|cofounder|` +
	`spokesperson|spokesman|spokeswoman|engineer|investor|senator|lawmaker|economist|chairman|chairwoman|` +
	`billionaire|entrepreneur|tycoon)\b`)

// enDescriptorEvidence is, per descriptor, what the text near a person's
// name must say for the descriptor to be that person; an epithet with none
// ("the billionaire") is the person named last.
var enDescriptorEvidence = map[string]*filtered{
	"ceo":             re(`(?i)\b(?:CEO|chief executive)\b`),
	"chief executive": re(`(?i)\b(?:CEO|chief executive)\b`),
	"executive":       re(`(?i)\b(?:CEO|chief|executive|president|head)\b`),
	"analyst":         re(`(?i)\banalyst\b`),
	"professor":       re(`(?i)\bprofessor\b`),
	"researcher":      re(`(?i)\b(?:researcher|scientist)\b`),
	"scientist":       re(`(?i)\b(?:researcher|scientist)\b`),
	"founder":         re(`(?i)\b(?:co-?founder|founder|founded)\b`),
	"co-founder":      re(`(?i)\b(?:co-?founder|founder|founded)\b`),
	"cofounder":       re(`(?i)\b(?:co-?founder|founder|founded)\b`),
	"spokesperson":    re(`(?i)\bspokes(?:person|man|woman)\b`),
	"spokesman":       re(`(?i)\bspokes(?:person|man|woman)\b`),
	"spokeswoman":     re(`(?i)\bspokes(?:person|man|woman)\b`),
	"engineer":        re(`(?i)\bengineer\b`),
	"investor":        re(`(?i)\b(?:investor|partner|venture capitalist)\b`),
	"senator":         re(`(?i)\b(?:senator|Sen\.)`),
	"lawmaker":        re(`(?i)\b(?:senator|Sen\.|Rep\.|lawmaker|congress(?:man|woman))`),
	"economist":       re(`(?i)\beconomist\b`),
	"chairman":        re(`(?i)\bchair(?:man|woman)?\b`),
	"chairwoman":      re(`(?i)\bchair(?:man|woman)?\b`),
}

// enDescriptorReach is how far back (in bytes) a descriptor looks for its
// person.
const enDescriptorReach = 2500

// enDescriptorCands turns descriptors that stand beside a speech verb into
// mentions of the person they refer to: the nearest person before whose
// introduction carries the role, or, for an epithet, the person named last.
func (d *discourse) enDescriptorCands() []cand {
	text := d.doc.text
	var out []cand
	for _, loc := range enDescriptor.FindAllStringSubmatchIndex(text, -1) {
		s, e := loc[0], loc[1]
		if d.markAt(s) >= 0 || !d.nearCue(s, e) {
			continue
		}
		noun := strings.ToLower(text[loc[2]:loc[3]])
		if p := d.enDescriptorPerson(s, noun); p != nil {
			out = append(out, cand{span: span{s, e}, ent: p})
		}
	}
	return out
}

// nearCue reports whether a speech verb stands right before s or soon after
// e, in the same clause.
func (d *discourse) nearCue(s, e int) bool {
	before := strings.TrimRight(sub(d.doc.text, max(0, s-24), s), " ")
	if _, ok := d.cueEnding(before); ok {
		return true
	}
	after := sub(d.doc.text, e, min(len(d.doc.text), e+40))
	if k := strings.IndexAny(after, ".;\"“”"); k >= 0 {
		after = after[:k]
	}
	_, _, ok := d.cueStartingAfter(after)
	return ok
}

// enDescriptorPerson finds the person a descriptor at pos refers to.
func (d *discourse) enDescriptorPerson(pos int, noun string) *entity {
	ev := enDescriptorEvidence[noun]
	var lastNamed *entity
	start := sort.Search(len(d.doc.mentions), func(i int) bool { return d.doc.mentions[i].End > pos })
	for i := start - 1; i >= 0; i-- {
		m := d.doc.mentions[i]
		if pos-m.End > enDescriptorReach {
			break
		}
		if m.Entity == nil || m.Entity.Type != Person || d.markAt(m.Start) >= 0 {
			continue
		}
		if lastNamed == nil {
			lastNamed = m.Entity
		}
		if ev != nil && ev.MatchString(d.enRoleWords(i)) {
			return m.Entity
		}
	}
	if ev == nil {
		return lastNamed
	}
	return nil
}

// enRoleEnd ends the words after a name that can give its role.
var enRoleEnd = re(`[.;:"“”]|\sand\s|,\s*(?:who|which|said|says)\b`)

// enRoleWords is the text that introduces the person of mention i: the
// title before the name back to the previous name or sentence end
// ("Greyline chief executive Lars Berg"), and the appositive after it up to
// the next name or clause end ("Berg, the company's CEO,").
func (d *discourse) enRoleWords(i int) string {
	text := d.doc.text
	m := d.doc.mentions[i]
	lo := max(0, m.Start-50)
	if i > 0 {
		lo = max(lo, d.doc.mentions[i-1].End)
	}
	before := sub(text, lo, m.Start)
	if k := strings.LastIndexAny(before, ".;\n"); k >= 0 {
		before = before[k+1:]
	}
	hi := min(len(text), m.End+80)
	if i+1 < len(d.doc.mentions) && d.doc.mentions[i+1].Entity != nil && d.doc.mentions[i+1].Entity.Type == Person {
		hi = min(hi, d.doc.mentions[i+1].Start)
	}
	after := sub(text, m.End, hi)
	if loc := enRoleEnd.FindStringIndex(after); loc != nil {
		after = after[:loc[0]]
	}
	return before + " " + after
}

// enPersonForOrg is, for an English one-word organization whose name is the
// surname of exactly one person the article names in full, that person: the
// entity stage sometimes types a surname alone ("…, Salas said") as an
// organization. Any other entity is itself.
func (d *discourse) enPersonForOrg(e *entity) *entity {
	if d.zh || e == nil || e.Type != Organization || strings.ContainsAny(e.Name, " -") {
		return e
	}
	if d.surnameOrgs == nil {
		d.surnameOrgs = d.enSurnameOrgs()
	}
	if p := d.surnameOrgs[e]; p != nil {
		return p
	}
	return e
}

// enSurnameOrgs maps each one-word organization that is the surname of
// exactly one person of the article to that person.
func (d *discourse) enSurnameOrgs() map[*entity]*entity {
	last := map[string][]*entity{}
	for _, e := range d.doc.entities {
		if ws := strings.Fields(e.Name); e.Type == Person && len(ws) >= 2 {
			last[ws[len(ws)-1]] = append(last[ws[len(ws)-1]], e)
		}
	}
	out := map[*entity]*entity{}
	for _, e := range d.doc.entities {
		if ps := last[e.Name]; e.Type == Organization && len(ps) == 1 {
			out[e] = ps[0]
		}
	}
	return out
}
