package export

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
	"time"

	"github.com/newsgraph/kg/graph"
	"github.com/newsgraph/kg/internal/chromiumtest"
)

// Page is a page as headless Chromium left it once its scripts ran.
type Page struct {
	DOM   string
	attrs map[string]int
}

// Attr is the integer in <body data-NAME="…">, or -1 when absent.
func (p Page) Attr(name string) int {
	if v, ok := p.attrs[name]; ok {
		return v
	}
	return -1
}

var bodyAttr = regexp.MustCompile(`data-([a-z-]+)="(-?\d+)"`)

// OpenInChromium opens page, its URL ending in hash (may be ""), in headless
// Chromium at width×height and returns the DOM after its scripts ran; with
// png it also saves a screenshot there.
// It skips when Chromium is absent, and fails instead when CI=true.
func OpenInChromium(t *testing.T, page []byte, hash string, width, height int, png string) Page {
	t.Helper()
	bin := chromiumtest.Binary(t)
	path := filepath.Join(t.TempDir(), "page.html")
	if err := os.WriteFile(path, page, 0o644); err != nil {
		t.Fatal(err)
	}
	run := func(extra ...string) []byte {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		args := append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
			"--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
			"--user-data-dir=" + t.TempDir(), "--virtual-time-budget=15000", fmt.Sprintf("--window-size=%d,%d", width, height)}, extra...)
		var stdout, stderr bytes.Buffer
		cmd := exec.CommandContext(ctx, bin, args...)
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("chromium %v: %v\n%s", extra, err, tail(stderr.String(), 1500))
		}
		return stdout.Bytes()
	}
	url := "file://" + path + hash
	dom := string(run("--dump-dom", url))
	p := Page{DOM: dom, attrs: map[string]int{}}
	if m := regexp.MustCompile(`<body[^>]*>`).FindString(dom); m != "" {
		for _, a := range bodyAttr.FindAllStringSubmatch(m, -1) {
			p.attrs[a[1]], _ = strconv.Atoi(a[2])
		}
	}
	if png != "" {
		run("--screenshot="+png, url)
		shot, err := os.ReadFile(png)
		if err != nil {
			t.Fatalf("screenshot: %v", err)
		}
		if os.Getenv("KG_KEEP_SHOT") != "" {
			os.WriteFile(os.Getenv("KG_KEEP_SHOT"), shot, 0o644)
		}
		if len(shot) < 5000 || !bytes.HasPrefix(shot, []byte("\x89PNG\r\n\x1a\n")) {
			t.Errorf("screenshot %s is not a PNG of a drawn page (%d bytes)", png, len(shot))
		}
	}
	return p
}

// CheckLabels fails t when the drawing in p shows labels that overlap, or
// shows fewer than min of them.
func CheckLabels(t *testing.T, p Page, min int) {
	t.Helper()
	if n := p.Attr("label-overlaps"); n != 0 {
		t.Errorf("%d pairs of node labels overlap (want 0)", n)
	}
	if n := p.Attr("labels-shown"); n < min {
		t.Errorf("%d node labels shown, want at least %d", n, min)
	}
}

// CheckQuotesVisible fails t unless the report in p holds want statements
// and a reader sees every one of them.
func CheckQuotesVisible(t *testing.T, p Page, want int) {
	t.Helper()
	if n, seen := p.Attr("quotes"), p.Attr("quotes-visible"); n != want || seen != want {
		t.Errorf("report shows %d statements, %d of them visible; want %d, all visible", n, seen, want)
	}
}

// Crowd is a graph of n nodes where every label has many neighbours: a
// crowded drawing whose labels would overlap unless the view thins them.
func Crowd(n int) *graph.Subgraph {
	g := &graph.Subgraph{}
	labels := []string{"Organization", "Person", "Model", "Quote", "Article"}
	names := []string{"Northwind Analytics", "Jordan Example", "Example-7B Instruct", "models like this will change search", "A long headline about an invented lab and its model"}
	for i := 0; i < n; i++ {
		l := labels[i%len(labels)]
		id := fmt.Sprintf("%s:n%02d", l, i)
		props := map[string]any{"key": fmt.Sprintf("n%02d", i), "id": fmt.Sprintf("n%02d", i)}
		switch l {
		case "Quote":
			props["text"] = fmt.Sprintf("%s (%d)", names[i%len(names)], i)
		case "Article":
			props["title"] = fmt.Sprintf("%s %d", names[i%len(names)], i)
			props["source"] = "Example Times"
			props["published"] = fmt.Sprintf("2024-%02d-01", 1+i%12)
		default:
			props["name"] = fmt.Sprintf("%s %d", names[i%len(names)], i)
		}
		g.Nodes = append(g.Nodes, graph.Node{ID: id, Labels: []string{l}, Props: props})
	}
	seen := map[string]bool{}
	for i := range g.Nodes {
		for _, j := range []int{(i + 1) % n, (i * 7) % n, (i*13 + 5) % n} {
			a, b := g.Nodes[i].ID, g.Nodes[j].ID
			if a == b || seen[a+b] || seen[b+a] {
				continue
			}
			seen[a+b] = true
			g.Rels = append(g.Rels, rel(a, "MENTIONS", b, nil))
		}
	}
	g.Sort()
	return g
}
