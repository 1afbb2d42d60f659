package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestExtractInterruptedBySignalPromptly builds kg, starts kg extract on an
// article that takes minutes to extract (a list of names with no sentence
// stop), with no time budget, and sends it SIGINT: it must exit 1 with
// "kg: interrupted" within about a second, not when the article is done.
func TestExtractInterruptedBySignalPromptly(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "kg")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	unit := "GPT-4, Llama 3, Claude 3, Gemini, Mistral 7B, Qwen2, OpenAI, Google, Meta, "
	in := filepath.Join(dir, "list.txt")
	if err := os.WriteFile(in, []byte(strings.Repeat(unit, (16<<20)/len(unit))), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	cmd := exec.Command(bin, "extract", "--article-timeout", "0", in)
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	time.Sleep(2 * time.Second) // read the file, load the lexicon, start extracting
	select {
	case err := <-done:
		t.Fatalf("kg extract ended before the signal: %v; stderr %s", err, errb.String())
	default:
	}
	sent := time.Now()
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		cmd.Process.Kill()
		t.Fatal("kg extract still running 30 s after SIGINT")
	}
	took := time.Since(sent)
	t.Logf("exited %s after SIGINT", took.Round(time.Millisecond))
	if took > 3*time.Second {
		t.Errorf("exited %s after SIGINT, want about a second at most", took)
	}
	if code := cmd.ProcessState.ExitCode(); code != exitError {
		t.Errorf("exit %d, want 1", code)
	}
	if errb.String() != "kg: interrupted\n" {
		t.Errorf("stderr %q, want only kg: interrupted", errb.String())
	}
}
