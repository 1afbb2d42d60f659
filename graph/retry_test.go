package graph

import (
	"errors"
	"fmt"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// TestUnreachable: exit code 3 is for a database kg cannot use at all, not
// for one that is busy or rejects a statement.
func TestUnreachable(t *testing.T) {
	deadlock := &neo4j.Neo4jError{Code: "Neo.TransientError.Transaction.DeadlockDetected", Msg: "deadlock"}
	for _, c := range []struct {
		name string
		err  error
		want bool
	}{
		{"connection refused", &ConnError{URI: "bolt://x", Kind: ErrUnavailable}, true},
		{"bad password", fmt.Errorf("ingest: %w", &ConnError{URI: "bolt://x", Kind: ErrAuth}), true},
		{"no such database", &ConnError{URI: "bolt://x", Kind: ErrNoDatabase}, true},
		{"connectivity lost", &neo4j.ConnectivityError{Inner: errors.New("EOF")}, true},
		{"database restarting", &neo4j.Neo4jError{Code: "Neo.TransientError.General.DatabaseUnavailable"}, true},
		{"deadlock", fmt.Errorf("apply schema: %w", deadlock), false},
		{"driver retries ran out on deadlocks", &neo4j.TransactionExecutionLimit{Errors: []error{deadlock, deadlock}}, false},
		{"syntax error", &neo4j.Neo4jError{Code: "Neo.ClientError.Statement.SyntaxError"}, false},
		{"plain error", errors.New("gave up after 90s: deadlock"), false},
	} {
		if got := Unreachable(c.err); got != c.want {
			t.Errorf("%s: Unreachable = %v, want %v", c.name, got, c.want)
		}
	}
	if ignoreExisting(&neo4j.Neo4jError{Code: "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists"}) != nil {
		t.Error("a schema rule another loader made is not done")
	}
	if ignoreExisting(deadlock) == nil {
		t.Error("a deadlock in schema creation was dropped")
	}
}
