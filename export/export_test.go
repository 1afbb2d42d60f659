package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/kg/graph"
)

func render(t *testing.T, format string, g *graph.Subgraph) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, format, g); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestGolden(t *testing.T) {
	for _, f := range []string{"json", "graphml", "cypher", "dot"} {
		t.Run(f, func(t *testing.T) {
			golden(t, "fixture."+f, render(t, f, fixture()))
		})
	}
}

func TestWriteUnknownFormat(t *testing.T) {
	for _, f := range []string{"csv", "xml", ""} {
		if err := Write(&bytes.Buffer{}, f, fixture()); err == nil {
			t.Errorf("Write(%q) = nil error", f)
		}
	}
}

func TestJSONShape(t *testing.T) {
	g := fixture()
	var doc struct {
		Format  string
		Version int
		Nodes   []struct {
			ID         string
			Labels     []string
			Properties map[string]any
		}
		Relationships []struct {
			ID, Type, Start, End string
			Properties           map[string]any
		}
	}
	if err := json.Unmarshal(render(t, "json", g), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Format != "kg-subgraph" || doc.Version != 1 || len(doc.Nodes) != len(g.Nodes) || len(doc.Relationships) != len(g.Rels) {
		t.Fatalf("header or counts wrong: %s v%d, %d nodes, %d rels", doc.Format, doc.Version, len(doc.Nodes), len(doc.Relationships))
	}
	for i, n := range g.Nodes {
		d := doc.Nodes[i]
		if d.ID != n.ID || !reflect.DeepEqual(d.Labels, n.Labels) || len(d.Properties) != len(n.Props) {
			t.Errorf("node %d: got %s %v (%d props), want %s %v (%d)", i, d.ID, d.Labels, len(d.Properties), n.ID, n.Labels, len(n.Props))
		}
	}
	for i, r := range g.Rels {
		d := doc.Relationships[i]
		if d.ID != r.ID || d.Type != r.Type || d.Start != r.Start || d.End != r.End {
			t.Errorf("rel %d: got %s, want %s", i, d.ID, r.ID)
		}
	}
	q2 := doc.Nodes[indexOf(g, "Quote:q2")].Properties["text"]
	if q2 != hostile {
		t.Errorf("hostile text changed: %q", q2)
	}
	if at := doc.Nodes[indexOf(g, "Article:a1b2c3")].Properties["ingested_at"]; at != "2026-11-26T09:30:00Z" {
		t.Errorf("datetime written as %v", at)
	}
}

func indexOf(g *graph.Subgraph, id string) int {
	for i, n := range g.Nodes {
		if n.ID == id {
			return i
		}
	}
	return -1
}

// TestGraphMLValid parses the GraphML and checks what readers rely on:
// every data element names a declared key of the right domain, every
// declared type is a GraphML type and every value parses as it, and every
// edge end is a node.
func TestGraphMLValid(t *testing.T) {
	g := fixture()
	var doc struct {
		XMLName xml.Name `xml:"graphml"`
		Keys    []struct {
			ID   string `xml:"id,attr"`
			For  string `xml:"for,attr"`
			Name string `xml:"attr.name,attr"`
			Type string `xml:"attr.type,attr"`
		} `xml:"key"`
		Graph struct {
			EdgeDefault string `xml:"edgedefault,attr"`
			Nodes       []struct {
				ID   string  `xml:"id,attr"`
				Data []datum `xml:"data"`
			} `xml:"node"`
			Edges []struct {
				Source string  `xml:"source,attr"`
				Target string  `xml:"target,attr"`
				Data   []datum `xml:"data"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(render(t, "graphml", g), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.XMLName.Space != "http://graphml.graphdrawing.org/xmlns" || doc.Graph.EdgeDefault != "directed" {
		t.Errorf("namespace %q, edgedefault %q", doc.XMLName.Space, doc.Graph.EdgeDefault)
	}
	type key struct{ for_, name, typ string }
	keys := map[string]key{}
	for _, k := range doc.Keys {
		switch k.Type {
		case "boolean", "int", "long", "float", "double", "string":
		default:
			t.Errorf("key %s: type %q is not a GraphML type", k.ID, k.Type)
		}
		keys[k.ID] = key{k.For, k.Name, k.Type}
	}
	check := func(domain string, data []datum) map[string]string {
		vals := map[string]string{}
		for _, d := range data {
			k, ok := keys[d.Key]
			if !ok || k.for_ != domain {
				t.Errorf("data key %s not declared for %s", d.Key, domain)
				continue
			}
			switch k.typ {
			case "long":
				if _, err := strconv.ParseInt(d.Value, 10, 64); err != nil {
					t.Errorf("%s %s: %q is not a long", domain, k.name, d.Value)
				}
			case "double":
				if _, err := strconv.ParseFloat(d.Value, 64); err != nil {
					t.Errorf("%s %s: %q is not a double", domain, k.name, d.Value)
				}
			case "boolean":
				if d.Value != "true" && d.Value != "false" {
					t.Errorf("%s %s: %q is not a boolean", domain, k.name, d.Value)
				}
			}
			vals[k.name] = d.Value
		}
		return vals
	}
	ids := map[string]bool{}
	for _, n := range doc.Graph.Nodes {
		ids[n.ID] = true
		v := check("node", n.Data)
		if n.ID == "Quote:q2" && v["text"] != strings.ReplaceAll(hostile, "\x01", "\uFFFD") {
			t.Errorf("hostile text read back as %q", v["text"])
		}
		if n.ID == "Person:yannlecun" && v["aliases"] != `["Yann LeCun","杨立昆","LeCun"]` {
			t.Errorf("aliases read back as %q", v["aliases"])
		}
	}
	for _, e := range doc.Graph.Edges {
		check("edge", e.Data)
		if !ids[e.Source] || !ids[e.Target] {
			t.Errorf("edge %s -> %s: an end is not a node", e.Source, e.Target)
		}
	}
	if len(doc.Graph.Nodes) != len(g.Nodes) || len(doc.Graph.Edges) != len(g.Rels) {
		t.Errorf("%d nodes, %d edges; want %d, %d", len(doc.Graph.Nodes), len(doc.Graph.Edges), len(g.Nodes), len(g.Rels))
	}
}

type datum struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

// TestGraphMLNetworkX reads the export with networkx, a real GraphML
// reader (pip install networkx).
func TestGraphMLNetworkX(t *testing.T) {
	if exec.Command("python3", "-c", "import networkx").Run() != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("python3 with networkx is required in CI (pip install networkx)")
		}
		t.Skip("python3 with networkx not installed (pip install networkx)")
	}
	g := fixture()
	path := filepath.Join(t.TempDir(), "g.graphml")
	if err := os.WriteFile(path, render(t, "graphml", g), 0o644); err != nil {
		t.Fatal(err)
	}
	script := `import sys, json, networkx as nx
g = nx.read_graphml(sys.argv[1])
n = g.nodes["Person:yannlecun"]
e = g.edges["Person:yannlecun", "Organization:meta"]
print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "directed": g.is_directed(),
  "name": n["name"], "chars": g.nodes["Article:a1b2c3"]["chars"], "role": e["role"], "former": e["former"]}, ensure_ascii=False))`
	out, err := exec.Command("python3", "-c", script, path).CombinedOutput()
	if err != nil {
		t.Fatalf("networkx: %v\n%s", err, out)
	}
	var got map[string]any
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	want := map[string]any{"nodes": float64(len(g.Nodes)), "edges": float64(len(g.Rels)), "directed": true,
		"name": "Yann LeCun", "chars": float64(1234), "role": "首席AI科学家", "former": false}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("networkx read %v, want %v", got, want)
	}
}

var headerField = regexp.MustCompile(`^(:ID|:LABEL|:START_ID|:END_ID|:TYPE|[^:,]+:(string|long|double|boolean|date|datetime|localdatetime)(\[\])?)$`)

// TestCSVReadsBack writes the CSV files, checks every header field is one
// neo4j-admin database import understands, and reads the files back into
// the same nodes, relationships and properties.
func TestCSVReadsBack(t *testing.T) {
	g := fixture()
	dir := t.TempDir()
	files, err := WriteCSV(dir, g)
	if err != nil {
		t.Fatal(err)
	}
	if files.ArrayDelimiter != ";" {
		t.Errorf("array delimiter %q, want ;", files.ArrayDelimiter)
	}
	wantNodes := []string{"nodes-Article.csv", "nodes-Event.csv", "nodes-Model.csv", "nodes-Organization.csv", "nodes-Person.csv", "nodes-Quote.csv"}
	if !reflect.DeepEqual(files.Nodes, wantNodes) {
		t.Errorf("node files %v, want %v", files.Nodes, wantNodes)
	}
	got := &graph.Subgraph{}
	for _, name := range append(append([]string{}, files.Nodes...), files.Relationships...) {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(f).ReadAll()
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		header := rows[0]
		for _, h := range header {
			if !headerField.MatchString(h) {
				t.Errorf("%s: header field %q is not a neo4j-admin field", name, h)
			}
		}
		for _, row := range rows[1:] {
			props := map[string]any{}
			var id, start, end, typ string
			var labels []string
			for i, h := range header {
				switch h {
				case ":ID":
					id = row[i]
				case ":LABEL":
					labels = strings.Split(row[i], ";")
				case ":START_ID":
					start = row[i]
				case ":END_ID":
					end = row[i]
				case ":TYPE":
					typ = row[i]
				default:
					if row[i] != "" {
						name, typ, _ := strings.Cut(h, ":")
						props[name] = parseCSV(t, row[i], typ)
					}
				}
			}
			if strings.HasPrefix(name, "nodes-") {
				got.Nodes = append(got.Nodes, graph.Node{ID: id, Labels: labels, Props: props})
			} else {
				got.Rels = append(got.Rels, graph.Rel{ID: graph.RelID(start, typ, end), Type: typ, Start: start, End: end, Props: props})
			}
		}
	}
	got.Sort()
	want := fixture()
	// CSV holds text: compare temporal values as the text they became.
	for _, n := range want.Nodes {
		for k, v := range n.Props {
			if kindOf(v) == kDate || kindOf(v) == kDateTime {
				n.Props[k] = scalarText(v)
			}
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("read back differs:\ngot  %+v\nwant %+v", got, want)
	}
	script, err := os.ReadFile(filepath.Join(dir, "import.sh"))
	if err != nil || !strings.Contains(string(script), "neo4j-admin database import full") || !strings.Contains(string(script), "--relationships=rels-WORKS_AT.csv") {
		t.Errorf("import.sh: %v\n%s", err, script)
	}
}

func parseCSV(t *testing.T, s, typ string) any {
	t.Helper()
	if strings.HasSuffix(typ, "[]") {
		var out []any
		for _, p := range strings.Split(s, ";") {
			out = append(out, parseCSV(t, p, strings.TrimSuffix(typ, "[]")))
		}
		return out
	}
	switch typ {
	case "long":
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			t.Errorf("long %q: %v", s, err)
		}
		return n
	case "double":
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			t.Errorf("double %q: %v", s, err)
		}
		return f
	case "boolean":
		return s == "true"
	}
	return s
}

func TestCSVArrayDelimiterFallsBack(t *testing.T) {
	g := fixture()
	g.Nodes[0].Props["aliases"] = []any{"a;b", "c"}
	files, err := WriteCSV(t.TempDir(), g)
	if err != nil {
		t.Fatal(err)
	}
	if files.ArrayDelimiter != "\x1f" {
		t.Errorf("array delimiter %q, want U+001F when an element holds ;", files.ArrayDelimiter)
	}
}

func TestCypherLiterals(t *testing.T) {
	tests := []struct {
		in   any
		want string
	}{
		{"plain", `'plain'`},
		{"it's", `'it\'s'`},
		{`back\slash`, `'back\\slash'`},
		{"two\nlines\r\t", `'two\nlines\r\t'`},
		{"bell\x07", `'bell\u0007'`},
		{"杨立昆 🚀", `'杨立昆 🚀'`},
		{int64(-3), `-3`},
		{2.0, `2.0`},
		{0.25, `0.25`},
		{true, `true`},
		{[]any{"a", int64(1)}, `['a', 1]`},
		{nil, `null`},
	}
	for _, tt := range tests {
		if got := literal(tt.in); got != tt.want {
			t.Errorf("literal(%#v) = %s, want %s", tt.in, got, tt.want)
		}
	}
	if got := ident("we`ird label"); got != "`we``ird label`" {
		t.Errorf("ident = %s", got)
	}
}

