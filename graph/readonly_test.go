package graph

import (
	"errors"
	"testing"
)

func TestCheckReadOnly(t *testing.T) {
	for _, c := range []struct {
		cypher string
		want   readOnlyPlan
	}{
		// Refused: reaches outside the graph.
		{`LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r`, planRefuse},
		{"MATCH (n) WITH n LIMIT 1\nload\tcsv with headers from $u AS r RETURN r", planRefuse},
		{`TERMINATE TRANSACTIONS 'neo4j-transaction-7'`, planRefuse},
		{`SHOW TRANSACTIONS YIELD transactionId AS t TERMINATE TRANSACTIONS t`, planRefuse},
		{`CREATE USER u SET PASSWORD 'secret-secret'`, planRefuse},
		{`CREATE OR REPLACE DATABASE d`, planRefuse},
		{`DROP COMPOSITE DATABASE d`, planRefuse},
		{`EXPLAIN GRANT ROLE admin TO u`, planRefuse},
		{`USE system DROP USER u`, planRefuse},
		{`STOP DATABASE neo4j`, planRefuse},
		{`CALL apoc.load.json('file:///x')`, planRefuse},
		{`RETURN apoc.cypher.runFirstColumnSingle('MATCH (n) DETACH DELETE n', {})`, planRefuse},
		// Known reads: run without asking the planner.
		{`SHOW DATABASES`, planRead},
		{`show users yield user return user`, planRead},
		{`CALL dbms.components() YIELD name RETURN name`, planRead},
		// Left to the planner and the read transaction.
		{`MATCH (n) RETURN n`, planAsk},
		{`CREATE (n:X)`, planAsk},
		{`CREATE INDEX i FOR (n:X) ON (n.y)`, planAsk},
		{`CALL db.labels()`, planAsk},
		{`CALL dbms.components() YIELD name CALL db.labels() YIELD label RETURN *`, planAsk},
		// Keywords in strings, names and comments count for nothing.
		{`RETURN 'LOAD CSV' AS s, "TERMINATE" AS t`, planAsk},
		{"MATCH (n:`LOAD CSV`) RETURN n // TERMINATE TRANSACTIONS", planAsk},
		{`RETURN 'it\'s LOAD CSV' /* DROP USER u */ AS s`, planAsk},
		{`MATCH (n) WHERE n.name = "CREATE USER x" RETURN n`, planAsk},
	} {
		got, err := checkReadOnly(c.cypher)
		if got != c.want {
			t.Errorf("checkReadOnly(%q) = %d, want %d", c.cypher, got, c.want)
		}
		if (got == planRefuse) != errors.Is(err, ErrOutsideGraph) {
			t.Errorf("checkReadOnly(%q): error %v", c.cypher, err)
		}
	}
}
