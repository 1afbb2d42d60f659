package main

import (
	"archive/zip"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/mattn/go-runewidth"
	"github.com/spf13/cobra"

	"github.com/newsgraph/kg/extract"
	"github.com/newsgraph/kg/graph"
	"github.com/newsgraph/kg/queries"
)

func newQueryCmd(conn *connFlags, io streams) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "query",
		Short: "List, show and run the saved Cypher queries",
		Long: `The saved queries answer the common questions: who-said, quotes-by, model-family,
org-people, models-by, timeline, co-mentions, article and sources. They run read-only.`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error { return c.Help() },
	}
	cmd.AddCommand(newQueryListCmd(io), newQueryShowCmd(io), newQueryRunCmd(conn, io), newQueryExportBrowserCmd(io))
	return cmd
}

func newQueryListCmd(io streams) *cobra.Command {
	return &cobra.Command{
		Use:   "list",
		Short: "List the saved queries with their parameters",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			qs, err := queries.List()
			if err != nil {
				return err
			}
			rows := &graph.Rows{Columns: []string{"name", "parameters", "description"}}
			for _, q := range qs {
				var ps []string
				for _, p := range q.Params {
					s := p.Name
					if !p.Required {
						s = "[" + s + "]"
					}
					ps = append(ps, s)
				}
				rows.Records = append(rows.Records, []any{q.Name, strings.Join(ps, " "), q.Description})
			}
			return writeRows(io.Out, rows, "table", tableLayout{Width: terminalWidth(io.Out)})
		},
	}
}

func newQueryShowCmd(io streams) *cobra.Command {
	return &cobra.Command{
		Use:   "show NAME",
		Short: "Print a saved query: its header and its Cypher",
		Args:  cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			q, err := queries.Get(args[0])
			if err != nil {
				return usageError{err}
			}
			_, err = io.Out.Write([]byte(q.Text))
			return err
		},
	}
}

func newQueryRunCmd(conn *connFlags, io streams) *cobra.Command {
	var (
		params []string
		output string
		file   string
		write  bool
		table  tableFlags
	)
	cmd := &cobra.Command{
		Use:   "run [NAME] [--param k=v ...]",
		Short: "Run a saved query, or a .cypher file with --file",
		Example: `  kg query run who-said --param about=LeCun
  kg query run timeline --param since=2023 --param until=2023-12 -o json
  kg query run --file my.cypher --param name=Meta -o csv`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			if err := checkOutput(output); err != nil {
				return err
			}
			var q queries.Query
			switch {
			case file != "" && len(args) == 1:
				return usagef("give a saved query's name or --file, not both")
			case file != "":
				b, err := os.ReadFile(file)
				if err != nil {
					return usagef("read query file: %v", err)
				}
				if q, err = queries.Parse(string(b)); err != nil {
					return usagef("%s: %v", file, err)
				}
			case len(args) == 1:
				var err error
				if q, err = queries.Get(args[0]); err != nil {
					return usageError{err}
				}
			default:
				return usagef("name a saved query (kg query list) or give --file")
			}
			bound, err := bindParams(q, params)
			if err != nil {
				return err
			}
			return runAndPrint(c, conn, io, q.Text, bound, write, output, table.layout(io.Out), entityParams(q, params))
		},
	}
	f := cmd.Flags()
	f.StringArrayVarP(&params, "param", "p", nil, "query parameter `k=v` (repeat); for undeclared parameters k:int=5, k:string=5, k:bool=true")
	f.StringVarP(&output, "output", "o", "table", "output: table, json (an array of row objects) or csv")
	f.StringVar(&file, "file", "", "run the Cypher in this file instead of a saved query")
	f.BoolVar(&write, "write", false, "allow the query to change the database")
	table.add(f)
	return cmd
}

