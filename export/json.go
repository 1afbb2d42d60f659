package export

import (
	"encoding/json"
	"io"

	"github.com/newsgraph/kg/graph"
)

// JSON writes g as one object:
//
//	{
//	  "format": "kg-subgraph", "version": 1,
//	  "nodes": [{"id": "Person:yannlecun", "labels": ["Person"], "properties": {...}}],
//	  "relationships": [{"id": "Person:yannlecun-WORKS_AT->Organization:meta",
//	                     "type": "WORKS_AT", "start": "Person:yannlecun",
//	                     "end": "Organization:meta", "properties": {...}}]
//	}
//
// Ids are stable across databases (see graph.NodeID); temporal properties
// are ISO 8601 strings.
func JSON(w io.Writer, g *graph.Subgraph) error {
	type node struct {
		ID         string         `json:"id"`
		Labels     []string       `json:"labels"`
		Properties map[string]any `json:"properties"`
	}
	type rel struct {
		ID         string         `json:"id"`
		Type       string         `json:"type"`
		Start      string         `json:"start"`
		End        string         `json:"end"`
		Properties map[string]any `json:"properties"`
	}
	doc := struct {
		Format        string `json:"format"`
		Version       int    `json:"version"`
		Nodes         []node `json:"nodes"`
		Relationships []rel  `json:"relationships"`
	}{Format: "kg-subgraph", Version: 1, Nodes: []node{}, Relationships: []rel{}}
	for _, n := range g.Nodes {
		doc.Nodes = append(doc.Nodes, node{n.ID, n.Labels, jsonProps(n.Props)})
	}
	for _, r := range g.Rels {
		doc.Relationships = append(doc.Relationships, rel{r.ID, r.Type, r.Start, r.End, jsonProps(r.Props)})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(doc)
}

func jsonProps(m map[string]any) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[k] = graph.Plain(v)
	}
	return out
}
