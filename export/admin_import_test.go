package export

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestCSVNeo4jAdminImport runs the import.sh that WriteCSV writes with the
// real neo4j-admin import tool, taken from the Neo4j that scripts/neo4j
// installs (its Maven classpath holds neo4j-import-tool), into a scratch
// database, and checks that every node, relationship and property went in.
func TestCSVNeo4jAdminImport(t *testing.T) {
	cp, err := os.ReadFile(filepath.Join("..", ".neo4j", "classpath.txt"))
	if err != nil {
		t.Skip("no local Neo4j install (scripts/neo4j start makes .neo4j/classpath.txt): checked the CSV headers only")
	}
	if _, err := exec.LookPath("java"); err != nil {
		t.Skip("java not installed")
	}
	g := fixture()
	tmp := t.TempDir()
	csvDir := filepath.Join(tmp, "csv")
	if _, err := WriteCSV(csvDir, g); err != nil {
		t.Fatal(err)
	}
	home := filepath.Join(tmp, "home")
	bin := filepath.Join(tmp, "bin")
	for _, d := range []string{filepath.Join(home, "conf"), bin} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	conf := "server.directories.data=" + filepath.Join(home, "data") + "\nserver.memory.pagecache.size=64m\n"
	if err := os.WriteFile(filepath.Join(home, "conf", "neo4j.conf"), []byte(conf), 0o644); err != nil {
		t.Fatal(err)
	}
	shim := "#!/bin/sh\nexec java -Xmx512m -cp \"$KG_CP\" org.neo4j.cli.AdminTool \"$@\"\n"
	if err := os.WriteFile(filepath.Join(bin, "neo4j-admin"), []byte(shim), 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("sh", filepath.Join(csvDir, "import.sh"), "kgtest")
	cmd.Env = append(os.Environ(), "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"),
		"KG_CP="+strings.TrimSpace(string(cp)), "NEO4J_HOME="+home, "NEO4J_CONF="+filepath.Join(home, "conf"))
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "IMPORT DONE") {
		t.Fatalf("neo4j-admin import: %v\n%s", err, tail(string(out), 2000))
	}
	props := 0
	for _, n := range g.Nodes {
		props += len(n.Props)
	}
	for _, r := range g.Rels {
		props += len(r.Props)
	}
	for what, want := range map[string]int{"nodes": len(g.Nodes), "relationships": len(g.Rels), "properties": props} {
		m := regexp.MustCompile(`(?m)^\s*(\d+) ` + what + `$`).FindStringSubmatch(string(out))
		if m == nil {
			t.Errorf("import output does not count %s:\n%s", what, tail(string(out), 600))
			continue
		}
		if got, _ := strconv.Atoi(m[1]); got != want {
			t.Errorf("imported %d %s, want %d", got, what, want)
		}
	}
}

func tail(s string, n int) string {
	if len(s) > n {
		return "…" + s[len(s)-n:]
	}
	return s
}
