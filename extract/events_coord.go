// Stage events: the English verb that tells several happenings at once,
// one object and date after another ("released ChatGPT in November 2022
// and GPT-4 in March 2023"). Reads the mentions and the dates of a unit.
package extract

// ruleEventCoordinated is a happening told by a trigger's second object
// and date, the verb left out.
var ruleEventCoordinated = defineRule(rule{
	ID:   "event.en.coordinated-date",
	Doc:  "an English trigger's further object and date, the verb left out: released ChatGPT in November 2022 and GPT-4 in March 2023",
	Fire: []string{"OpenAI released ChatGPT in November 2022 and GPT-4 in March 2023."},
	Hold: []string{"OpenAI released ChatGPT in November 2022 and it grew quickly in March 2023."},
})

// enCoordGap is what stands between a trigger's date and its next object:
// "and", a comma.
var enCoordGap = re(`^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+|its\s+|their\s+)?$`)

// enCoordTail is what stands between that object and its date: "in",
// "on", "in early".
var enCoordTail = re(`^\s*(?:in|on|during|by)?\s*(?:early\s+|late\s+|mid-)?$`)

// coordinated returns the further happenings the English trigger of h
// tells after its own date d in its stretch [d.End, se): each a name, then
// a date ("… in November 2022 and GPT-4 in March 2023"), with the
// subject's entities (those of ents before the trigger). seen marks the
// stretch-and-date keys already used, as hitEvents does.
func (f *eventFinder) coordinated(u unit, h eventHit, d *dateMatch, dates []dateMatch, ss, se, cs, ce int, ents []*entity, seen map[[2]int]bool) []eventAt {
	if f.zh {
		return nil
	}
	var subj []*entity
	for _, e := range ents {
		if f.entityBefore(e, ss, h.Start) {
			subj = append(subj, e)
		}
	}
	var out []eventAt
	prev := d.End
	for i := range dates {
		d2 := &dates[i]
		if d2.Start < prev || d2.End > se || seen[[2]int{ss, d2.Start}] {
			continue
		}
		obj := f.coordObject(prev, d2.Start)
		if obj == nil {
			break
		}
		seen[[2]int{ss, d2.Start}] = true
		es := append(append([]*entity(nil), subj...), obj)
		e := f.newEvent(u, h, cs, ce, d2, es, false, ruleEventCoordinated)
		e.Name = h.word + " " + obj.Name
		if len(subj) > 0 {
			e.Name = subj[0].Name + " " + e.Name
		}
		out = append(out, e)
		prev = d2.End
	}
	return out
}

// coordObject is the entity named alone between a date that ends at from
// and the next date at to: ", and GPT-4 in"; nil when anything else
// stands there.
func (f *eventFinder) coordObject(from, to int) *entity {
	ms := f.doc.mentionsWithin(span{from, to})
	if len(ms) != 1 || ms[0].Entity == nil {
		return nil
	}
	m := ms[0]
	if !enCoordGap.MatchString(sub(f.doc.text, from, m.Start)) || !enCoordTail.MatchString(sub(f.doc.text, m.End, to)) {
		return nil
	}
	return m.Entity
}

// entityBefore reports whether e is mentioned in [from, to).
func (f *eventFinder) entityBefore(e *entity, from, to int) bool {
	for _, m := range f.doc.mentionsWithin(span{from, to}) {
		if m.Entity == e {
			return true
		}
	}
	return false
}
