package main

import (
	"errors"
	"fmt"
	stdio "io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newsgraph/kg/export"
	"github.com/newsgraph/kg/extract"
	"github.com/newsgraph/kg/graph"
	"github.com/newsgraph/kg/queries"
)

func newExportCmd(conn *connFlags, io streams) *cobra.Command {
	var (
		query   string
		params  []string
		around  string
		depth   int
		limit   int
		maxPage int
		format  string
		out     string
	)
	cmd := &cobra.Command{
		Use:   "export [--query NAME --param k=v | --around NAME] [--format F] [-o FILE]",
		Short: "Write a subgraph as json, graphml, cypher, csv, dot or html",
		Long: `Writes the nodes a saved query returns (--query), an entity's neighbourhood (--around),
or the whole graph, with every relationship between those nodes.

Formats: json (nodes and relationships with ids, labels, types, properties), graphml
(Gephi, yEd), cypher (a MERGE script for an empty Neo4j), csv (a folder of files for
neo4j-admin database import, with import.sh), dot (Graphviz), html (one self-contained
interactive page). --format defaults to the extension of -o, else json.
An html page holds at most --max-html-nodes nodes (5000): a browser cannot lay out
more, and the page would take gigabytes to build; above it kg refuses, before
reading the graph when it can, and says what to do instead.

With --format html, --query writes a report to read, print or send: the entity
and its aliases, the statements grouped by speaker with role, date, outlet, link
and the sentence they come from, the facts with their sources, the events, and
the graph drawn beside them. --around also brings the speakers and articles of
the quotes it reaches.`,
		Example: `  kg export -o graph.html
  kg export --around "Yann LeCun" --depth 2 --limit 150 --format graphml -o lecun.graphml
  kg export --query who-said --param about=Llama --format cypher > llama.cypher
  kg export --query who-said --param about=Llama -o llama-report.html
  kg export --format csv -o dump/`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			if format == "" {
				format = formatFromName(out)
			}
			if !slices.Contains(export.Formats, format) {
				return usagef("--format %q: want %s", format, strings.Join(export.Formats, ", "))
			}
			if format == "csv" && (out == "" || out == "-") {
				return usagef("--format csv writes a folder of files: give it with -o DIR")
			}
			if query != "" && around != "" {
				return usagef("give --query or --around, not both")
			}
			if len(params) > 0 && query == "" {
				return usagef("--param needs --query")
			}
			if depth < 0 || limit < 1 {
				return usagef("--depth must be 0 or more and --limit 1 or more")
			}
			var q queries.Query
			var bound map[string]any
			if query != "" {
				var err error
				if q, err = queries.Get(query); err != nil {
					return usageError{err}
				}
				if bound, err = bindParams(q, params); err != nil {
					return err
				}
			}
			ctx := c.Context()
			st, err := conn.open(ctx)
			if err != nil {
				return err
			}
			defer st.Close(ctx)
			if format == "html" && query == "" && around == "" {
				// The whole graph: count before reading it all.
				stats, err := st.Stats(ctx)
				if err != nil {
					return dbFail("export: %w", err)
				}
				n := 0
				for _, c := range stats.Nodes {
					n += int(c)
				}
				if err := htmlTooBig(n, maxPage); err != nil {
					return err
				}
			}
			var g *graph.Subgraph
			switch {
			case query != "":
				rows, err := st.Query(ctx, q.Text, bound, false)
				if err != nil {
					return queryFail(err)
				}
				if g, err = st.SubgraphOf(ctx, rows); err != nil {
					return dbFail("export: %w", err)
				}
				if format == "html" {
					// A report names each quote's speaker, role and source,
					// and each fact's articles.
					if g, err = export.WithReportContext(ctx, st, g); err != nil {
						return dbFail("export: %w", err)
					}
				}
			case around != "":
				g, err = st.Around(ctx, extract.Key(around), depth, limit)
				if errors.Is(err, graph.ErrNotFound) {
					return usagef("--around %q: no person, organization or model has that name or alias", around)
				}
				if err != nil {
					return dbFail("export: %w", err)
				}
				if depth > 0 {
					// The speakers and sources of the quotes drawn.
					if g, err = export.WithQuoteContext(ctx, st, g); err != nil {
						return dbFail("export: %w", err)
					}
				}
			default:
				if g, err = st.All(ctx); err != nil {
					return dbFail("export: %w", err)
				}
			}
			if len(g.Nodes) == 0 {
				fmt.Fprintln(io.Err, "kg: nothing to export: no nodes matched")
			}
			if format == "html" {
				if err := htmlTooBig(len(g.Nodes), maxPage); err != nil {
					return err
				}
			}
			if g.Truncated {
				fmt.Fprintf(io.Err, "kg: stopped at --limit %d nodes; raise it to see more\n", limit)
			}
			if format == "csv" {
				files, err := export.WriteCSV(out, g)
				if err != nil {
					return err
				}
				fmt.Fprintf(io.Err, "kg: wrote %d nodes and %d relationships to %s: %s (load with sh %s)\n",
					len(g.Nodes), len(g.Rels), out, strings.Join(append(files.Nodes, files.Relationships...), ", "), filepath.Join(out, "import.sh"))
				return nil
			}
			write := func(w stdio.Writer) error { return export.Write(w, format, g) }
			if format == "html" && query != "" {
				info := export.ReportInfo{Query: query, Params: params, SubjectKey: subjectKey(q, params)}
				write = func(w stdio.Writer) error { return export.Report(w, g, info) }
			}
			if out == "" || out == "-" {
				return write(io.Out)
			}
			if err := writeFileAtomic(out, func(f *os.File) error { return write(f) }); err != nil {
				return err
			}
			fmt.Fprintf(io.Err, "kg: wrote %d nodes and %d relationships to %s\n", len(g.Nodes), len(g.Rels), out)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&query, "query", "", "export the nodes the saved query `NAME` returns")
	f.StringArrayVarP(&params, "param", "p", nil, "parameter `k=v` of --query (repeat)")
	f.StringVar(&around, "around", "", "export the neighbourhood of this person, organization or model (any alias)")
	f.IntVar(&depth, "depth", 1, "with --around: how many hops")
	f.IntVar(&limit, "limit", 200, "with --around: at most this many nodes, nearest first")
	f.StringVar(&format, "format", "", "json, graphml, cypher, csv, dot or html (default from -o's extension, else json)")
	f.IntVar(&maxPage, "max-html-nodes", defaultMaxHTMLNodes, "refuse an html page of more nodes than this")
	f.StringVarP(&out, "output", "o", "", "file to write (a folder for csv); default standard output")
	return cmd
}

