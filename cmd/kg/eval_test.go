package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/spf13/cobra"

	"github.com/newsgraph/kg/eval"
	"github.com/newsgraph/kg/extract"
)

func TestEvalFlags(t *testing.T) {
	tests := []struct {
		args    []string
		want    evalOptions
		wantErr string
	}{
		{args: []string{"--gold", "d"}, want: evalOptions{Gold: "d", Output: "text"}},
		{args: []string{"--gold", "d", "-o", "json", "--verbose", "--lexicon", "l.tsv"},
			want: evalOptions{Gold: "d", Output: "json", Verbose: true, Lexicons: []string{"l.tsv"}}},
		{args: []string{"--gold", "d", "--by-rule"}, want: evalOptions{Gold: "d", Output: "text", ByRule: 20}},
		{args: []string{"--gold", "d", "--by-rule=5"}, want: evalOptions{Gold: "d", Output: "text", ByRule: 5}},
		{args: nil, wantErr: "--gold DIR is required"},
		{args: []string{"--gold", "d", "-o", "yaml"}, wantErr: "want text or json"},
		{args: []string{"--gold", "d", "extra"}, wantErr: "unknown command"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			got := parsedOptions(t, func(runF func(context.Context, *evalOptions) error) *cobra.Command {
				return newEvalCmdF(streams{}, runF)
			}, tt.args, tt.wantErr)
			if got == nil {
				return
			}
			if got.Gold != tt.want.Gold || got.Output != tt.want.Output || got.Verbose != tt.want.Verbose || got.ByRule != tt.want.ByRule || strings.Join(got.Lexicons, ",") != strings.Join(tt.want.Lexicons, ",") {
				t.Errorf("options = %+v, want %+v", *got, tt.want)
			}
		})
	}
}

func TestWriteEvalText(t *testing.T) {
	rep := eval.NewReport()
	rep.Add(eval.Case{Name: "art", Text: "Meta发布了Llama 2。OpenAI也在。", Gold: eval.Gold{
		Entities: []eval.GoldEntity{{Name: "Meta", Type: extract.Organization}, {Name: "Llama 2", Type: extract.Model}},
	}}, extract.Result{Entities: []extract.Entity{
		{Name: "Meta", Type: extract.Organization, Rules: []string{"r.lexicon"}},
		{Name: "OpenAI", Type: extract.Organization, Rules: []string{"r.lexicon", "r.guess"}},
	}})
	var b bytes.Buffer
	if err := writeEvalText(&b, "dir", rep, 20); err != nil {
		t.Fatal(err)
	}
	got := b.String()
	for _, want := range []string{
		"kg eval: 1 article(s) in dir\n",
		"entities          0.500  0.500  0.500     1     1     1\n",
		"  Organization    0.500  1.000  0.667     1     1     0\n",
		"  Model           0.000  0.000  0.000     0     0     1\n",
		"  WORKS_AT        1.000  1.000  1.000     0     0     0\n",
		"\n== art\n",
		"false entity Organization: OpenAI  [r.lexicon, r.guess]\n      | OpenAI也在。\n",
		"rules by false hits (2 of 2 that fired)\n",
		"r.guess       0     1  0.000        1\n",
		"r.lexicon     1     1  0.500        1\n",
		"miss  entity Model: Llama 2\n      | Meta发布了Llama 2。\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
}
