package main

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestNeo4jScripts runs the CLI scripts in testdata/neo4j, which write to
// the Neo4j that NEO4J_URI names. Each starts with [!env:NEO4J_URI] skip;
// under CI=true a missing NEO4J_URI fails instead.
func TestNeo4jScripts(t *testing.T) {
	if os.Getenv("NEO4J_URI") == "" && os.Getenv("CI") == "true" {
		t.Fatal("NEO4J_URI is not set but CI=true: the Neo4j scripts must run in CI")
	}
	testscript.Run(t, testscript.Params{
		Dir: "testdata/neo4j",
		Setup: func(env *testscript.Env) error {
			for _, k := range []string{"NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE"} {
				env.Setenv(k, os.Getenv(k))
			}
			return nil
		},
		Condition: envCondition,
		Cmds:      map[string]func(*testscript.TestScript, bool, []string){"forget": forget},
	})
}

// forget removes articles by url when they are there, so that a script
// starts clean after an interrupted run: forget URL...
func forget(ts *testscript.TestScript, neg bool, args []string) {
	if neg {
		ts.Fatalf("unsupported: ! forget")
	}
	conn := &connFlags{URI: ts.Getenv("NEO4J_URI"), User: ts.Getenv("NEO4J_USERNAME"), Database: ts.Getenv("NEO4J_DATABASE")}
	conn.Password = ts.Getenv("NEO4J_PASSWORD")
	ctx := context.Background()
	st, err := conn.open(ctx)
	ts.Check(err)
	defer st.Close(ctx)
	for _, u := range args {
		_, err := st.Remove(ctx, u)
		ts.Check(err)
	}
}

// envCondition gives scripts [env:NAME]: true when NAME is set and not empty.
func envCondition(cond string) (bool, error) {
	name, ok := strings.CutPrefix(cond, "env:")
	if !ok {
		return false, fmt.Errorf("unknown condition %q", cond)
	}
	return os.Getenv(name) != "", nil
}
