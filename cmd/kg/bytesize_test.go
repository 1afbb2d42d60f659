package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestByteSize(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		str  string
		ok   bool
	}{
		{"100", 100, "100", true},
		{"100B", 100, "100", true},
		{"1KiB", 1024, "1KiB", true},
		{"2k", 2048, "2KiB", true},
		{"64MB", 64 << 20, "64MiB", true},
		{"64 MiB", 64 << 20, "64MiB", true},
		{"1536KiB", 1536 << 10, "1536KiB", true},
		{"3G", 3 << 30, "3GiB", true},
		{"0", 0, "", false},
		{"-5MB", 0, "", false},
		{"1.5MB", 0, "", false},
		{"lots", 0, "", false},
		{"MB", 0, "", false},
		{"99999999999GiB", 0, "", false},
	}
	for _, tt := range tests {
		var b byteSize
		err := b.Set(tt.in)
		if (err == nil) != tt.ok {
			t.Errorf("Set(%q) error %v, want ok=%v", tt.in, err, tt.ok)
			continue
		}
		if tt.ok && (int64(b) != tt.want || b.String() != tt.str) {
			t.Errorf("Set(%q) = %d %q, want %d %q", tt.in, int64(b), b.String(), tt.want, tt.str)
		}
	}
}

// TestMaxBytesReachesReader runs kg extract with a limit that one input
// passes and one does not.
func TestMaxBytesReachesReader(t *testing.T) {
	dir := t.TempDir()
	small := filepath.Join(dir, "small.txt")
	big := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(small, []byte("Ada Lovelace wrote the first program."), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(big, []byte(strings.Repeat("Charles Babbage built engines. ", 100)), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args    []string
		code    int
		stderr  string
		outputs int
	}{
		{[]string{"extract", "--max-bytes", "1KiB", small, big}, exitError, "big.txt: too large: 3.0 KiB, over the 1.0 KiB limit", 1},
		{[]string{"extract", "--max-bytes", "4k", small, big}, exitOK, "", 2},
		{[]string{"extract", small, big}, exitOK, "", 2},
		{[]string{"extract", "--max-bytes", "0", small}, exitUsage, "--max-bytes", 0},
		{[]string{"ingest", "--max-bytes", "lots", small}, exitUsage, "--max-bytes", 0},
	}
	for _, tt := range tests {
		var out, errb bytes.Buffer
		code := run(context.Background(), tt.args, streams{In: strings.NewReader(""), Out: &out, Err: &errb})
		if code != tt.code || !strings.Contains(errb.String(), tt.stderr) || strings.Count(out.String(), "\n") != tt.outputs {
			t.Errorf("kg %v: exit %d, %d outputs, stderr %q; want exit %d, %d outputs, stderr with %q",
				tt.args[:len(tt.args)-1], code, strings.Count(out.String(), "\n"), errb.String(), tt.code, tt.outputs, tt.stderr)
		}
	}
}