// runAndPrint opens the store, runs cypher and prints its rows.
// entities are the entity-typed parameters given, as typed, by name: when
// the query returns nothing, each is checked to tell "no such entity" from
// "nothing matches".
func runAndPrint(c *cobra.Command, conn *connFlags, io streams, cypher string, params map[string]any, write bool, output string,
	lay tableLayout, entities map[string]string) error {
	ctx := c.Context()
	st, err := conn.open(ctx)
	if err != nil {
		return err
	}
	defer st.Close(ctx)
	rows, err := st.Query(ctx, cypher, params, write)
	if err != nil {
		return queryFail(err)
	}
	if len(rows.Changes) > 0 {
		fmt.Fprintf(io.Err, "kg: %s\n", strings.Join(rows.Changes, ", "))
	}
	if len(rows.Columns) == 0 && output == "table" {
		return nil // a statement that returns nothing
	}
	if err := writeRows(io.Out, rows, output, lay); err != nil {
		return err
	}
	if len(rows.Records) == 0 {
		return unknownEntities(ctx, st, entities)
	}
	return nil
}

// entityParams maps the entity-typed parameters of q that --param gave to
// the values as typed.
func entityParams(q queries.Query, flags []string) map[string]string {
	out := map[string]string{}
	for _, f := range flags {
		k, v, _ := strings.Cut(f, "=")
		if p, ok := q.Param(k); ok && p.Type == queries.Entity {
			out[k] = v
		}
	}
	return out
}

// unknownEntities explains an empty result whose entity parameters name
// nothing in the graph: "no entity named X", with close matches; nil when
// every entity is there and simply nothing matched.
func unknownEntities(ctx context.Context, st *graph.Store, entities map[string]string) error {
	names := make([]string, 0, len(entities))
	for _, v := range entities {
		names = append(names, v)
	}
	sort.Strings(names)
	var msgs []string
	for _, name := range names {
		key := extract.Key(name)
		found, err := st.HasEntity(ctx, key)
		if err != nil {
			return dbFail("query: %w", err)
		}
		if found {
			continue
		}
		msg := "no entity named " + name
		if matches, err := st.CloseMatches(ctx, key, 5); err == nil && len(matches) > 0 {
			alts := make([]string, len(matches))
			for i, m := range matches {
				alts[i] = fmt.Sprintf("%s (%s)", m.Name, m.Type)
			}
			msg += "; close matches: " + strings.Join(alts, ", ")
		}
		msgs = append(msgs, msg)
	}
	if len(msgs) == 0 {
		return nil
	}
	return notFoundError{"query: " + strings.Join(msgs, "; ")}
}

// queryFail sorts a query failure: a write refused or a statement the
// server rejected is the caller's to fix (exit 2); anything else is the
// database's (exit 3).
func queryFail(err error) error {
	var qe *graph.QueryError
	switch {
	case errors.Is(err, graph.ErrWrites), errors.Is(err, graph.ErrOutsideGraph):
		return usageError{err}
	case errors.As(err, &qe) && strings.HasPrefix(qe.Code, "Neo.ClientError."):
		return usagef("query rejected: %s", qe.Msg)
	}
	return dbFail("query: %w", err)
}

// bindParams turns --param k=v flags into query parameters: typed by the
// query's header when it declares them, otherwise by an optional :type
// suffix on the name, else inferred (integers, true/false, null, text).
func bindParams(q queries.Query, flags []string) (map[string]any, error) {
	raw := map[string]string{}
	types := map[string]queries.Type{}
	for _, f := range flags {
		k, v, ok := strings.Cut(f, "=")
		if !ok || k == "" {
			return nil, usagef("--param %q: want name=value", f)
		}
		if name, t, ok := strings.Cut(k, ":"); ok {
			k = name
			types[k] = queries.Type(t)
		}
		if _, dup := raw[k]; dup {
			return nil, usagef("parameter %s: given twice", k)
		}
		raw[k] = v
	}
	if len(q.Params) > 0 {
		out, err := q.Bind(raw, extract.Key)
		if err != nil {
			return nil, usageError{err}
		}
		return out, nil
	}
	out := map[string]any{}
	for k, v := range raw {
		if t, ok := types[k]; ok {
			x, err := queries.Param{Name: k, Type: t}.Convert(v)
			if err != nil {
				return nil, usageError{&queries.ParamError{Name: k, Reason: err.Error()}}
			}
			out[k] = x
			continue
		}
		out[k] = infer(v)
	}
	return out, nil
}

