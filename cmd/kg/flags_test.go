package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// parsedOptions runs the command build makes, with its run function
// replaced, on args, and returns the options the command would have run
// with. With wantErr it expects the command to refuse args with an error
// holding wantErr, and returns nil.
func parsedOptions[O any](t *testing.T, build func(runF func(context.Context, *O) error) *cobra.Command, args []string, wantErr string) *O {
	t.Helper()
	var got *O
	cmd := build(func(_ context.Context, o *O) error { got = o; return nil })
	cmd.SetArgs(args)
	cmd.SetOut(&bytes.Buffer{})
	cmd.SetErr(&bytes.Buffer{})
	err := cmd.Execute()
	if wantErr != "" {
		if err == nil || !strings.Contains(err.Error(), wantErr) {
			t.Fatalf("err = %v, want %q", err, wantErr)
		}
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	return got
}
