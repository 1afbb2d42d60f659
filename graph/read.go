package graph

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// ErrWrites refuses a query that would change the database when the caller
// did not allow writes.
var ErrWrites = errors.New("the query writes to the database: run it with --write to allow that")

// ErrNotFound says a named entity is not in the graph.
var ErrNotFound = errors.New("not in the graph")

// Rows is the result of a query: the column names and one slice of values
// per record. Values are the driver's (neo4j.Node, neo4j.Relationship,
// neo4j.Path, temporal types, lists, maps, scalars); Plain turns them into
// JSON-friendly values.
type Rows struct {
	Columns []string
	Records [][]any
	Changes []string // what a writing query did: "3 nodes created", ...
}

// QueryError is a query the database rejected: bad syntax, an unknown
// function, a missing parameter. Msg is the first line of the server's
// message, which names the position.
type QueryError struct {
	Code string
	Msg  string
}

func (e *QueryError) Error() string { return e.Msg }

// Query runs one Cypher statement and returns all its rows. Unless
// allowWrite, a statement that reaches outside the graph (LOAD CSV,
// administration commands, file-reading procedures) is refused with
// ErrOutsideGraph; SHOW commands and known read-only server procedures run;
// any other statement is planned with EXPLAIN first and refused with
// ErrWrites when the planner says it writes; and it runs in a read
// transaction, which the server also refuses to let write.
func (s *Store) Query(ctx context.Context, cypher string, params map[string]any, allowWrite bool) (*Rows, error) {
	mode := neo4j.AccessModeRead
	if allowWrite {
		mode = neo4j.AccessModeWrite
	}
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.database, AccessMode: mode})
	defer sess.Close(context.Background())
	if !allowWrite {
		plan, err := checkReadOnly(cypher)
		if err != nil {
			return nil, err
		}
		if plan == planAsk {
			if err := s.refuseWrites(ctx, sess, cypher, params); err != nil {
				return nil, err
			}
		}
	}
	work := func(tx neo4j.ManagedTransaction) (any, error) {
		res, err := tx.Run(ctx, cypher, params)
		if err != nil {
			return nil, err
		}
		keys, err := res.Keys()
		if err != nil {
			return nil, err
		}
		rows := &Rows{Columns: keys}
		for res.Next(ctx) {
			rows.Records = append(rows.Records, res.Record().Values)
		}
		if err := res.Err(); err != nil {
			return nil, err
		}
		sum, err := res.Consume(ctx)
		if err != nil {
			return nil, err
		}
		rows.Changes = changes(sum.Counters())
		return rows, nil
	}
	var out any
	var err error
	if allowWrite {
		out, err = sess.ExecuteWrite(ctx, work)
	} else {
		out, err = sess.ExecuteRead(ctx, work)
	}
	if err != nil {
		return nil, queryError(err)
	}
	return out.(*Rows), nil
}

// changes lists the non-zero update counters.
func changes(c neo4j.Counters) []string {
	var out []string
	for _, x := range []struct {
		n    int
		what string
	}{
		{c.NodesCreated(), "nodes created"}, {c.NodesDeleted(), "nodes deleted"},
		{c.RelationshipsCreated(), "relationships created"}, {c.RelationshipsDeleted(), "relationships deleted"},
		{c.PropertiesSet(), "properties set"}, {c.LabelsAdded(), "labels added"}, {c.LabelsRemoved(), "labels removed"},
		{c.IndexesAdded(), "indexes added"}, {c.IndexesRemoved(), "indexes removed"},
		{c.ConstraintsAdded(), "constraints added"}, {c.ConstraintsRemoved(), "constraints removed"},
	} {
		if x.n > 0 {
			out = append(out, fmt.Sprintf("%d %s", x.n, x.what))
		}
	}
	return out
}

var explainable = regexp.MustCompile(`(?is)^\s*(?://[^\n]*\n\s*)*(EXPLAIN|PROFILE)\b`)

