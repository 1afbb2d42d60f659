package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestNeo4jScripts runs the CLI scripts in testdata/neo4j against the Neo4j
// that NEO4J_URI names, one at a time: they share its single database, and
// some empty it. Without NEO4J_URI it skips, and under CI=true it fails.
func TestNeo4jScripts(t *testing.T) {
	if os.Getenv("NEO4J_URI") == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("NEO4J_URI is not set but CI=true: the Neo4j CLI scripts must run in CI")
		}
		t.Skip("NEO4J_URI not set: skipping the Neo4j CLI scripts in testdata/neo4j (scripts/neo4j start prints the variables)")
	}
	files, err := filepath.Glob("testdata/neo4j/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no scripts in testdata/neo4j: %v", err)
	}
	// One Run per file: testscript runs the scripts of one Run in parallel.
	for _, f := range files {
		t.Run(strings.TrimSuffix(filepath.Base(f), ".txtar"), func(t *testing.T) {
			testscript.Run(t, testscript.Params{
				Files: []string{f},
				Setup: func(env *testscript.Env) error {
					for _, k := range []string{"NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE"} {
						env.Setenv(k, os.Getenv(k))
					}
					// The sample articles, for scripts that load many.
					articles, err := filepath.Abs("../../testdata/articles")
					if err != nil {
						return err
					}
					env.Setenv("KG_ARTICLES", articles)
					return nil
				},
				Cmds: map[string]func(*testscript.TestScript, bool, []string){"forget": forget},
			})
		})
	}
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
