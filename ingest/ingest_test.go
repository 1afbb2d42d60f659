package ingest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/kg/extract"
	"github.com/newsgraph/kg/graph"
	"github.com/newsgraph/kg/source"
)

// wordExtractor makes every capitalised word of the text a Person and panics
// on the word PANIC, so tests see what reached the writer.
type wordExtractor struct {
	minLen   int // shorter words are no names; a stand-in for a new lexicon
	mu       sync.Mutex
	started  int
	inFlight func() int // extracted but not yet written, checked on each call
	maxSeen  int
}

func (x *wordExtractor) Article(d extract.Doc) extract.Result {
	if strings.Contains(d.Text, "PANIC") {
		panic("bad input")
	}
	x.mu.Lock()
	x.started++
	if x.inFlight != nil {
		x.maxSeen = max(x.maxSeen, x.inFlight())
	}
	x.mu.Unlock()
	var r extract.Result
	for _, w := range strings.Fields(d.Text) {
		if len(w) >= max(x.minLen, 1) && w[0] >= 'A' && w[0] <= 'Z' {
			r.Entities = append(r.Entities, extract.Entity{Name: w, Type: extract.Person, Mentions: 1})
		}
	}
	return r
}

// memWriter records what it is asked to write; it refuses any batch that
// holds an article whose text contains POISON, and everything with fail.
type memWriter struct {
	mu       sync.Mutex
	batches  [][]string
	written  map[string]int
	rewrites int // docs marked Rewrite
	fail     error
}

func (w *memWriter) Write(_ context.Context, docs []graph.Doc) (graph.Summary, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.fail != nil {
		return graph.Summary{}, w.fail
	}
	var ids []string
	for _, d := range docs {
		if strings.Contains(d.Article.Text, "POISON") {
			return graph.Summary{}, errors.New("Neo4jError: property too large")
		}
		ids = append(ids, d.Article.ID)
	}
	for _, d := range docs {
		if d.Rewrite {
			w.rewrites++
		}
	}
	if w.written == nil {
		w.written = map[string]int{}
	}
	for _, id := range ids {
		w.written[id]++
	}
	w.batches = append(w.batches, ids)
	return graph.Summary{Articles: len(docs), New: len(docs)}, nil
}

func (w *memWriter) total() int {
	w.mu.Lock()
	defer w.mu.Unlock()
	n := 0
	for _, c := range w.written {
		n += c
	}
	return n
}

// jsonl writes n articles to a JSONL file, with extra lines appended.
func jsonl(t *testing.T, n int, extra ...string) string {
	t.Helper()
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, `{"title": "t%d", "text": "Article number %d names Alice%d and Bob in Paris."}`+"\n", i, i, i)
	}
	for _, e := range extra {
		b.WriteString(e + "\n")
	}
	p := filepath.Join(t.TempDir(), "in.jsonl")
	if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestRunWritesEveryArticleOnce(t *testing.T) {
	tests := []struct {
		name           string
		n, batch, work int
	}{
		{"one worker, batch 1", 5, 1, 1},
		{"batch larger than input", 7, 100, 2},
		{"many batches", 250, 16, 4},
		{"single article", 1, 10, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := jsonl(t, tt.n)
			w := &memWriter{}
			var progress []Progress
			sum, err := Run(t.Context(), []string{in}, &wordExtractor{}, w, Options{Workers: tt.work, Batch: tt.batch,
				Progress: func(p Progress) { progress = append(progress, p) }})
			if err != nil {
				t.Fatal(err)
			}
			if sum.Read != tt.n || sum.New != tt.n || sum.Failed != 0 || w.total() != tt.n || len(w.written) != tt.n {
				t.Errorf("summary %+v, written %d (%d distinct), want %d", sum, w.total(), len(w.written), tt.n)
			}
			for _, b := range w.batches {
				if len(b) > tt.batch {
					t.Errorf("batch of %d, limit %d", len(b), tt.batch)
				}
			}
			if len(progress) == 0 {
				t.Fatal("no progress reported")
			}
			last := progress[len(progress)-1]
			if last.Done != tt.n || last.Total != tt.n {
				t.Errorf("last progress %+v, want done and total %d", last, tt.n)
			}
			for i, p := range progress {
				if p.Extracted < p.Done {
					t.Errorf("progress %+v: fewer extracted than done", p)
				}
				if i > 0 && (p.Done < progress[i-1].Done || p.Extracted < progress[i-1].Extracted) {
					t.Errorf("progress went back: %v", progress)
				}
			}
		})
	}
}

