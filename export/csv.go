package export

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"sort"
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
	for _, label := range sortedKeys(byLabel) {
		nodes := byLabel[label]
		props := nodeProps(nodes)
		names := propNames(props)
		header := []string{":ID", ":LABEL"}
		kinds := make([]kind, len(names))
		for i, p := range names {
			kinds[i] = columnKind(props, p)
			header = append(header, csvColumn(p, kinds[i]))
		}
		rows := [][]string{header}
		for _, n := range nodes {
			row := []string{n.ID, strings.Join(n.Labels, ";")}
			for i, p := range names {
				row = append(row, csvValue(n.Props[p], kinds[i], out.ArrayDelimiter))
			}
			rows = append(rows, row)
		}
		name := "nodes-" + fileSafe(label) + ".csv"
		if err := writeCSVFile(filepath.Join(dir, name), rows); err != nil {
			return out, err
		}
		out.Nodes = append(out.Nodes, name)
	}
	byType := map[string][]graph.Rel{}
	for _, r := range g.Rels {
		byType[r.Type] = append(byType[r.Type], r)
	}
	for _, typ := range sortedKeys(byType) {
		rels := byType[typ]
		props := relProps(rels)
		names := propNames(props)
		header := []string{":START_ID", ":END_ID", ":TYPE"}
		kinds := make([]kind, len(names))
		for i, p := range names {
			kinds[i] = columnKind(props, p)
			header = append(header, csvColumn(p, kinds[i]))
		}
		rows := [][]string{header}
		for _, r := range rels {
			row := []string{r.Start, r.End, r.Type}
			for i, p := range names {
				row = append(row, csvValue(r.Props[p], kinds[i], out.ArrayDelimiter))
			}
			rows = append(rows, row)
		}
		name := "rels-" + fileSafe(typ) + ".csv"
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

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