func infer(v string) any {
	if n, err := strconv.ParseInt(v, 10, 64); err == nil {
		return n
	}
	switch v {
	case "true":
		return true
	case "false":
		return false
	case "null":
		return nil
	}
	return v
}

func checkOutput(o string) error {
	switch o {
	case "table", "json", "csv":
		return nil
	}
	return usagef("--output %q: want table, json or csv", o)
}

// visible are the indexes of the columns to print: those whose name starts
// with _ carry graph elements for kg export and Neo4j Browser only.
func visible(cols []string) []int {
	var idx []int
	for i, c := range cols {
		if !strings.HasPrefix(c, "_") {
			idx = append(idx, i)
		}
	}
	return idx
}

// writeRows prints rows as an aligned table, a JSON array of row objects
// (columns in query order) or CSV.
func writeRows(w io.Writer, rows *graph.Rows, output string, lay tableLayout) error {
	idx := visible(rows.Columns)
	switch output {
	case "json":
		var b strings.Builder
		b.WriteString("[")
		for r, rec := range rows.Records {
			if r > 0 {
				b.WriteString(",")
			}
			b.WriteString("\n  {")
			for j, i := range idx {
				if j > 0 {
					b.WriteString(", ")
				}
				k, _ := json.Marshal(rows.Columns[i])
				v, err := marshal(graph.Plain(rec[i]))
				if err != nil {
					return fmt.Errorf("write json: %w", err)
				}
				b.Write(k)
				b.WriteString(": ")
				b.Write(v)
			}
			b.WriteString("}")
		}
		if len(rows.Records) > 0 {
			b.WriteString("\n")
		}
		b.WriteString("]\n")
		_, err := io.WriteString(w, b.String())
		return err
	case "csv":
		cw := csv.NewWriter(w)
		head := make([]string, len(idx))
		for j, i := range idx {
			head[j] = rows.Columns[i]
		}
		cw.Write(head)
		for _, rec := range rows.Records {
			line := make([]string, len(idx))
			for j, i := range idx {
				line[j] = cell(rec[i])
			}
			cw.Write(line)
		}
		cw.Flush()
		return cw.Error()
	}
	return writeTable(w, rows, idx, lay)
}

func marshal(v any) ([]byte, error) {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return []byte(strings.TrimSuffix(b.String(), "\n")), nil
}

// maxCell bounds a table cell's width in terminal columns; -o json and -o
// csv print every value whole.
const maxCell = 60

