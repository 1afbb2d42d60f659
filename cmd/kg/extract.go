package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sort"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/kg/extract"
	"github.com/newsgraph/kg/ingest"
	"github.com/newsgraph/kg/source"
)

// extractOptions are kg extract's inputs once the flags are parsed.
type extractOptions struct {
	IO        streams
	Paths     []string
	Output    string // jsonl or text
	Published string
	Workers   int
	Lexicons  []string
	MaxBytes  byteSize
	Timeout   time.Duration // per article's extraction
	Explain   bool          // name the rule behind every item
}

func newExtractCmd(_ *connFlags, io streams) *cobra.Command {
	return newExtractCmdF(io, nil)
}

// newExtractCmdF builds kg extract; runF replaces runExtract in tests that
// check flag handling alone.
func newExtractCmdF(io streams, runF func(context.Context, *extractOptions) error) *cobra.Command {
	opts := &extractOptions{IO: io}
	cmd := &cobra.Command{
		Use:   "extract PATH...",
		Short: "Extract entities, relations, quotes and events from articles, without a database",
		Long: `kg extract reads articles (files, folders, - for stdin, URLs; .txt, .md with
front matter, .jsonl) and prints what it finds in each: -o jsonl one JSON object
per article, -o text a readable summary. Output follows the input order.
An input that fails is reported on stderr and the others go on; the exit
status is then 1.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if err := opts.check(); err != nil {
				return err
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runExtract(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.Output, "output", "o", "jsonl", "output format: jsonl or text")
	f.StringVar(&opts.Published, "published", "", "date (YYYY-MM-DD, YYYY-MM or YYYY) for inputs whose metadata and header lines carry none; relative dates are read against a full date")
	f.IntVar(&opts.Workers, "workers", runtime.NumCPU(), "articles extracted at once")
	f.StringArrayVar(&opts.Lexicons, "lexicon", nil, "user lexicon file that extends the embedded one (repeatable; see extract/LEXICON.md)")
	f.Var(&opts.MaxBytes, "max-bytes", maxBytesUsage)
	f.DurationVar(&opts.Timeout, "article-timeout", ingest.DefaultArticleTimeout, articleTimeoutUsage)
	f.BoolVar(&opts.Explain, "explain", false, "name the extraction rule behind every item (field rule, or rules on an entity; [rule] in -o text)")
	return cmd
}

func (o *extractOptions) check() error {
	if o.Output != "jsonl" && o.Output != "text" {
		return usagef("extract: -o %q: want jsonl or text", o.Output)
	}
	if o.Published != "" {
		// The same dates kg ingest takes, normalised the same way.
		d, err := source.Date(o.Published)
		if err != nil {
			return usagef("extract: --published %q: want YYYY-MM-DD, YYYY-MM or YYYY", o.Published)
		}
		o.Published = d
	}
	if o.Workers < 1 {
		return usagef("extract: --workers %d: want at least 1", o.Workers)
	}
	return nil
}

func newExtractor(lexicons []string) (*extract.Extractor, error) {
	var xo []extract.Option
	for _, l := range lexicons {
		xo = append(xo, extract.WithLexicon(l))
	}
	x, err := extract.New(xo...)
	if err != nil {
		return nil, fmt.Errorf("start extractor: %w", err)
	}
	return x, nil
}

// extracted is one article's outcome: its Result and warnings about its
// text, or the error that stopped the extractor on it.
type extracted struct {
	res   extract.Result
	warns []string
	err   error
}

// extractSafely runs the extractor on one article within its time budget
// (none when timeout is 0); a panic on odd input fails that article alone
// instead of the whole run.
func extractSafely(ctx context.Context, x *extract.Extractor, d extract.Doc, timeout time.Duration) extracted {
	if timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, timeout)
		defer cancel()
	}
	res, warns, err := x.Extract(ctx, d)
	if err != nil && errors.Is(err, context.DeadlineExceeded) {
		err = fmt.Errorf("skipped after %s: %w", timeout, err)
	}
	return extracted{res: res, warns: warns, err: err}
}

func runExtract(ctx context.Context, o *extractOptions) error {
	x, err := newExtractor(o.Lexicons)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(o.IO.Out)

	type job struct {
		a   source.Article
		out chan extracted
	}
	jobs := make(chan job)
	// order holds jobs in input order; the printer waits on each in turn,
	// so output keeps the input order while the workers run ahead.
	order := make(chan job, 2*o.Workers)
	for range o.Workers {
		go func() {
			for j := range jobs {
				j.out <- extractSafely(ctx, x, extract.Doc{Text: j.a.Text, Lang: j.a.Lang, Published: j.a.Published}, o.Timeout)
			}
		}()
	}
	type printResult struct {
		failed int
		err    error
	}
	printed := make(chan printResult, 1)
	go func() {
		var pr printResult
		for j := range order {
			r := <-j.out
			if ctx.Err() != nil {
				continue // interrupted: kg says so once
			}
			for _, w := range r.warns {
				fmt.Fprintf(o.IO.Err, "kg: warning: %s\n", termSafe((&source.InputError{Path: j.a.Path, Line: j.a.Line, Err: errors.New(w)}).Error()))
			}
			if r.err != nil {
				pr.failed++
				fmt.Fprintf(o.IO.Err, "kg: %s\n", termSafe((&source.InputError{Path: j.a.Path, Line: j.a.Line, Err: r.err}).Error()))
				continue
			}
			if pr.err == nil { // after a write error, keep draining so the workers finish
				pr.err = writeArticle(w, o.Output, o.Explain, j.a, r.res)
			}
		}
		if pr.err == nil {
			pr.err = w.Flush()
		}
		printed <- pr
	}()

	readFailed := 0
	readErr := readArticles(ctx, o.Paths, source.Options{Published: o.Published, Stdin: o.IO.In, MaxBytes: int64(o.MaxBytes)},
		func(a source.Article) error {
			j := job{a: a, out: make(chan extracted, 1)}
			select {
			case order <- j:
			case <-ctx.Done():
				return ctx.Err()
			}
			jobs <- j
			return nil
		},
		func(e *source.InputError) {
			readFailed++
			fmt.Fprintf(o.IO.Err, "kg: %s\n", termSafe(e.Error()))
		})
	close(jobs)
	close(order)
	pr := <-printed
	if pr.err != nil {
		return fmt.Errorf("extract: write output: %w", pr.err)
	}
	if readErr != nil {
		return fmt.Errorf("extract: %w", readErr)
	}
	if err := ctx.Err(); err != nil {
		return err // interrupted while extracting: the output is short
	}
	if n := readFailed + pr.failed; n > 0 {
		return partialError{failed: n}
	}
	return nil
}

// The JSON shape of one article in kg extract -o jsonl: names, not ids, so
// each line reads on its own.
type articleJSON struct {
	Path      string         `json:"path"`
	ID        string         `json:"id"`
	Title     string         `json:"title"`
	URL       string         `json:"url"`
	Published string         `json:"published"`
	Lang      string         `json:"lang"`
	Entities  []entityJSON   `json:"entities"`
	Relations []relationJSON `json:"relations"`
	Quotes    []quoteJSON    `json:"quotes"`
	Events    []eventJSON    `json:"events"`
}

type entityJSON struct {
	Name     string   `json:"name"`
	Type     string   `json:"type"`
	Aliases  []string `json:"aliases"`
	Mentions int      `json:"mentions"`
	Rules    []string `json:"rules,omitempty"` // --explain
}

type relationJSON struct {
	Type   string `json:"type"`
	From   string `json:"from"`
	To     string `json:"to"`
	Role   string `json:"role"`
	Former bool   `json:"former"`
	Rule   string `json:"rule,omitempty"` // --explain
}

type quoteJSON struct {
	Speaker string   `json:"speaker"`
	Text    string   `json:"text"`
	Kind    string   `json:"kind"`
	Cue     string   `json:"cue"`
	About   []string `json:"about"`
	Offset  int      `json:"offset"`
	Rule    string   `json:"rule,omitempty"` // --explain
}

type eventJSON struct {
	Name     string   `json:"name"`
	Date     string   `json:"date"`
	Kind     string   `json:"kind"`
	Involves []string `json:"involves"`
	Rule     string   `json:"rule,omitempty"` // --explain
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// toJSON is the output shape of r; the rule fields are filled only when
// explain is set, so output without --explain stays as it was.
func toJSON(a source.Article, r extract.Result, explain bool) articleJSON {
	lang := r.Lang
	if lang == "" {
		lang = a.Lang
	}
	out := articleJSON{
		Path: a.Path, ID: a.ID, Title: a.Title, URL: a.URL, Published: a.Published, Lang: lang,
		Entities: []entityJSON{}, Relations: []relationJSON{}, Quotes: []quoteJSON{}, Events: []eventJSON{},
	}
	for _, e := range r.Entities {
		out.Entities = append(out.Entities, entityJSON{Name: e.Name, Type: string(e.Type), Aliases: nonNil(e.Aliases), Mentions: e.Mentions, Rules: explained(explain, e.Rules...)})
	}
	for _, x := range r.Relations {
		out.Relations = append(out.Relations, relationJSON{Type: string(x.Type), From: x.From, To: x.To, Role: x.Role, Former: x.Former, Rule: explainedOne(explain, x.Rule)})
	}
	for _, q := range r.Quotes {
		out.Quotes = append(out.Quotes, quoteJSON{Speaker: q.Speaker, Text: q.Text, Kind: q.Kind, Cue: q.Cue, About: nonNil(q.About), Offset: q.Offset, Rule: explainedOne(explain, q.Rule)})
	}
	for _, e := range r.Events {
		out.Events = append(out.Events, eventJSON{Name: e.Name, Date: e.Date, Kind: e.Kind, Involves: nonNil(e.Involves), Rule: explainedOne(explain, e.Rule)})
	}
	return out
}

// explained is ids when explain is set, else nil.
func explained(explain bool, ids ...string) []string {
	if !explain || len(ids) == 0 {
		return nil
	}
	return ids
}

// explainedOne is id when explain is set, else "".
func explainedOne(explain bool, id string) string {
	if !explain {
		return ""
	}
	return id
}

// ruleNote is " [id, …]" for -o text --explain, else "".
func ruleNote(ids ...string) string {
	var named []string
	for _, id := range ids {
		if id != "" {
			named = append(named, id)
		}
	}
	if len(named) == 0 {
		return ""
	}
	return " [" + strings.Join(named, ", ") + "]"
}

func writeArticle(w io.Writer, format string, explain bool, a source.Article, r extract.Result) error {
	if format == "text" {
		return writeArticleText(w, toJSON(a, r, explain))
	}
	b, err := json.Marshal(toJSON(a, r, explain))
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", b)
	return err
}

// writeArticleText prints the readable summary of kg extract -o text.
func writeArticleText(w io.Writer, a articleJSON) error {
	var b strings.Builder
	head := a.Path
	if a.Title != "" {
		head += " — " + a.Title
	}
	fmt.Fprintf(&b, "== %s\n", head)
	meta := []string{"id " + a.ID}
	for _, kv := range [][2]string{{"lang", a.Lang}, {"published", a.Published}, {"url", a.URL}} {
		if kv[1] != "" {
			meta = append(meta, kv[0]+" "+kv[1])
		}
	}
	fmt.Fprintf(&b, "   %s\n", strings.Join(meta, " · "))

	byType := map[string][]string{}
	var types []string
	for _, e := range a.Entities {
		if _, ok := byType[e.Type]; !ok {
			types = append(types, e.Type)
		}
		s := e.Name
		var other []string
		for _, al := range e.Aliases {
			if al != e.Name {
				other = append(other, al)
			}
		}
		if len(other) > 0 {
			s += " (" + strings.Join(other, ", ") + ")"
		}
		s += ruleNote(e.Rules...)
		byType[e.Type] = append(byType[e.Type], s)
	}
	sort.Slice(types, func(i, j int) bool { return typeRank(types[i]) < typeRank(types[j]) })
	fmt.Fprintf(&b, "Entities: %d\n", len(a.Entities))
	for _, t := range types {
		fmt.Fprintf(&b, "  %s: %s\n", t, strings.Join(byType[t], "; "))
	}
	if len(a.Relations) > 0 {
		fmt.Fprintf(&b, "Relations:\n")
		for _, r := range a.Relations {
			s := fmt.Sprintf("  %s -[%s]-> %s", r.From, r.Type, r.To)
			var notes []string
			if r.Role != "" {
				notes = append(notes, r.Role)
			}
			if r.Former {
				notes = append(notes, "former")
			}
			if len(notes) > 0 {
				s += " (" + strings.Join(notes, ", ") + ")"
			}
			fmt.Fprintln(&b, s+ruleNote(r.Rule))
		}
	}
	if len(a.Quotes) > 0 {
		fmt.Fprintf(&b, "Who said what:\n")
		for _, q := range a.Quotes {
			s := "  " + q.Speaker
			if q.Cue != "" {
				s += " (" + q.Cue + ")"
			}
			s += ": “" + q.Text + "”"
			if len(q.About) > 0 {
				s += " — about " + strings.Join(q.About, ", ")
			}
			fmt.Fprintln(&b, s+ruleNote(q.Rule))
		}
	}
	if len(a.Events) > 0 {
		fmt.Fprintf(&b, "Events:\n")
		evs := append([]eventJSON(nil), a.Events...)
		sort.SliceStable(evs, func(i, j int) bool { return evs[i].Date < evs[j].Date })
		for _, e := range evs {
			s := fmt.Sprintf("  %s  %s", e.Date, e.Name)
			if e.Kind != "" {
				s += " [" + e.Kind + "]"
			}
			if len(e.Involves) > 0 {
				s += " — " + strings.Join(e.Involves, ", ")
			}
			fmt.Fprintln(&b, s+ruleNote(e.Rule))
		}
	}
	b.WriteString("\n")
	_, err := io.WriteString(w, termSafe(b.String()))
	return err
}

// typeRank orders entity types in the text summary: people first.
func typeRank(t string) int {
	switch t {
	case string(extract.Person):
		return 0
	case string(extract.Organization):
		return 1
	case string(extract.Model):
		return 2
	}
	return 3
}

// readArticles is how kg extract reads its inputs; tests swap it.
var readArticles = source.Read
