// Stage: coref, between mentions and the stages that read it (relations,
// quotes, events). What an anaphor stands for: "the company"/该公司 an
// organization, "the model"/该模型 a model, he/she/他/她 a person. Reads
// the document's sentences and name mentions; produces no items of its
// own: what a stage finds through an antecedent names that stage's rule
// (works-at.any.company-anaphor, quote.any.pronoun-speaker, …).
//
// One function (antecedent) answers each question with one policy, a
// window: orgWindow, personWindow, modelWindow; and one vocabulary per
// script says which words are anaphors (en-coref-*.txt, zh-coref-*.txt).
// What a caller's context adds are named parameters of the window: what it
// knows cannot be an antecedent (skip: names in quotation marks,
// datelines), or a shorter reach (reaching: a pronoun stating a post in a
// relation looks two sentences back, a quote's speaker seven).

package extract

import (
	"sort"
	"strings"
)

// corefWindow says where an anaphor at some offset looks for its
// antecedent and which of the fitting mentions it takes.
type corefWindow struct {
	// back is how many sentences before the anaphor's own may hold the
	// antecedent; a negative back reads back to the start of the article.
	back int
	// own lets the anaphor's own sentence, before the anaphor, hold it
	// ("OpenAI said the company would…"); it is read first.
	own bool
	// nearest takes the fitting mention nearest the anaphor; otherwise
	// (and without subject) the first one of the nearest sentence that has
	// any, the sentence's subject ("X和Y看法不同。他认为…": X).
	nearest bool
	// subject takes, in a sentence before the anaphor's, the name that
	// opens it when it fits (its subject: "Corvane raised money from Acme.
	// The company…"), else the nearest ("Dana left Acme to found Corvane.
	// The company…"); in the anaphor's own sentence, the nearest
	// ("Microsoft hired Inflection's chief and most of the company's
	// staff"). It overrides nearest.
	subject bool
	// paras is how many paragraphs the window spans, the anaphor's
	// included (1: its own paragraph only); 0 does not bound it.
	paras int
	// sole asks for the only fitting entity of the sentence that has
	// one: two of them make the anaphor ambiguous, and nil is returned.
	sole bool
	// skip rejects mentions that cannot be antecedents: names in
	// quotation marks, a dateline's news agency. nil rejects none.
	skip func(mention) bool
}

// antecedent is the entity an anaphor at pos stands for: the fitting
// mention the window w finds in the nearest sentence before pos that has
// one, or nil.
func (doc *document) antecedent(pos int, w corefWindow, fits func(*entity) bool) *entity {
	doc.checkStop()
	ss, ms := doc.sentences, doc.mentions
	// k is the sentence that holds pos, or the first after it.
	k := sort.Search(len(ss), func(i int) bool { return ss[i].End > pos })
	para := 0
	if k < len(ss) {
		para = ss[k].Para
	} else if k > 0 {
		para = ss[k-1].Para
	}
	// i walks back through the mentions as j walks back through the
	// sentences: one pass, whatever the reach, no search per sentence.
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= pos }) - 1
	seen := 0
	for j := min(k, len(ss)-1); j >= 0; j-- {
		s := ss[j]
		if s.Start >= pos {
			continue
		}
		own := s.End > pos
		if own && !w.own {
			continue
		}
		if !own {
			if w.back >= 0 && seen >= w.back {
				break
			}
			seen++
		}
		if w.paras > 0 && para-s.Para >= w.paras {
			break
		}
		// the mentions inside s that end by pos: ms[i+1:hi]
		end := min(s.End, pos)
		for i >= 0 && ms[i].End > end {
			i--
		}
		hi := i + 1
		for i >= 0 && ms[i].Start >= s.Start {
			i--
		}
		if found := w.pick(ms[i+1:hi], s, own, fits); found != nil {
			return found
		}
	}
	return nil
}

