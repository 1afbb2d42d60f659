package export_test

import (
	"bytes"
	"context"
	"html/template"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/kg/export"
	"github.com/newsgraph/kg/extract"
	"github.com/newsgraph/kg/graph"
	"github.com/newsgraph/kg/graph/graphtest"
	"github.com/newsgraph/kg/ingest"
	"github.com/newsgraph/kg/queries"
)

// querySubgraph runs saved query name with params, as kg export --query
// does, and returns the query and the subgraph of its rows.
func querySubgraph(t *testing.T, st *graph.Store, name string, params map[string]string) (queries.Query, *graph.Subgraph) {
	t.Helper()
	ctx := context.Background()
	q, err := queries.Get(name)
	if err != nil {
		t.Fatal(err)
	}
	bound, err := q.Bind(params, extract.Key)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := st.Query(ctx, q.Text, bound, false)
	if err != nil {
		t.Fatal(err)
	}
	g, err := st.SubgraphOf(ctx, rows)
	if err != nil {
		t.Fatal(err)
	}
	return q, g
}

// report builds the page kg export --query NAME --param k=v --format html
// writes: the query's subgraph, grown by export.WithReportContext.
func report(t *testing.T, st *graph.Store, name string, params map[string]string) (string, *graph.Subgraph) {
	t.Helper()
	ctx := context.Background()
	q, g := querySubgraph(t, st, name, params)
	g, err := export.WithReportContext(ctx, st, g)
	if err != nil {
		t.Fatal(err)
	}
	info := export.ReportInfo{Query: name}
	for _, p := range q.Params {
		if v, ok := params[p.Name]; ok {
			info.Params = append(info.Params, p.Name+"="+v)
			if p.Type == queries.Entity && info.SubjectKey == "" {
				info.SubjectKey = extract.Key(v)
			}
		}
	}
	var b bytes.Buffer
	if err := export.Report(&b, g, info); err != nil {
		t.Fatal(err)
	}
	return b.String(), g
}

// text is a report before its scripts: what prints and reads without
// JavaScript.
func text(page string) string {
	text, _, _ := strings.Cut(page, `<script id="kg-data"`)
	return text
}

// TestReportsOnKnownGraph writes the four reports of issue 14 from the
// known graph: each names its entity, and every statement, role, fact and
// event comes with its source as page text.
func TestReportsOnKnownGraph(t *testing.T) {
	st := loadKnown(t)
	tests := []struct {
		query  string
		params map[string]string
		want   []string
	}{
		{"who-said", map[string]string{"about": "llama-2"}, []string{
			"<h1>Who said what about Llama 2</h1>", "Also known as: LLaMA-2",
			`Arthur Mensch <span class="role">— CEO, Mistral AI</span>`, "“open models will catch up with the closed ones”",
			"about Llama 2, Mixtral 8x7B", `<p class="sentence">Mensch said that open models will catch up with the closed ones.</p>`,
			`Yann LeCun <span class="role">— `, ", Meta</span>", "“开源模型会让人工智能更安全”",
			`<a href="https://example.com/zh/llama-2" rel="noopener noreferrer" target="_blank">Meta发布开源大模型Llama 2</a> · example.com · 2023-07-19`,
			// The speaker's organization came with the report context, and
			// its fact cites the article with the sentence.
			`<p class="sentence">Meta首席AI科学家杨立昆在发布会上介绍了新模型。</p>`,
		}},
		{"quotes-by", map[string]string{"person": "杨立昆"}, []string{
			"<h1>What Yann LeCun said</h1>", "杨立昆", "“Mistral&#39;s models are impressive for their size”", "about Mistral AI",
			"Mistral AI ships Mixtral and raises a new round</a> · example.com · 2023-12-11",
		}},
		{"org-people", map[string]string{"org": "Meta"}, []string{
			"<h1>People at Meta</h1>", "Also known as: Meta公司, Facebook",
			`Mark Zuckerberg <span class="muted">WORKS_AT</span> Meta <span class="role">(CEO)</span>`,
			"Code Llama 70B发布，扎克伯格谈编程</a> · example.com · 2024-01-30",
			`<p class="sentence">Yann LeCun, Meta&#39;s chief AI scientist, praised the release.</p>`,
		}},
		{"timeline", map[string]string{"entity": "Mistral AI"}, []string{
			"<h1>Timeline: Mistral AI</h1>", `<span class="when">2023-04</span>Mistral AI founding`,
			`<span class="when">2023-12-11</span>Mixtral 8x7B release`, "involves Arthur Mensch, Mistral AI",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			page, _ := report(t, st, tt.query, tt.params)
			got := text(page)
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("report lacks %s", w)
				}
			}
		})
	}
}

