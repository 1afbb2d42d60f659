// Package ingest runs kg's pipeline: read articles, extract them on a pool
// of workers and write them to the graph in batches, the three stages
// overlapped through bounded channels so that memory follows the batch size,
// not the size of the input.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/newsgraph/kg/copies"
	"github.com/newsgraph/kg/extract"
	"github.com/newsgraph/kg/graph"
	"github.com/newsgraph/kg/source"
)

// Extractor extracts one article; *extract.Extractor is one.
type Extractor interface {
	Article(extract.Doc) extract.Result
}

// Writer stores a batch of articles; *graph.Store is one.
type Writer interface {
	Write(context.Context, []graph.Doc) (graph.Summary, error)
}

// Known is implemented by writers that can tell which articles they hold
// already (*graph.Store does): Run then skips extracting them, unless
// Options.Force asks for them again.
type Known interface {
	Known(ctx context.Context, ids []string) (map[string]bool, error)
}

// ContextExtractor is an Extractor that stops when its context ends and
// reports warnings about the text; *extract.Extractor is one. Run gives
// each article Options.ArticleTimeout through it.
type ContextExtractor interface {
	Extract(ctx context.Context, d extract.Doc) (extract.Result, []string, error)
}

// DefaultArticleTimeout is how long one article may take to extract before
// it is skipped as failed: far above what a real article needs (a 1 MB
// article takes a few seconds), short enough that a pathological one does
// not hold up the batch.
const DefaultArticleTimeout = 30 * time.Second

// DefaultBatch is how many articles go into one transaction by default.
const DefaultBatch = 200

// DefaultGrace is how long, after an interruption, the batch being written
// may take to commit: long enough for a healthy database, short enough that
// Ctrl-C on a hung one still stops kg soon.
const DefaultGrace = 10 * time.Second

// Options tune Run.
type Options struct {
	Source   source.Options // default published date, stdin, size limits
	Workers  int            // extraction workers; 0 means runtime.NumCPU()
	Batch    int            // articles per transaction; 0 means DefaultBatch
	Shard    Shard          // keep only this shard's articles; the zero Shard keeps all
	Force    bool           // re-extract articles the graph holds already and rewrite their evidence
	Grace    time.Duration  // how long the batch in flight may go on committing once ctx ends; 0 means DefaultGrace, negative none
	Progress func(Progress) // called after each batch and every 200ms between, from one goroutine; may be nil
	OnError  func(error)    // called for each failed input as it fails, one call at a time; may be nil

	// ArticleTimeout bounds the extraction of one article when the
	// extractor is a ContextExtractor; 0 means DefaultArticleTimeout,
	// negative none.
	ArticleTimeout time.Duration
	// OnWarning is called with each warning about an article's text
	// ("path: sentence of 512 KB … cut"), one call at a time; may be nil.
	OnWarning func(string)
}

// Progress says how far a run is.
type Progress struct {
	Done      int // articles written (or failed, or found unchanged) so far
	Extracted int // Done plus the articles extracted and waiting for the next batch
	Read      int // articles read so far
	Total     int // articles in the input, 0 until reading has finished
}

// progressEvery throttles progress reports between batches.
const progressEvery = 200 * time.Millisecond

// Summary is what a run did.
type Summary struct {
	graph.Summary
	Read    int     // articles read (after sharding)
	Skipped int     // articles read but left to other shards
	Failed  int     // inputs or articles that failed
	Errors  []error // one per failure, *source.InputError for input failures
	// Undated names the articles read (after sharding) that carry no date
	// in their metadata, their header lines or --published: relative dates
	// in them stay unresolved. A JSONL article is named path:line.
	Undated []string
}

// Shard selects the articles whose id hashes to I of N, so that N kg
// processes can share one input.
type Shard struct{ I, N int }

// ParseShard reads "i/n" with 0 <= i < n.
func ParseShard(s string) (Shard, error) {
	is, ns, ok := strings.Cut(s, "/")
	i, err1 := strconv.Atoi(is)
	n, err2 := strconv.Atoi(ns)
	if !ok || err1 != nil || err2 != nil || n < 1 || i < 0 || i >= n {
		return Shard{}, fmt.Errorf("shard %q: want i/n with 0 <= i < n", s)
	}
	return Shard{I: i, N: n}, nil
}

// Keep says whether the article with this id belongs to the shard.
func (s Shard) Keep(id string) bool {
	if s.N <= 1 {
		return true
	}
	h := fnv.New64a()
	h.Write([]byte(id))
	return h.Sum64()%uint64(s.N) == uint64(s.I)
}

func (s Shard) String() string { return fmt.Sprintf("%d/%d", s.I, s.N) }

