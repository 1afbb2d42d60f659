package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/newsgraph/kg/extract"
	"github.com/newsgraph/kg/ingest"
	"github.com/newsgraph/kg/source"
)

// ingestOptions are kg ingest's inputs once the flags are parsed.
type ingestOptions struct {
	IO        streams
	Conn      *connFlags
	Paths     []string
	Published string
	Workers   int
	Batch     int
	Shard     string // i/n, empty for all
	Lexicons  []string
	Quiet     bool
	Verbose   bool // name the undated articles in the summary
	Force     bool
	MaxBytes  byteSize
	Timeout   time.Duration // per article's extraction

	shard ingest.Shard
}

func newIngestCmd(conn *connFlags, io streams) *cobra.Command {
	return newIngestCmdF(conn, io, nil)
}

// newIngestCmdF builds kg ingest; runF replaces runIngest in tests that
// check flag handling alone.
func newIngestCmdF(conn *connFlags, io streams, runF func(context.Context, *ingestOptions) error) *cobra.Command {
	opts := &ingestOptions{IO: io, Conn: conn}
	cmd := &cobra.Command{
		Use:   "ingest PATH...",
		Short: "Read, extract and write articles into Neo4j",
		Long: `kg ingest reads articles (files, folders walked recursively, - for stdin,
URLs; .txt, .md with front matter, .jsonl, .html), extracts people,
organizations, models, relations, quotes and events, and writes them to Neo4j,
--batch articles per transaction, after applying the schema.

An article already in the graph (same content) is left as it is, unless
--force: then it is extracted again and its old evidence (mentions, quotes,
events, its share of each fact's provenance) is replaced by the new, for a
new lexicon or kg version; the summary counts those articles as
re-extracted, and a second --force run leaves the graph as it is. An article
from a url (or file) seen before with other text replaces the old one.
Several kg ingest processes may load one input with --shard i/n each.
A failed input is one line on stderr naming it; the others go on and the
exit status is then 1. An article whose extraction takes longer than
--article-timeout is skipped that way ("f.txt: skipped after 30s: ..."). On a terminal a progress bar shows on stderr.
Ctrl-C stops reading, stops the articles being extracted and starts no new transaction; the batch being written
gets 10 s to commit, whole, then kg prints its summary and "kg: interrupted"
and exits 1. A second Ctrl-C stops kg at once; the batch then goes in whole
or not at all. Running the same ingest again completes the load.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if err := opts.check(); err != nil {
				return err
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runIngest(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Published, "published", "", "date (YYYY-MM-DD, YYYY-MM or YYYY) for inputs whose metadata and header lines carry none")
	f.IntVar(&opts.Workers, "workers", runtime.NumCPU(), "articles extracted at once")
	f.IntVar(&opts.Batch, "batch", ingest.DefaultBatch, "articles written per transaction")
	f.StringVar(&opts.Shard, "shard", "", "load only shard i of n (i/n, 0 <= i < n), for parallel loaders")
	f.StringArrayVar(&opts.Lexicons, "lexicon", nil, "user lexicon file that extends the embedded one (repeatable)")
	f.BoolVarP(&opts.Quiet, "quiet", "q", false, "print neither progress nor the summary, only failures")
	f.BoolVarP(&opts.Verbose, "verbose", "v", false, "name the articles the summary counts as without a date")
	f.BoolVar(&opts.Force, "force", false, "re-extract articles already in the graph and rewrite their evidence")
	f.Var(&opts.MaxBytes, "max-bytes", maxBytesUsage)
	f.DurationVar(&opts.Timeout, "article-timeout", ingest.DefaultArticleTimeout, articleTimeoutUsage)
	return cmd
}

// articleTimeoutUsage documents --article-timeout for kg ingest and kg extract.
const articleTimeoutUsage = "skip an article whose extraction takes longer (it fails with a message naming it; 0: no limit)"

func (o *ingestOptions) check() error {
	if o.Published != "" {
		d, err := source.Date(o.Published)
		if err != nil || d == "" {
			return usagef("ingest: --published %q: want YYYY-MM-DD, YYYY-MM or YYYY", o.Published)
		}
		o.Published = d
	}
	if o.Workers < 1 {
		return usagef("ingest: --workers %d: want at least 1", o.Workers)
	}
	if o.Batch < 1 {
		return usagef("ingest: --batch %d: want at least 1", o.Batch)
	}
	if o.Shard != "" {
		s, err := ingest.ParseShard(o.Shard)
		if err != nil {
			return usagef("ingest: --%v", err)
		}
		o.shard = s
	}
	return nil
}

func runIngest(ctx context.Context, o *ingestOptions) error {
	start := time.Now()
	st, err := o.Conn.open(ctx)
	if err != nil {
		return err
	}
	defer st.Close(context.Background())
	if err := st.ApplySchema(ctx); err != nil {
		return dbFail("ingest: %w", err)
	}
	if ok, err := st.Upgraded(ctx); err != nil {
		return dbFail("ingest: %w", err)
	} else if !ok {
		fmt.Fprintln(o.IO.Err, "kg: note: this graph was written by an older kg; run kg schema apply once, while no loader writes,"+
			" to bring what it keeps up to date (provenance, statement dates, co-mention counts)")
	}
	var xo []extract.Option
	for _, l := range o.Lexicons {
		xo = append(xo, extract.WithLexicon(l))
	}
	x, err := extract.New(xo...)
	if err != nil {
		return fmt.Errorf("ingest: start extractor: %w", err)
	}

	bar := newProgressBar(o)
	sum, err := ingest.Run(ctx, o.Paths, x, st, ingest.Options{
		Source:   source.Options{Published: o.Published, Stdin: o.IO.In, MaxBytes: int64(o.MaxBytes)},
		Workers:  o.Workers,
		Batch:    o.Batch,
		Shard:    o.shard,
		Force:    o.Force,
		Progress: bar.update,
		OnError: func(err error) {
			bar.clear()
			fmt.Fprintln(o.IO.Err, termSafe(err.Error()))
		},
		ArticleTimeout: articleTimeout(o.Timeout),
		OnWarning: func(w string) {
			bar.clear()
			fmt.Fprintln(o.IO.Err, "kg: warning:", termSafe(w))
		},
	})
	bar.finish()
	if !o.Quiet {
		printIngestSummary(o.IO.Out, sum, o.Force, o.Verbose, time.Since(start))
	}
	if err != nil {
		return dbFail("ingest: %w", err)
	}
	if sum.Failed > 0 {
		return partialError{failed: sum.Failed}
	}
	return nil
}

// articleTimeout turns the flag's 0 (no limit) into ingest's negative.
func articleTimeout(d time.Duration) time.Duration {
	if d <= 0 {
		return -1
	}
	return d
}

// printIngestSummary prints the closing summary, with the time the command
// took (connecting and loading the extractor included) and articles read per
// second; the re-extracted count shows only with --force, so that the usual
// line keeps its form.
func printIngestSummary(w io.Writer, s ingest.Summary, force, verbose bool, took time.Duration) {
	fmt.Fprintf(w, "articles: %d read, %d new, %d unchanged, %d replaced, ", s.Read, s.New, s.Unchanged, s.Replaced)
	if force {
		fmt.Fprintf(w, "%d re-extracted, ", s.Reextracted)
	}
	fmt.Fprintf(w, "%d failed", s.Failed)
	if s.Skipped > 0 {
		fmt.Fprintf(w, ", %d left to other shards", s.Skipped)
	}
	fmt.Fprintf(w, " in %s (%s articles/s)", roundDuration(took), rate(s.Read, took))
	fmt.Fprintf(w, "\ngraph: %d nodes and %d relationships created", s.NodesCreated, s.RelationshipsCreated)
	if s.NodesDeleted+s.RelationshipsDeleted > 0 {
		fmt.Fprintf(w, ", %d nodes and %d relationships deleted", s.NodesDeleted, s.RelationshipsDeleted)
	}
	fmt.Fprintln(w)
	if n := len(s.Undated); n > 0 {
		fmt.Fprintf(w, "%d article(s) without a date: relative dates in them were not resolved", n)
		if !verbose {
			fmt.Fprint(w, " (-v names them; --published sets one)")
		}
		fmt.Fprintln(w)
		for _, name := range s.Undated {
			if verbose {
				fmt.Fprintf(w, "  %s\n", name)
			}
		}
	}
}

// roundDuration keeps a duration readable: 840ms, 2.4s, 3m12s.
func roundDuration(d time.Duration) time.Duration {
	switch {
	case d < time.Second:
		return d.Round(time.Millisecond)
	case d < time.Minute:
		return d.Round(100 * time.Millisecond)
	}
	return d.Round(time.Second)
}

// rate is n per second over d, with a decimal below 10.
func rate(n int, d time.Duration) string {
	r := float64(n) / max(d.Seconds(), 1e-3)
	if r < 10 {
		return fmt.Sprintf("%.1f", r)
	}
	return fmt.Sprintf("%.0f", r)
}

// progressBar draws one line on a terminal's stderr: articles done, rate,
// and when the input size can be estimated, a bar and the time left. It does
// nothing when stderr is not a terminal or --quiet is set.
type progressBar struct {
	mu    sync.Mutex
	w     io.Writer
	width int
	start time.Time
	est   int // estimated articles, 0 when unknown
	drawn bool
}

func newProgressBar(o *ingestOptions) *progressBar {
	f, ok := o.IO.Err.(*os.File)
	if o.Quiet || !ok || !term.IsTerminal(int(f.Fd())) {
		return &progressBar{}
	}
	width, _, err := term.GetSize(int(f.Fd()))
	if err != nil || width < 40 {
		width = 80
	}
	est := estimateArticles(o.Paths)
	if o.shard.N > 1 {
		est /= o.shard.N
	}
	return &progressBar{w: f, width: width, start: time.Now(), est: est}
}

func (b *progressBar) update(p ingest.Progress) {
	if b.w == nil {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	// Extraction is the slow stage; counting extracted articles keeps the
	// bar moving between batches.
	n := p.Extracted
	total := p.Total
	if total == 0 && b.est > n {
		total = b.est
	}
	elapsed := time.Since(b.start).Seconds()
	rate := float64(n) / max(elapsed, 1e-3)
	line := fmt.Sprintf("%d articles  %.0f/s", n, rate)
	if total > 0 {
		frac := min(float64(n)/float64(total), 1)
		eta := time.Duration(float64(max(total-n, 0))/max(rate, 1e-3)) * time.Second
		barW := max(b.width-len(line)-22, 10)
		fill := int(frac * float64(barW))
		line = fmt.Sprintf("[%s%s] %3.0f%%  %s  ETA %s", strings.Repeat("=", fill), strings.Repeat(" ", barW-fill),
			frac*100, line, eta.Round(time.Second))
	}
	fmt.Fprintf(b.w, "\r%s\x1b[K", line)
	b.drawn = true
}

// clear removes the bar so that a failure line prints cleanly.
func (b *progressBar) clear() {
	if b.w == nil {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.drawn {
		fmt.Fprint(b.w, "\r\x1b[K")
		b.drawn = false
	}
}

func (b *progressBar) finish() { b.clear() }

// estimateArticles guesses how many articles paths hold, for the progress
// bar only: one per file, one per line of a .jsonl file; stdin and URLs
// count one.
func estimateArticles(paths []string) int {
	n := 0
	for _, p := range paths {
		if p == "-" || strings.Contains(p, "://") {
			n++
			continue
		}
		_ = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return nil
			}
			if strings.EqualFold(filepath.Ext(path), ".jsonl") {
				n += countLines(path)
			} else {
				n++
			}
			return nil
		})
	}
	return n
}

func countLines(path string) int {
	f, err := os.Open(path)
	if err != nil {
		return 0
	}
	defer f.Close()
	buf := make([]byte, 256<<10)
	n := 0
	for {
		k, err := f.Read(buf)
		n += bytes.Count(buf[:k], []byte{'\n'})
		if err != nil {
			return n
		}
	}
}
