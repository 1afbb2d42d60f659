package graph

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Labels are the node labels kg writes.
var Labels = []string{"Article", "Person", "Organization", "Model", "Quote", "Event"}

// RelationshipTypes are the relationship types kg writes.
var RelationshipTypes = []string{"MENTIONS", "SAID", "REPORTED_IN", "ABOUT", "WORKS_AT", "DEVELOPED", "DERIVED_FROM", "INVOLVES", "STATES", "CO_MENTIONED"}

// Stats counts nodes per label and relationships per type, kg's labels and
// types only, zeros included.
type Stats struct {
	Nodes         map[string]int64 `json:"nodes"`
	Relationships map[string]int64 `json:"relationships"`
}

// Stats reads the counts. Each count names its label or type literally so
// that Neo4j answers from its count store without scanning.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	st := Stats{Nodes: map[string]int64{}, Relationships: map[string]int64{}}
	q := ""
	for _, l := range Labels {
		q += fmt.Sprintf("CALL () { MATCH (n:%s) RETURN count(n) AS n_%s }\n", l, l)
	}
	for _, t := range RelationshipTypes {
		q += fmt.Sprintf("CALL () { MATCH ()-[r:%s]->() RETURN count(r) AS r_%s }\n", t, t)
	}
	q += "RETURN *"
	res, err := neo4j.ExecuteQuery(ctx, s.driver, q, nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.database), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		return Stats{}, fmt.Errorf("stats: %w", err)
	}
	if len(res.Records) != 1 {
		return Stats{}, fmt.Errorf("stats: got %d rows, want 1", len(res.Records))
	}
	rec := res.Records[0]
	for _, l := range Labels {
		v, _ := rec.Get("n_" + l)
		st.Nodes[l], _ = v.(int64)
	}
	for _, t := range RelationshipTypes {
		v, _ := rec.Get("r_" + t)
		st.Relationships[t], _ = v.(int64)
	}
	return st, nil
}
