package export

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"regexp"
	"slices"
	"strings"

	"github.com/newsgraph/kg/graph"
)

//go:embed assets/report.html
var reportHTML string

// reportTemplate is parsed once: html/template escapes every text from the
// graph for the context it lands in (element text, attribute, URL).
var reportTemplate = template.Must(template.New("report").Parse(reportHTML))

// ReportInfo says what a report answers: the saved query that chose its
// graph, the parameters it was given (as typed), and the entity the report
// is about, by its extract.Key (empty when the query names none).
type ReportInfo struct {
	Query      string
	Params     []string // k=v, in the order given
	SubjectKey string
}

// reportTitles phrases each saved query's report title; %s is the entity's
// name. Queries not listed get a generic title.
var reportTitles = map[string]string{
	"who-said":   "Who said what about %s",
	"quotes-by":  "What %s said",
	"timeline":   "Timeline: %s",
	"org-people": "People at %s",
}

// reportOrder is the order of a report's sections for each saved query: the
// section the query is about comes first.
var reportOrder = map[string][]string{
	"timeline":   {"events", "statements", "facts"},
	"org-people": {"facts", "statements", "events"},
}

// Report writes g as a page an analyst can send on: the entity with its
// aliases, the statements grouped by speaker (role, date, outlet, link to
// the article, the sentence that holds the quote), the facts with the
// sentences that state them, the events, and the interactive drawing of g
// beside them. Everything a reader needs is page text rendered here, so the
// page prints, is searchable and reads without JavaScript; the drawing is
// the only part that needs it. One file, no network.
func Report(w io.Writer, g *graph.Subgraph, info ReportInfo) error {
	js, err := viewJSON(g)
	if err != nil {
		return err
	}
	r := buildReport(g, info)
	r.Cytoscape = template.JS(cytoscapeJS)
	r.View = template.JS(viewJS)
	r.Data = template.JS(js)
	return reportTemplate.Execute(w, r)
}

// reportPage is what assets/report.html renders.
type reportPage struct {
	Title     string
	Summary   string // "3 statements by 2 speakers, 1 fact."
	Command   string
	Entity    *reportEntity
	Sections  []string // "statements", "facts", "events", in order
	Speakers  []*reportSpeaker
	Quotes    int
	Facts     []reportFact
	Events    []reportEvent
	Nodes     int
	Rels      int
	Cytoscape template.JS
	View      template.JS
	Data      template.JS
}

// reportEntity is the node the report is about.
type reportEntity struct {
	Name    string
	Label   string
	Aliases []string
}

// reportArticle is a source as a reader cites it.
type reportArticle struct {
	ID, Title, URL, Outlet, Date string
}

// reportSpeaker is a person and what they said.
type reportSpeaker struct {
	ID     string
	Name   string
	Role   string // "Chief AI Scientist, Meta"; empty when unknown
	Quotes []reportQuote
}

// reportQuote is one statement with its source.
type reportQuote struct {
	ID       string
	Text     string
	Kind     string
	About    []string
	Sentence string // the article's sentence holding it, when it says more than Text
	Article  *reportArticle
}

// reportFact is a WORKS_AT, DEVELOPED or DERIVED_FROM relationship with the
// articles and sentences that state it.
type reportFact struct {
	From, Type, To, Detail string
	Sources                []reportEvidence
}

// reportEvidence is one article stating a fact, and its sentence.
type reportEvidence struct {
	Article  *reportArticle
	Sentence string
}

// reportEvent is an Event node with what it involves and its sources.
type reportEvent struct {
	Date, Name, Kind string
	Involves         []string
	Sources          []*reportArticle
}

// factTypes are the relationships a report lists as facts.
var factTypes = map[string]bool{"WORKS_AT": true, "DEVELOPED": true, "DERIVED_FROM": true}

// buildReport turns g into the page's text.
func buildReport(g *graph.Subgraph, info ReportInfo) *reportPage {
	ix := indexGraph(g)
	p := &reportPage{Nodes: len(g.Nodes), Rels: len(g.Rels), Command: "kg export --query " + info.Query}
	for _, kv := range info.Params {
		p.Command += " --param " + shellQuote(kv)
	}
	p.Command += " --format html"
	p.Entity = ix.entity(info.SubjectKey)
	name := ""
	if p.Entity != nil {
		name = p.Entity.Name
	}
	switch f, ok := reportTitles[info.Query]; {
	case ok && name != "":
		p.Title = fmt.Sprintf(f, name)
	case info.Query == "timeline":
		p.Title = "Timeline"
	default:
		p.Title = "kg query " + info.Query
		if name != "" {
			p.Title += ": " + name
		}
	}
	p.Speakers, p.Quotes = ix.statements()
	p.Facts = ix.facts()
	p.Events = ix.events()
	p.Summary = summary(p)
	order, ok := reportOrder[info.Query]
	if !ok {
		order = []string{"statements", "facts", "events"}
	}
	for _, s := range order {
		if (s == "statements" && p.Quotes > 0) || (s == "facts" && len(p.Facts) > 0) || (s == "events" && len(p.Events) > 0) {
			p.Sections = append(p.Sections, s)
		}
	}
	return p
}

