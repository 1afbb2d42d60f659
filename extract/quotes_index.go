// Stage: discourse. Indexes for the quote and event stages. Quotes, cues and pronouns look
// at the mentions, marks and candidates near them; scanning the article's
// lists from the start for each of them made the stages grow with the
// square of the article. doc.mentions and d.marks are sorted by Start
// without overlaps, so their Ends rise too; d.cands is sorted by Start
// (candidates may overlap) and every span ends at or after its start.

package extract

import "sort"

// mentionFrom is the index of the first mention that starts at or after pos.
func (doc *document) mentionFrom(pos int) int {
	ms := doc.mentions
	return sort.Search(len(ms), func(i int) bool { return ms[i].Start >= pos })
}

// mentionEndingAfter is the index of the first mention that ends after
// pos: the mentions before it all end at or before pos.
func (doc *document) mentionEndingAfter(pos int) int {
	ms := doc.mentions
	return sort.Search(len(ms), func(i int) bool { return ms[i].End > pos })
}

// markFrom is the index of the first quotation mark that opens at or after pos.
func (d *discourse) markFrom(pos int) int {
	return sort.Search(len(d.marks), func(i int) bool { return d.marks[i].Start >= pos })
}

// candFrom is the index of the first candidate that starts at or after pos.
func (d *discourse) candFrom(pos int) int {
	return sort.Search(len(d.cands), func(i int) bool { return d.cands[i].Start >= pos })
}

// candsInside returns the candidates that may lie inside [s, e]: those that
// start in it (a candidate ending by e starts by e). Callers keep their own
// test of the end.
func (d *discourse) candsInside(s, e int) []cand {
	i := d.candFrom(s)
	j := i
	for j < len(d.cands) && d.cands[j].Start <= e {
		j++
	}
	return d.cands[i:j]
}

// unitFrom is the index of the first unit that starts at or after pos.
func (d *discourse) unitFrom(pos int) int {
	return sort.Search(len(d.units), func(i int) bool { return d.units[i].Start >= pos })
}

// lastDealUnit is the last unit at or before k whose whole text tells of
// an acquisition or an investment, or -1; the table is made once, with one
// match per unit.
func (d *discourse) lastDealUnit(k int) int {
	if d.dealUnits == nil {
		d.dealUnits = make([]int, len(d.units))
		last := -1
		for i, u := range d.units {
			if dealWord.MatchString(sub(d.doc.text, u.Start, u.End)) {
				last = i
			}
			d.dealUnits[i] = last
		}
	}
	return d.dealUnits[k]
}
