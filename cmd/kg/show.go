package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newsgraph/kg/extract"
	"github.com/newsgraph/kg/graph"
)

// showOptions are kg show's inputs once the flags are parsed.
type showOptions struct {
	IO       streams
	Conn     *connFlags
	Name     string
	Output   string // table or json
	Limit    int
	Lexicons []string
	Table    tableFlags
}

// notFoundError says the graph has no entity by that name; exit 1.
type notFoundError struct{ msg string }

func (e notFoundError) Error() string { return e.msg }

func newShowCmd(conn *connFlags, io streams) *cobra.Command {
	return newShowCmdF(conn, io, nil)
}

// newShowCmdF builds kg show; runF replaces runShow in tests of flag
// handling.
func newShowCmdF(conn *connFlags, io streams, runF func(context.Context, *showOptions) error) *cobra.Command {
	opts := &showOptions{IO: io, Conn: conn}
	cmd := &cobra.Command{
		Use:   "show NAME",
		Short: "Everything the graph holds about one person, organization or model",
		Long: `kg show prints an entity card: type, canonical name and aliases; its roles and
facts (WORKS_AT, DEVELOPED, DERIVED_FROM, either way) with the dates and titles
of the articles that state them; what it said; what was said about it; its
events; and the articles that mention it, newest first. NAME is any alias, in
any case or script (LeCun, 杨立昆, llama-2).

A name the graph lacks is looked up in kg's lexicon: a known entity under
another form is shown with a note ("01.AI is 零一万物 in the graph"); one in
no loaded article says so; an unknown name lists close matches. Either way
the exit status is 1.`,
		Example: `  kg show "Yann LeCun"
  kg show 零一万物 -o json
  kg show Llama --limit 30`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Name = strings.TrimSpace(args[0])
			if extract.Key(opts.Name) == "" {
				return usagef("show: %q is not a name", args[0])
			}
			if opts.Output != "table" && opts.Output != "json" {
				return usagef("show: -o %q: want table or json", opts.Output)
			}
			if opts.Limit < 1 {
				return usagef("show: --limit %d: want at least 1", opts.Limit)
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runShow(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.Output, "output", "o", "table", "output format: table or json")
	f.IntVar(&opts.Limit, "limit", 10, "most quotes, events and articles listed per section")
	f.StringArrayVar(&opts.Lexicons, "lexicon", nil, "user lexicon file to resolve names with, besides the embedded one (repeatable)")
	opts.Table.add(f)
	return cmd
}

func runShow(ctx context.Context, o *showOptions) error {
	st, err := o.Conn.open(ctx)
	if err != nil {
		return err
	}
	defer st.Close(context.Background())
	card, found, err := st.Card(ctx, extract.Key(o.Name), o.Limit)
	if err != nil {
		return dbFail("show: %w", err)
	}
	if !found {
		if card, err = resolveByLexicon(ctx, st, o); err != nil {
			return err
		}
	}
	if o.Output == "json" {
		enc := json.NewEncoder(o.IO.Out)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(card)
	}
	return writeCard(o.IO.Out, card, o.Table.layout(o.IO.Out))
}

// resolveByLexicon finds the card of a name the graph does not know under
// that form: through the lexicon's other forms of it, else it explains why
// there is none.
func resolveByLexicon(ctx context.Context, st *graph.Store, o *showOptions) (graph.Card, error) {
	x, err := newExtractor(o.Lexicons)
	if err != nil {
		return graph.Card{}, err
	}
	if e, ok := x.Lookup(o.Name); ok {
		for _, form := range append([]string{e.Name}, e.Aliases...) {
			card, found, err := st.Card(ctx, extract.Key(form), o.Limit)
			if err != nil {
				return graph.Card{}, dbFail("show: %w", err)
			}
			if found {
				fmt.Fprintf(o.IO.Err, "kg: %s is %s in the graph\n", o.Name, card.Name)
				return card, nil
			}
		}
		known := o.Name
		if extract.Key(e.Name) != extract.Key(o.Name) {
			known += " (" + e.Name + ")"
		}
		return graph.Card{}, notFoundError{fmt.Sprintf("show: %s is in kg's lexicon (%s) but in no loaded article", known, e.Type)}
	}
	matches, err := st.CloseMatches(ctx, extract.Key(o.Name), 5)
	if err != nil {
		return graph.Card{}, dbFail("show: %w", err)
	}
	msg := fmt.Sprintf("show: no entity named %s", o.Name)
	if len(matches) > 0 {
		names := make([]string, len(matches))
		for i, m := range matches {
			names[i] = fmt.Sprintf("%s (%s)", m.Name, m.Type)
		}
		msg += "; close matches: " + strings.Join(names, ", ")
	}
	return graph.Card{}, notFoundError{msg}
}

// writeCard prints a card as a heading and one table per section that has
// anything in it.
func writeCard(w io.Writer, c graph.Card, lay tableLayout) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s)\n", termSafe(c.Name), c.Type)
	if len(c.Aliases) > 0 {
		fmt.Fprintf(&b, "aliases: %s\n", termSafe(strings.Join(c.Aliases, ", ")))
	}
	fmt.Fprintf(&b, "mentioned in %d article(s)\n", c.Articles)
	section := func(title string, total int, rows *graph.Rows) error {
		if len(rows.Records) == 0 {
			return nil
		}
		if total > len(rows.Records) {
			title = fmt.Sprintf("%s (%d of %d; --limit shows more)", title, len(rows.Records), total)
		}
		fmt.Fprintf(&b, "\n%s\n", title)
		return writeTable(&b, rows, visible(rows.Columns), lay)
	}
	facts := &graph.Rows{Columns: []string{"fact", "role", "from", "to", "articles", "sources", "evidence"}}
	for _, f := range c.Facts {
		subject, object := c.Name, f.Other
		if !f.Outgoing {
			subject, object = f.Other, c.Name
		}
		role := f.Role
		if f.Former {
			role = strings.TrimSpace(role + " (former)")
		}
		evidence := ""
		for _, a := range f.Sources {
			if a.Sentence != "" {
				evidence = a.Sentence
				break
			}
		}
		facts.Records = append(facts.Records, []any{subject + " " + f.Type + " " + object, role, f.First, f.Last, int64(f.Articles), titles(f.Sources), evidence})
	}
	said := quoteRows(c.Said, false)
	about := quoteRows(c.SaidAbout, true)
	events := &graph.Rows{Columns: []string{"date", "event", "kind", "with"}}
	for _, e := range c.Events {
		events.Records = append(events.Records, []any{e.Date, e.Name, e.Kind, strings.Join(e.Involves, ", ")})
	}
	mentions := &graph.Rows{Columns: []string{"published", "source", "title", "url"}}
	for _, a := range c.Mentions {
		mentions.Records = append(mentions.Records, []any{a.Published, a.Source, a.Title, a.URL})
	}
	for _, s := range []struct {
		title string
		total int
		rows  *graph.Rows
	}{
		{"roles and facts", len(c.Facts), facts},
		{"said", c.SaidTotal, said},
		{"said about " + c.Name, c.SaidAboutTotal, about},
		{"events", c.EventsTotal, events},
		{"mentioned in", c.Articles, mentions},
	} {
		if err := section(s.title, s.total, s.rows); err != nil {
			return err
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// quoteRows lays quotes out as table rows, with the speaker when the quotes
// are about the entity rather than by it.
func quoteRows(qs []graph.CardQuote, speaker bool) *graph.Rows {
	rows := &graph.Rows{Columns: []string{"published", "quote", "kind", "about", "sources", "title"}}
	if speaker {
		rows.Columns = append([]string{"speaker"}, rows.Columns...)
	}
	for _, q := range qs {
		r := []any{q.Article.Published, q.Text, q.Kind, strings.Join(q.About, ", "), int64(q.Sources), q.Article.Title}
		if speaker {
			r = append([]any{q.Speaker}, r...)
		}
		rows.Records = append(rows.Records, r)
	}
	return rows
}

// titles lists the articles' titles, "; " between them.
func titles(as []graph.ArticleRef) string {
	ts := make([]string, len(as))
	for i, a := range as {
		ts[i] = a.Title
	}
	return strings.Join(ts, "; ")
}
