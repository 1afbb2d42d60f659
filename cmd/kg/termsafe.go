package main

import (
	"fmt"
	"strings"
)

// termSafe escapes the control characters of s that a terminal would act
// on (ESC and OSC sequences that retitle the window, move the cursor or
// hide text; C1 controls; DEL) as \xNN or \uNNNN, keeping newlines and
// tabs. Article text reaches tables, -o text and error lines on stderr
// through it; JSON and CSV output carry the text unchanged.
func termSafe(s string) string {
	if !strings.ContainsFunc(s, isTermControl) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case !isTermControl(r):
			b.WriteRune(r)
		case r < 0x80:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
	}
	return b.String()
}

// isTermControl reports the characters termSafe escapes.
func isTermControl(r rune) bool {
	return (r < 0x20 && r != '\n' && r != '\t') || r == 0x7f || (r >= 0x80 && r <= 0x9f)
}
