package export

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/kg/extract"
	"github.com/newsgraph/kg/graph"
)

// reportFixture is the fixture with the evidence of its WORKS_AT fact as
// kg writes it: a STATES relationship from the stating article to the
// fact's start, with the fact's id and the sentence, and no list on the
// fact.
func reportFixture() *graph.Subgraph {
	g := fixture()
	for i, r := range g.Rels {
		if r.Type == "WORKS_AT" {
			delete(g.Rels[i].Props, "articles")
			g.Rels = append(g.Rels, rel("Article:a1b2c3", "STATES", r.Start, map[string]any{
				"fact": graph.FactID(extract.WorksAt, "yannlecun", "meta"), "sentence": "Meta的首席AI科学家杨立昆在会上发言。"}))
		}
	}
	g.Sort()
	return g
}

// TestReportReadsLegacyEvidence: a graph written before STATES kept a
// fact's articles and sentences in lists on the fact; a report cites them
// the same way.
func TestReportReadsLegacyEvidence(t *testing.T) {
	g := fixture()
	for i, r := range g.Rels {
		if r.Type == "WORKS_AT" {
			g.Rels[i].Props["evidence"] = []any{"a1b2c3\tMeta的首席AI科学家杨立昆在会上发言。"}
		}
	}
	var legacy, now strings.Builder
	if err := Report(&legacy, g, ReportInfo{}); err != nil {
		t.Fatal(err)
	}
	if err := Report(&now, reportFixture(), ReportInfo{}); err != nil {
		t.Fatal(err)
	}
	// The drawing's data holds the relationships themselves: compare the
	// text around it.
	text := func(b strings.Builder) string {
		var keep []string
		for _, l := range strings.Split(b.String(), "\n") {
			if !strings.Contains(l, "kg-data") && !strings.Contains(l, "The drawing holds") {
				keep = append(keep, l)
			}
		}
		return strings.Join(keep, "\n")
	}
	if text(legacy) != text(now) {
		t.Error("the report from the legacy lists differs from the one from STATES")
	}
	if !strings.Contains(now.String(), "Meta的首席AI科学家杨立昆在会上发言。") {
		t.Error("the report lacks the fact's sentence")
	}
}

func renderReport(t *testing.T, info ReportInfo) string {
	t.Helper()
	var b bytes.Buffer
	if err := Report(&b, reportFixture(), info); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// pageText is the page before its scripts: what a reader without
// JavaScript, a printer or a search sees.
func pageText(t *testing.T, page string) string {
	t.Helper()
	at := strings.Index(page, `<script id="kg-data"`)
	if at < 0 {
		t.Fatal("no graph data in the report")
	}
	return page[:at]
}

func TestReportIsPageText(t *testing.T) {
	page := renderReport(t, ReportInfo{Query: "who-said", Params: []string{"about=Llama 2"}, SubjectKey: "llama2"})
	text := pageText(t, page)
	for _, want := range []string{
		"<title>Who said what about Llama 2</title>", "<h1>Who said what about Llama 2</h1>",
		"kg export --query who-said --param &#39;about=Llama 2&#39; --format html",
		"Also known as: LLaMA-2", "2 statements by 1 speaker, 3 facts, 1 event.",
		`<h3 class="speaker" data-node="Person:yannlecun">Yann LeCun <span class="role">— 首席AI科学家, Meta</span></h3>`,
		"<blockquote>“开放才是必然的道路”</blockquote>", "about Llama 2",
		`<p class="sentence">杨立昆表示：“开放才是必然的道路。”</p>`,
		`<a href="https://example.com/news/1?a=1&amp;b=2" rel="noopener noreferrer" target="_blank">Meta开源Llama 2：杨立昆称开放是必然</a> · example · 2023-07-19`,
		// The fact, with the sentence that states it.
		`Yann LeCun <span class="muted">WORKS_AT</span> Meta <span class="role">(首席AI科学家)</span>`,
		`<p class="sentence">Meta的首席AI科学家杨立昆在会上发言。</p>`,
		// The event.
		`<span class="when">2023-07-18</span>Llama 2发布`,
		// Hostile text is escaped, never markup.
		"&lt;script&gt;alert(1)&lt;/script&gt;",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("report text lacks %s", want)
		}
	}
	if strings.Contains(text, "<script>alert(1)") {
		t.Error("a quote's text became markup")
	}
	// Statements come before facts in a who-said report, events last.
	if s, f, e := strings.Index(text, `id="statements"`), strings.Index(text, `id="facts"`), strings.Index(text, `id="events"`); !(s > 0 && s < f && f < e) {
		t.Errorf("sections out of order: statements %d, facts %d, events %d", s, f, e)
	}
	// One file: nothing is fetched from the network.
	for _, bad := range []string{`src="http`, "<link", "@import", "url(http"} {
		if strings.Contains(page, bad) {
			t.Errorf("report loads %s", bad)
		}
	}
}

