package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/kg/graph"
	"github.com/newsgraph/kg/graph/graphtest"
	"github.com/newsgraph/kg/ingest"
)

func TestIngestFlags(t *testing.T) {
	tests := []struct {
		args    []string
		code    int
		check   func(*ingestOptions) bool
		errPart string
	}{
		{[]string{"ingest", "a", "b"}, exitOK, func(o *ingestOptions) bool {
			return len(o.Paths) == 2 && o.Batch == ingest.DefaultBatch && o.Workers >= 1 && o.shard == ingest.Shard{} && o.MaxBytes == 0
		}, ""},
		{[]string{"ingest", "a", "--max-bytes", "1MiB"}, exitOK, func(o *ingestOptions) bool { return o.MaxBytes == 1<<20 }, ""},
		{[]string{"ingest", "a", "--max-bytes", "-1"}, exitUsage, nil, "--max-bytes"},
		{[]string{"ingest", "a", "--shard", "1/3", "--batch", "50", "--workers", "2", "--published", "2024-02-03", "-q", "--force"}, exitOK, func(o *ingestOptions) bool {
			return o.shard == ingest.Shard{I: 1, N: 3} && o.Batch == 50 && o.Workers == 2 && o.Published == "2024-02-03" && o.Quiet && o.Force
		}, ""},
		{[]string{"ingest"}, exitUsage, nil, "requires at least 1 arg"},
		{[]string{"ingest", "a", "--shard", "3/3"}, exitUsage, nil, "shard"},
		{[]string{"ingest", "a", "--batch", "0"}, exitUsage, nil, "--batch 0"},
		{[]string{"ingest", "a", "--workers", "0"}, exitUsage, nil, "--workers 0"},
		{[]string{"ingest", "a", "--published", "soon"}, exitUsage, nil, "--published"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			var got *ingestOptions
			code, stderr := runIngestFlags(t, tt.args, func(o *ingestOptions) { got = o })
			if code != tt.code || !strings.Contains(stderr, tt.errPart) {
				t.Fatalf("exit %d, stderr %q; want %d with %q", code, stderr, tt.code, tt.errPart)
			}
			if tt.check != nil && (got == nil || !tt.check(got)) {
				t.Errorf("options %+v", got)
			}
		})
	}
}

// runIngestFlags runs kg with the ingest command's runF replaced by record.
func runIngestFlags(t *testing.T, args []string, record func(*ingestOptions)) (int, string) {
	t.Helper()
	var out, errb bytes.Buffer
	io := streams{In: strings.NewReader(""), Out: &out, Err: &errb}
	root := newRootCmd(context.Background(), io)
	for _, c := range root.Commands() {
		if c.Name() == "ingest" {
			root.RemoveCommand(c)
		}
	}
	conn := &connFlags{}
	root.AddCommand(newIngestCmdF(conn, io, func(_ context.Context, o *ingestOptions) error {
		record(o)
		return nil
	}))
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return exitOK, errb.String()
	}
	var ue usageError
	if strings.Contains(err.Error(), "requires at least") || errors.As(err, &ue) {
		return exitUsage, err.Error()
	}
	return exitError, err.Error()
}

func TestOtherCommandFlags(t *testing.T) {
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"remove"}, exitUsage, "exactly one of --article ID and --url URL"},
		{[]string{"remove", "--article", "a", "--url", "u"}, exitUsage, "exactly one"},
		{[]string{"stats", "-o", "xml"}, exitUsage, "want text or json"},
		{[]string{"schema", "apply", "extra"}, exitUsage, "unknown command"},
	}
	for _, tt := range tests {
		var out, errb bytes.Buffer
		code := run(context.Background(), tt.args, streams{In: strings.NewReader(""), Out: &out, Err: &errb})
		if code != tt.code || !strings.Contains(errb.String(), tt.want) {
			t.Errorf("kg %v: exit %d, stderr %q; want %d with %q", tt.args, code, errb.String(), tt.code, tt.want)
		}
	}
}

