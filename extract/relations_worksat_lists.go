// Stage: relations, WORKS_AT spread over coordinated organizations and
// over the clauses of a sentence: "the Acme and Globex CEO", 曾在A和B工作,
// "NAME graduated from X, 曾在ORG任职". Reads a sentence's mentions, the
// text between them and the relations the sentence already gave.

package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Rules of this file (see rules.go).
var (
	// ruleCoordinatedEmployers finds a post shared by organizations joined in a list.
	ruleCoordinatedEmployers = defineRule(rule{
		ID:  "works-at.any.coordinated-employers",
		Doc: "a post at organizations joined by and/和: NAME, the Acme and Globex CEO; worked at Acme and Globex; 是A和B的title",
		Fire: []string{"The lab was started by Dana Whitfield, the Microsoft and Nvidia adviser, last year.",
			"Dana Whitfield previously worked at Microsoft and Nvidia."},
		Hold: []string{"Dana Whitfield previously worked at Microsoft and Nvidia said it was fine.", "赵明阳表示，很好。阿里巴巴和腾讯首席执行官赵明阳会面。"},
	})
	// ruleLaterClause finds a post in a later clause whose subject is the person named earlier.
	ruleLaterClause = defineRule(rule{
		ID:  "works-at.zh.later-clause",
		Doc: "曾在ORG工作 after the person or in a later clause without a subject: X曾在A和B工作, X毕业于Y，曾在ORG从事研究",
		Fire: []string{"赵明阳表示，很好。创始人赵明阳毕业于北京大学，曾在百度从事搜索研究。",
			"赵明阳是蓝鲸科技创始人，此前在腾讯任职。", "赵明阳表示，很好。赵明阳曾在百度和腾讯工作，后来创业。"},
		Hold: []string{"赵明阳表示，很好。赵明阳毕业于北京大学，曾在百度的会议上发言。", "赵明阳表示，很好。李晓峰表示，很好。赵明阳说，曾在腾讯工作的李晓峰已经离开。"},
	})
)

// employerJoin is the join of two organizations that share a post.
func employerJoin(between string) bool {
	switch strings.TrimSpace(between) {
	case "和", "与", "與", "及", "、", "and", "&":
		return true
	}
	return false
}

// zhWorkVerbs open the text after an organization that a person worked
// at: 在ORG工作/任职/从事….
var zhWorkVerbs = []string{"工作", "任职", "任職", "就职", "就職", "实习", "實習", "担任", "擔任", "供职", "供職", "从事", "從事", "做研究", "任教", "负责", "負責"}