// pick chooses among the mentions ms of sentence s (cut at the anaphor
// when own) the antecedent the window takes, or nil.
func (w corefWindow) pick(ms []mention, s sentence, own bool, fits func(*entity) bool) *entity {
	ok := func(m mention) bool {
		return m.Kind != byPronoun && m.Entity != nil && fits(m.Entity) && (w.skip == nil || !w.skip(m))
	}
	if w.sole {
		var one *entity
		for _, m := range ms {
			if ok(m) {
				if one != nil && one != m.Entity {
					return nil // two of them: ambiguous
				}
				one = m.Entity
			}
		}
		return one
	}
	if !w.nearest && !w.subject {
		for _, m := range ms {
			if ok(m) {
				return m.Entity // the first: the sentence's subject
			}
		}
		return nil
	}
	if w.subject && !own && len(ms) > 0 && ms[0].Start-s.Start <= subjectReach && ok(ms[0]) {
		return ms[0].Entity // the sentence opens with it: its subject
	}
	for i := len(ms) - 1; i >= 0; i-- {
		if ok(ms[i]) {
			return ms[i].Entity // the nearest
		}
	}
	return nil
}

// subjectReach is how far into a sentence (bytes) the name that opens it
// may start: after a date or a phrase such as "In June, " or 2024年3月，.
const subjectReach = 60

// orgAntecedent is the organization the anaphor at pos stands for ("the
// company", "the agency's director", 该公司): anaphor is its text, whose
// noun may ask for a name that holds it (orgFits).
func (doc *document) orgAntecedent(pos int, anaphor string, w corefWindow) *entity {
	return doc.antecedent(pos, w, orgFits(orgNounOf(anaphor)))
}

// orgNounOf is the last word of an English anaphor that is one of
// enOrgNouns ("the young French company" -> company, "The agency's" ->
// agency), or "".
func orgNounOf(anaphor string) string {
	words := strings.FieldsFunc(strings.ToLower(anaphor), func(r rune) bool { return r == ' ' || r == '\'' || r == '’' || r == ',' })
	for i := len(words) - 1; i >= 0; i-- {
		if enOrgNounSet[words[i]] {
			return words[i]
		}
	}
	return ""
}

// modelAntecedent is the model "the model"/该模型 at pos stands for, other
// than not (the base a derivation cue names: "the model is fine-tuned from
// B" is not B).
func (doc *document) modelAntecedent(pos int, not *entity, w corefWindow) *entity {
	return doc.antecedent(pos, w, func(e *entity) bool { return e != not && e.Type == Model })
}

// personAntecedent is the person he/she/他/她 at pos stands for, of gender
// g ('m', 'f'; 0 for any) where the lexicon or a title gave one.
func (doc *document) personAntecedent(pos int, g byte, w corefWindow) *entity {
	return doc.antecedent(pos, w, func(e *entity) bool { return e.Type == Person && genderFits(e.Gender, g) })
}

// isType is a test of an entity's type.
func isType(t Type) func(*entity) bool {
	return func(e *entity) bool { return e.Type == t }
}

// orgWindow is the one policy for an organization anaphor ("the
// company", 该公司, "the agency"), whoever reads it: the organization
// named nearest before it in its own sentence, else in the nearest of the
// three sentences before that names one, the one that opens it (its
// subject), else the one named last (see corefWindow.subject). skip is
// what the caller knows cannot be an antecedent.
func orgWindow(skip func(mention) bool) corefWindow {
	return corefWindow{back: 3, own: true, subject: true, skip: skip}
}

// The windows of relations, which run before the discourse is read.
var (
	// relationOrgWindow: "the company released M", "the company's CEO X".
	relationOrgWindow = orgWindow(nil)
	// relationModelWindow: "The model is fine-tuned from B": modelWindow
	// narrowed to this sentence and the one before, for a derivation is
	// stated about a model just introduced.
	relationModelWindow = modelWindow(nil).reaching(1)
	// latterWindow: 后者 (the latter) is by its meaning the organization
	// the sentence before named last.
	latterWindow = corefWindow{back: 1, nearest: true}
)

// personWindow is the one window of he/she/他/她: the subject (the first
// person named) of the nearest sentence, its own first, of the seven
// before that names a person of the pronoun's gender, within four
// paragraphs. The quoter reads it with the speakers it has found as well
// (quoter.resolvePronoun); relations read it before there are any.
var personWindow = corefWindow{back: 7, own: true, paras: 4}

