// Stage events: who takes part in an event — the names of its clause or
// stretch, pronouns and "the company" resolved through the quote finder's
// speakers and the organizations named before.
package extract

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// namesIn are the entities named in [s, e) that can take part in the event
// whose trigger is at trig, pronouns resolved.
func (f *eventFinder) namesIn(ui, s, e, trig int) []*entity {
	// Who reports an event in reported speech takes no part in it; who
	// speaks at a conference does.
	attributing := func(s span) bool {
		for _, r := range f.regions {
			if s.Start >= r.Start && s.End <= r.End && (trig < r.Start || trig >= r.End) {
				return true
			}
		}
		return false
	}
	cands := f.eventCands()
	var out []*entity
	seen := map[*entity]bool{}
	i := sort.Search(len(cands), func(i int) bool { return cands[i].Start >= s })
	for ; i < len(cands) && cands[i].Start < e; i++ {
		c := cands[i]
		if c.End > e || attributing(c.span) || f.inDateline(c.span) || f.inZhWireDateline(c.span) || f.inEnWireDateline(c.span) {
			continue
		}
		ent := c.ent
		if ent == nil {
			if c.gender == 'n' {
				// the company, 该公司; "it" and "they" are too loose.
				if w := strings.ToLower(sub(f.doc.text, c.Start, c.End)); w != "it" && w != "they" {
					ent = f.lastOrgBefore(c.Start, w)
				}
			} else {
				ent = f.resolvePronoun(ui, c.Start, c.gender)
			}
		}
		if ent != nil && !seen[ent] {
			seen[ent] = true
			out = append(out, ent)
		}
	}
	return out
}

// eventEntities are the entities that take part: those named in the clause
// outside quotation marks (pronouns resolved), else those of the sentence.
func (f *eventFinder) eventEntities(ui int, u unit, cs, ce, trig int) []*entity {
	collect := func(s, e int) []*entity { return f.namesIn(ui, s, e, trig) }
	if ents := collect(cs, ce); len(ents) > 0 {
		// A clause with no name before its verb has its subject in an
		// earlier clause (…，6月間已籌集了…); one with a name has its own.
		if f.zh && len(collect(cs, trig)) == 0 {
			for _, e := range collect(u.Start, cs) {
				if e.Type != Person || len(ents) == 0 {
					ents = appendEnt(ents, e)
				}
			}
		}
		return ents
	}
	// A clause without names takes the sentence's: 在今年6月的会议上，X表示…;
	// but not a later clause's that tells a happening of its own
	// (A昨天召开通气会，就B今年3月发布的《办法》…: B held no briefing).
	if !f.zh {
		return collect(u.Start, u.End)
	}
	ents := collect(u.Start, cs)
	text := f.doc.text
	for s := ce; s < u.End; {
		// s stands on the clause's opening mark; e finds the next one.
		_, n := utf8.DecodeRuneInString(sub(text, s, u.End))
		e := s + max(n, 1)
		for e < u.End {
			r, n := utf8.DecodeRuneInString(sub(text, e, u.End))
			if strings.ContainsRune("，,；;", r) {
				break
			}
			e += max(n, 1)
		}
		if !hasTrigger(sub(text, s, e)) {
			for _, x := range collect(s, e) {
				ents = appendEnt(ents, x)
			}
		}
		s = e
	}
	return ents
}

// enVerbEntities are those taking part in one verb of an English sentence
// of several: the names from the trigger before it to the one after, and
// the sentence's subject when the stretch has none before its verb
// ("Tessellate was founded in 2021 and raised …"), or all names before it
// when the stretch has none at all. The first stretch never borrows from
// later ones: in "It was founded in 2019 and raised … from Acorn" Acorn
// took no part in the founding.
func (f *eventFinder) enVerbEntities(ui int, u unit, cs, ss, se, trig int) []*entity {
	own := f.namesIn(ui, ss, se, trig)
	if ss == cs || len(f.namesIn(ui, ss, trig, trig)) > 0 {
		return own
	}
	subj := f.namesIn(ui, cs, ss, trig)
	if len(own) == 0 || len(subj) == 0 {
		// "xAI announced on May 26 that it had raised …": the names before.
		return append(subj, own...)
	}
	return append([]*entity{subj[0]}, own...)
}

// eventCands are the subject candidates (f.cands) plus the names in quotation
// marks that are terms (the model “青岚-工匠”), which take part in events
// too; sorted by start.
func (f *eventFinder) eventCands() []cand {
	if f.evCands != nil {
		return f.evCands
	}
	cands := append([]cand{}, f.cands...)
	for _, m := range f.doc.mentions {
		if mi := f.markAt(m.Start); mi >= 0 && m.Entity != nil && !f.statementLike(f.marks[mi].inner) {
			cands = append(cands, cand{span: m.span, ent: m.Entity})
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].Start < cands[j].Start })
	f.evCands = cands
	return cands
}

// firstOrg is the first organization or model taking part.
func firstOrg(es []*entity) *entity {
	for _, e := range es {
		if e.Type != Person {
			return e
		}
	}
	return nil
}

func appendEnt(es []*entity, e *entity) []*entity {
	for _, x := range es {
		if x == e {
			return es
		}
	}
	return append(es, e)
}

// lastOrgBefore resolves 该公司 / the company at pos to an organization by
// coref's one policy (orgWindow), outside datelines of either kind.
func (f *eventFinder) lastOrgBefore(pos int, anaphor string) *entity {
	w := orgWindow(func(m mention) bool { return f.notAntecedent(m) || f.inZhWireDateline(m.span) })
	return f.doc.orgAntecedent(pos, anaphor, w)
}
