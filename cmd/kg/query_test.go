package main

import (
	"archive/zip"
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/mattn/go-runewidth"

	"github.com/newsgraph/kg/graph"
	"github.com/newsgraph/kg/queries"
)

// TestTableAlignsWideText checks that every column starts at the same
// display column on every line, with Chinese (two columns a character),
// emoji and over-long cells.
func TestTableAlignsWideText(t *testing.T) {
	rows := &graph.Rows{
		Columns: []string{"speaker", "quote", "_graph", "n"},
		Records: [][]any{
			{"杨立昆", "开源模型会让人工智能更安全", nil, int64(1)},
			{"Arthur Mensch", "open models\nwill catch up", nil, int64(22)},
			{"🚀 Rocket", strings.Repeat("长", 50), nil, int64(333)},
			{nil, []any{"a", "b"}, nil, nil},
		},
	}
	var b bytes.Buffer
	if err := writeRows(&b, rows, "table", tableLayout{}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != 2+len(rows.Records)+1 || lines[len(lines)-1] != "(4 rows)" {
		t.Fatalf("table:\n%s", b.String())
	}
	if strings.Contains(b.String(), "_graph") {
		t.Error("_ columns must not print")
	}
	// Where each column starts on the header line, in display columns.
	starts := func(line string) []int {
		var out []int
		col, prevSpace := 0, 2
		for _, r := range line {
			if r != ' ' && prevSpace >= 2 {
				out = append(out, col)
			}
			if r == ' ' {
				prevSpace++
			} else {
				prevSpace = 0
			}
			col += runewidth.RuneWidth(r)
		}
		return out
	}
	want := starts(lines[0])
	for _, l := range lines[2 : len(lines)-1] {
		got := starts(l)
		if l == lines[len(lines)-2] { // nil speaker and n: only the quote
			if len(got) != 1 || got[0] != want[1] {
				t.Errorf("misaligned: %v, header %v:\n%s", got, want, b.String())
			}
			continue
		}
		if len(got) != len(want) || got[1] != want[1] || got[2] != want[2] {
			t.Errorf("misaligned: %v, header %v:\n%s", got, want, b.String())
		}
	}
	for _, l := range lines {
		if strings.HasSuffix(l, " ") {
			t.Errorf("trailing blanks: %q", l)
		}
	}
	if !strings.Contains(b.String(), "open models will catch up") || !strings.Contains(b.String(), "a; b") {
		t.Errorf("cells not flattened:\n%s", b.String())
	}
	if runewidth.StringWidth(strings.Fields(lines[4])[2]) > maxCell {
		t.Errorf("long cell not truncated: %s", lines[4])
	}
}

func TestJSONAndCSVOutput(t *testing.T) {
	rows := &graph.Rows{Columns: []string{"b", "a", "_graph"}, Records: [][]any{{"杨立昆 <x>", []any{int64(1), "y"}, nil}}}
	var b bytes.Buffer
	if err := writeRows(&b, rows, "json", tableLayout{}); err != nil {
		t.Fatal(err)
	}
	if want := "[\n  {\"b\": \"杨立昆 <x>\", \"a\": [1,\"y\"]}\n]\n"; b.String() != want {
		t.Errorf("json:\n%q\nwant\n%q", b.String(), want)
	}
	b.Reset()
	if err := writeRows(&b, &graph.Rows{Columns: []string{"x"}}, "json", tableLayout{}); err != nil || b.String() != "[]\n" {
		t.Errorf("empty json = %q, %v", b.String(), err)
	}
	b.Reset()
	if err := writeRows(&b, rows, "csv", tableLayout{}); err != nil {
		t.Fatal(err)
	}
	if want := "b,a\n杨立昆 <x>,1; y\n"; b.String() != want {
		t.Errorf("csv = %q, want %q", b.String(), want)
	}
}

func TestParamErrorsExitTwo(t *testing.T) {
	for _, args := range [][]string{
		{"query", "run", "who-said"},
		{"query", "run", "who-said", "--param", "about=x", "--param", "bogus=1"},
		{"query", "run", "co-mentions", "--param", "entity=x", "--param", "limit=ten"},
		{"query", "run", "nope"},
		{"query", "show", "nope"},
		{"cypher", "RETURN $x", "--param", "x:int=abc"},
		{"export", "--format", "pdf"},
		{"export", "--depth", "-1"},
	} {
		var out, errb bytes.Buffer
		code := run(context.Background(), append(args, "--uri", "bolt://127.0.0.1:1"), streams{In: strings.NewReader(""), Out: &out, Err: &errb})
		if code != exitUsage || strings.Count(errb.String(), "\n") != 1 {
			t.Errorf("%v: exit %d, stderr %q; want exit 2 and one line", args, code, errb.String())
		}
	}
}

func TestBindParamsInfers(t *testing.T) {
	got, err := bindParams(queries.Query{}, []string{"n=5", "b=false", "s=Meta", "z=null", "t:string=5", "d:date=2024-05", "eq=a=b"})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]any{"n": int64(5), "b": false, "s": "Meta", "z": nil, "t": "5", "d": "2024-05", "eq": "a=b"}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %#v, want %#v", k, got[k], v)
		}
	}
	if _, err := bindParams(queries.Query{}, []string{"x=1", "x=2"}); err == nil {
		t.Error("a parameter given twice must fail")
	}
}

func TestBrowserZip(t *testing.T) {
	qs, err := queries.List()
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := browserZip(&b, qs); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(b.Bytes()), int64(b.Len()))
	if err != nil {
		t.Fatal(err)
	}
	if len(zr.File) != len(qs) {
		t.Fatalf("%d files, want %d", len(zr.File), len(qs))
	}
	for i, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		var body bytes.Buffer
		body.ReadFrom(rc)
		rc.Close()
		first, rest, _ := strings.Cut(body.String(), "\n")
		if f.Name != "kg/"+qs[i].Name+".cypher" || first != "// kg "+qs[i].Name+" — "+qs[i].Description || rest != qs[i].Text {
			t.Errorf("%s: first line %q", f.Name, first)
		}
	}
}
