package export

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/newsgraph/kg/graph"
)

// labelColors gives each kg label one colour, shared by the DOT and HTML
// views; other labels fall back to grey.
var labelColors = map[string]string{
	"Person":       "#4e79a7",
	"Organization": "#f28e2b",
	"Model":        "#59a14f",
	"Article":      "#bab0ac",
	"Quote":        "#edc948",
	"Event":        "#e15759",
}

func colorOf(label string) string {
	if c, ok := labelColors[label]; ok {
		return c
	}
	return "#9d9d9d"
}

// DOT writes g for Graphviz (dot -Tsvg): nodes are boxes coloured by label
// and captioned with their name, title or text; edges carry their type.
func DOT(w io.Writer, g *graph.Subgraph) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("digraph kg {\n  graph [rankdir=LR, overlap=false];\n  node [shape=box, style=\"rounded,filled\", fontname=\"Noto Sans CJK SC,sans-serif\", fontsize=11];\n  edge [fontname=\"sans-serif\", fontsize=9];\n")
	for _, n := range g.Nodes {
		fmt.Fprintf(bw, "  %s [label=%s, fillcolor=%s, tooltip=%s];\n",
			dotQuote(n.ID), dotQuote(shorten(caption(n), 60)+"\n:"+n.Label()), dotQuote(colorOf(n.Label())), dotQuote(caption(n)))
	}
	for _, r := range g.Rels {
		fmt.Fprintf(bw, "  %s -> %s [label=%s];\n", dotQuote(r.Start), dotQuote(r.End), dotQuote(r.Type))
	}
	bw.WriteString("}\n")
	return bw.Flush()
}

// dotQuote writes a DOT double-quoted string; \n becomes a line break and
// other control characters are dropped (DOT has no escape for them).
func dotQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r < 0x20 || r == 0x7f:
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