// Run reads paths, extracts every article with x and writes them with w.
// Failed inputs and articles are collected in the Summary and passed to
// OnError; Run returns an error only when writing fails for good (the
// database stays away past the store's retry bound) or ctx ends. When ctx
// ends, Run stops reading, starts no further transaction and returns
// ctx.Err(): the batch in flight, one transaction, gets Options.Grace to
// commit and goes in whole or not at all; the Summary counts what was
// committed.
func Run(ctx context.Context, paths []string, x Extractor, w Writer, opt Options) (Summary, error) {
	if opt.Workers <= 0 {
		opt.Workers = runtime.NumCPU()
	}
	if opt.Batch <= 0 {
		opt.Batch = DefaultBatch
	}
	if opt.Grace == 0 {
		opt.Grace = DefaultGrace
	}
	if opt.ArticleTimeout == 0 {
		opt.ArticleTimeout = DefaultArticleTimeout
	}
	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	r := &run{opt: opt}
	articles := make(chan source.Article, 2*opt.Workers)
	docs := make(chan graph.Doc, opt.Batch)

	var readErr error
	go func() {
		defer close(articles)
		readErr = source.Read(ctx, paths, opt.Source, func(a source.Article) error {
			if !opt.Shard.Keep(a.ID) {
				r.count(func(s *Summary) { s.Skipped++ })
				return nil
			}
			r.count(func(s *Summary) {
				s.Read++
				if a.Published == "" {
					s.Undated = append(s.Undated, articleLabel(a))
				}
			})
			select {
			case articles <- a:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}, func(e *source.InputError) { r.fail(e) })
		r.mu.Lock()
		r.total = r.sum.Read
		r.mu.Unlock()
	}()

	var knownErr error
	toExtract := articles
	if k, ok := w.(Known); ok && !opt.Force {
		fresh := make(chan source.Article, 2*opt.Workers)
		toExtract = fresh
		go func() {
			defer close(fresh)
			if knownErr = r.skipKnown(ctx, k, articles, fresh); knownErr != nil {
				cancel()
				for range articles { // let the reader finish
				}
			}
		}()
	}

	var wg sync.WaitGroup
	for range opt.Workers {
		wg.Go(func() {
			for a := range toExtract {
				d, err := r.extractOne(ctx, x, a)
				if ctx.Err() != nil {
					return // interrupted: the article is neither done nor failed
				}
				if err != nil {
					r.fail(err)
					continue
				}
				d.Rewrite = opt.Force
				select {
				case docs <- d:
				case <-ctx.Done():
					return
				}
			}
		})
	}
	go func() { wg.Wait(); close(docs) }()

	writeErr := r.write(ctx, w, docs)
	if writeErr != nil {
		cancel()
		for range docs { // let the workers and the reader finish
		}
	}
	sum := r.summary()
	switch {
	case parent.Err() != nil:
		// Whatever else failed, failed because of it.
		return sum, parent.Err()
	case writeErr != nil:
		return sum, writeErr
	case knownErr != nil:
		return sum, knownErr
	case readErr != nil && !errors.Is(readErr, context.Canceled):
		return sum, readErr
	}
	return sum, ctx.Err()
}

// run holds the counts that the stages update.
type run struct {
	opt   Options
	mu    sync.Mutex
	sum   Summary
	done  int
	total int // articles read, once reading has finished
}

func (r *run) count(f func(*Summary)) {
	r.mu.Lock()
	f(&r.sum)
	r.mu.Unlock()
}

// fail records a failed input and reports it; OnError is never called
// concurrently.
func (r *run) fail(err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.sum.Failed++
	r.sum.Errors = append(r.sum.Errors, err)
	if r.opt.OnError != nil {
		r.opt.OnError(err)
	}
}

func (r *run) summary() Summary {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.sum
}

// knownChunk bounds how many articles one Known lookup asks about.
const knownChunk = 256

// skipKnown passes on the articles that k does not hold yet and counts the
// others as unchanged. It asks about whatever has queued up, up to
// knownChunk articles, so a slow reader costs round trips, not latency.
func (r *run) skipKnown(ctx context.Context, k Known, in <-chan source.Article, out chan<- source.Article) error {
	chunk := make([]source.Article, 0, knownChunk)
	for a := range in {
		chunk = append(chunk[:0], a)
	drain:
		for len(chunk) < knownChunk {
			select {
			case a, ok := <-in:
				if !ok {
					break drain
				}
				chunk = append(chunk, a)
			default:
				break drain
			}
		}
		ids := make([]string, len(chunk))
		for i, a := range chunk {
			ids[i] = a.ID
		}
		known, err := k.Known(ctx, ids)
		if err != nil {
			return err
		}
		skipped := 0
		for _, a := range chunk {
			if known[a.ID] {
				skipped++
				continue
			}
			select {
			case out <- a:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		if skipped > 0 {
			r.count(func(s *Summary) {
				s.Articles += skipped
				s.Unchanged += skipped
			})
			r.mu.Lock()
			r.done += skipped
			r.mu.Unlock()
		}
	}
	return nil
}

// extractOne runs the extractor on one article; a panic on odd input fails
// that article, not the run. A ContextExtractor gets the article's time
// budget and stops when ctx ends.
func (r *run) extractOne(ctx context.Context, x Extractor, a source.Article) (d graph.Doc, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = &source.InputError{Path: a.Path, Line: a.Line, Err: fmt.Errorf("extract: %v", p)}
		}
	}()
	doc := extract.Doc{Text: a.Text, Lang: a.Lang, Published: a.Published}
	cx, ok := x.(ContextExtractor)
	if !ok {
		return graph.Doc{Article: a, Result: x.Article(doc), Sketch: copies.Of(a.Text)}, nil
	}
	actx, cancel := ctx, context.CancelFunc(func() {})
	if r.opt.ArticleTimeout > 0 {
		actx, cancel = context.WithTimeout(ctx, r.opt.ArticleTimeout)
	}
	defer cancel()
	res, warns, err := cx.Extract(actx, doc)
	if err != nil {
		if ctx.Err() == nil && errors.Is(err, context.DeadlineExceeded) {
			err = fmt.Errorf("skipped after %s: %w", r.opt.ArticleTimeout, err)
		}
		return graph.Doc{}, &source.InputError{Path: a.Path, Line: a.Line, Err: err}
	}
	if len(warns) > 0 && r.opt.OnWarning != nil {
		r.mu.Lock()
		for _, w := range warns {
			r.opt.OnWarning((&source.InputError{Path: a.Path, Line: a.Line, Err: errors.New(w)}).Error())
		}
		r.mu.Unlock()
	}
	return graph.Doc{Article: a, Result: res, Sketch: copies.Of(a.Text)}, nil
}

// write gathers docs into batches and writes them. Once ctx ends it starts
// no further batch; the batch being written gets the grace period.
func (r *run) write(ctx context.Context, w Writer, docs <-chan graph.Doc) error {
	wctx, stop := lingering(ctx, r.opt.Grace)
	defer stop()
	batch := make([]graph.Doc, 0, r.opt.Batch)
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		if err := ctx.Err(); err != nil {
			return err // interrupted: no new transaction, no progress
		}
		err := r.writeBatch(ctx, wctx, w, batch)
		r.mu.Lock()
		r.done += len(batch)
		p := Progress{Done: r.done, Extracted: r.done, Read: r.sum.Read, Total: r.total}
		r.mu.Unlock()
		if r.opt.Progress != nil {
			r.opt.Progress(p)
		}
		batch = batch[:0]
		return err
	}
	var last time.Time
	for d := range docs {
		if err := ctx.Err(); err != nil {
			return err
		}
		batch = append(batch, d)
		if r.opt.Progress != nil && time.Since(last) >= progressEvery {
			// Between batches, say how far extraction has got.
			last = time.Now()
			r.mu.Lock()
			p := Progress{Done: r.done, Extracted: r.done + len(batch), Read: r.sum.Read, Total: r.total}
			r.mu.Unlock()
			r.opt.Progress(p)
		}
		if len(batch) == r.opt.Batch {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if err := flush(); err != nil {
		return err
	}
	if r.opt.Progress != nil {
		r.mu.Lock()
		p := Progress{Done: r.done, Extracted: r.done, Read: r.sum.Read, Total: r.sum.Read}
		r.mu.Unlock()
		r.opt.Progress(p)
	}
	return nil
}

// writeBatch writes one batch. When the database rejects it for a reason
// other than being unavailable, the batch is split to find the articles at
// fault; each is reported as failed and the rest go in.
//
// wctx, which outlives ctx by the grace period, carries the transaction; a
// batch that fails once ctx has ended is not split: the failure is the
// interruption's.
func (r *run) writeBatch(ctx, wctx context.Context, w Writer, batch []graph.Doc) error {
	if err := ctx.Err(); err != nil {
		return err // interrupted between the halves of a split batch
	}
	s, err := w.Write(wctx, batch)
	if err == nil {
		r.count(func(sum *Summary) { sum.Summary.Add(s) })
		return nil
	}
	if ctx.Err() != nil || errors.Is(err, graph.ErrUnavailable) || errors.Is(err, graph.ErrAuth) || errors.Is(err, graph.ErrNoDatabase) {
		return err
	}
	if len(batch) == 1 {
		a := batch[0].Article
		r.fail(&source.InputError{Path: a.Path, Line: a.Line, Err: err})
		return nil
	}
	half := len(batch) / 2
	if err := r.writeBatch(ctx, wctx, w, batch[:half]); err != nil {
		return err
	}
	return r.writeBatch(ctx, wctx, w, batch[half:])
}

// lingering returns a context that ends grace after ctx does (at once when
// grace is negative) and a function that releases it.
func lingering(ctx context.Context, grace time.Duration) (context.Context, context.CancelFunc) {
	if grace < 0 {
		return context.WithCancel(ctx)
	}
	out, cancel := context.WithCancelCause(context.WithoutCancel(ctx))
	stop := context.AfterFunc(ctx, func() {
		time.AfterFunc(grace, func() { cancel(context.Cause(ctx)) })
	})
	return out, func() {
		stop()
		cancel(context.Canceled)
	}
}

// articleLabel names an article as its input does: the path, with the line
// for a JSONL article.
func articleLabel(a source.Article) string {
	if a.Line > 0 {
		return fmt.Sprintf("%s:%d", a.Path, a.Line)
	}
	return a.Path
}