// summary counts what the report holds, naming only what it has.
func summary(p *reportPage) string {
	var parts []string
	count := func(n int, one, many string) string {
		if n == 1 {
			return "1 " + one
		}
		return fmt.Sprintf("%d %s", n, many)
	}
	if p.Quotes > 0 {
		parts = append(parts, count(p.Quotes, "statement", "statements")+" by "+count(len(p.Speakers), "speaker", "speakers"))
	}
	if len(p.Facts) > 0 {
		parts = append(parts, count(len(p.Facts), "fact", "facts"))
	}
	if len(p.Events) > 0 {
		parts = append(parts, count(len(p.Events), "event", "events"))
	}
	if len(parts) == 0 {
		return "Nothing matched."
	}
	return strings.Join(parts, ", ") + "."
}

// graphIndex looks nodes and relationships up by id and by end.
type graphIndex struct {
	g     *graph.Subgraph
	nodes map[string]*graph.Node
	out   map[string][]*graph.Rel // by start node id
	in    map[string][]*graph.Rel // by end node id
	arts  map[string]*reportArticle
}

func indexGraph(g *graph.Subgraph) *graphIndex {
	ix := &graphIndex{g: g, nodes: map[string]*graph.Node{}, out: map[string][]*graph.Rel{}, in: map[string][]*graph.Rel{}, arts: map[string]*reportArticle{}}
	for i := range g.Nodes {
		n := &g.Nodes[i]
		ix.nodes[n.ID] = n
		if n.Label() == "Article" {
			a := &reportArticle{ID: str(n.Props["id"]), Title: str(n.Props["title"]), Outlet: str(n.Props["source"]), Date: str(n.Props["published"])}
			if u := str(n.Props["url"]); webURL.MatchString(u) {
				a.URL = u
			}
			if a.Title == "" {
				a.Title = firstNonEmpty(str(n.Props["url"]), str(n.Props["path"]), "article "+a.ID)
			}
			ix.arts[a.ID] = a
		}
	}
	for i := range g.Rels {
		r := &g.Rels[i]
		ix.out[r.Start] = append(ix.out[r.Start], r)
		ix.in[r.End] = append(ix.in[r.End], r)
	}
	return ix
}

// webURL is a link a report may make clickable: http or https only, so an
// article's url property cannot run script when clicked.
var webURL = regexp.MustCompile(`(?i)^https?://`)

// entity is the Person, Organization or Model whose key or keys hold key.
func (ix *graphIndex) entity(key string) *reportEntity {
	if key == "" {
		return nil
	}
	for _, n := range ix.g.Nodes {
		switch n.Label() {
		case "Person", "Organization", "Model":
		default:
			continue
		}
		if str(n.Props["key"]) != key && !slices.Contains(strs(n.Props["keys"]), key) {
			continue
		}
		e := &reportEntity{Name: caption(n), Label: n.Label()}
		for _, a := range strs(n.Props["aliases"]) {
			if a != e.Name && !slices.Contains(e.Aliases, a) {
				e.Aliases = append(e.Aliases, a)
			}
		}
		return e
	}
	return nil
}

func (ix *graphIndex) name(id string) string {
	if n, ok := ix.nodes[id]; ok {
		return caption(*n)
	}
	return id
}

// role is a person's current position as the graph states it: the
// WORKS_AT stated by most articles, a former one only when there is no
// current one.
func (ix *graphIndex) role(person string) string {
	var best *graph.Rel
	score := func(r *graph.Rel) int64 {
		c, _ := r.Props["count"].(int64)
		if former, _ := r.Props["former"].(bool); former {
			c -= 1 << 40
		}
		return c
	}
	for _, r := range ix.out[person] {
		if r.Type == "WORKS_AT" && (best == nil || score(r) > score(best)) {
			best = r
		}
	}
	if best == nil {
		return ""
	}
	role := str(best.Props["role"])
	if former, _ := best.Props["former"].(bool); former {
		role = strings.TrimSpace("former " + role)
	}
	if role == "" {
		return ix.name(best.End)
	}
	return role + ", " + ix.name(best.End)
}