// explain is the statement that plans cypher without running it.
func explain(cypher string) string {
	if m := explainable.FindStringSubmatchIndex(cypher); m != nil {
		// EXPLAIN runs nothing; PROFILE runs the query, so plan it instead.
		return cypher[:m[2]] + "EXPLAIN" + cypher[m[3]:]
	}
	return "EXPLAIN " + cypher
}

var cypherOptions = regexp.MustCompile(`(?is)^\s*(?://[^\n]*\n\s*)*CYPHER\b`)

// refuseWrites asks the planner what kind of statement cypher is.
func (s *Store) refuseWrites(ctx context.Context, sess neo4j.SessionWithContext, cypher string, params map[string]any) error {
	if cypherOptions.MatchString(cypher) {
		// "CYPHER 5 ..." options must come first; leave the refusal to
		// the read transaction.
		return nil
	}
	res, err := sess.Run(ctx, explain(cypher), params)
	if err != nil {
		return queryError(err)
	}
	sum, err := res.Consume(ctx)
	if err != nil {
		return queryError(err)
	}
	switch sum.StatementType() {
	case neo4j.StatementTypeReadOnly:
		return nil
	case neo4j.StatementTypeUnknown:
		// A read transaction still stops it if it writes.
		return nil
	}
	return ErrWrites
}

// queryError keeps the first line of a server error, and turns the
// server's refusal to write in a read transaction into ErrWrites.
func queryError(err error) error {
	var nerr *neo4j.Neo4jError
	if !errors.As(err, &nerr) {
		return err
	}
	if nerr.Code == "Neo.ClientError.Statement.AccessMode" || strings.Contains(nerr.Msg, "in read access mode") {
		return ErrWrites
	}
	msg, _, _ := strings.Cut(nerr.Msg, "\n")
	return &QueryError{Code: nerr.Code, Msg: strings.TrimSpace(msg)}
}

// Node is a node of a Subgraph. ID is stable across databases: the label
// and key that kg's schema makes unique (Person:yannlecun, Article:<id>),
// or the element id for a node kg did not write.
type Node struct {
	ID     string
	Labels []string
	Props  map[string]any
}

// Label is the node's first kg label, or its first label.
func (n Node) Label() string {
	for _, l := range n.Labels {
		if _, ok := keyProp[l]; ok {
			return l
		}
	}
	if len(n.Labels) > 0 {
		return n.Labels[0]
	}
	return ""
}

// Rel is a relationship of a Subgraph. kg writes at most one relationship
// of a type between two nodes, so Start-TYPE->End identifies it.
type Rel struct {
	ID    string
	Type  string
	Start string // Node.ID
	End   string
	Props map[string]any
}

// Subgraph is a set of nodes and the relationships between them, sorted by
// ID so that exports are deterministic.
type Subgraph struct {
	Nodes     []Node
	Rels      []Rel
	Truncated bool // a node limit stopped the walk early
}

// keyProp is the unique property of each kg label (DESIGN.md).
var keyProp = map[string]string{
	"Article": "id", "Event": "id", "Quote": "id",
	"Person": "key", "Organization": "key", "Model": "key",
}

// KeyProperty is the property kg's schema makes unique for label (id or
// key), and whether label is one kg writes.
func KeyProperty(label string) (string, bool) {
	p, ok := keyProp[label]
	return p, ok
}

// NodeID is the stable id of a node with these labels and properties.
func NodeID(labels []string, props map[string]any, elementID string) string {
	for _, l := range labels {
		if p, ok := keyProp[l]; ok {
			if v, ok := props[p].(string); ok && v != "" {
				return l + ":" + v
			}
		}
	}
	return elementID
}

// RelID is the stable id of a relationship.
func RelID(start, typ, end string) string { return start + "-" + typ + "->" + end }

// RelKeyProperty is the property that tells apart relationships of type
// typ between the same two nodes, when kg writes several: STATES, one per
// fact an article states about the fact's start (graph.FactID in fact).
// Other types have at most one relationship between two nodes.
func RelKeyProperty(typ string) (string, bool) {
	if typ == "STATES" {
		return "fact", true
	}
	return "", false
}