// writeTable aligns columns by display width, so that Chinese characters
// (two columns each) line up. On a terminal (lay.Width) the widest columns
// are narrowed until the table fits, their cells wrapped or, with lay.Cut,
// cut with …; lay.Wide keeps every value whole.
func writeTable(w io.Writer, rows *graph.Rows, idx []int, lay tableLayout) error {
	cells := make([][]string, 0, len(rows.Records)+1)
	head := make([]string, len(idx))
	for j, i := range idx {
		head[j] = rows.Columns[i]
	}
	cells = append(cells, head)
	for _, rec := range rows.Records {
		line := make([]string, len(idx))
		for j, i := range idx {
			s := termSafe(strings.Join(strings.Fields(cell(rec[i])), " "))
			if j < len(idx)-1 && !lay.Wide {
				// The last column runs on: nothing to its right to push.
				s = runewidth.Truncate(s, maxCell, "…")
			}
			line[j] = s
		}
		cells = append(cells, line)
	}
	widths := make([]int, len(idx))
	for _, line := range cells {
		for j, s := range line {
			widths[j] = max(widths[j], runewidth.StringWidth(s))
		}
	}
	if lay.Width > 0 && !lay.Wide {
		widths = fitWidths(widths, lay.Width)
	}
	var b strings.Builder
	for r, line := range cells {
		parts := make([][]string, len(line))
		height := 1
		for j, s := range line {
			if lay.Cut {
				parts[j] = []string{runewidth.Truncate(s, widths[j], "…")}
			} else {
				parts[j] = wrapCell(s, widths[j])
			}
			height = max(height, len(parts[j]))
		}
		for k := range height {
			var l strings.Builder
			for j, p := range parts {
				s := ""
				if k < len(p) {
					s = p[k]
				}
				if j == len(parts)-1 {
					l.WriteString(s)
					break
				}
				l.WriteString(runewidth.FillRight(s, widths[j]))
				l.WriteString("  ")
			}
			b.WriteString(strings.TrimRight(l.String(), " "))
			b.WriteString("\n")
		}
		if r == 0 {
			for j, wd := range widths {
				if j > 0 {
					b.WriteString("  ")
				}
				b.WriteString(strings.Repeat("─", wd))
			}
			b.WriteString("\n")
		}
	}
	if len(rows.Records) == 1 {
		b.WriteString("(1 row)\n")
	} else {
		fmt.Fprintf(&b, "(%d rows)\n", len(rows.Records))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// cell is a value as text: lists joined with "; ", nodes by their name.
func cell(v any) string {
	switch p := graph.Plain(v).(type) {
	case nil:
		return ""
	case string:
		return p
	case []any:
		parts := make([]string, len(p))
		for i, x := range p {
			parts[i] = cell(x)
		}
		return strings.Join(parts, "; ")
	case map[string]any:
		if props, ok := p["properties"].(map[string]any); ok {
			for _, k := range []string{"name", "title", "text", "id"} {
				if s, ok := props[k].(string); ok {
					return s
				}
			}
		}
		b, _ := marshal(p)
		return string(b)
	default:
		return fmt.Sprint(p)
	}
}

func newQueryExportBrowserCmd(io streams) *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "export-browser",
		Short: "Write the saved queries as a zip that Neo4j Browser imports as favorites",
		Long: `Writes a zip of .cypher files, one per saved query, in a folder named kg. Drop the
zip onto Neo4j Browser (it imports a dropped .zip into Favorites; there is no import
button): the queries appear as favorites in a kg folder, each titled by its first
comment line.
Set the parameters with :param before running one (each file says which).`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			qs, err := queries.List()
			if err != nil {
				return err
			}
			w := io.Out
			var f *os.File
			if out != "-" {
				if f, err = os.Create(out); err != nil {
					return usagef("export-browser: %v", err)
				}
				w = f
			}
			if err := browserZip(w, qs); err != nil {
				if f != nil {
					f.Close()
				}
				return fmt.Errorf("export-browser: %w", err)
			}
			if f != nil {
				if err := f.Close(); err != nil {
					return fmt.Errorf("export-browser: %w", err)
				}
				fmt.Fprintf(io.Err, "kg: wrote %d saved queries to %s (drop it onto Neo4j Browser to add them to Favorites)\n", len(qs), out)
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "kg-queries.zip", "zip file to write, - for standard output")
	return cmd
}

// browserZip writes one kg/NAME.cypher per query. Browser titles a
// favorite by its first line, so each file opens with the name and
// description.
func browserZip(w io.Writer, qs []queries.Query) error {
	zw := zip.NewWriter(w)
	for _, q := range qs {
		f, err := zw.Create("kg/" + q.Name + ".cypher")
		if err != nil {
			return err
		}
		if _, err := fmt.Fprintf(f, "// kg %s — %s\n%s", q.Name, q.Description, q.Text); err != nil {
			return err
		}
	}
	return zw.Close()
}
