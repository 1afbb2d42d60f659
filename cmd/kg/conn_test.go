package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestPasswordResolution(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "pw")
	if err := os.WriteFile(file, []byte("from-file\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		flags connFlags
		env   string
		want  string
	}{
		{"flag wins", connFlags{Password: "from-flag", PasswordFile: file}, "from-env", "from-flag"},
		{"file next, newline trimmed", connFlags{PasswordFile: file}, "from-env", "from-file"},
		{"environment last", connFlags{}, "from-env", "from-env"},
		{"none", connFlags{}, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("NEO4J_PASSWORD", tt.env)
			got, err := tt.flags.password()
			if err != nil || got != tt.want {
				t.Errorf("password() = %q, %v; want %q", got, err, tt.want)
			}
		})
	}
	_, err := (&connFlags{PasswordFile: filepath.Join(dir, "missing")}).password()
	var ue usageError
	if !errors.As(err, &ue) {
		t.Errorf("missing password file: %v, want a usage error", err)
	}
}

// TestDatabaseFailuresExitThree needs no Neo4j: nothing listens on port 1.
func TestDatabaseFailuresExitThree(t *testing.T) {
	const secret = "s3cret-pw"
	for _, args := range [][]string{
		{"stats", "--uri", "bolt://127.0.0.1:1", "--password", secret},
		{"schema", "apply", "--uri", "bolt://127.0.0.1:1", "--password", secret},
		{"remove", "--url", "https://x", "--uri", "bolt://neo4j:" + secret + "@127.0.0.1:1"},
		{"ingest", "nothing.txt", "--uri", "bolt://127.0.0.1:1", "--password", secret},
	} {
		var out, errb bytes.Buffer
		code := run(context.Background(), args, streams{In: strings.NewReader(""), Out: &out, Err: &errb})
		msg := errb.String()
		if code != exitDatabase {
			t.Errorf("kg %v: exit %d, want %d (%s)", args, code, exitDatabase, msg)
		}
		if strings.Count(msg, "\n") != 1 || !strings.Contains(msg, "127.0.0.1:1") || !strings.Contains(msg, "unavailable") {
			t.Errorf("kg %v: stderr %q, want one line naming the URI and the reason", args, msg)
		}
		if strings.Contains(msg+out.String(), secret) {
			t.Errorf("kg %v: output shows the password: %q", args, msg)
		}
	}
}
