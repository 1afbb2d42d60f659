package export

import (
	_ "embed"
	"encoding/json"
	"io"
	"strings"

	"github.com/newsgraph/kg/graph"
)

// Cytoscape.js (MIT, see assets/cytoscape.LICENSE), inlined into every HTML
// export so that the page works with no network.
//
//go:embed assets/cytoscape.min.js
var cytoscapeJS string

//go:embed assets/view.html
var viewHTML string

//go:embed assets/view.js
var viewJS string

// HTML writes g as one self-contained page: an interactive Cytoscape.js
// view (pan, zoom, drag; nodes coloured by label with a legend; a click
// shows a node's or edge's properties, quotes and sources; a search box;
// filters by label and date; every quote listed with speaker and source;
// labels that would overlap hidden). The page needs no network. When the layout has run it writes the number
// of nodes and relationships it drew into <body data-drawn-nodes=…
// data-drawn-edges=…>, and data-labels-shown, data-label-overlaps and
// data-visible-nodes, which tests read.
func HTML(w io.Writer, g *graph.Subgraph) error {
	js, err := viewJSON(g)
	if err != nil {
		return err
	}
	page := strings.NewReplacer(
		"/*KG_CYTOSCAPE*/", cytoscapeJS,
		"/*KG_VIEW*/", viewJS,
		"/*KG_DATA*/", string(js),
	).Replace(viewHTML)
	_, err = io.WriteString(w, page)
	return err
}

// viewJSON is the data view.js draws: nodes with their caption and colour,
// relationships, and the colour of each label.
func viewJSON(g *graph.Subgraph) ([]byte, error) {
	type node struct {
		ID      string         `json:"id"`
		Label   string         `json:"label"`
		Labels  []string       `json:"labels"`
		Caption string         `json:"caption"`
		Color   string         `json:"color"`
		Props   map[string]any `json:"props"`
	}
	type rel struct {
		ID     string         `json:"id"`
		Type   string         `json:"type"`
		Source string         `json:"source"`
		Target string         `json:"target"`
		Props  map[string]any `json:"props"`
	}
	data := struct {
		Nodes  []node            `json:"nodes"`
		Rels   []rel             `json:"rels"`
		Colors map[string]string `json:"colors"`
	}{Nodes: []node{}, Rels: []rel{}, Colors: map[string]string{}}
	for _, n := range g.Nodes {
		data.Nodes = append(data.Nodes, node{n.ID, n.Label(), n.Labels, caption(n), colorOf(n.Label()), jsonProps(n.Props)})
		data.Colors[n.Label()] = colorOf(n.Label())
	}
	for _, r := range g.Rels {
		data.Rels = append(data.Rels, rel{r.ID, r.Type, r.Start, r.End, jsonProps(r.Props)})
	}
	// encoding/json escapes <, > and & by default, so no text in the data
	// can close the <script> element it sits in.
	return json.Marshal(data)
}
