package eval

import (
	"fmt"
	"sort"
	"strings"

	"github.com/newsgraph/kg/extract"
)

// Score is precision, recall and F1 from true positives, false positives and
// false negatives. With nothing predicted and nothing in gold all three
// ratios are 1 (nothing to find, nothing found wrongly); a zero denominator
// otherwise gives 0.
type Score struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
}

func (s *Score) add(tp, fp, fn int) {
	s.TP += tp
	s.FP += fp
	s.FN += fn
	s.Precision, s.Recall, s.F1 = ratios(s.TP, s.FP, s.FN)
}

func ratios(tp, fp, fn int) (p, r, f float64) {
	if tp+fp+fn == 0 {
		return 1, 1, 1
	}
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// TypedScore is a Score over all types with one Score per type.
type TypedScore struct {
	Score
	ByType map[string]*Score `json:"by_type"`
}

// emptyScore is the score of nothing found in nothing: see ratios.
func emptyScore() Score {
	var s Score
	s.Precision, s.Recall, s.F1 = ratios(0, 0, 0)
	return s
}

func newTypedScore(types ...string) TypedScore {
	t := TypedScore{Score: emptyScore(), ByType: map[string]*Score{}}
	for _, ty := range types {
		s := emptyScore()
		t.ByType[ty] = &s
	}
	return t
}

func (t *TypedScore) add(typ string, tp, fp, fn int) {
	t.Score.add(tp, fp, fn)
	s, ok := t.ByType[typ]
	if !ok {
		s = &Score{}
		t.ByType[typ] = s
	}
	s.add(tp, fp, fn)
}

// QuoteScore scores quotes, and the about lists of the quotes that matched.
type QuoteScore struct {
	Score
	About Score `json:"about"`
}

// Finding is one miss (a gold item nothing matched) or false hit (a
// predicted item that matched no gold item), with the sentence it came from.
type Finding struct {
	Article  string `json:"article"`
	Kind     string `json:"kind"` // "miss" or "false"
	Item     string `json:"item"` // entity, relation, quote, about, event
	Type     string `json:"type,omitempty"`
	What     string `json:"what"`
	Sentence string `json:"sentence,omitempty"`
	// Rules names the rules behind a false hit (none for a miss).
	Rules []string `json:"rules,omitempty"`
}

// Kinds of Finding.
const (
	Miss  = "miss"
	False = "false"
)

// Report is the score over a set of articles. Counts are summed over the
// articles (micro-averaged); matching is done within each article.
type Report struct {
	Articles  int        `json:"articles"`
	Entities  TypedScore `json:"entities"`
	Relations TypedScore `json:"relations"`
	Quotes    QuoteScore `json:"quotes"`
	Events    Score      `json:"events"`
	Findings  []Finding  `json:"findings,omitempty"`
	// ByLang holds the same scores per gold language (zh, en), without
	// findings, when the caller asked for them with AddByLang.
	ByLang map[string]*Report `json:"by_lang,omitempty"`
	// ByRule scores each extraction rule that fired (see RuleScore).
	ByRule map[string]*RuleScore `json:"by_rule,omitempty"`
}

// NewReport returns an empty report; Add scores articles into it.
func NewReport() *Report {
	return &Report{
		Entities:  newTypedScore(string(extract.Person), string(extract.Organization), string(extract.Model)),
		Relations: newTypedScore(string(extract.WorksAt), string(extract.Developed), string(extract.DerivedFrom)),
		Quotes:    QuoteScore{Score: emptyScore(), About: emptyScore()},
		Events:    emptyScore(),
	}
}

// names is the set of keys one entity answers to.
type names map[string]bool

func (n names) meets(o names) bool {
	for k := range n {
		if o[k] {
			return true
		}
	}
	return false
}

func keysOf(ss ...string) names {
	n := names{}
	for _, s := range ss {
		if k := extract.Key(s); k != "" {
			n[k] = true
		}
	}
	return n
}

// resolver maps a name used in a relation, quote or event to every name of
// the entity it denotes, so that "LeCun" on one side meets "Yann LeCun" on
// the other.
type resolver struct {
	byKey map[string]names
}

func newResolver() *resolver { return &resolver{byKey: map[string]names{}} }

func (r *resolver) entity(keys names) {
	all := names{}
	for k := range keys {
		all[k] = true
		// The same key in two entities: answer to both.
		for o := range r.byKey[k] {
			all[o] = true
		}
	}
	for k := range all {
		r.byKey[k] = all
	}
}

func (r *resolver) names(name string) names {
	k := extract.Key(name)
	if n, ok := r.byKey[k]; ok {
		return n
	}
	return keysOf(name)
}

// Add scores one article's predicted Result against its gold annotation.
func (rep *Report) Add(c Case, pred extract.Result) {
	rep.Articles++
	a := &article{rep: rep, c: c, sents: splitSentences(c.Text), gold: newResolver(), pred: newResolver(),
		goldForms: map[string][]string{}, predForms: map[string][]string{}}
	a.entities(pred.Entities)
	a.relations(pred.Relations)
	a.quotes(pred.Quotes)
	a.events(pred.Events)
}

// AddByLang scores one article into the report and into the report of its
// gold language, so figures can be read per language as well as overall.
func (rep *Report) AddByLang(c Case, pred extract.Result) {
	rep.Add(c, pred)
	if rep.ByLang == nil {
		rep.ByLang = map[string]*Report{}
	}
	sub := rep.ByLang[c.Gold.Lang]
	if sub == nil {
		sub = NewReport()
		rep.ByLang[c.Gold.Lang] = sub
	}
	sub.Add(c, pred)
	sub.Findings = nil
}

type article struct {
	rep        *Report
	c          Case
	sents      []sentence
	gold, pred *resolver
	// forms lists the surface forms of each entity by canonical name, gold
	// and predicted, to find the sentence a relation comes from.
	goldForms, predForms map[string][]string
}

func (a *article) find(kind, item, typ, what, sentence string, rules ...string) {
	a.rep.Findings = append(a.rep.Findings, Finding{Article: a.c.Name, Kind: kind, Item: item, Type: typ, What: what, Sentence: sentence, Rules: ruleList(rules)})
}

// ruleList is rules without empty IDs; nil when none are left.
func ruleList(rules []string) []string {
	var out []string
	for _, r := range rules {
		if r != "" {
			out = append(out, r)
		}
	}
	return out
}

func (a *article) entities(pred []extract.Entity) {
	gold := a.c.Gold.Entities
	gn := make([]names, len(gold))
	for i, g := range gold {
		a.goldForms[g.Name] = append([]string{g.Name}, g.Aliases...)
		gn[i] = keysOf(a.goldForms[g.Name]...)
		a.gold.entity(gn[i])
	}
	pn := make([]names, len(pred))
	for i, p := range pred {
		a.predForms[p.Name] = append([]string{p.Name}, p.Aliases...)
		pn[i] = keysOf(a.predForms[p.Name]...)
		a.pred.entity(pn[i])
	}
	m := match(len(pred), len(gold), func(i, j int) bool {
		return pred[i].Type == gold[j].Type && pn[i].meets(gn[j])
	})
	for i, p := range pred {
		a.credit(p.Rules, m.left[i] >= 0)
	}
	scoreByType(&a.rep.Entities, m, typesOf(pred, func(e extract.Entity) extract.Type { return e.Type }),
		typesOf(gold, func(e GoldEntity) extract.Type { return e.Type }),
		func(i int) {
			p := pred[i]
			all := append([]string{p.Name}, p.Aliases...)
			a.find(False, "entity", string(p.Type), describeEntity(p.Name, p.Aliases), a.sentenceWith(all), p.Rules...)
		},
		func(j int) {
			g := gold[j]
			all := append([]string{g.Name}, g.Aliases...)
			a.find(Miss, "entity", string(g.Type), describeEntity(g.Name, g.Aliases), a.sentenceWith(all))
		})
}

// scoreByType adds a matching to s type by type, in type order: matched
// predictions are hits, and onFalse and onMiss report each unmatched
// prediction and gold item (by index) as they are counted.
func scoreByType[T ~string](s *TypedScore, m matching, predTypes, goldTypes []T, onFalse, onMiss func(int)) {
	set := map[T]bool{}
	for _, t := range predTypes {
		set[t] = true
	}
	for _, t := range goldTypes {
		set[t] = true
	}
	for _, t := range sortedTypes(set) {
		tp, fp, fn := 0, 0, 0
		for i, pt := range predTypes {
			switch {
			case pt != t:
			case m.left[i] >= 0:
				tp++
			default:
				fp++
				onFalse(i)
			}
		}
		for j, gt := range goldTypes {
			if gt == t && m.right[j] < 0 {
				fn++
				onMiss(j)
			}
		}
		s.add(string(t), tp, fp, fn)
	}
}

func typesOf[E any, T ~string](items []E, typ func(E) T) []T {
	out := make([]T, len(items))
	for i, e := range items {
		out[i] = typ(e)
	}
	return out
}

func sortedTypes[T ~string](set map[T]bool) []T {
	out := make([]T, 0, len(set))
	for t := range set {
		out = append(out, t)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

func describeEntity(name string, aliases []string) string {
	if len(aliases) == 0 {
		return name
	}
	return fmt.Sprintf("%s (%s)", name, strings.Join(aliases, ", "))
}

func (a *article) relations(pred []extract.Relation) {
	gold := a.c.Gold.Relations
	m := match(len(pred), len(gold), func(i, j int) bool {
		p, g := pred[i], gold[j]
		return p.Type == g.Type &&
			a.pred.names(p.From).meets(a.gold.names(g.From)) &&
			a.pred.names(p.To).meets(a.gold.names(g.To))
	})
	for i, p := range pred {
		a.credit([]string{p.Rule}, m.left[i] >= 0)
	}
	scoreByType(&a.rep.Relations, m, typesOf(pred, func(r extract.Relation) extract.RelationType { return r.Type }),
		typesOf(gold, func(r GoldRelation) extract.RelationType { return r.Type }),
		func(i int) {
			p := pred[i]
			a.find(False, "relation", string(p.Type), describeRelation(p.Type, p.From, p.To, p.Role, p.Former), a.sentenceWithBoth(forms(a.predForms, p.From), forms(a.predForms, p.To)), p.Rule)
		},
		func(j int) {
			g := gold[j]
			a.find(Miss, "relation", string(g.Type), describeRelation(g.Type, g.From, g.To, g.Role, g.Former), a.sentenceWithBoth(forms(a.goldForms, g.From), forms(a.goldForms, g.To)))
		})
}

func describeRelation(t extract.RelationType, from, to, role string, former bool) string {
	s := fmt.Sprintf("%s -[%s]-> %s", from, t, to)
	if role != "" {
		s += " role=" + role
	}
	if former {
		s += " former"
	}
	return s
}

func (a *article) quotes(pred []extract.Quote) {
	gold := a.c.Gold.Quotes
	texts := make([]string, len(pred))
	for i, p := range pred {
		texts[i] = extract.Key(p.Text)
	}
	m := match(len(pred), len(gold), func(i, j int) bool {
		return strings.Contains(texts[i], extract.Key(gold[j].Contains)) &&
			a.pred.names(pred[i].Speaker).meets(a.gold.names(gold[j].Speaker))
	})
	tp, fp, fn := 0, 0, 0
	for i, p := range pred {
		j := m.left[i]
		a.credit([]string{p.Rule}, j >= 0)
		if j < 0 {
			fp++
			a.find(False, "quote", p.Kind, describeQuote(p.Speaker, p.Text), a.sentenceAt(p.Offset, p.Text), p.Rule)
			continue
		}
		tp++
		a.about(p, gold[j])
	}
	for j, g := range gold {
		if m.right[j] >= 0 {
			continue
		}
		fn++
		a.find(Miss, "quote", "", describeQuote(g.Speaker, g.Contains), a.sentenceWith([]string{g.Contains}))
	}
	a.rep.Quotes.add(tp, fp, fn)
}

func describeQuote(speaker, text string) string {
	const max = 120
	if r := []rune(text); len(r) > max {
		text = string(r[:max]) + "…"
	}
	return fmt.Sprintf("%s: “%s”", speaker, text)
}

// about scores the about list of one matched quote.
func (a *article) about(p extract.Quote, g GoldQuote) {
	m := match(len(p.About), len(g.About), func(i, j int) bool {
		return a.pred.names(p.About[i]).meets(a.gold.names(g.About[j]))
	})
	tp, fp, fn := 0, 0, 0
	sent := a.sentenceAt(p.Offset, p.Text)
	for i, x := range p.About {
		if m.left[i] >= 0 {
			tp++
			continue
		}
		fp++
		a.find(False, "about", "", fmt.Sprintf("%s — about %s", describeQuote(p.Speaker, g.Contains), x), sent)
	}
	for j, x := range g.About {
		if m.right[j] < 0 {
			fn++
			a.find(Miss, "about", "", fmt.Sprintf("%s — about %s", describeQuote(g.Speaker, g.Contains), x), sent)
		}
	}
	a.rep.Quotes.About.add(tp, fp, fn)
}

// dateAgrees says whether a predicted date agrees with the gold date to the
// gold date's precision: gold 2023-02 takes 2023-02-15, gold 2023-02-15 does
// not take 2023-02.
func dateAgrees(pred, gold string) bool {
	return gold != "" && (pred == gold || strings.HasPrefix(pred, gold+"-"))
}

func (a *article) events(pred []extract.Event) {
	gold := a.c.Gold.Events
	m := match(len(pred), len(gold), func(i, j int) bool {
		if !dateAgrees(pred[i].Date, gold[j].Date) {
			return false
		}
		for _, pi := range pred[i].Involves {
			for _, gi := range gold[j].Involves {
				if a.pred.names(pi).meets(a.gold.names(gi)) {
					return true
				}
			}
		}
		return false
	})
	tp, fp, fn := 0, 0, 0
	for i, p := range pred {
		a.credit([]string{p.Rule}, m.left[i] >= 0)
		if m.left[i] >= 0 {
			tp++
			continue
		}
		fp++
		a.find(False, "event", p.Kind, describeEvent(p.Date, p.Name, p.Involves), a.sentenceWith(append([]string{p.Name}, p.Involves...)), p.Rule)
	}
	for j, g := range gold {
		if m.right[j] >= 0 {
			continue
		}
		fn++
		a.find(Miss, "event", "", describeEvent(g.Date, g.Name, g.Involves), a.sentenceWith(append([]string{g.Name}, g.Involves...)))
	}
	a.rep.Events.add(tp, fp, fn)
}

func describeEvent(date, name string, involves []string) string {
	return fmt.Sprintf("%s %s [%s]", date, name, strings.Join(involves, ", "))
}