// relID is the stable id of rel between the nodes a and b: RelID, with the
// key property of types that have one.
func relID(a, typ, b string, props map[string]any) string {
	id := RelID(a, typ, b)
	if p, ok := RelKeyProperty(typ); ok {
		id += " " + fmt.Sprint(props[p])
	}
	return id
}

// All returns the whole graph: the evidence, without what kg keeps to
// answer queries fast (co-mention counts and the KgState markers, which
// the graph's articles determine).
func (s *Store) All(ctx context.Context) (*Subgraph, error) {
	return s.subgraph(ctx, "MATCH (n) WHERE NOT n:KgState RETURN n", "MATCH (a)-[r]->(b) WHERE type(r) <> 'CO_MENTIONED' RETURN r", nil)
}

// Around returns the neighbourhood of the entity whose keys hold key (pass
// extract.Key of any alias): every node within depth hops, at most limit
// nodes, nearest first, and all relationships between them.
func (s *Store) Around(ctx context.Context, key string, depth, limit int) (*Subgraph, error) {
	if depth < 0 || limit < 1 {
		return nil, fmt.Errorf("around: depth %d and limit %d must be >= 0 and >= 1", depth, limit)
	}
	start, err := s.Query(ctx, `CALL db.index.fulltext.queryNodes('entity_keys', '"' + replace(replace($k, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS e
WITH e WHERE (e:Person OR e:Organization OR e:Model) AND ($k IN e.keys OR e.key = $k)
RETURN elementId(e) ORDER BY e.key`, map[string]any{"k": key}, false)
	if err != nil {
		return nil, fmt.Errorf("around %s: %w", key, err)
	}
	if len(start.Records) == 0 {
		return nil, fmt.Errorf("entity %q: %w", key, ErrNotFound)
	}
	var seen, frontier []any
	for _, r := range start.Records {
		if len(seen) < limit {
			seen = append(seen, r[0])
		}
	}
	frontier = seen
	truncated := false
	for d := 0; d < depth && len(frontier) > 0; d++ {
		room := limit - len(seen)
		if room <= 0 {
			truncated = true
			break
		}
		// Entities before articles, quotes and events, then by key: the
		// limit keeps the people, organizations and models nearest first.
		next, err := s.Query(ctx, `MATCH (n)-[r]-(m) WHERE elementId(n) IN $frontier AND NOT elementId(m) IN $seen AND type(r) <> 'CO_MENTIONED'
WITH DISTINCT m
RETURN elementId(m) AS id
ORDER BY CASE WHEN m:Person OR m:Organization OR m:Model THEN 0 ELSE 1 END, coalesce(m.key, m.id, elementId(m))
LIMIT $room`, map[string]any{"frontier": frontier, "seen": seen, "room": room + 1}, false)
		if err != nil {
			return nil, fmt.Errorf("around %s: %w", key, err)
		}
		frontier = nil
		for _, r := range next.Records {
			if len(seen) == limit {
				truncated = true
				break
			}
			seen = append(seen, r[0])
			frontier = append(frontier, r[0])
		}
	}
	g, err := s.byElementIDs(ctx, seen)
	if err != nil {
		return nil, fmt.Errorf("around %s: %w", key, err)
	}
	g.Truncated = truncated
	return g, nil
}

