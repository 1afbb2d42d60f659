package main

import (
	"context"
	"os"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets the test binary run as kg inside testscript scripts.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"kg": func() {
			os.Exit(run(context.Background(), os.Args[1:], streams{In: os.Stdin, Out: os.Stdout, Err: os.Stderr}))
		},
	})
}

// TestScripts runs the end-to-end CLI scripts in testdata/script, which need
// no database; the scripts that need Neo4j live apart and run one at a time
// (they share its single database).
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			for _, k := range []string{"NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE", "KG_SHARED"} {
				env.Setenv(k, os.Getenv(k))
			}
			return nil
		},
	})
}