func TestRunCollectsFailures(t *testing.T) {
	in := jsonl(t, 30,
		`not json at all`,
		`{"title": "no text"}`,
		`{"text": "This one will PANIC in extraction."}`,
		`{"text": "This one is POISON for the database."}`,
	)
	missing := filepath.Join(t.TempDir(), "gone.txt")
	w := &memWriter{}
	var reported []string
	sum, err := Run(t.Context(), []string{in, missing}, &wordExtractor{}, w, Options{Workers: 2, Batch: 8,
		OnError: func(err error) { reported = append(reported, err.Error()) }})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Failed != 5 || len(sum.Errors) != 5 || len(reported) != 5 {
		t.Fatalf("failed %d, errors %v, reported %v; want 5", sum.Failed, sum.Errors, reported)
	}
	if w.total() != 30 {
		t.Errorf("written %d, want the 30 good articles", w.total())
	}
	slices.Sort(reported)
	for _, want := range []string{in + ":31:", in + ":32:", in + ":33: extract: bad input", in + ":34:", missing} {
		if !slices.ContainsFunc(reported, func(s string) bool { return strings.HasPrefix(s, want) }) {
			t.Errorf("no failure starting %q in %q", want, reported)
		}
	}
	for _, e := range sum.Errors {
		var ie *source.InputError
		if !errors.As(e, &ie) {
			t.Errorf("%v is not an *InputError naming its input", e)
		}
	}
}

func TestRunStopsWhenDatabaseIsGone(t *testing.T) {
	in := jsonl(t, 500)
	w := &memWriter{fail: fmt.Errorf("write: %w", graph.ErrUnavailable)}
	_, err := Run(t.Context(), []string{in}, &wordExtractor{}, w, Options{Workers: 2, Batch: 10})
	if !errors.Is(err, graph.ErrUnavailable) {
		t.Fatalf("err = %v, want ErrUnavailable", err)
	}
}

// cancelWriter cancels the run's context while its batch number at is being
// written. With commit, the batch then goes in, as a transaction that ends
// within the grace period does; without, the batch waits for its context to
// end and fails as the driver fails when a transaction dies with its
// connection: with an error that does not say why.
type cancelWriter struct {
	memWriter
	at     int // 0: never cancels
	commit bool
	cancel context.CancelFunc
	calls  int
	late   int // batches asked for after the cancellation
}

func (w *cancelWriter) Write(ctx context.Context, docs []graph.Doc) (graph.Summary, error) {
	w.mu.Lock()
	w.calls++
	n := w.calls
	if n > w.at && w.at > 0 {
		w.late++
	}
	w.mu.Unlock()
	if n == w.at {
		w.cancel()
		if w.commit {
			time.Sleep(20 * time.Millisecond)
			if ctx.Err() != nil {
				return graph.Summary{}, errors.New("the batch in flight got no grace")
			}
			return w.memWriter.Write(ctx, docs)
		}
		<-ctx.Done()
		return graph.Summary{}, errors.New("ConnectivityError: connection closed mid-transaction")
	}
	return w.memWriter.Write(ctx, docs)
}