// escaped is s as html/template writes it in element text.
func escaped(t *testing.T, s string) string {
	var b strings.Builder
	if err := template.Must(template.New("").Parse("{{.}}")).Execute(&b, s); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// corpusDir is ../shared/corpus beside the repository (or
// KG_SHARED_CORPUS); the test skips without it.
func corpusDir(t *testing.T) string {
	dir := os.Getenv("KG_SHARED_CORPUS")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared", "corpus")
	}
	if _, err := os.Stat(dir); err != nil {
		t.Skip("no corpus at ../shared/corpus")
	}
	return dir
}

// loadCorpus extracts and writes every article of the shared corpus.
func loadCorpus(t *testing.T) *graph.Store {
	t.Helper()
	st := graphtest.Open(t)
	files, _ := filepath.Glob(filepath.Join(corpusDir(t), "*.txt"))
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	if sum, err := ingest.Run(context.Background(), files, x, st, ingest.Options{}); err != nil || sum.New == 0 {
		t.Fatalf("ingest corpus: %+v %v", sum, err)
	}
	return st
}

// shot is where a test saves a screenshot: docs/ under -update, else a
// temporary folder.
func shot(t *testing.T, name string) string {
	if export.UpdateGolden() {
		if err := os.MkdirAll("../docs", 0o755); err != nil {
			t.Fatal(err)
		}
		return filepath.Join("../docs", name)
	}
	return filepath.Join(t.TempDir(), name)
}

// TestCorpusReportAndAroundInChromium loads the shared corpus, writes the
// who-said report for the model most quotes are about, and the --around
// drawing of that model: every statement on the report is visible, every
// quote drawn comes with its speaker, and no labels overlap. With -update
// the screenshots become docs/report-who-said.png and docs/html-around.png.
func TestCorpusReportAndAroundInChromium(t *testing.T) {
	st := loadCorpus(t)
	ctx := context.Background()
	top := graphtest.Exec(t, st, `MATCH (:Person)-[:SAID]->(q:Quote)-[:ABOUT]->(m:Model)
RETURN m.name AS name, m.key AS key, count(q) AS n ORDER BY n DESC, name LIMIT 1`, nil)
	if len(top) == 0 {
		t.Fatal("no quote about a model in the corpus graph")
	}
	model, key := top[0].Values[0].(string), top[0].Values[1].(string)

	page, g := report(t, st, "who-said", map[string]string{"about": model})
	quotes := 0
	for _, n := range g.Nodes {
		if n.Label() == "Quote" {
			quotes++
			if !strings.Contains(text(page), "“"+escaped(t, n.Props["text"].(string))+"”") {
				t.Errorf("quote %s not on the page", n.ID)
			}
		}
	}
	p := export.OpenInChromium(t, []byte(page), "", 1400, 900, shot(t, "report-who-said.png"))
	export.CheckQuotesVisible(t, p, quotes)
	if p.Attr("drawn-nodes") != len(g.Nodes) {
		t.Errorf("report drew %d nodes, want %d", p.Attr("drawn-nodes"), len(g.Nodes))
	}

	around, err := st.Around(ctx, key, 1, 200)
	if err != nil {
		t.Fatal(err)
	}
	if around, err = export.WithQuoteContext(ctx, st, around); err != nil {
		t.Fatal(err)
	}
	said := map[string]bool{}
	for _, r := range around.Rels {
		if r.Type == "SAID" {
			said[r.End] = true
		}
	}
	for _, n := range around.Nodes {
		if n.Label() == "Quote" && !said[n.ID] {
			t.Errorf("--around %s: quote %s drawn without its speaker", model, n.ID)
		}
	}
	if len(said) == 0 {
		t.Errorf("--around %s: no quote with its speaker", model)
	}
	var b bytes.Buffer
	if err := export.HTML(&b, around); err != nil {
		t.Fatal(err)
	}
	p = export.OpenInChromium(t, b.Bytes(), "", 1400, 900, shot(t, "html-around.png"))
	if p.Attr("drawn-nodes") != len(around.Nodes) {
		t.Errorf("drawing has %d nodes, want %d", p.Attr("drawn-nodes"), len(around.Nodes))
	}
	export.CheckLabels(t, p, min(len(around.Nodes)/2, 10))
	if !strings.Contains(p.DOM, `<div id="quotes-list"><h3>Quotes (`) {
		t.Error("--around drawing has no side list of quotes")
	}
}
