// Stage events: the name of an event, a short phrase of who, the
// trigger and what ("Meta发布Llama 2", the NeurIPS Conference). Reads the
// mentions and the quotation marks.
package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// namesObject reports whether an event of the kind is named with what it
// acts on: a release of a model, an acquisition of a company.
func namesObject(kind string) bool {
	switch kind {
	case EventRelease, EventLaunch, EventAcquisition, EventLawsuit, EventLeak, EventOther:
		return true
	}
	return false
}

func possessive(text string, end int) bool {
	rest := sub(text, end, end+4)
	return strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") || strings.HasPrefix(rest, "的")
}

// eventName is a short phrase from the clause: who, the trigger and what,
// without the date ("Meta发布Llama 2").
func (f *eventFinder) eventName(cs, ce int, trig span, word, kind string, d span, subj *entity) string {
	text := f.doc.text
	var before, after *mention
	// Only mentions that start at or after cs (before) or the trigger's
	// end (after) and end by the trigger's start or ce can be either.
	lo, hi := f.doc.mentionFrom(min(cs, trig.End)), len(f.doc.mentions)
	for i := lo; i < hi && f.doc.mentions[i].Start < max(trig.Start, ce); i++ {
		m := f.doc.mentions[i]
		// Names in speech are no part of the name; a term in marks is (「日日新5.0」).
		if mi := f.markAt(m.Start); m.Entity == nil || mi >= 0 && f.statementLike(f.marks[mi].inner) {
			continue
		}
		// The first name of the clause is its subject (Meta与微软合作发布…),
		// unless it only owns the next (Elon Musk's xAI).
		if m.Start >= cs && m.End <= trig.Start && (m.Start < d.Start || m.Start >= d.End) && before == nil && !possessive(text, m.End) {
			before = &f.doc.mentions[i]
		}
		// What was released, bought or sued: no person.
		if m.Start >= trig.End && m.End <= ce && after == nil && m.Entity.Type != Person {
			after = &f.doc.mentions[i]
		}
	}
	if word == "" {
		// 7月的Llama 2: the model's release.
		// Ends rise with starts: only one mention can end at the trigger's end.
		for _, m := range f.doc.mentions[f.doc.mentionEndingAfter(trig.End-1):] {
			if m.End > trig.End {
				break
			}
			if m.End == trig.End && m.Entity != nil {
				if f.zh {
					return m.Entity.Name + "发布"
				}
				return m.Entity.Name + " release"
			}
		}
		return strings.TrimSpace(text[trig.Start:trig.End])
	}
	var parts []string
	if before != nil {
		parts = append(parts, before.Entity.Name)
	} else if subj != nil && (after == nil || after.Entity != subj) {
		// "The company was founded in 1993 by …": the company.
		parts = append(parts, subj.Name)
	}
	parts = append(parts, f.triggerPhrase(cs, trig, word, d))
	if after != nil && after.Entity != nil && (before == nil || after.Entity != before.Entity) && namesObject(kind) {
		parts = append(parts, after.Entity.Name)
	}
	name := parts[0]
	for _, p := range parts[1:] {
		// Chinese runs together, except where two Latin words meet.
		l, _ := utf8.DecodeLastRuneInString(name)
		r, _ := utf8.DecodeRuneInString(p)
		if !f.zh || l < 0x80 && r < 0x80 && (unicode.IsLetter(l) || unicode.IsDigit(l)) && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			name += " "
		}
		name += p
	}
	return name
}

// triggerPhrase widens a meeting's trigger to its name: 云栖大会,
// Connect开发者大会, the NeurIPS Conference.
func (f *eventFinder) triggerPhrase(cs int, trig span, word string, d span) string {
	text := f.doc.text
	lo := cs
	if d.End <= trig.Start && d.End > lo {
		lo = d.End
	}
	if !isConference(word) || lo >= trig.Start {
		return word
	}
	pre := text[lo:trig.Start]
	if f.zh {
		k := strings.LastIndexAny(pre, "的在于於上了，,、 　")
		for k >= 0 && k+1 < len(pre) && pre[k] == ' ' && isLatinAround(pre, k) {
			k = strings.LastIndexAny(pre[:k], "的在于於上了，,、")
		}
		if k >= 0 {
			_, n := utf8.DecodeRuneInString(pre[k:])
			pre = pre[k+n:]
		}
		if utf8.RuneCountInString(pre) > 12 {
			return word
		}
		return strings.TrimSpace(pre) + word
	}
	ws := strings.Fields(pre)
	var keep []string
	for i := len(ws) - 1; i >= 0 && len(keep) < 3; i-- {
		r, _ := utf8.DecodeRuneInString(ws[i])
		if !unicode.IsUpper(r) {
			break
		}
		keep = append([]string{ws[i]}, keep...)
	}
	if len(keep) == 0 {
		return word
	}
	return strings.Join(keep, " ") + " " + word
}

// isLatinAround reports whether the space at k joins two Latin words
// (AI Native).
func isLatinAround(s string, k int) bool {
	l, _ := utf8.DecodeLastRuneInString(s[:k])
	r, _ := utf8.DecodeRuneInString(s[k+1:])
	return l < 0x80 && r < 0x80 && unicode.IsLetter(l) && unicode.IsLetter(r)
}
