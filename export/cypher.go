package export

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"github.com/newsgraph/kg/graph"
)

// tempID marks nodes without a kg key while the script runs; the last
// statement removes it.
const tempID = "_kg_export_id"

// Cypher writes a script that recreates g with MERGE: one statement per
// line, ending in ";", so cypher-shell, Neo4j Browser (with multi-statement
// editing on) or a line-by-line runner can play it. Nodes merge on the key
// kg's schema makes unique; relationships merge on their type between the
// two nodes (and STATES on its fact: graph.RelKeyProperty). Every literal is escaped; labels, types and property names are
// backquoted. Running it twice changes nothing.
func Cypher(w io.Writer, g *graph.Subgraph) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "// kg export: %d nodes, %d relationships. One statement per line.\n", len(g.Nodes), len(g.Rels))
	match := map[string]string{} // node id -> pattern that finds it
	keyless := false
	for _, n := range g.Nodes {
		label, keyProp := "", ""
		for _, l := range n.Labels {
			// MERGE on the property kg's schema makes unique.
			if p, ok := graph.KeyProperty(l); ok && n.Props[p] != nil {
				label, keyProp = l, p
				break
			}
		}
		var pat string
		props := n.Props
		if label == "" && len(n.Labels) > 0 {
			label = n.Labels[0] // the pattern carries it
		}
		if keyProp != "" {
			pat = fmt.Sprintf("(n:%s {%s: %s})", ident(label), ident(keyProp), literal(n.Props[keyProp]))
		} else {
			keyless = true
			first := ""
			if label != "" {
				first = ":" + ident(label)
			}
			pat = fmt.Sprintf("(n%s {%s: %s})", first, ident(tempID), literal(n.ID))
		}
		match[n.ID] = pat
		fmt.Fprintf(bw, "MERGE %s", pat)
		for _, l := range n.Labels {
			if l != label {
				fmt.Fprintf(bw, " SET n:%s", ident(l))
			}
		}
		if len(props) > 0 {
			fmt.Fprintf(bw, " SET n += %s", mapLiteral(props))
		}
		bw.WriteString(";\n")
	}
	for _, r := range g.Rels {
		a, b := match[r.Start], match[r.End]
		if a == "" || b == "" {
			return fmt.Errorf("relationship %s: an end is not in the subgraph", r.ID)
		}
		// Types with several relationships between two nodes merge on
		// their key property too.
		key := ""
		if p, ok := graph.RelKeyProperty(r.Type); ok && r.Props[p] != nil {
			key = fmt.Sprintf(" {%s: %s}", ident(p), literal(r.Props[p]))
		}
		fmt.Fprintf(bw, "MATCH %s, %s MERGE (a)-[r:%s%s]->(b)",
			strings.Replace(a, "(n", "(a", 1), strings.Replace(b, "(n", "(b", 1), ident(r.Type), key)
		if len(r.Props) > 0 {
			fmt.Fprintf(bw, " SET r += %s", mapLiteral(r.Props))
		}
		bw.WriteString(";\n")
	}
	if keyless {
		fmt.Fprintf(bw, "MATCH (n) WHERE n.%s IS NOT NULL REMOVE n.%s;\n", ident(tempID), ident(tempID))
	}
	return bw.Flush()
}

// ident backquotes a label, type or property name, doubling any backquote.
func ident(s string) string {
	return "`" + strings.ReplaceAll(s, "`", "``") + "`"
}

func mapLiteral(m map[string]any) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = ident(k) + ": " + literal(m[k])
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

// literal writes a property value as a Cypher literal.
func literal(v any) string {
	switch v := v.(type) {
	case nil:
		return "null"
	case string:
		return quote(v)
	case int64:
		return strconv.FormatInt(v, 10)
	case int:
		return strconv.Itoa(v)
	case float64:
		switch {
		case math.IsNaN(v):
			return "0.0/0.0"
		case math.IsInf(v, 1):
			return "1.0/0.0"
		case math.IsInf(v, -1):
			return "-1.0/0.0"
		}
		s := strconv.FormatFloat(v, 'g', -1, 64)
		if !strings.ContainsAny(s, ".eE") {
			s += ".0" // keep it a float
		}
		return s
	case bool:
		return strconv.FormatBool(v)
	case time.Time:
		return "datetime(" + quote(v.Format(time.RFC3339Nano)) + ")"
	case dbtype.Date:
		return "date(" + quote(v.String()) + ")"
	case dbtype.LocalDateTime:
		return "localdatetime(" + quote(v.String()) + ")"
	case []any:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = literal(x)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case []string:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = quote(x)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	return quote(scalarText(v))
}

// quote writes a Cypher string literal. Everything but printable text is
// escaped, so a statement never spans lines.
func quote(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('\'')
	for _, r := range s {
		switch r {
		case '\\':
			b.WriteString(`\\`)
		case '\'':
			b.WriteString(`\'`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 || r == 0x7f || r == 0x2028 || r == 0x2029 || r == 0x85 {
				fmt.Fprintf(&b, `\u%04X`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('\'')
	return b.String()
}
