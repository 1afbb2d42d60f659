package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os/exec"
	"strings"
	"testing"
)

// TestLibrariesAvoidCLI keeps the command-line framework out of the library
// packages: source, extract, graph, ingest and the rest are meant to be
// imported by other programs, which should not inherit cobra's flags and
// init-time work. Only packages under cmd/ may depend on it, directly or
// through another package.
func TestLibrariesAvoidCLI(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go command not in PATH: cannot list package dependencies")
	}
	const module = "github.com/newsgraph/kg"
	forbidden := []string{"github.com/spf13/cobra", "github.com/spf13/pflag"}

	// -test adds the test variants, so a library's tests are held to the
	// same rule as its code.
	cmd := exec.Command("go", "list", "-test", "-json", module+"/...")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, stderr.String())
	}
	dec := json.NewDecoder(bytes.NewReader(out))
	checked := 0
	for {
		var p struct {
			ImportPath string
			Deps       []string
		}
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatalf("decode go list output: %v", err)
		}
		// "x [x.test]" and "x.test" are x's test variants.
		path, _, _ := strings.Cut(p.ImportPath, " ")
		path = strings.TrimSuffix(path, ".test")
		if path == module+"/cmd" || strings.HasPrefix(path, module+"/cmd/") || !strings.HasPrefix(path, module) {
			continue
		}
		checked++
		for _, dep := range p.Deps {
			for _, f := range forbidden {
				if dep == f || strings.HasPrefix(dep, f+"/") {
					t.Errorf("%s depends on %s: only packages under cmd/ may use the CLI framework", p.ImportPath, dep)
				}
			}
		}
	}
	if checked == 0 {
		t.Fatalf("go list found no library packages under %s", module)
	}
}
