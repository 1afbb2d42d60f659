package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newsgraph/kg/eval"
	"github.com/newsgraph/kg/extract"
)

// evalOptions are kg eval's inputs once the flags are parsed.
type evalOptions struct {
	IO       streams
	Gold     string
	Output   string // text or json
	Verbose  bool
	ByRule   int // rows of the per-rule table; 0: none
	Lexicons []string
}

func newEvalCmd(_ *connFlags, io streams) *cobra.Command {
	return newEvalCmdF(io, nil)
}

// newEvalCmdF builds kg eval; runF replaces runEval in tests that check
// flag handling alone.
func newEvalCmdF(io streams, runF func(context.Context, *evalOptions) error) *cobra.Command {
	opts := &evalOptions{IO: io}
	cmd := &cobra.Command{
		Use:   "eval --gold DIR",
		Short: "Score the extractor against hand-annotated articles",
		Long: `kg eval runs the extractor on each NAME.txt in DIR that has a NAME.gold.json
beside it, with the gold file's lang and published date, and prints precision,
recall and F1 for entities and relations (overall and per type), quotes (and
what they are about) and events, as FORMAT.md defines them. --verbose lists
every miss and every false hit with the sentence it came from (and, for a false
hit, the rule that produced it). --by-rule prints the rules with the most false
hits, with their hits and the articles they fired in. Low scores are
not an error: the exit status is non-zero only when kg eval could not run.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.Gold == "" {
				return usagef("eval: --gold DIR is required")
			}
			if opts.Output != "text" && opts.Output != "json" {
				return usagef("eval: -o %q: want text or json", opts.Output)
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runEval(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Gold, "gold", "", "folder of NAME.txt articles with NAME.gold.json annotations")
	f.StringVarP(&opts.Output, "output", "o", "text", "output format: text or json")
	f.BoolVarP(&opts.Verbose, "verbose", "v", false, "list every miss and false hit with its sentence")
	f.IntVar(&opts.ByRule, "by-rule", 0, "print the `N` rules with the most false hits (--by-rule alone: 20; -1: every rule)")
	f.Lookup("by-rule").NoOptDefVal = "20"
	f.StringArrayVar(&opts.Lexicons, "lexicon", nil, "user lexicon file that extends the embedded one (repeatable)")
	return cmd
}

func runEval(ctx context.Context, o *evalOptions) error {
	cases, err := eval.Load(o.Gold)
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	// A gold file that breaks FORMAT.md still scores, but its figures mean
	// less: say so on stderr rather than refuse to run.
	for _, c := range cases {
		if err := c.Validate(); err != nil {
			for _, line := range strings.Split(err.Error(), "\n") {
				fmt.Fprintf(o.IO.Err, "kg: eval: warning: %s\n", line)
			}
		}
	}
	x, err := newExtractor(o.Lexicons)
	if err != nil {
		return err
	}
	rep := eval.NewReport()
	for _, c := range cases {
		if err := ctx.Err(); err != nil {
			return err
		}
		r := extractSafely(ctx, x, extract.Doc{Text: c.Text, Lang: c.Gold.Lang, Published: c.Gold.Published}, 0)
		if r.err != nil {
			return fmt.Errorf("eval: %s: %w", c.Name, r.err)
		}
		rep.AddByLang(c, r.res)
	}
	if !o.Verbose {
		rep.Findings = nil
	}
	if o.Output == "json" {
		enc := json.NewEncoder(o.IO.Out)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(rep); err != nil {
			return fmt.Errorf("eval: write report: %w", err)
		}
		return nil
	}
	if err := writeEvalText(o.IO.Out, o.Gold, rep, o.ByRule); err != nil {
		return fmt.Errorf("eval: write report: %w", err)
	}
	return nil
}

// writeEvalText prints the report as a table, then the findings.
func writeEvalText(w io.Writer, dir string, rep *eval.Report, byRule int) error {
	var b strings.Builder
	fmt.Fprintf(&b, "kg eval: %d article(s) in %s\n\n", rep.Articles, dir)
	fmt.Fprintf(&b, "%-16s %6s %6s %6s %5s %5s %5s\n", "", "P", "R", "F1", "TP", "FP", "FN")
	row := func(name string, s eval.Score) {
		fmt.Fprintf(&b, "%-16s %6.3f %6.3f %6.3f %5d %5d %5d\n", name, s.Precision, s.Recall, s.F1, s.TP, s.FP, s.FN)
	}
	typed := func(name string, t eval.TypedScore, order []string) {
		row(name, t.Score)
		seen := map[string]bool{}
		for _, k := range order {
			if s, ok := t.ByType[k]; ok {
				row("  "+k, *s)
				seen[k] = true
			}
		}
		var other []string // types the extractor invented, if any
		for k := range t.ByType {
			if !seen[k] {
				other = append(other, k)
			}
		}
		sort.Strings(other)
		for _, k := range other {
			row("  "+k, *t.ByType[k])
		}
	}
	typed("entities", rep.Entities, []string{string(extract.Person), string(extract.Organization), string(extract.Model)})
	typed("relations", rep.Relations, []string{string(extract.WorksAt), string(extract.Developed), string(extract.DerivedFrom)})
	row("quotes", rep.Quotes.Score)
	row("  about", rep.Quotes.About)
	row("events", rep.Events)
	writeByLang(&b, rep.ByLang)
	if byRule != 0 {
		writeByRule(&b, rep, byRule)
	}
	last := ""
	for _, f := range rep.Findings {
		if f.Article != last {
			fmt.Fprintf(&b, "\n== %s\n", f.Article)
			last = f.Article
		}
		label := f.Item
		if f.Type != "" {
			label += " " + f.Type
		}
		what := f.What
		if len(f.Rules) > 0 {
			what += "  [" + strings.Join(f.Rules, ", ") + "]"
		}
		fmt.Fprintf(&b, "%-5s %s: %s\n", f.Kind, label, what)
		if f.Sentence != "" {
			fmt.Fprintf(&b, "      | %s\n", strings.ReplaceAll(f.Sentence, "\n", " "))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writeByLang prints precision, recall and F1 of every row per gold
// language, side by side, languages in alphabetical order.
func writeByLang(b *strings.Builder, byLang map[string]*eval.Report) {
	if len(byLang) < 2 {
		return
	}
	langs := make([]string, 0, len(byLang))
	for l := range byLang {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	fmt.Fprintf(b, "\n%-16s", "by language")
	for _, l := range langs {
		fmt.Fprintf(b, "  %-2s %2d: %5s %5s %5s", l, byLang[l].Articles, "P", "R", "F1")
	}
	b.WriteString("\n")
	rows := []struct {
		name  string
		score func(*eval.Report) eval.Score
	}{
		{"entities", func(r *eval.Report) eval.Score { return r.Entities.Score }},
		{"  Person", byType(func(r *eval.Report) eval.TypedScore { return r.Entities }, string(extract.Person))},
		{"  Organization", byType(func(r *eval.Report) eval.TypedScore { return r.Entities }, string(extract.Organization))},
		{"  Model", byType(func(r *eval.Report) eval.TypedScore { return r.Entities }, string(extract.Model))},
		{"relations", func(r *eval.Report) eval.Score { return r.Relations.Score }},
		{"  WORKS_AT", byType(func(r *eval.Report) eval.TypedScore { return r.Relations }, string(extract.WorksAt))},
		{"  DEVELOPED", byType(func(r *eval.Report) eval.TypedScore { return r.Relations }, string(extract.Developed))},
		{"  DERIVED_FROM", byType(func(r *eval.Report) eval.TypedScore { return r.Relations }, string(extract.DerivedFrom))},
		{"quotes", func(r *eval.Report) eval.Score { return r.Quotes.Score }},
		{"  about", func(r *eval.Report) eval.Score { return r.Quotes.About }},
		{"events", func(r *eval.Report) eval.Score { return r.Events }},
	}
	for _, row := range rows {
		fmt.Fprintf(b, "%-16s", row.name)
		for _, l := range langs {
			s := row.score(byLang[l])
			fmt.Fprintf(b, "  %6s %5.3f %5.3f %5.3f", "", s.Precision, s.Recall, s.F1)
		}
		b.WriteString("\n")
	}
}

// byType reads one type's score out of a typed score, zero when the type
// never occurred.
func byType(typed func(*eval.Report) eval.TypedScore, typ string) func(*eval.Report) eval.Score {
	return func(r *eval.Report) eval.Score {
		if s, ok := typed(r).ByType[typ]; ok {
			return *s
		}
		return eval.Score{}
	}
}

// writeByRule prints the n rules with the most false hits (all when n < 0),
// then how many rules fired and which defined rules never did.
func writeByRule(b *strings.Builder, rep *eval.Report, n int) {
	scores := rep.RulesByFalse()
	docs := map[string]string{}
	for _, r := range extract.Rules() {
		docs[r.ID] = r.Doc
	}
	shown := scores
	if n >= 0 && n < len(shown) {
		shown = shown[:n]
	}
	fmt.Fprintf(b, "\nrules by false hits (%d of %d that fired)\n", len(shown), len(scores))
	width := len("rule")
	for _, s := range shown {
		width = max(width, len(s.ID))
	}
	fmt.Fprintf(b, "%-*s %5s %5s %6s %8s  %s\n", width, "rule", "hits", "false", "P", "articles", "what it finds")
	for _, s := range shown {
		line := fmt.Sprintf("%-*s %5d %5d %6.3f %8d  %s", width, s.ID, s.Hits, s.False, s.Precision(), s.Articles, docs[s.ID])
		b.WriteString(strings.TrimRight(line, " ") + "\n")
	}
	var silent []string
	for id := range docs {
		if rep.ByRule[id] == nil {
			silent = append(silent, id)
		}
	}
	sort.Strings(silent)
	if len(silent) > 0 {
		fmt.Fprintf(b, "never fired here (%d): %s\n", len(silent), strings.Join(silent, ", "))
	}
}