// statements groups the graph's quotes by speaker: the speakers with most
// quotes first, each one's quotes newest first.
func (ix *graphIndex) statements() (speakers []*reportSpeaker, quotes int) {
	bySpeaker := map[string]*reportSpeaker{}
	for _, n := range ix.g.Nodes {
		if n.Label() != "Quote" {
			continue
		}
		q := reportQuote{ID: n.ID, Text: str(n.Props["text"]), Kind: str(n.Props["kind"])}
		if s := strings.TrimSpace(str(n.Props["sentence"])); s != "" && s != q.Text {
			q.Sentence = s
		}
		speaker := ""
		for _, r := range ix.in[n.ID] {
			if r.Type == "SAID" {
				speaker = r.Start
			}
		}
		for _, r := range ix.out[n.ID] {
			switch r.Type {
			case "ABOUT":
				q.About = append(q.About, ix.name(r.End))
			case "REPORTED_IN":
				if n, ok := ix.nodes[r.End]; ok {
					q.Article = ix.arts[str(n.Props["id"])]
				}
			}
		}
		slices.Sort(q.About)
		s := bySpeaker[speaker]
		if s == nil {
			s = &reportSpeaker{ID: speaker, Name: "Unknown speaker"}
			if speaker != "" {
				s.Name, s.Role = ix.name(speaker), ix.role(speaker)
			}
			bySpeaker[speaker] = s
			speakers = append(speakers, s)
		}
		s.Quotes = append(s.Quotes, q)
		quotes++
	}
	for _, s := range speakers {
		slices.SortStableFunc(s.Quotes, func(a, b reportQuote) int { return strings.Compare(date(b.Article), date(a.Article)) })
	}
	slices.SortStableFunc(speakers, func(a, b *reportSpeaker) int {
		if len(a.Quotes) != len(b.Quotes) {
			return len(b.Quotes) - len(a.Quotes)
		}
		return strings.Compare(a.Name, b.Name)
	})
	return speakers, quotes
}

func date(a *reportArticle) string {
	if a == nil {
		return ""
	}
	return a.Date
}

// facts lists the WORKS_AT, DEVELOPED and DERIVED_FROM relationships with
// each article that states them and its sentence: the STATES relationships
// from the articles to the fact's start, whose fact property is the fact's
// id (graph.FactID). Graphs written before STATES existed kept them in the
// fact's articles and evidence ("articleId<TAB>sentence") lists; those are
// read too.
func (ix *graphIndex) facts() []reportFact {
	var out []reportFact
	for _, r := range ix.g.Rels {
		if !factTypes[r.Type] {
			continue
		}
		fid := r.Type + graph.EvidenceSep + str(ix.nodes[r.Start].Props["key"]) + graph.EvidenceSep + str(ix.nodes[r.End].Props["key"])
		f := reportFact{From: ix.name(r.Start), Type: r.Type, To: ix.name(r.End), Detail: str(r.Props["role"])}
		if former, _ := r.Props["former"].(bool); former {
			f.Detail = strings.TrimPrefix(f.Detail+", former", ", ")
		}
		evidence := map[string]string{}
		for _, e := range strs(r.Props["evidence"]) {
			if id, s, ok := strings.Cut(e, "\t"); ok && evidence[id] == "" {
				evidence[id] = s
			}
		}
		ids := strs(r.Props["articles"])
		for _, s := range ix.in[r.Start] {
			if s.Type != "STATES" || str(s.Props["fact"]) != fid || ix.nodes[s.Start] == nil {
				continue
			}
			id := str(ix.nodes[s.Start].Props["id"])
			ids = append(ids, id)
			if sentence := str(s.Props["sentence"]); sentence != "" && evidence[id] == "" {
				evidence[id] = sentence
			}
		}
		slices.Sort(ids)
		for _, id := range slices.Compact(ids) {
			a := ix.arts[id]
			if a == nil {
				a = &reportArticle{ID: id, Title: "article " + id}
			}
			f.Sources = append(f.Sources, reportEvidence{Article: a, Sentence: evidence[id]})
		}
		slices.SortStableFunc(f.Sources, func(a, b reportEvidence) int { return strings.Compare(b.Article.Date, a.Article.Date) })
		out = append(out, f)
	}
	return out
}

// events lists the Event nodes by date.
func (ix *graphIndex) events() []reportEvent {
	var out []reportEvent
	for _, n := range ix.g.Nodes {
		if n.Label() != "Event" {
			continue
		}
		e := reportEvent{Date: str(n.Props["date"]), Name: caption(n), Kind: str(n.Props["kind"])}
		for _, r := range ix.out[n.ID] {
			switch r.Type {
			case "INVOLVES":
				e.Involves = append(e.Involves, ix.name(r.End))
			case "REPORTED_IN":
				if a := ix.nodes[r.End]; a != nil {
					if art := ix.arts[str(a.Props["id"])]; art != nil {
						e.Sources = append(e.Sources, art)
					}
				}
			}
		}
		slices.Sort(e.Involves)
		out = append(out, e)
	}
	slices.SortStableFunc(out, func(a, b reportEvent) int { return strings.Compare(a.Date, b.Date) })
	return out
}

// str is a property as text: strings as they are, other values as JSON
// would show them, nil as "".
func str(v any) string {
	switch v := graph.Plain(v).(type) {
	case nil:
		return ""
	case string:
		return v
	default:
		return fmt.Sprint(v)
	}
}

// strs is a list property as text.
func strs(v any) []string {
	l, _ := v.([]any)
	out := make([]string, 0, len(l))
	for _, x := range l {
		out = append(out, str(x))
	}
	return out
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

// shellQuote quotes a parameter for the command line the report shows,
// when it holds anything a shell would split or expand.
func shellQuote(s string) string {
	if s != "" && !strings.ContainsAny(s, " \t\n'\"\\$`!*?[](){}<>|&;#~") {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
