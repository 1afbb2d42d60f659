package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/spf13/cobra"

	"github.com/newsgraph/kg/extract"
	"github.com/newsgraph/kg/ingest"
	"github.com/newsgraph/kg/source"
)

func TestExtractFlags(t *testing.T) {
	tests := []struct {
		args    []string
		want    extractOptions
		wantErr string
	}{
		{args: []string{"a.txt"}, want: extractOptions{Paths: []string{"a.txt"}, Output: "jsonl", Workers: runtime.NumCPU(), Timeout: ingest.DefaultArticleTimeout}},
		{args: []string{"--article-timeout", "0", "a.txt"}, want: extractOptions{Paths: []string{"a.txt"}, Output: "jsonl", Workers: runtime.NumCPU()}},
		{
			args: []string{"-o", "text", "--published", "2024-05-14", "--workers", "3", "--lexicon", "x.tsv", "--lexicon", "y.tsv", "a", "b"},
			want: extractOptions{Paths: []string{"a", "b"}, Output: "text", Published: "2024-05-14", Workers: 3, Lexicons: []string{"x.tsv", "y.tsv"}, Timeout: ingest.DefaultArticleTimeout},
		},
		{args: []string{"-o", "csv", "a"}, wantErr: "want jsonl or text"},
		{args: []string{"--published", "next week", "a"}, wantErr: "want YYYY-MM-DD"},
		{args: []string{"--published", "2024-13-01", "a"}, wantErr: "want YYYY-MM-DD"},
		{args: []string{"--workers", "0", "a"}, wantErr: "at least 1"},
		{args: nil, wantErr: "requires at least 1 arg"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			got := parsedOptions(t, func(runF func(context.Context, *extractOptions) error) *cobra.Command {
				return newExtractCmdF(streams{}, runF)
			}, tt.args, tt.wantErr)
			if got == nil {
				return
			}
			got.IO = streams{}
			if fmt.Sprint(*got) != fmt.Sprint(tt.want) {
				t.Errorf("options = %+v, want %+v", *got, tt.want)
			}
		})
	}
}

// TestRunExtractKeepsOrder feeds many articles through the worker pool with
// a stand-in reader and checks output order and the failure count.
func TestRunExtractKeepsOrder(t *testing.T) {
	saved := readArticles
	t.Cleanup(func() { readArticles = saved })
	const n = 40
	readArticles = func(ctx context.Context, paths []string, opt source.Options, fn func(source.Article) error, onErr func(*source.InputError)) error {
		for i := range n {
			if i == 7 {
				onErr(&source.InputError{Path: "bad.txt", Err: fmt.Errorf("unreadable")})
				continue
			}
			a := source.Article{Path: fmt.Sprintf("a%02d.txt", i), ID: fmt.Sprint(i), Lang: "en", Published: opt.Published,
				Text: strings.Repeat("Meta released Llama 3. ", i%5+1)}
			if err := fn(a); err != nil {
				return err
			}
		}
		return nil
	}
	var out, errb bytes.Buffer
	err := runExtract(context.Background(), &extractOptions{IO: streams{Out: &out, Err: &errb}, Paths: []string{"x"}, Output: "jsonl", Workers: 4, Published: "2024-04-18"})
	var pe partialError
	if !errors.As(err, &pe) || pe.failed != 1 {
		t.Fatalf("err = %v, want 1 input failed", err)
	}
	if !strings.Contains(errb.String(), "kg: bad.txt: unreadable") {
		t.Errorf("stderr = %q, want the failing file named", errb.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != n-1 {
		t.Fatalf("%d lines, want %d", len(lines), n-1)
	}
	prev := ""
	for _, l := range lines {
		var a articleJSON
		if err := json.Unmarshal([]byte(l), &a); err != nil {
			t.Fatalf("line %q: %v", l, err)
		}
		if a.Path <= prev {
			t.Errorf("%s after %s: order lost", a.Path, prev)
		}
		if a.Published != "2024-04-18" || a.Entities == nil || a.Relations == nil || a.Quotes == nil || a.Events == nil {
			t.Errorf("%s: incomplete line %s", a.Path, l)
		}
		prev = a.Path
	}
}

func TestWriteArticleText(t *testing.T) {
	a := source.Article{Path: "x.txt", ID: "abc", Title: "T", Published: "2023-07-20", Lang: "zh"}
	r := extract.Result{
		Lang: "zh",
		Entities: []extract.Entity{
			{Name: "Llama 2", Type: extract.Model, Aliases: []string{"Llama 2", "Llama2"}},
			{Name: "Yann LeCun", Type: extract.Person, Aliases: []string{"杨立昆"}},
			{Name: "Meta", Type: extract.Organization},
		},
		Relations: []extract.Relation{{Type: extract.WorksAt, From: "Yann LeCun", To: "Meta", Role: "首席AI科学家", Former: true}},
		Quotes:    []extract.Quote{{Speaker: "Yann LeCun", Cue: "表示", Text: "开放是必然", About: []string{"Llama 2", "Meta"}}},
		Events: []extract.Event{
			{Name: "Llama 2发布", Date: "2023-07-18", Kind: "release", Involves: []string{"Meta"}},
			{Name: "Llama发布", Date: "2023-02", Kind: "release", Involves: []string{"Meta"}},
		},
	}
	var b bytes.Buffer
	if err := writeArticle(&b, "text", false, a, r); err != nil {
		t.Fatal(err)
	}
	want := `== x.txt — T
   id abc · lang zh · published 2023-07-20
Entities: 3
  Person: Yann LeCun (杨立昆)
  Organization: Meta
  Model: Llama 2 (Llama2)
Relations:
  Yann LeCun -[WORKS_AT]-> Meta (首席AI科学家, former)
Who said what:
  Yann LeCun (表示): “开放是必然” — about Llama 2, Meta
Events:
  2023-02  Llama发布 [release] — Meta
  2023-07-18  Llama 2发布 [release] — Meta

`
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}
