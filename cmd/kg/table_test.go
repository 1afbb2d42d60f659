package main

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/mattn/go-runewidth"

	"github.com/newsgraph/kg/graph"
)

func TestFitWidths(t *testing.T) {
	tests := []struct {
		name   string
		widths []int
		width  int
		want   []int
	}{
		{"fits already", []int{10, 20}, 40, []int{10, 20}},
		{"widest narrowed first", []int{10, 60}, 40, []int{10, 28}},
		{"both narrowed to even", []int{30, 30}, 40, []int{19, 19}},
		{"never under minColumn", []int{5, 30, 30}, 10, []int{5, 8, 8}},
	}
	for _, tt := range tests {
		if got := fitWidths(tt.widths, tt.width); !slices.Equal(got, tt.want) {
			t.Errorf("%s: fitWidths(%v, %d) = %v, want %v", tt.name, tt.widths, tt.width, got, tt.want)
		}
	}
}

func TestWrapCell(t *testing.T) {
	tests := []struct {
		in    string
		width int
		want  []string
	}{
		{"short", 10, []string{"short"}},
		{"open models will catch up", 12, []string{"open models", "will catch", "up"}},
		{"开源模型会让人工智能更安全", 10, []string{"开源模型会", "让人工智能", "更安全"}}, // two columns a character
		{"abcdefghij", 4, []string{"abcd", "efgh", "ij"}},        // no space: hard breaks
	}
	for _, tt := range tests {
		if got := wrapCell(tt.in, tt.width); !slices.Equal(got, tt.want) {
			t.Errorf("wrapCell(%q, %d) = %q, want %q", tt.in, tt.width, got, tt.want)
		}
	}
}

func TestWriteTableFitsTheTerminal(t *testing.T) {
	long := strings.Repeat("开源模型会让人工智能更安全，", 8)
	rows := &graph.Rows{Columns: []string{"speaker", "quote", "title"}, Records: [][]any{
		{"杨立昆", long, "A headline of some length for the article"},
		{"Arthur Mensch", "open models will catch up with the closed ones", "Short"},
	}}
	render := func(lay tableLayout) []string {
		var b bytes.Buffer
		if err := writeTable(&b, rows, []int{0, 1, 2}, lay); err != nil {
			t.Fatal(err)
		}
		return strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	}
	wrapped := render(tableLayout{Width: 60})
	for _, l := range wrapped {
		if w := runewidth.StringWidth(l); w > 60 {
			t.Errorf("line of %d columns on a 60-column terminal: %q", w, l)
		}
	}
	if all := strings.Join(wrapped, ""); !strings.Contains(strings.ReplaceAll(all, " ", ""), "更安全，开源模型") {
		t.Error("wrapped cells lost text")
	}
	cut := render(tableLayout{Width: 60, Cut: true})
	if len(cut) != 5 || !strings.Contains(cut[2], "…") {
		t.Errorf("cut table: want header, rule, one line a row and the count:\n%s", strings.Join(cut, "\n"))
	}
	wide := render(tableLayout{Width: 60, Wide: true})
	if !strings.Contains(strings.Join(wide, "\n"), long) {
		t.Error("--wide must keep the whole quote")
	}
	piped := render(tableLayout{})
	if len(piped) != 5 || strings.Contains(strings.Join(piped, "\n"), long) {
		t.Errorf("piped output: one line a row, cells capped at %d columns:\n%s", maxCell, strings.Join(piped, "\n"))
	}
}