func TestCypherOneStatementPerLine(t *testing.T) {
	g := fixture()
	lines := strings.Split(strings.TrimSpace(string(render(t, "cypher", g))), "\n")
	var stmts int
	for _, l := range lines[1:] {
		if !strings.HasSuffix(l, ";") || !(strings.HasPrefix(l, "MERGE ") || strings.HasPrefix(l, "MATCH ")) {
			t.Errorf("not one statement: %q", l)
		}
		stmts++
	}
	if stmts != len(g.Nodes)+len(g.Rels) {
		t.Errorf("%d statements, want %d", stmts, len(g.Nodes)+len(g.Rels))
	}
}

func TestCypherKeylessNodes(t *testing.T) {
	g := &graph.Subgraph{
		Nodes: []graph.Node{{ID: "4:x:1", Labels: []string{"Thing"}, Props: map[string]any{"n": int64(1)}},
			{ID: "4:x:2", Labels: []string{"Thing"}, Props: map[string]any{}}},
		Rels: []graph.Rel{rel("4:x:1", "LINKS", "4:x:2", nil)},
	}
	out := string(render(t, "cypher", g))
	for _, want := range []string{"MERGE (n:`Thing` {`_kg_export_id`: '4:x:1'}) SET n += {`n`: 1};", "REMOVE n.`_kg_export_id`;"} {
		if !strings.Contains(out, want) {
			t.Errorf("script lacks %q:\n%s", want, out)
		}
	}
}