func TestPrintStats(t *testing.T) {
	s := graph.Stats{Nodes: map[string]int64{"Person": 15, "Article": 2}, Relationships: map[string]int64{"SAID": 41}}
	var b bytes.Buffer
	if err := printStats(&statsOptions{IO: streams{Out: &b}, Output: "json"}, s); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"nodes": {`, `"Person": 15`, `"relationships": {`, `"SAID": 41`} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("json %s lacks %s", b.String(), want)
		}
	}
	b.Reset()
	if err := printStats(&statsOptions{IO: streams{Out: &b}, Output: "text"}, s); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "  Person                15\n") || !strings.Contains(b.String(), "  WORKS_AT               0\n") {
		t.Errorf("text:\n%s", b.String())
	}
}

func TestPrintIngestSummary(t *testing.T) {
	sum := ingest.Summary{Read: 5, Failed: 1, Skipped: 2, Summary: graph.Summary{New: 3, Unchanged: 1, Replaced: 1, NodesCreated: 9, RelationshipsCreated: 20}}
	forced := ingest.Summary{Read: 4000, Summary: graph.Summary{Reextracted: 4000, NodesCreated: 3, RelationshipsCreated: 8, NodesDeleted: 3, RelationshipsDeleted: 8}}
	tests := []struct {
		name           string
		sum            ingest.Summary
		force, verbose bool
		took           time.Duration
		want           string
	}{
		{"plain", sum, false, false, 2345 * time.Millisecond,
			"articles: 5 read, 3 new, 1 unchanged, 1 replaced, 1 failed, 2 left to other shards in 2.3s (2.1 articles/s)\ngraph: 9 nodes and 20 relationships created\n"},
		{"force", forced, true, false, 192*time.Second + 400*time.Millisecond,
			"articles: 4000 read, 0 new, 0 unchanged, 0 replaced, 4000 re-extracted, 0 failed in 3m12s (21 articles/s)\ngraph: 3 nodes and 8 relationships created, 3 nodes and 8 relationships deleted\n"},
		{"nothing, fast", ingest.Summary{}, false, false, 1234567 * time.Nanosecond,
			"articles: 0 read, 0 new, 0 unchanged, 0 replaced, 0 failed in 1ms (0.0 articles/s)\ngraph: 0 nodes and 0 relationships created\n"},
		{"undated, counted", ingest.Summary{Read: 2, Undated: []string{"a.txt", "f.jsonl:3"}}, false, false, time.Second,
			"articles: 2 read, 0 new, 0 unchanged, 0 replaced, 0 failed in 1s (2.0 articles/s)\ngraph: 0 nodes and 0 relationships created\n" +
				"2 article(s) without a date: relative dates in them were not resolved (-v names them; --published sets one)\n"},
		{"undated, named", ingest.Summary{Read: 2, Undated: []string{"a.txt", "f.jsonl:3"}}, false, true, time.Second,
			"articles: 2 read, 0 new, 0 unchanged, 0 replaced, 0 failed in 1s (2.0 articles/s)\ngraph: 0 nodes and 0 relationships created\n" +
				"2 article(s) without a date: relative dates in them were not resolved\n  a.txt\n  f.jsonl:3\n"},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		printIngestSummary(&b, tt.sum, tt.force, tt.verbose, tt.took)
		if b.String() != tt.want {
			t.Errorf("%s: summary\n%q\nwant\n%q", tt.name, b.String(), tt.want)
		}
	}
}

func TestEstimateArticles(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{"a.txt": "x", "sub/b.md": "y", "c.jsonl": "{}\n{}\n{}\n"}
	for name, body := range files {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if got := estimateArticles([]string{dir, "-"}); got != 6 {
		t.Errorf("estimate = %d, want 6 (1 + 1 + 3 lines + stdin)", got)
	}
}

// TestInterruptedExitsOne: a cancelled context (Ctrl-C) is exit 1 with
// "kg: interrupted", not exit 3, though what stopped was a database call.
func TestInterruptedExitsOne(t *testing.T) {
	in := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(in, []byte("Ada Lovelace wrote the first program."), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, args := range [][]string{{"ingest", in}, {"remove", "--url", "https://x"}, {"stats"}} {
		var out, errb bytes.Buffer
		code := run(ctx, append(args, "--uri", "bolt://127.0.0.1:1"), streams{In: strings.NewReader(""), Out: &out, Err: &errb})
		if code != exitError || errb.String() != "kg: interrupted\n" {
			t.Errorf("kg %v: exit %d, stderr %q; want exit 1 and kg: interrupted", args, code, errb.String())
		}
	}
}

// TestIngestInterruptedBySignal builds kg, starts an ingest against the
// test Neo4j and sends it SIGINT once the first batch is in: it must stop
// with exit 1, print its summary and "kg: interrupted", and leave whole
// batches. It empties the database.
func TestIngestInterruptedBySignal(t *testing.T) {
	st := graphtest.Open(t)
	t.Cleanup(func() {
		graphtest.Exec(t, st, "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS", nil)
	})
	dir := t.TempDir()
	bin := filepath.Join(dir, "kg")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	const n, batch = 20000, 100
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, `{"title": "t%d", "text": "Ada Lovelace%d of Analytical Engines Ltd said the Difference Engine %d was ready."}`+"\n", i, i, i)
	}
	in := filepath.Join(dir, "in.jsonl")
	if err := os.WriteFile(in, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	cmd := exec.Command(bin, "ingest", "--batch", fmt.Sprint(batch), in)
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	articles := func() int64 {
		v, _ := graphtest.Exec(t, st, "MATCH (a:Article) RETURN count(a) AS n", nil)[0].Get("n")
		return v.(int64)
	}
	deadline := time.Now().Add(2 * time.Minute)
	for articles() == 0 {
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatalf("no article written after 2 minutes; stderr %s", errb.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	select {
	case <-done:
	case <-time.After(time.Minute):
		cmd.Process.Kill()
		t.Fatal("kg still running a minute after SIGINT")
	}
	if code := cmd.ProcessState.ExitCode(); code != exitError {
		t.Errorf("exit %d, want 1", code)
	}
	if !strings.HasSuffix(errb.String(), "kg: interrupted\n") || strings.Count(errb.String(), "\n") != 1 {
		t.Errorf("stderr %q, want only kg: interrupted", errb.String())
	}
	if !strings.HasPrefix(out.String(), "articles: ") {
		t.Errorf("no summary on stdout: %q", out.String())
	}
	got := articles()
	t.Logf("interrupted with %d articles in: %s", got, strings.TrimSpace(out.String()))
	if got%batch != 0 || got >= n {
		t.Errorf("%d articles in the graph: want whole batches of %d, fewer than %d", got, batch, n)
	}
	// The batch in flight had its grace to commit: the summary counts it.
	var read, added int
	if _, err := fmt.Sscanf(out.String(), "articles: %d read, %d new", &read, &added); err != nil || int64(added) != got {
		t.Errorf("summary says %d new (%v), the graph holds %d", added, err, got)
	}
}
