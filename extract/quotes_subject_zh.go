// Stage: quotes, Chinese. The subject of a Chinese speech verb: the
// candidate before 表示 or 说, past adverbials, places and interview
// phrases, but not the object of 对 or 向. Reads the discourse.

package extract

import (
	"strings"
	"unicode/utf8"
)

// zhAdverbial opens a clause with an adverbial of time or place (在, 当,
// 随着): the subject may come after it.
var zhAdverbial = re(`^(?:但|而|不过|不過|另一方面|同时|同時|此外)?\s*(?:在|于|於|当|當|从|從|随着|隨著|截至)`)

// zhGapPhrase is an interview or time phrase between a subject and its verb
// (在接受采访时, 受访时).
var zhGapPhrase = re(`^(?:(?:在|于|於|接受|在接受)[^，,。；;：:]{0,40}(?:采访时|採訪時|采访中|採訪中|期间|期間|上|中|时|時|里|裡|后|後|前|间|間|采访|採訪)|受访时|受訪時|受访|受訪|` +
	// 今年3月, 去年: when it was said.
	`(?:今年|去年|前年|上月|上个月|上個月|上周|上週|[0-9０-９]{4}年)(?:[0-9０-９一二三四五六七八九十]{1,2}月(?:[0-9０-９一二三四五六七八九十]{1,2}[日号號])?)?|[0-9０-９一二三四五六七八九十]{1,2}月(?:[0-9０-９一二三四五六七八九十]{1,2}[日号號])?|` +
	// 來台時, 出席论坛时: a short clause of when.
	`(?:来|來|访|訪|出席|参加|參加|到访|到訪|抵达|抵達)[^，,。；;：:“”「」]{0,4}(?:时|時))`)

// zhGapOK reports whether the words between a subject and its verb are
// only adverbs and adverbial phrases.
func zhGapOK(g string) bool {
	g = foldZh(g)
	for {
		if loc := zhGlossParen.FindStringIndex(g); loc != nil {
			g = g[loc[1]:] // 周强(Zhou Qiang)表示
		}
		g = strings.TrimLeft(g, " \t*()（）、")
		if g == "" {
			return true
		}
		changed := false
		for _, a := range zhGapWords {
			if strings.HasPrefix(g, a) {
				g = g[len(a):]
				changed = true
				break
			}
		}
		if !changed {
			if loc := zhGapPhrase.FindStringIndex(g); loc != nil {
				g = g[loc[1]:]
				changed = true
			} else if loc := zhParenTail.FindStringIndex(g); loc != nil {
				g = g[loc[1]:]
				changed = true
			} else if loc := zhWithOthers.FindStringIndex(g); loc != nil {
				g = g[loc[1]:]
				changed = true
			}
		}
		if !changed {
			// 在朋友圈写道, 在微博表示: a short place right before the verb.
			return zhGapPlace.MatchString(g)
		}
	}
}

// zhGapPlace is a short place between a subject and its verb (在北京).
var zhGapPlace = re(`^(?:在|于|於)[^，,。；;：:“”「」（(]{1,8}(?:[（(][^（()）]{1,30}[）)])?$`)

// Words that, before a name in its clause, make the name an object: 致信X,
// 对X, 与X, 由X.
var zhObjectMarks = vocabWords("zh-quote-object-marks")

// zhSubject finds the subject of a Chinese speech verb: a name before it in
// its clause followed only by adverbials; or, when the clause has no
// subject of its own (，表示…), the name that opens the nearest clause
// before that opens with one (none when that subject is no person).
func (q *quoter) zhSubject(u unit, c cue, lo int) *cand {
	text := q.doc.text
	cs := max(q.clauseStart(u, c.Start), lo)
	var inClause []cand
	for _, cd := range q.candsInside(cs, c.Start) {
		if cd.Start >= cs && cd.End <= c.Start {
			inClause = append(inClause, cd)
		}
	}
	for i := len(inClause) - 1; i >= 0; i-- {
		cd := inClause[i]
		if q.zhGloss(cd) {
			continue
		}
		if g := sub(text, cd.End, c.Start); !zhGapOK(g) && !zhViewGapOK(c.word, g) {
			continue
		}
		if q.zhObjectBefore(cs, cd) {
			if j := q.zhCoordinateOf(inClause, i); j >= 0 {
				return &inClause[j] // 许宁和周强都认为: the first of them
			}
			continue
		}
		return &inClause[i]
	}
	if len(inClause) > 0 {
		return nil
	}
	// No name in the clause: the clause must have no subject at all.
	if !zhGapOK(sub(text, cs, c.Start)) {
		return nil // 据业内人士说: a subject that names nobody
	}
	// Walk back clause by clause to the start of the unit.
	for end := cs; end > max(u.Start, lo); {
		start := q.clauseStart(u, prevRune(text, end))
		start = max(start, lo)
		if i, ok := q.zhClauseSubject(start, end); ok {
			if !speakerCand(q.cands[i]) {
				return nil // 谷歌暂停了他的工作，称…: the company speaks
			}
			return &q.cands[i]
		}
		if start >= end {
			break
		}
		end = start
	}
	return nil
}

// prevRune returns the offset of the rune before i's separator, so that a
// clause search steps over it.
func prevRune(text string, i int) int {
	if i <= 0 {
		return 0
	}
	_, n := utf8.DecodeLastRuneInString(text[:i])
	return i - n
}

// zhObjectBefore reports whether a name, or the organization and title
// before it (致信帆影科技公司CEO周宁), stands right after a verb or
// preposition, so that it is an object rather than the subject.
func (q *quoter) zhObjectBefore(cs int, cd cand) bool {
	start := cd.Start
	for i := q.doc.mentionEndingAfter(start) - 1; i >= 0; i-- {
		m := q.doc.mentions[i]
		if m.Start < cs {
			break // the earlier mentions start before cs too
		}
		if m.End > start {
			continue
		}
		// An organization and a title right before the name: 火山引擎总裁谭待.
		if m.Entity != nil && m.Entity.Type == Organization && start-m.End <= 40 && !strings.ContainsAny(sub(q.doc.text, m.End, start), zhClauseStops+"“”") {
			start = m.Start
		}
	}
	pre := strings.TrimRight(sub(q.doc.text, cs, start), " ")
	if strings.HasSuffix(pre, "据") || strings.HasSuffix(pre, "據") {
		return false
	}
	for _, w := range zhObjectMarks {
		if strings.HasSuffix(pre, w) {
			return true
		}
	}
	return false
}
