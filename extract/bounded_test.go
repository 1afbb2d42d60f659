package extract

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestCapSentences(t *testing.T) {
	x := &Extractor{}
	for _, c := range []struct {
		name     string
		text     string
		wantWarn bool
	}{
		{"ordinary sentences are not cut", strings.Repeat("Acme released a model. ", 200), false},
		{"a sentence just under the cap", strings.Repeat("a", MaxSentenceBytes-1) + ".", false},
		{"a comma list without a stop", strings.Repeat("Alpha Beta, ", 2000), true},
		{"a Chinese list without a stop", strings.Repeat("阿尔法公司、", 1000), true},
		{"one word with no separator", strings.Repeat("x", 3*MaxSentenceBytes), true},
		{"Chinese characters with no separator", strings.Repeat("他说", 3*MaxSentenceBytes), true},
	} {
		doc := x.prepare(Doc{Text: c.text})
		if (len(doc.warnings) > 0) != c.wantWarn {
			t.Errorf("%s: warnings %q, want some: %v", c.name, doc.warnings, c.wantWarn)
		}
		prev := -1
		for _, s := range doc.sentences {
			if s.End-s.Start > MaxSentenceBytes {
				t.Errorf("%s: sentence of %d bytes", c.name, s.End-s.Start)
			}
			if !utf8.ValidString(doc.text[s.Start:s.End]) {
				t.Errorf("%s: sentence cut inside a character", c.name)
			}
			if s.Start < prev {
				t.Errorf("%s: sentences out of order", c.name)
			}
			prev = s.End
		}
		if c.wantWarn && strings.Contains(c.text, ", ") {
			// Cut after a separator, never inside a name.
			for _, s := range doc.sentences[:len(doc.sentences)-1] {
				if !strings.HasSuffix(doc.text[s.Start:s.End], ", ") {
					t.Errorf("%s: piece ends %q", c.name, doc.text[max(s.Start, s.End-10):s.End])
					break
				}
			}
		}
	}
}

func TestMentionWindows(t *testing.T) {
	for _, n := range []int{0, 1, mentionWindow, mentionWindow + 1, 10 * mentionWindow, 10*mentionWindow + 7} {
		ms := make([]mention, n)
		for i := range ms {
			ms[i].Start = i
		}
		ws := mentionWindows(ms)
		pairs := 0
		for _, w := range ws {
			if len(w) > mentionWindow {
				t.Errorf("n=%d: window of %d", n, len(w))
			}
			pairs += len(w) * len(w)
		}
		if n <= mentionWindow && len(ws) != 1 {
			t.Errorf("n=%d: %d windows, want 1 (no change for ordinary sentences)", n, len(ws))
		}
		// Neighbours within half a window share a window; the work is
		// linear in n.
		if n > 0 && ws[len(ws)-1][len(ws[len(ws)-1])-1].Start != n-1 {
			t.Errorf("n=%d: last mention left out", n)
		}
		if pairs > 2*mentionWindow*max(n, mentionWindow) {
			t.Errorf("n=%d: %d pairs", n, pairs)
		}
	}
}

func TestRunChunks(t *testing.T) {
	run := strings.Repeat("他说", 1000)
	got := runChunks(run)
	if strings.Join(got, "") != run {
		t.Fatal("chunks do not add up to the run")
	}
	for _, c := range got {
		if len(c) > maxUnknownRun || !utf8.ValidString(c) {
			t.Errorf("chunk of %d bytes, valid %v", len(c), utf8.ValidString(c))
		}
	}
	if short := runChunks("他说"); len(short) != 1 {
		t.Errorf("a short run was cut: %q", short)
	}
}

// TestExtractStopsWhenContextEnds: Extract returns soon after its context
// ends, with a StoppedError naming the stage, on an article that would
// take far longer.
func TestExtractStopsWhenContextEnds(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Repeat("GPT-4, Llama 3, Claude 3, Gemini, Mistral 7B, OpenAI, Google, ", (8<<20)/64)
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, _, err = x.Extract(ctx, Doc{Text: text})
	var stopped *StoppedError
	if !errors.As(err, &stopped) || !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Extract = %v, want a StoppedError for the deadline", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("returned after %s", d)
	}
	// An ordinary article comes back whole, with no warning.
	res, warns, err := x.Extract(context.Background(), Doc{Text: "Acme Labs released the Zephyr model, its chief executive Dana Reyes said."})
	if err != nil || len(warns) != 0 || len(res.Entities) == 0 {
		t.Errorf("ordinary article: %v, warnings %q, %d entities", err, warns, len(res.Entities))
	}
}