func TestRunInterrupted(t *testing.T) {
	const n, batch = 5000, 40
	tests := []struct {
		name    string
		at      int  // the batch during which ctx is cancelled
		commit  bool // and that batch commits
		grace   time.Duration
		between int // or: cancel once this many batches are written
		want    int // whole batches written
	}{
		{"before the run", 0, false, 0, 0, 0},
		{"during the first batch, no grace", 1, false, -1, 0, 0},
		{"during the third batch, past the grace", 3, false, 30 * time.Millisecond, 0, 2},
		{"during the third batch, committed in the grace", 3, true, 0, 0, 3},
		{"between batches", 0, false, 0, 2, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := jsonl(t, n)
			ctx, cancel := context.WithCancel(t.Context())
			defer cancel()
			w := &cancelWriter{at: tt.at, commit: tt.commit, cancel: cancel}
			if tt.at == 0 && tt.between == 0 {
				cancel()
			}
			var reported []error
			sum, err := Run(ctx, []string{in}, &wordExtractor{}, w, Options{Workers: 2, Batch: batch, Grace: tt.grace,
				OnError: func(err error) { reported = append(reported, err) },
				Progress: func(p Progress) {
					if tt.between > 0 && p.Done >= tt.between*batch {
						cancel()
						w.at = -1 // count later calls as late
					}
				}})
			if !errors.Is(err, context.Canceled) {
				t.Fatalf("err = %v, want context.Canceled", err)
			}
			if w.total() != tt.want*batch || sum.New != tt.want*batch {
				t.Errorf("written %d, summary %d new; want the %d of %d whole batches", w.total(), sum.New, tt.want*batch, tt.want)
			}
			for _, b := range w.batches {
				if len(b) != batch {
					t.Errorf("a batch of %d, want whole batches of %d", len(b), batch)
				}
			}
			if w.late != 0 {
				t.Errorf("%d batches sent to the writer after the interruption", w.late)
			}
			if sum.Failed != 0 || len(reported) != 0 {
				t.Errorf("the interruption failed articles: %d, %v", sum.Failed, reported)
			}
			if sum.Read >= n {
				t.Errorf("read all %d articles: reading did not stop", sum.Read)
			}
		})
	}
}

// TestRunInterruptedWhileSplitting cancels while a rejected batch is being
// split to find the article at fault: the other half is not written.
func TestRunInterruptedWhileSplitting(t *testing.T) {
	in := jsonl(t, 7, `{"text": "This one is POISON for the database."}`)
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	var calls []int
	w := writerFunc(func(_ context.Context, docs []graph.Doc) (graph.Summary, error) {
		calls = append(calls, len(docs))
		if len(calls) == 2 { // the first half
			cancel()
		}
		for _, d := range docs {
			if strings.Contains(d.Article.Text, "POISON") {
				return graph.Summary{}, errors.New("Neo4jError: property too large")
			}
		}
		return graph.Summary{New: len(docs)}, nil
	})
	sum, err := Run(ctx, []string{in}, &wordExtractor{}, w, Options{Workers: 1, Batch: 8})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if !slices.Equal(calls, []int{8, 4}) || sum.Failed != 0 {
		t.Errorf("writes of %v, %d failed; want the batch of 8, its first half, nothing after", calls, sum.Failed)
	}
}

// writerFunc is a Writer made of a function.
type writerFunc func(context.Context, []graph.Doc) (graph.Summary, error)

func (f writerFunc) Write(ctx context.Context, docs []graph.Doc) (graph.Summary, error) {
	return f(ctx, docs)
}

func TestRunBoundsArticlesInFlight(t *testing.T) {
	const batch, workers = 20, 2
	in := jsonl(t, 2000)
	w := &memWriter{}
	x := &wordExtractor{}
	x.inFlight = func() int { return x.started - w.total() }
	if _, err := Run(t.Context(), []string{in}, x, w, Options{Workers: workers, Batch: batch}); err != nil {
		t.Fatal(err)
	}
	// A batch being written, a full channel of extracted docs, and one doc
	// per worker: memory follows the batch size, not the input.
	if limit := 2*batch + 2*workers; x.maxSeen > limit {
		t.Errorf("%d articles extracted but not written at once, limit %d", x.maxSeen, limit)
	}
	if x.maxSeen == 0 {
		t.Error("in-flight count never measured")
	}
}

func TestShards(t *testing.T) {
	in := jsonl(t, 300)
	const n = 3
	seen := map[string]int{}
	for i := range n {
		w := &memWriter{}
		sum, err := Run(t.Context(), []string{in}, &wordExtractor{}, w, Options{Shard: Shard{I: i, N: n}})
		if err != nil {
			t.Fatal(err)
		}
		if sum.Read+sum.Skipped != 300 || sum.Read < 50 {
			t.Errorf("shard %d: read %d skipped %d", i, sum.Read, sum.Skipped)
		}
		for id := range w.written {
			seen[id]++
		}
	}
	if len(seen) != 300 {
		t.Errorf("shards cover %d articles, want 300", len(seen))
	}
	for id, c := range seen {
		if c != 1 {
			t.Errorf("%s in %d shards", id, c)
		}
	}
}

