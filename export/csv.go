package export

import (
	"encoding/csv"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/newsgraph/kg/graph"
)

// CSVFiles is what WriteCSV wrote: the node and relationship files (names
// relative to the folder) and the array delimiter their headers assume.
type CSVFiles struct {
	Nodes          []string
	Relationships  []string
	ArrayDelimiter string
}

// WriteCSV writes g into dir (created if missing) as files for
// neo4j-admin database import: nodes-LABEL.csv with a header
// ":ID,:LABEL,name:string,aliases:string[],..." per label and
// rels-TYPE.csv with ":START_ID,:END_ID,:TYPE,..." per type, plus
// import.sh holding the neo4j-admin command. Arrays are joined with ";"
// unless an element holds one, then with U+001F (and the command says so).
func WriteCSV(dir string, g *graph.Subgraph) (CSVFiles, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return CSVFiles{}, fmt.Errorf("export csv: %w", err)
	}
	out := CSVFiles{ArrayDelimiter: arrayDelimiter(g)}
	byLabel := map[string][]graph.Node{}
	for _, n := range g.Nodes {
		byLabel[n.Label()] = append(byLabel[n.Label()], n)
	}
	for _, label := range slices.Sorted(maps.Keys(byLabel)) {
		nodes := byLabel[label]
		lead := make([][]string, len(nodes))
		for i, n := range nodes {
			lead[i] = []string{n.ID, strings.Join(n.Labels, ";")}
		}
		name := "nodes-" + fileSafe(label) + ".csv"
		rows := csvTable([]string{":ID", ":LABEL"}, lead, nodeProps(nodes), out.ArrayDelimiter)
		if err := writeCSVFile(filepath.Join(dir, name), rows); err != nil {
			return out, err
		}
		out.Nodes = append(out.Nodes, name)
	}
	byType := map[string][]graph.Rel{}
	for _, r := range g.Rels {
		byType[r.Type] = append(byType[r.Type], r)
	}
	for _, typ := range slices.Sorted(maps.Keys(byType)) {
		rels := byType[typ]
		lead := make([][]string, len(rels))
		for i, r := range rels {
			lead[i] = []string{r.Start, r.End, r.Type}
		}
		name := "rels-" + fileSafe(typ) + ".csv"
		rows := csvTable([]string{":START_ID", ":END_ID", ":TYPE"}, lead, relProps(rels), out.ArrayDelimiter)
		if err := writeCSVFile(filepath.Join(dir, name), rows); err != nil {
			return out, err
		}
		out.Relationships = append(out.Relationships, name)
	}
	if err := os.WriteFile(filepath.Join(dir, "import.sh"), []byte(importScript(out)), 0o755); err != nil {
		return out, fmt.Errorf("export csv: %w", err)
	}
	return out, nil
}

// csvTable is the rows of one file: a header of the fixed columns in head
// and one typed column per property any element has, then per element its
// fixed values (lead) and its properties (props, in the same order).
func csvTable(head []string, lead [][]string, props []map[string]any, delim string) [][]string {
	names := propNames(props)
	kinds := make([]kind, len(names))
	for i, p := range names {
		kinds[i] = columnKind(props, p)
		head = append(head, csvColumn(p, kinds[i]))
	}
	rows := [][]string{head}
	for j, m := range props {
		row := lead[j]
		for i, p := range names {
			row = append(row, csvValue(m[p], kinds[i], delim))
		}
		rows = append(rows, row)
	}
	return rows
}

func importScript(f CSVFiles) string {
	var b strings.Builder
	// The database name goes first: after a --relationships list the tool
	// would read it as one more file.
	b.WriteString("#!/bin/sh\n# Load these files into an empty, stopped database (default: neo4j):\n#   sh import.sh [DATABASE]\ncd \"$(dirname \"$0\")\" || exit 1\nexec neo4j-admin database import full \"${1:-neo4j}\" --overwrite-destination --multiline-fields=true")
	d := f.ArrayDelimiter
	if d == "\x1f" {
		d = "\\u001F" // neo4j-admin reads \uXXXX for unprintable delimiters
	}
	fmt.Fprintf(&b, " --array-delimiter='%s'", d)
	for _, n := range f.Nodes {
		fmt.Fprintf(&b, " \\\n  --nodes=%s", n)
	}
	for _, r := range f.Relationships {
		fmt.Fprintf(&b, " \\\n  --relationships=%s", r)
	}
	b.WriteString("\n")
	return b.String()
}

// arrayDelimiter is ";" unless some array element contains it.
func arrayDelimiter(g *graph.Subgraph) string {
	for _, ms := range [][]map[string]any{nodeProps(g.Nodes), relProps(g.Rels)} {
		for _, m := range ms {
			for _, v := range m {
				if l, ok := v.([]any); ok {
					for _, x := range l {
						if s, ok := x.(string); ok && strings.Contains(s, ";") {
							return "\x1f"
						}
					}
				}
			}
		}
	}
	return ";"
}

// csvColumn is a typed neo4j-admin header field.
func csvColumn(name string, k kind) string {
	t := map[kind]string{
		kString: "string", kLong: "long", kDouble: "double", kBool: "boolean",
		kDate: "date", kDateTime: "datetime", kLocalDateTime: "localdatetime",
		kStrings: "string[]", kLongs: "long[]", kDoubles: "double[]", kBools: "boolean[]",
	}[k]
	if t == "" {
		t = "string" // mixed values: JSON text
	}
	return strings.NewReplacer(":", "_", ",", "_").Replace(name) + ":" + t
}

func csvValue(v any, k kind, delim string) string {
	if v == nil {
		return ""
	}
	switch k {
	case kStrings, kLongs, kDoubles, kBools:
		l, _ := v.([]any)
		parts := make([]string, len(l))
		for i, x := range l {
			parts[i] = scalarText(x)
		}
		return strings.Join(parts, delim)
	case kOther:
		if s, ok := v.(string); ok {
			return s
		}
		return jsonText(v)
	}
	return scalarText(v)
}

func writeCSVFile(path string, rows [][]string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("export csv: %w", err)
	}
	w := csv.NewWriter(f)
	if err := w.WriteAll(rows); err != nil {
		f.Close()
		return fmt.Errorf("export csv %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("export csv %s: %w", path, err)
	}
	return nil
}

func fileSafe(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '/' || r == '\\' || r == 0 || r == ':' {
			return '_'
		}
		return r
	}, s)
}
