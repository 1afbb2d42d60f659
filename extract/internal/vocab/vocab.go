// Package vocab holds extract's word lists as data: speech cues, titles,
// organization heads, appointment verbs, anaphors, event triggers and the
// like, one embedded file per list. A list is plain text, one entry per
// line; blank lines and lines starting with # are skipped, and an entry may
// end in a comment introduced by " #". Chinese entries are written once, in
// simplified characters: extract derives the traditional forms, so the two
// never drift apart.
//
// File names read LANG-NAME.txt, where LANG is the script the entries are
// written in (zh, en) or "any".
package vocab

import (
	"embed"
	"fmt"
	"sort"
	"strings"
)

//go:embed *.txt
var files embed.FS

// Words returns the entries of list name (the file name without .txt), in
// file order. The lists are compiled into the binary, so a missing list is
// a programming error: Words panics, and every list a package variable
// reads is read when the package loads, so any test run catches it.
func Words(name string) []string {
	b, err := files.ReadFile(name + ".txt")
	if err != nil {
		panic(fmt.Sprintf("vocab: no list %q", name))
	}
	var out []string
	for _, line := range strings.Split(string(b), "\n") {
		if i := strings.Index(line, " #"); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, line)
	}
	return out
}

// Names lists every list, sorted.
func Names() []string {
	entries, _ := files.ReadDir(".")
	var out []string
	for _, e := range entries {
		out = append(out, strings.TrimSuffix(e.Name(), ".txt"))
	}
	sort.Strings(out)
	return out
}
