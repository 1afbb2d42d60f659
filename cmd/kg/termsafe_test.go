package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/newsgraph/kg/graph"
)

func TestTermSafe(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"plain 文本 and emoji 🙂", "plain 文本 and emoji 🙂"},
		{"two\nlines\tand a tab", "two\nlines\tand a tab"},
		{"\x1b[31mred\x1b[0m", `\x1b[31mred\x1b[0m`},
		{"\x1b]0;owned\x07title", `\x1b]0;owned\x07title`},
		{"c1 \u009b2J and del \x7f", `c1 \u009b2J and del \x7f`},
		{"cr\roverwrite", `cr\x0doverwrite`},
	} {
		if got := termSafe(c.in); got != c.want {
			t.Errorf("termSafe(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestTableEscapesControls: a table shows control characters from the
// graph escaped; JSON and CSV keep them as they are.
func TestTableEscapesControls(t *testing.T) {
	rows := &graph.Rows{Columns: []string{"name"}, Records: [][]any{{"Evil\x1b]0;pwned\x07Corp"}}}
	var table, js bytes.Buffer
	if err := writeRows(&table, rows, "table", tableLayout{}); err != nil {
		t.Fatal(err)
	}
	if strings.ContainsRune(table.String(), 0x1b) || !strings.Contains(table.String(), `Evil\x1b]0;pwned\x07Corp`) {
		t.Errorf("table: %q", table.String())
	}
	if err := writeRows(&js, rows, "json", tableLayout{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(js.String(), `\u001b]0;pwned\u0007Corp`) {
		t.Errorf("json: %q", js.String())
	}
}
