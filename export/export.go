// Package export writes a graph.Subgraph in formats other tools read: JSON,
// GraphML (Gephi, yEd), a Cypher MERGE script (another Neo4j), CSV files
// for neo4j-admin database import, Graphviz DOT, and a self-contained
// interactive HTML page.
package export

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/newsgraph/kg/graph"
)

// Formats lists the names Write accepts, plus "csv", which WriteCSV writes.
var Formats = []string{"json", "graphml", "cypher", "csv", "dot", "html"}

// Write writes g to w in a single-file format: json, graphml, cypher, dot
// or html. csv is a set of files: use WriteCSV.
func Write(w io.Writer, format string, g *graph.Subgraph) error {
	var err error
	switch format {
	case "json":
		err = JSON(w, g)
	case "graphml":
		err = GraphML(w, g)
	case "cypher":
		err = Cypher(w, g)
	case "dot":
		err = DOT(w, g)
	case "html":
		err = HTML(w, g)
	case "csv":
		return fmt.Errorf("export csv: writes a folder of files, not one stream")
	default:
		return fmt.Errorf("unknown export format %q (want %s)", format, strings.Join(Formats, ", "))
	}
	if err != nil {
		return fmt.Errorf("export %s: %w", format, err)
	}
	return nil
}

// caption is the text a viewer shows for a node: its name, title or text.
func caption(n graph.Node) string {
	for _, p := range []string{"name", "title", "text"} {
		if s, ok := n.Props[p].(string); ok && s != "" {
			return s
		}
	}
	return n.ID
}

// propNames returns the property names used across maps, sorted.
func propNames(ms []map[string]any) []string {
	set := map[string]bool{}
	for _, m := range ms {
		for k := range m {
			set[k] = true
		}
	}
	return slices.Sorted(maps.Keys(set))
}

func nodeProps(nodes []graph.Node) []map[string]any {
	out := make([]map[string]any, len(nodes))
	for i, n := range nodes {
		out[i] = n.Props
	}
	return out
}

func relProps(rels []graph.Rel) []map[string]any {
	out := make([]map[string]any, len(rels))
	for i, r := range rels {
		out[i] = r.Props
	}
	return out
}
