package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// TestExitCodes checks the documented exit codes for calls that fail before
// any database or file is touched.
func TestExitCodes(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want int
		err  string
	}{
		{"help", []string{"--help"}, exitOK, ""},
		{"unknown command", []string{"frobnicate"}, exitUsage, `kg: unknown command "frobnicate"`},
		{"unknown flag", []string{"stats", "--frob"}, exitUsage, "kg: unknown flag: --frob"},
		{"ingest without paths", []string{"ingest"}, exitUsage, "kg: requires at least 1 arg"},
		{"extract without paths", []string{"extract"}, exitUsage, "kg: requires at least 1 arg"},
		{"query show without a name", []string{"query", "show"}, exitUsage, "kg: accepts 1 arg"},
		{"extract of a missing file", []string{"extract", "no/such/file.txt"}, exitError, "no/such/file.txt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			got := run(context.Background(), tt.args, streams{In: strings.NewReader(""), Out: &out, Err: &errOut})
			if got != tt.want {
				t.Errorf("kg %s: exit %d, want %d (stderr %q)", strings.Join(tt.args, " "), got, tt.want, errOut.String())
			}
			if tt.err != "" && !strings.Contains(errOut.String(), tt.err) {
				t.Errorf("kg %s: stderr %q, want it to contain %q", strings.Join(tt.args, " "), errOut.String(), tt.err)
			}
		})
	}
}