// defaultMaxHTMLNodes bounds an HTML export: a whole graph of 10,000
// articles made a 132 MB page and took 1.4 GB to build, and no browser lays
// out that many nodes usefully.
const defaultMaxHTMLNodes = 5000

// htmlTooBig refuses an HTML page of more than max nodes, saying what to
// export instead.
func htmlTooBig(n, max int) error {
	if n <= max {
		return nil
	}
	return fmt.Errorf("export: %d nodes is over the %d an html page holds (--max-html-nodes): export a part with --around NAME or --query NAME, or the whole graph as json, graphml, cypher or csv", n, max)
}

func formatFromName(name string) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".graphml":
		return "graphml"
	case ".cypher", ".cql", ".cyp":
		return "cypher"
	case ".dot", ".gv":
		return "dot"
	case ".html", ".htm":
		return "html"
	case "":
		if strings.HasSuffix(name, "/") {
			return "csv"
		}
	}
	return "json"
}

// writeFileAtomic writes through a temporary file beside path and renames
// it, so a failed export leaves no half-written file.
func writeFileAtomic(path string, write func(*os.File) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return usagef("export: %v", err)
	}
	if err := write(tmp); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("export: %w", err)
	}
	// CreateTemp makes the file 0600; an export is for sharing.
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("export: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("export: %w", err)
	}
	return nil
}