func TestReportSectionsFollowQuery(t *testing.T) {
	text := pageText(t, renderReport(t, ReportInfo{Query: "org-people", Params: []string{"org=Meta"}, SubjectKey: "meta"}))
	if !strings.Contains(text, "<h1>People at Meta</h1>") {
		t.Error("org-people title missing")
	}
	if f, s := strings.Index(text, `id="facts"`), strings.Index(text, `id="statements"`); !(f > 0 && f < s) {
		t.Errorf("org-people: facts (%d) should come before statements (%d)", f, s)
	}
	text = pageText(t, renderReport(t, ReportInfo{Query: "timeline"}))
	if !strings.Contains(text, "<h1>Timeline</h1>") || strings.Index(text, `id="events"`) > strings.Index(text, `id="statements"`) {
		t.Error("timeline: want the title Timeline and events first")
	}
	// An unknown subject: no entity box, a generic title.
	text = pageText(t, renderReport(t, ReportInfo{Query: "sources", SubjectKey: "nobody"}))
	if strings.Contains(text, `id="entity"`) || !strings.Contains(text, "<h1>kg query sources</h1>") {
		t.Error("unknown subject: want no entity box and a generic title")
	}
}

func TestReportInChromium(t *testing.T) {
	g := reportFixture()
	var b bytes.Buffer
	if err := Report(&b, g, ReportInfo{Query: "who-said", SubjectKey: "llama2"}); err != nil {
		t.Fatal(err)
	}
	p := OpenInChromium(t, b.Bytes(), "", 1280, 800, filepath.Join(t.TempDir(), "report.png"))
	CheckQuotesVisible(t, p, 2)
	if p.Attr("drawn-nodes") != len(g.Nodes) {
		t.Errorf("report drew %d nodes, want %d", p.Attr("drawn-nodes"), len(g.Nodes))
	}
}

// TestLabelsDoNotOverlap draws 50 crowded nodes: no two labels shown may
// overlap, and most labels must still be shown.
func TestLabelsDoNotOverlap(t *testing.T) {
	g := Crowd(50)
	var b bytes.Buffer
	if err := HTML(&b, g); err != nil {
		t.Fatal(err)
	}
	p := OpenInChromium(t, b.Bytes(), "", 1280, 800, filepath.Join(t.TempDir(), "crowd.png"))
	if p.Attr("drawn-nodes") != 50 {
		t.Errorf("drew %d nodes, want 50", p.Attr("drawn-nodes"))
	}
	CheckLabels(t, p, 25)
}

// TestFiltersFromURL opens the fixture's drawing with filters in the URL:
// a date range hides the articles, quotes and events outside it (quotes
// by their article's date), hide= hides labels; entities always stay.
func TestFiltersFromURL(t *testing.T) {
	var b bytes.Buffer
	if err := HTML(&b, fixture()); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		hash string
		want int
	}{
		{"", 8},
		{"#since=2023-07-19", 7},         // the event of 2023-07-18 goes
		{"#until=2023-07", 8},            // until a month covers all of it
		{"#since=2024", 4},               // article, its two quotes and the event go
		{"#hide=Article,Quote", 5},       // one article and two quotes
		{"#hide=Quote&until=2023-06", 4}, // quotes, article and event
	} {
		p := OpenInChromium(t, b.Bytes(), tt.hash, 1280, 800, "")
		if got := p.Attr("visible-nodes"); got != tt.want {
			t.Errorf("%q: %d nodes visible, want %d", tt.hash, got, tt.want)
		}
	}
}