func TestParseShard(t *testing.T) {
	tests := []struct {
		in   string
		want Shard
		ok   bool
	}{
		{"0/1", Shard{0, 1}, true},
		{"2/4", Shard{2, 4}, true},
		{"4/4", Shard{}, false},
		{"-1/2", Shard{}, false},
		{"1/0", Shard{}, false},
		{"1", Shard{}, false},
		{"a/b", Shard{}, false},
	}
	for _, tt := range tests {
		got, err := ParseShard(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ParseShard(%q) = %v, %v; want %v ok=%v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

// knownWriter is a memWriter that says which articles it holds.
type knownWriter struct {
	memWriter
	lookups int
	err     error
}

func (w *knownWriter) Known(_ context.Context, ids []string) (map[string]bool, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.lookups++
	if w.err != nil {
		return nil, w.err
	}
	if len(ids) > knownChunk {
		return nil, fmt.Errorf("%d ids in one lookup", len(ids))
	}
	known := map[string]bool{}
	for _, id := range ids {
		known[id] = w.written[id] > 0
	}
	return known, nil
}

func TestRunSkipsKnownArticles(t *testing.T) {
	in := jsonl(t, 600)
	w := &knownWriter{}
	if _, err := Run(t.Context(), []string{in}, &wordExtractor{}, w, Options{Batch: 50}); err != nil {
		t.Fatal(err)
	}
	more := jsonl(t, 700) // the same 600 and 100 new ones
	x := &wordExtractor{}
	var last Progress
	sum, err := Run(t.Context(), []string{more}, x, w, Options{Batch: 50, Progress: func(p Progress) { last = p }})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Read != 700 || sum.Unchanged != 600 || sum.New != 100 || sum.Articles != 700 {
		t.Errorf("summary %+v, want 600 unchanged and 100 new of 700", sum)
	}
	if x.started != 100 {
		t.Errorf("extracted %d articles, want only the 100 new ones", x.started)
	}
	if last.Done != 700 || last.Total != 700 {
		t.Errorf("last progress %+v", last)
	}
	if w.total() != 700 {
		t.Errorf("written %d, want 700 in all", w.total())
	}

	// --force: everything is extracted again and marked for rewriting,
	// without asking what the writer holds.
	lookups := w.lookups
	x = &wordExtractor{}
	sum, err = Run(t.Context(), []string{more}, x, w, Options{Batch: 50, Force: true})
	if err != nil {
		t.Fatal(err)
	}
	if x.started != 700 || w.rewrites != 700 || w.lookups != lookups || sum.Unchanged != 0 {
		t.Errorf("force: extracted %d, rewrites %d, lookups %d (before %d), summary %+v; want 700 extracted and marked, no lookup",
			x.started, w.rewrites, w.lookups, lookups, sum)
	}

	w.err = fmt.Errorf("lookup: %w", graph.ErrUnavailable)
	if _, err := Run(t.Context(), []string{more}, &wordExtractor{}, w, Options{}); !errors.Is(err, graph.ErrUnavailable) {
		t.Errorf("lookup failure: err = %v, want ErrUnavailable", err)
	}
}

func TestRunNamesUndatedArticles(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"dated.txt":   "Acme Opens a Lab\nPublished March 3, 2025\nAcme opened a lab in Oslo.",
		"undated.txt": "Acme Opens a Lab\nAcme opened a second lab in Oslo yesterday.",
		"feed.jsonl":  `{"text": "Line one has a date.", "published": "2024-01-02"}` + "\n" + `{"text": "Line two has none."}` + "\n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	sum, err := Run(t.Context(), []string{dir}, &wordExtractor{}, &memWriter{}, Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(sum.Undated)
	want := []string{filepath.Join(dir, "feed.jsonl") + ":2", filepath.Join(dir, "undated.txt")}
	if !slices.Equal(sum.Undated, want) {
		t.Errorf("undated %q, want %q", sum.Undated, want)
	}
	// A default date leaves nothing undated.
	sum, err = Run(t.Context(), []string{dir}, &wordExtractor{}, &memWriter{}, Options{Workers: 1, Source: source.Options{Published: "2024-05-01"}})
	if err != nil || len(sum.Undated) != 0 {
		t.Errorf("with a default date: undated %q, err %v", sum.Undated, err)
	}
}