func TestDOT(t *testing.T) {
	out := render(t, "dot", fixture())
	if !bytes.Contains(out, []byte(`"Person:yannlecun" -> "Organization:meta" [label="WORKS_AT"];`)) {
		t.Errorf("edge missing:\n%s", out)
	}
	if _, err := exec.LookPath("dot"); err != nil {
		t.Skip("graphviz dot not installed: checked the text only")
	}
	cmd := exec.Command("dot", "-Tsvg")
	cmd.Stdin = bytes.NewReader(out)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("dot rejects the export: %v\n%s", err, msg)
	}
}

func TestHTMLSelfContained(t *testing.T) {
	g := fixture()
	page := string(render(t, "html", g))
	start := strings.Index(page, `<script id="kg-data" type="application/json">`)
	if start < 0 {
		t.Fatal("no data element")
	}
	body := page[start+len(`<script id="kg-data" type="application/json">`):]
	body = body[:strings.Index(body, "</script>")]
	var data struct {
		Nodes []struct{ ID, Caption string }
		Rels  []struct{ ID string }
	}
	if err := json.Unmarshal([]byte(body), &data); err != nil {
		t.Fatalf("data (hostile text must not close the script element): %v", err)
	}
	if len(data.Nodes) != len(g.Nodes) || len(data.Rels) != len(g.Rels) {
		t.Errorf("page holds %d nodes, %d rels; want %d, %d", len(data.Nodes), len(data.Rels), len(g.Nodes), len(g.Rels))
	}
	if !strings.Contains(page, "The Cytoscape Consortium") || !strings.Contains(page, "data-drawn-nodes") {
		t.Error("cytoscape or the drawn-count hook missing")
	}
	if regexp.MustCompile(`(?i)<(script|link)[^>]+(src|href)=`).MatchString(page) {
		t.Error("page loads something from outside")
	}
	if strings.Contains(page, "/*KG_") {
		t.Error("a placeholder was not filled")
	}
}
