package graph

import (
	"math"
	"reflect"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

func TestExplain(t *testing.T) {
	tests := []struct{ in, want string }{
		{"MATCH (n) RETURN n", "EXPLAIN MATCH (n) RETURN n"},
		{"EXPLAIN MATCH (n) RETURN n", "EXPLAIN MATCH (n) RETURN n"},
		{"PROFILE MATCH (n) SET n.x = 1", "EXPLAIN MATCH (n) SET n.x = 1"},
		{"  profile\nMATCH (n) RETURN n", "  EXPLAIN\nMATCH (n) RETURN n"},
		{"// header\n// more\nPROFILE CREATE (n)", "// header\n// more\nEXPLAIN CREATE (n)"},
		{"// mentions PROFILE\nMATCH (n) RETURN n", "EXPLAIN // mentions PROFILE\nMATCH (n) RETURN n"},
		{"PROFILER_TABLE", "EXPLAIN PROFILER_TABLE"},
	}
	for _, tt := range tests {
		if got := explain(tt.in); got != tt.want {
			t.Errorf("explain(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNodeID(t *testing.T) {
	tests := []struct {
		labels []string
		props  map[string]any
		want   string
	}{
		{[]string{"Person"}, map[string]any{"key": "yannlecun", "id": "x"}, "Person:yannlecun"},
		{[]string{"Article"}, map[string]any{"id": "abc"}, "Article:abc"},
		{[]string{"Extra", "Model"}, map[string]any{"key": "llama2"}, "Model:llama2"},
		{[]string{"Person"}, map[string]any{"name": "no key"}, "4:db:7"},
		{[]string{"Thing"}, map[string]any{"key": "k"}, "4:db:7"},
		{[]string{"Quote"}, map[string]any{"id": int64(3)}, "4:db:7"},
	}
	for _, tt := range tests {
		if got := NodeID(tt.labels, tt.props, "4:db:7"); got != tt.want {
			t.Errorf("NodeID(%v, %v) = %q, want %q", tt.labels, tt.props, got, tt.want)
		}
	}
	for label, want := range map[string]string{"Person": "key", "Model": "key", "Quote": "id", "Article": "id", "Thing": ""} {
		if got, _ := KeyProperty(label); got != want {
			t.Errorf("KeyProperty(%s) = %q, want %q", label, got, want)
		}
	}
	if got := (Node{Labels: []string{"Extra", "Model"}}).Label(); got != "Model" {
		t.Errorf("Label() = %q, want the kg label", got)
	}
}

func TestPlain(t *testing.T) {
	when := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	node := dbtype.Node{ElementId: "4:db:1", Labels: []string{"Person"}, Props: map[string]any{"key": "k", "born": dbtype.Date(when)}}
	rel := dbtype.Relationship{Type: "WORKS_AT", Props: map[string]any{"since": when}}
	tests := []struct {
		in   any
		want any
	}{
		{"x", "x"},
		{int64(3), int64(3)},
		{nil, nil},
		{when, "2026-01-02T03:04:05Z"},
		{dbtype.Date(when), "2026-01-02"},
		{dbtype.LocalDateTime(when), "2026-01-02T03:04:05"},
		{[]any{int64(1), dbtype.Date(when)}, []any{int64(1), "2026-01-02"}},
		{1.5, 1.5},
		{math.NaN(), "NaN"},
		{[]any{math.Inf(1), math.Inf(-1)}, []any{"+Inf", "-Inf"}},
		{node, map[string]any{"id": "Person:k", "labels": []string{"Person"}, "properties": map[string]any{"key": "k", "born": "2026-01-02"}}},
		{rel, map[string]any{"type": "WORKS_AT", "properties": map[string]any{"since": "2026-01-02T03:04:05Z"}}},
		{dbtype.Path{Nodes: []dbtype.Node{node}, Relationships: []dbtype.Relationship{rel}}, map[string]any{
			"nodes":         []any{map[string]any{"id": "Person:k", "labels": []string{"Person"}, "properties": map[string]any{"key": "k", "born": "2026-01-02"}}},
			"relationships": []any{map[string]any{"type": "WORKS_AT", "properties": map[string]any{"since": "2026-01-02T03:04:05Z"}}}}},
	}
	for _, tt := range tests {
		if got := Plain(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Plain(%#v) = %#v, want %#v", tt.in, got, tt.want)
		}
	}
}

func TestSubgraphSort(t *testing.T) {
	g := &Subgraph{
		Nodes: []Node{{ID: "b"}, {ID: "a"}},
		Rels:  []Rel{{ID: RelID("b", "X", "a")}, {ID: RelID("a", "X", "b")}},
	}
	g.Sort()
	if g.Nodes[0].ID != "a" || g.Rels[0].ID != "a-X->b" {
		t.Errorf("not sorted: %+v", g)
	}
}
