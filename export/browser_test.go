package export

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/kg/internal/chromiumtest"
)

// UpdateGolden says whether -update was given; the Neo4j tests in
// export_test use it to refresh docs/html-export.png.
func UpdateGolden() bool { return *update }

// CheckInBrowser opens page in headless Chromium, fails t unless the page
// reports that it drew wantNodes nodes and wantEdges relationships, and
// saves a screenshot to png. With focus (a node id) the page opens with
// that node selected, and its details panel must hold wantDetails. It
// skips when Chromium is absent, and fails instead when CI=true.
func CheckInBrowser(t *testing.T, page []byte, wantNodes, wantEdges int, png, focus string, wantDetails ...string) {
	t.Helper()
	bin := chromiumtest.Binary(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "graph.html")
	if err := os.WriteFile(path, page, 0o644); err != nil {
		t.Fatal(err)
	}
	chrome := func(extra ...string) []byte {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		args := append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
			"--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
			"--user-data-dir=" + t.TempDir(), "--virtual-time-budget=15000", "--window-size=1280,800"}, extra...)
		var stdout, stderr bytes.Buffer
		cmd := exec.CommandContext(ctx, bin, args...)
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("chromium %v: %v\n%s", extra, err, tail(stderr.String(), 1500))
		}
		return stdout.Bytes()
	}
	url := "file://" + path
	dom := chrome("--dump-dom", url)
	m := regexp.MustCompile(`<body[^>]*data-drawn-nodes="(-?\d+)" data-drawn-edges="(-?\d+)"`).FindSubmatch(dom)
	if m == nil {
		t.Fatalf("no drawn counts in the page:\n%s", tail(string(dom), 1000))
	}
	nodes, _ := strconv.Atoi(string(m[1]))
	edges, _ := strconv.Atoi(string(m[2]))
	if nodes != wantNodes || edges != wantEdges {
		t.Errorf("page drew %d nodes and %d relationships, want %d and %d", nodes, edges, wantNodes, wantEdges)
	}
	if focus != "" {
		// The details panel of the focused node: its caption and sections.
		url += "#node=" + focus
		dom := string(chrome("--dump-dom", url))
		at := strings.Index(dom, `<div id="details">`)
		if at < 0 {
			t.Fatalf("no details panel in the page:\n%s", tail(dom, 1000))
		}
		details := dom[at:]
		for _, want := range wantDetails {
			if !strings.Contains(details, want) {
				t.Errorf("details panel of %s lacks %q:\n%s", focus, want, tail(details, 1500))
			}
		}
	}
	chrome("--screenshot="+png, url)
	shot, err := os.ReadFile(png)
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	// A blank page compresses to a few hundred bytes.
	if len(shot) < 5000 || !bytes.HasPrefix(shot, []byte("\x89PNG\r\n\x1a\n")) {
		t.Errorf("screenshot %s is not a PNG of a drawn graph (%d bytes)", png, len(shot))
	}
}

func TestHTMLInChromium(t *testing.T) {
	g := fixture()
	CheckInBrowser(t, render(t, "html", g), len(g.Nodes), len(g.Rels), filepath.Join(t.TempDir(), "shot.png"), "Person:yannlecun",
		"<h2>Yann LeCun</h2>", "杨立昆", "Quotes", "开放才是必然的道路", "Sources", `href="https://example.com/news/1?a=1&amp;b=2"`, "WORKS_AT Meta")
}
