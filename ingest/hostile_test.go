package ingest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/kg/extract"
)

// pathological writes a text of about n bytes that costs the extractor far
// more than its size suggests: a list of model and company names with no
// sentence stop.
func pathological(t *testing.T, dir string, n int) string {
	t.Helper()
	unit := "GPT-4, Llama 3, Claude 3, Gemini, Mistral 7B, Qwen2, OpenAI, Google, Meta, "
	p := filepath.Join(dir, "list.txt")
	if err := os.WriteFile(p, []byte(strings.Repeat(unit, n/len(unit))), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestPathologicalArticleCannotStallBatch: one article that would take
// minutes is skipped after its budget with a message naming it, and the
// other articles of the run are written.
func TestPathologicalArticleCannotStallBatch(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	big := pathological(t, dir, 8<<20)
	in := jsonl(t, 20)
	w := &memWriter{}
	var reported []string
	start := time.Now()
	sum, err := Run(t.Context(), []string{big, in}, x, w, Options{Workers: 2, Batch: 5, ArticleTimeout: time.Second,
		OnError: func(err error) { reported = append(reported, err.Error()) }})
	took := time.Since(start)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Failed != 1 || len(reported) != 1 || !strings.HasPrefix(reported[0], big+": skipped after 1s: ") {
		t.Fatalf("failed %d, reported %q; want one %q: skipped after 1s: …", sum.Failed, reported, big)
	}
	if w.total() != 20 {
		t.Errorf("written %d, want the 20 other articles", w.total())
	}
	t.Logf("run took %s; %s", took.Round(time.Millisecond), reported[0])
	if took > 30*time.Second {
		t.Errorf("run took %s with a 1s article budget", took)
	}
}

// TestInterruptStopsExtraction: cancelling the run (Ctrl-C) while an
// article is being extracted returns at once, not when the article is done.
func TestInterruptStopsExtraction(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	big := pathological(t, t.TempDir(), 8<<20)
	ctx, cancel := context.WithCancel(t.Context())
	var cancelled time.Time
	w := &memWriter{}
	go func() {
		time.Sleep(time.Second)
		cancelled = time.Now()
		cancel()
	}()
	_, err = Run(ctx, []string{big}, x, w, Options{Workers: 1, ArticleTimeout: -1})
	if err != context.Canceled {
		t.Fatalf("Run = %v, want context.Canceled", err)
	}
	if d := time.Since(cancelled); d > 2*time.Second {
		t.Errorf("Run returned %s after the interruption, want well under a second", d)
	} else {
		t.Logf("returned %s after the interruption", d.Round(time.Millisecond))
	}
}
