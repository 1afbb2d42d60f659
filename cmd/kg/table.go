package main

import (
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/mattn/go-runewidth"
	"golang.org/x/term"
)

// tableLayout says how a table meets the screen. The zero value prints as
// kg always has: every cell but the last capped at maxCell columns, the
// table as wide as it comes out; that is what pipes and files get.
type tableLayout struct {
	Width int  // the terminal's columns; 0 when the output is no terminal
	Wide  bool // keep whole values: no cap, no fitting to Width
	Cut   bool // fit Width by cutting cells with … rather than wrapping them
}

// minColumn is the narrowest a column is squeezed to when fitting a table
// to the terminal: narrower, a wrapped cell is unreadable.
const minColumn = 8

// tableFlags adds --wide and --cut to a command that prints tables.
type tableFlags struct{ wide, cut bool }

func (f *tableFlags) add(c interface {
	BoolVar(p *bool, name string, value bool, usage string)
}) {
	c.BoolVar(&f.wide, "wide", false, "table: keep whole values, however wide the terminal")
	c.BoolVar(&f.cut, "cut", false, "table: fit the terminal by cutting long values with … instead of wrapping them")
}

// layout is the layout for tables written to w.
func (f tableFlags) layout(w io.Writer) tableLayout {
	return tableLayout{Width: terminalWidth(w), Wide: f.wide, Cut: f.cut}
}

// terminalWidth is the width of the terminal w writes to, 0 when w is not
// a terminal. $COLUMNS, when set, wins: it is how a user or a test asks for
// a width.
func terminalWidth(w io.Writer) int {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return 0
	}
	if n, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && n > 0 {
		return n
	}
	if n, _, err := term.GetSize(int(f.Fd())); err == nil && n > 0 {
		return n
	}
	return 0
}

// fitWidths narrows the widest columns, one display column at a time, until
// the table with two-space gaps fits width or every column is at
// minColumn. Columns narrower than minColumn are left alone.
func fitWidths(widths []int, width int) []int {
	out := append([]int(nil), widths...)
	total := 2 * (len(out) - 1)
	for _, w := range out {
		total += w
	}
	for total > width {
		widest := -1
		for j, w := range out {
			if w > minColumn && (widest < 0 || w > out[widest]) {
				widest = j
			}
		}
		if widest < 0 {
			break
		}
		out[widest]--
		total--
	}
	return out
}

// wrapCell breaks s into lines of at most width display columns, at a
// space where there is one in the second half of the line, else between
// characters (Chinese has no spaces to break at).
func wrapCell(s string, width int) []string {
	if width < 1 || runewidth.StringWidth(s) <= width {
		return []string{s}
	}
	var lines []string
	for runewidth.StringWidth(s) > width {
		cut, w, lastSpace := 0, 0, -1
		for i, r := range s {
			rw := runewidth.RuneWidth(r)
			if w+rw > width {
				break
			}
			w += rw
			cut = i + len(string(r))
			if r == ' ' && w > width/2 {
				lastSpace = i
			}
		}
		if cut == 0 { // a character wider than the column
			_, size := firstRune(s)
			cut = size
		}
		line, rest := s[:cut], s[cut:]
		if lastSpace > 0 && !strings.HasPrefix(rest, " ") {
			line, rest = s[:lastSpace], s[lastSpace:]
		}
		lines = append(lines, strings.TrimRight(line, " "))
		s = strings.TrimLeft(rest, " ")
	}
	if s != "" {
		lines = append(lines, s)
	}
	return lines
}

func firstRune(s string) (rune, int) {
	for _, r := range s {
		return r, len(string(r))
	}
	return 0, 0
}