// relationPersonWindow is personWindow for a pronoun that opens a
// sentence stating a post ("He is the CTO of X", 她曾在百度工作): a claim
// of its own, not the continuation of a speech, so the person must be
// named in the two sentences before.
var relationPersonWindow = personWindow.reaching(2)

// clausePronounWindow is the window of 他/她 opening a later clause of the
// sentence that names the person (X曾是A的主管，去年他离职前往B): in
// that sentence only, and only when it names no second person of the
// pronoun's gender, for the clause states a post.
var clausePronounWindow = corefWindow{own: true, sole: true}

// reaching is w reading at most back sentences before the anaphor's.
func (w corefWindow) reaching(back int) corefWindow {
	w.back = back
	return w
}

// modelWindow is the one window of "the model"/该模型: the model named
// last before the anaphor, far back (thirty sentences), for an article's
// model is its topic (in a quote's statement: named last before the
// attributing words). The reach is bounded so that an article of many
// statements and no model costs no scan of the whole text per statement. The quoter also reads it for the speaker of an interview's
// answers, the person named last.
func modelWindow(skip func(mention) bool) corefWindow {
	return corefWindow{back: 30, own: true, nearest: true, skip: skip}
}

// notAntecedent reports a mention the discourse knows no anaphor stands
// for: a name inside quotation marks, a news agency in a dateline, a
// surname taken for an organization.
func (d *discourse) notAntecedent(m mention) bool {
	return d.inMark(m) || d.inDateline(m.span) || d.enPersonForOrg(m.Entity) != m.Entity
}

// inMark reports a mention inside quotation marks.
func (d *discourse) inMark(m mention) bool { return d.markAt(m.Start) >= 0 }

// The anaphors: one vocabulary per script, read by every stage.
var (
	// enOrgNouns stand for an organization after "the": the company.
	enOrgNouns = vocabWords("en-coref-org-nouns")
	// enOrgNounSet is enOrgNouns as a set.
	enOrgNounSet = vocabSet("en-coref-org-nouns")
	// namedOrgNouns are those that are part of the names they stand for:
	// "the department" is the Department of Energy (orgFits).
	namedOrgNouns = vocabSet("en-coref-named-org-nouns")
	// zhOrgAnaphors stand for an organization: 该公司, 這家公司.
	zhOrgAnaphors = longestFirst(vocabWords("zh-coref-org-anaphors"))
	// enModelNouns stand for a model after "the": the model.
	enModelNouns = vocabWords("en-coref-model-nouns")
	// zhModelDeterminers and zhModelNouns make the words that stand for
	// a model: 该模型, 這款聊天機器人, 上述系统.
	zhModelDeterminers = longestFirst(vocabWords("zh-coref-model-determiners"))
	zhModelNouns       = longestFirst(vocabWords("zh-coref-model-nouns"))
)

// The anaphors as regexp alternations (no groups), for the patterns of
// the stages that read them: "(?:" + enOrgNounAlt + ")".
var (
	enOrgNounAlt      = cueAlternation(enOrgNouns)
	zhOrgAnaphorAlt   = cueAlternation(zhOrgAnaphors)
	enModelNounAlt    = cueAlternation(enModelNouns)
	zhModelAnaphorAlt = `(?:` + cueAlternation(zhModelDeterminers) + `)(?:` + cueAlternation(zhModelNouns) + `)`
)

// theOrgNouns are "the company", "The company", … for the stages that
// compare text rather than match a regexp.
var theOrgNouns = func() []string {
	var out []string
	for _, n := range enOrgNouns {
		out = append(out, "the "+n, "The "+n)
	}
	return out
}()

// longestFirst sorts words longest first, so that an alternation built
// from them prefers 这家初创公司 to a shorter word it starts with.
func longestFirst(words []string) []string {
	out := append([]string(nil), words...)
	sort.SliceStable(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}

// orgFits is the test of an organization "the NOUN" may stand for: any,
// or for a noun that is part of names (the department, the agency) one
// whose name holds it.
func orgFits(noun string) func(*entity) bool {
	noun = strings.ToLower(noun)
	named := namedOrgNouns[noun]
	return func(e *entity) bool {
		return e.Type == Organization && (!named || strings.Contains(strings.ToLower(e.Name), noun))
	}
}
