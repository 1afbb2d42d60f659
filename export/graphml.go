package export

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/newsgraph/kg/graph"
)

// GraphML writes g as GraphML 1.0 that Gephi, yEd and networkx read. Every
// attribute is declared with a <key> and a type (long, double, boolean or
// string); list properties are JSON text in string attributes. Nodes carry
// labels (":Person") and label (the name shown by Gephi); edges carry type
// and label.
func GraphML(w io.Writer, g *graph.Subgraph) error {
	bw := bufio.NewWriter(w)
	type key struct{ id, name string }
	nodeKeys := map[string]key{}
	edgeKeys := map[string]key{}

	bw.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
`)
	declare := func(for_, prefix string, keys map[string]key, names []string, kinds func(string) kind) {
		for i, name := range names {
			k := key{fmt.Sprintf("%s%d", prefix, i), name}
			keys[name] = k
			fmt.Fprintf(bw, "  <key id=\"%s\" for=\"%s\" attr.name=\"%s\" attr.type=\"%s\"/>\n", k.id, for_, xmlEscape(name), graphmlType(kinds(name)))
		}
	}
	np, rp := nodeProps(g.Nodes), relProps(g.Rels)
	nodeNames := append([]string{"labels", "label"}, without(propNames(np), "labels", "label")...)
	edgeNames := append([]string{"type", "label"}, without(propNames(rp), "type", "label")...)
	// One pass per property for its kind: per value it would be quadratic.
	nodeKinds, edgeKinds := map[string]kind{}, map[string]kind{}
	for _, n := range nodeNames[2:] {
		nodeKinds[n] = columnKind(np, n)
	}
	for _, n := range edgeNames[2:] {
		edgeKinds[n] = columnKind(rp, n)
	}
	declare("node", "n", nodeKeys, nodeNames, func(n string) kind { return nodeKinds[n] })
	declare("edge", "e", edgeKeys, edgeNames, func(n string) kind { return edgeKinds[n] })
	bw.WriteString("  <graph id=\"kg\" edgedefault=\"directed\">\n")
	data := func(k key, v string) {
		fmt.Fprintf(bw, "      <data key=\"%s\">%s</data>\n", k.id, xmlEscape(v))
	}
	for _, n := range g.Nodes {
		fmt.Fprintf(bw, "    <node id=\"%s\">\n", xmlEscape(n.ID))
		data(nodeKeys["labels"], ":"+strings.Join(n.Labels, ":"))
		data(nodeKeys["label"], caption(n))
		for _, name := range nodeNames[2:] {
			if v, ok := n.Props[name]; ok && v != nil {
				data(nodeKeys[name], graphmlValue(v, nodeKinds[name]))
			}
		}
		bw.WriteString("    </node>\n")
	}
	for _, r := range g.Rels {
		fmt.Fprintf(bw, "    <edge id=\"%s\" source=\"%s\" target=\"%s\">\n", xmlEscape(r.ID), xmlEscape(r.Start), xmlEscape(r.End))
		data(edgeKeys["type"], r.Type)
		data(edgeKeys["label"], r.Type)
		for _, name := range edgeNames[2:] {
			if v, ok := r.Props[name]; ok && v != nil {
				data(edgeKeys[name], graphmlValue(v, edgeKinds[name]))
			}
		}
		bw.WriteString("    </edge>\n")
	}
	bw.WriteString("  </graph>\n</graphml>\n")
	return bw.Flush()
}

func graphmlType(k kind) string {
	switch k {
	case kLong:
		return "long"
	case kDouble:
		return "double"
	case kBool:
		return "boolean"
	}
	return "string"
}

func graphmlValue(v any, k kind) string {
	switch k {
	case kLong, kDouble, kBool, kString, kDate, kDateTime, kLocalDateTime:
		return scalarText(v)
	}
	if s, ok := v.(string); ok {
		return s
	}
	return jsonText(v)
}

// xmlEscape escapes text for XML content and attributes. XML 1.0 cannot
// hold most control characters at all: they become U+FFFD.
func xmlEscape(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

func without(names []string, drop ...string) []string {
	out := names[:0:0]
	for _, n := range names {
		keep := true
		for _, d := range drop {
			if n == d {
				keep = false
			}
		}
		if keep {
			out = append(out, n)
		}
	}
	return out
}