// SubgraphOf returns the nodes that rows hold (as nodes, relationship ends
// or paths, at any depth in lists and maps) and every relationship between
// them.
func (s *Store) SubgraphOf(ctx context.Context, rows *Rows) (*Subgraph, error) {
	ids := map[string]bool{}
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case dbtype.Node:
			ids[v.ElementId] = true
		case dbtype.Relationship:
			ids[v.StartElementId] = true
			ids[v.EndElementId] = true
		case dbtype.Path:
			for _, n := range v.Nodes {
				ids[n.ElementId] = true
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		case map[string]any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	for _, r := range rows.Records {
		for _, v := range r {
			walk(v)
		}
	}
	list := make([]any, 0, len(ids))
	for id := range ids {
		list = append(list, id)
	}
	return s.byElementIDs(ctx, list)
}

func (s *Store) byElementIDs(ctx context.Context, ids []any) (*Subgraph, error) {
	return s.subgraph(ctx,
		"MATCH (n) WHERE elementId(n) IN $ids RETURN n",
		"MATCH (a)-[r]->(b) WHERE elementId(a) IN $ids AND elementId(b) IN $ids AND type(r) <> 'CO_MENTIONED' RETURN r",
		map[string]any{"ids": ids})
}

// subgraph runs a node query and a relationship query (each returning one
// column) and assembles their results.
func (s *Store) subgraph(ctx context.Context, nodeQ, relQ string, params map[string]any) (*Subgraph, error) {
	nodes, err := s.Query(ctx, nodeQ, params, false)
	if err != nil {
		return nil, fmt.Errorf("read nodes: %w", err)
	}
	g := &Subgraph{}
	byElement := map[string]string{}
	for _, r := range nodes.Records {
		n, ok := r[0].(dbtype.Node)
		if !ok {
			return nil, fmt.Errorf("read nodes: got %T, want a node", r[0])
		}
		id := NodeID(n.Labels, n.Props, n.ElementId)
		byElement[n.ElementId] = id
		labels := append([]string(nil), n.Labels...)
		sort.Strings(labels)
		props := n.Props
		if slices.Contains(labels, "Article") || slices.Contains(labels, "Quote") {
			props = maps.Clone(props)
			for _, k := range internalProps {
				delete(props, k)
			}
		}
		g.Nodes = append(g.Nodes, Node{ID: id, Labels: labels, Props: props})
	}
	rels, err := s.Query(ctx, relQ, params, false)
	if err != nil {
		return nil, fmt.Errorf("read relationships: %w", err)
	}
	for _, r := range rels.Records {
		rel, ok := r[0].(dbtype.Relationship)
		if !ok {
			return nil, fmt.Errorf("read relationships: got %T, want a relationship", r[0])
		}
		a, b := byElement[rel.StartElementId], byElement[rel.EndElementId]
		if a == "" || b == "" {
			continue // an end outside the node set
		}
		g.Rels = append(g.Rels, Rel{ID: relID(a, rel.Type, b, rel.Props), Type: rel.Type, Start: a, End: b, Props: rel.Props})
	}
	g.Sort()
	return g, nil
}

// Sort orders nodes and relationships by ID.
func (g *Subgraph) Sort() {
	sort.Slice(g.Nodes, func(i, j int) bool { return g.Nodes[i].ID < g.Nodes[j].ID })
	sort.Slice(g.Rels, func(i, j int) bool { return g.Rels[i].ID < g.Rels[j].ID })
}

// Plain turns a driver value into one encoding/json writes well: nodes and
// relationships become maps with their labels or type and properties,
// temporal values ISO 8601 strings, NaN and infinities "NaN", "+Inf" and
// "-Inf", lists and maps recursively.
func Plain(v any) any {
	switch v := v.(type) {
	case dbtype.Node:
		return map[string]any{"id": NodeID(v.Labels, v.Props, v.ElementId), "labels": v.Labels, "properties": plainMap(v.Props)}
	case dbtype.Relationship:
		return map[string]any{"type": v.Type, "properties": plainMap(v.Props)}
	case dbtype.Path:
		nodes := make([]any, len(v.Nodes))
		for i, n := range v.Nodes {
			nodes[i] = Plain(n)
		}
		rels := make([]any, len(v.Relationships))
		for i, r := range v.Relationships {
			rels[i] = Plain(r)
		}
		return map[string]any{"nodes": nodes, "relationships": rels}
	case []any:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = Plain(x)
		}
		return out
	case map[string]any:
		return plainMap(v)
	case time.Time:
		return v.Format(time.RFC3339Nano)
	case float64:
		// JSON has no NaN or infinities, and Cypher makes them (0.0/0.0).
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return strconv.FormatFloat(v, 'g', -1, 64)
		}
		return v
	case interface{ String() string }:
		// dbtype.Date, LocalDateTime, Duration, Point...: ISO 8601 forms
		return v.String()
	}
	return v
}

func plainMap(m map[string]any) map[string]any {
	out := make(map[string]any, len(m))
	for k, x := range m {
		out[k] = Plain(x)
	}
	return out
}