// workTail reports that the text after an organization goes on as the
// post the sentence gives: a Chinese work verb not opening a relative
// clause (工作的X), or the end of an English clause.
func workTail(after string) bool {
	after = strings.TrimLeft(after, " ")
	for _, v := range zhWorkVerbs {
		if strings.HasPrefix(after, v) {
			rest := after[len(v):]
			return !strings.HasPrefix(rest, "的") && !strings.HasPrefix(rest, "過的") && !strings.HasPrefix(rest, "过的")
		}
	}
	if after == "" || strings.ContainsAny(after[:1], ".,;:)，。；") {
		return true
	}
	for _, w := range []string{"as ", "before ", "for ", "until ", "from ", "in ", "between "} {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	return false
}

// coordinatedEmployers gives a post found in this sentence (relations from
// index from on) to the organization joined to its one by and/和: forward
// when the post goes on after the second (worked at A and B., 曾在A和B工作),
// backward when the title follows the second and the pair opens an
// apposition (NAME, the A and B CEO).
func (r *relFinder) coordinatedEmployers(s sentence, ms []mention, from int) {
	text := r.doc.text
	added := append([]Relation(nil), r.out[from:]...)
	if len(added) > 16 {
		return // a roster, not a post shared by two
	}
	for _, rel := range added {
		if rel.Type != WorksAt {
			continue
		}
		p := r.doc.findPerson(rel.From)
		for i, o := range ms {
			if o.Entity.Type != Organization || o.Entity.Name != rel.To {
				continue
			}
			if i+1 < len(ms) && ms[i+1].Entity.Type == Organization && employerJoin(text[o.End:ms[i+1].Start]) &&
				workTail(text[ms[i+1].End:s.End]) {
				if k := lastPersonBefore(ms, i); k >= 0 && ms[k].Entity == p {
					r.add(ruleCoordinatedEmployers, WorksAt, p, ms[i+1].Entity, rel.Role, rel.Former)
				}
			}
			if i > 0 && rel.Role != "" && ms[i-1].Entity.Type == Organization && employerJoin(text[ms[i-1].End:o.Start]) &&
				strings.HasPrefix(strings.TrimLeft(text[o.End:s.End], " "), rel.Role) && opensApposition(text[s.Start:ms[i-1].Start]) {
				r.add(ruleCoordinatedEmployers, WorksAt, p, ms[i-1].Entity, rel.Role, rel.Former)
			}
		}
	}
}

// opensApposition reports that the text before a pair of organizations
// ends as an apposition or a copula: ", the", 是. Not a bare clause
// start: 阿里巴巴和腾讯CEO X会面 may be "with".
func opensApposition(lead string) bool {
	return strings.HasSuffix(lead, ", the ") || strings.HasSuffix(lead, "是")
}

// lastPersonBefore is the index of the person named last before ms[i], or -1.
func lastPersonBefore(ms []mention, i int) int {
	for k := i - 1; k >= 0; k-- {
		if ms[k].Entity.Type == Person {
			return k
		}
	}
	return -1
}

// findPerson returns the article's person of that name.
func (doc *document) findPerson(name string) *entity {
	for _, e := range doc.entities {
		if e.Type == Person && e.Name == name {
			return e
		}
	}
	return nil
}

// laterClauseRe matches the opening of a later clause up to the
// organization: 曾在, 此前在, 也曾在, 目前在 (group 1 the time word).
var laterClauseRe = regexp.MustCompile(`^\s*(?:他|她)?(?:也|还|還|并|並|则|則)?(曾经|曾經|曾|此前|之前|早年|先后|先後|目前|现在|現在|现|現|如今)(?:经|經|也)?在\s*$`)

// laterClause reads 曾在ORG工作 after a person, directly or in a clause
// after the first that has no subject of its own, and puts the person at
// every organization of the list before the verb: X曾在A和B工作, 创始人X
// 毕业于清华大学，曾在谷歌和百度从事研究 (past posts), X是A创始人，目前在B
// 任职. The person is the only one named before the organization.
func (r *relFinder) laterClause(s sentence, ms []mention) {
	text := r.doc.text
	for i, o := range ms {
		if o.Entity.Type != Organization {
			continue
		}
		k := lastPersonBefore(ms, i)
		if k < 0 || lastPersonBefore(ms, k) >= 0 || utf8.RuneCountInString(text[ms[k].End:o.Start]) > 60 {
			continue // no subject, or two people before: whose clause it is is unclear
		}
		lead := text[ms[k].End:o.Start]
		if strings.ContainsAny(lead, "。；;“”「」\"") {
			continue
		}
		if c := strings.LastIndex(lead, "，"); c >= 0 {
			lead = lead[c+len("，"):] // a later clause: 毕业于X，曾在ORG
		}
		m := laterClauseRe.FindStringSubmatch(lead)
		if m == nil {
			continue
		}
		tail := text[o.End:s.End]
		j := i
		for j+1 < len(ms) && ms[j+1].Entity.Type == Organization && employerJoin(text[ms[j].End:ms[j+1].Start]) {
			j++ // 曾在谷歌大脑和Meta AI从事: the verb follows the last of the list
			tail = text[ms[j].End:s.End]
		}
		if !workTail(tail) || strings.TrimSpace(tail) == "" || !hasHan(tail[:min(len(tail), 12)]) {
			continue
		}
		former := !strings.ContainsAny(m[1], "目现現如")
		for _, e := range ms[i : j+1] {
			r.add(ruleLaterClause, WorksAt, ms[k].Entity, e.Entity, "", former)
		}
	}
}
