// Stage: quotes. The quoter: it reads the discourse (discourse.go) and the
// relations (for the speakers' employers), runs the attribution sieves over
// every unit (quotes_direct.go, quotes_reported.go, quotes_attrib_*.go),
// and merges what they find into one quote per offset, each naming the
// rule that attributed it. Events read the same run (runQuoter).

package extract

import (
	"sort"
)

// attribution is who said a statement and where the attributing words are.
type attribution struct {
	speaker *entity
	cue     string
	region  span // the attributing words: subject, title, verb
	chain   span // the subject with the organization and title before it
	subject span
	// rule is the ID of the sieve that made the attribution; pronoun is
	// set when the speaker is the person a pronoun subject refers to, which
	// names its own rule (quote.any.pronoun-speaker).
	rule    string
	pronoun bool
}

// ruleID is the rule a quote attributed by att names.
func (att attribution) ruleID() string {
	if att.pronoun && att.speaker != nil {
		return ruleQuotePronoun
	}
	return att.rule
}

// ruleByScript is zh when the document is Chinese, else en: a sieve shared by both
// scripts whose subject finding differs names a rule for each.
func (q *quoter) ruleByScript(zh, en string) string {
	if q.zh {
		return zh
	}
	return en
}

// quoter holds one document's quote finding: the discourse it reads, and
// the state attribution by context needs (the last speaker).
type quoter struct {
	*discourse
	quotes   []Quote
	spoken   []spokenAt // every attribution made so far, in text order
	regions  []span     // the attributing words of every quote
	last     *entity    // the last speaker; nil after an attribution to no person
	lastPar  int
	inferred map[*entity]byte // genders read from the article's pronouns
	// shared are the offsets of statements two persons made together ("A
	// and B wrote"): one quote for each speaker.
	shared map[int]bool
	// employers are the organizations each person works at now, as the
	// article states it; nil when not looked up (events need none).
	employers map[*entity][]*entity
	// spokenIn are the speakers of spoken by unit, in the same order, so
	// that a pronoun reads its sentence's speakers without a scan.
	spokenIn map[int][]*entity
}

// spokenAt records an attribution, so that a later pronoun can find the
// speaker of an earlier sentence.
type spokenAt struct {
	pos  int
	unit int
	ent  *entity
}

// quotes finds the direct and reported statements the article attributes to
// named persons.
func (x *Extractor) quotes(doc *document) []Quote {
	return runQuoter(doc, x.relations(doc)).found()
}

// runQuoter finds the article's quotes, given its relations. Events read
// the same run: the relations only shape what a quote is about, which no
// event reads, so Article runs the quoter once for both.
func runQuoter(doc *document, rels []Relation) *quoter {
	q := newQuoter(doc)
	q.employers = employers(doc, rels)
	q.run()
	return q
}

// found is the quotes of a run, never nil.
func (q *quoter) found() []Quote {
	if q.quotes == nil {
		return []Quote{}
	}
	return q.quotes
}

// employers maps each person to the organizations the article says they
// work at now, in the order the relations are found: "his team" and 公司 in
// a statement are the speaker's own organization.
func employers(doc *document, rels []Relation) map[*entity][]*entity {
	byName := map[string]*entity{}
	for _, e := range doc.entities {
		byName[e.Name] = e
	}
	out := map[*entity][]*entity{}
	for _, r := range rels {
		p, o := byName[r.From], byName[r.To]
		if r.Type != WorksAt || r.Former || p == nil || o == nil {
			continue
		}
		out[p] = append(out[p], o)
	}
	return out
}

// newQuoter is a quoter for doc, with its discourse built.
func newQuoter(doc *document) *quoter {
	return &quoter{discourse: newDiscourse(doc), lastPar: -10}
}

// run finds the quotes of every unit in text order, then keeps one quote
// per offset.
func (q *quoter) run() {
	for ui := range q.units {
		if q.zh && (q.zhInterview(ui) || q.zhAccording(ui)) || q.labelled(ui) {
			continue
		}
		if q.zh {
			q.zhForgetUnnamed(ui)
		}
		q.doUnit(ui)
	}
	sort.SliceStable(q.quotes, func(i, j int) bool { return q.quotes[i].Offset < q.quotes[j].Offset })
	// The graph keys a quote by article and offset: one quote per offset,
	// but for a statement two persons made together.
	var out []Quote
	for _, qt := range q.quotes {
		if n := len(out); n > 0 && qt.Offset == out[n-1].Offset && (!q.shared[qt.Offset] || qt.Speaker == out[n-1].Speaker) {
			continue
		}
		out = append(out, qt)
	}
	q.quotes = out
}

// setLast records e as the last speaker, in paragraph para.
func (q *quoter) setLast(e *entity, para int) {
	q.last, q.lastPar = e, para
}

// emit records the quote qt of unit ui, attributed by att: its topics, the
// rule that attributed it, and att's speaker as the last one.
func (q *quoter) emit(qt Quote, ui int, stmt span, att attribution, u unit) {
	if q.zh && zhBadSpeaker(qt.Speaker) {
		return
	}
	if qt.Rule == "" {
		qt.Rule = att.ruleID()
	}
	if att.region != (span{}) {
		q.regions = append(q.regions, att.region)
	}
	qt.About = q.about(ui, stmt, att)
	if qt.About == nil {
		qt.About = []string{}
	}
	q.enCoSpoken(qt, att)
	q.quotes = append(q.quotes, qt)
	q.spoken = append(q.spoken, spokenAt{pos: stmt.Start, unit: ui, ent: att.speaker})
	if q.spokenIn == nil {
		q.spokenIn = map[int][]*entity{}
	}
	q.spokenIn[ui] = append(q.spokenIn[ui], att.speaker)
	q.setLast(att.speaker, u.para)
}
