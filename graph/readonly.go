package graph

import (
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ErrOutsideGraph refuses, without --write, a statement that reaches past
// the graph: LOAD CSV (files, URLs), administration commands (TERMINATE
// TRANSACTIONS, CREATE USER, DROP DATABASE, GRANT…) and procedures or
// functions that read files or URLs or run other statements. The planner
// cannot be asked about these: it calls LOAD CSV a read, and a read
// transaction does not stop it from reading /etc/passwd.
var ErrOutsideGraph = errors.New("the statement reaches outside the graph")

// RefusedError says which part of a statement read-only mode refused; it
// matches ErrOutsideGraph with errors.Is.
type RefusedError struct{ What string }

func (e *RefusedError) Error() string {
	return e.What + ": read-only mode reads only the graph; run it with --write to allow that"
}

// Is makes errors.Is(err, ErrOutsideGraph) hold.
func (e *RefusedError) Is(target error) bool { return target == ErrOutsideGraph }

// adminVerbs start administration commands whatever follows them.
var adminVerbs = map[string]bool{
	"GRANT": true, "DENY": true, "REVOKE": true, "ALTER": true, "RENAME": true,
	"START": true, "STOP": true, "TERMINATE": true, "ENABLE": true,
	"DEALLOCATE": true, "REALLOCATE": true, "DRYRUN": true,
}

// adminObjects are what CREATE and DROP administer (as against the graph's
// nodes, indexes and constraints, which the planner knows as writes).
var adminObjects = map[string]bool{
	"USER": true, "ROLE": true, "DATABASE": true, "COMPOSITE": true, "ALIAS": true,
	"SERVER": true, "IMMUTABLE": true,
}

// readOnlyDBMS are procedures in Neo4j's DBMS mode that only report on the
// server; the planner calls every DBMS procedure a write, so these are let
// through by name (the read transaction still stops any graph write).
var readOnlyDBMS = map[string]bool{
	"dbms.components": true, "dbms.info": true, "dbms.showcurrentuser": true,
	"dbms.listconfig": true, "dbms.clientconfig": true, "dbms.queryjmx": true,
	"dbms.routing.getroutingtable": true, "dbms.cluster.routing.getroutingtable": true,
	"dbms.upgradestatus": true, "dbms.listpools": true,
}

// outsidePrefixes name procedures and functions (lower case) that read
// files or URLs, write them, or run statements of their own (APOC's
// loaders, importers, exporters and Cypher runners): refused by name,
// called or not, since they are READ mode to the planner.
var outsidePrefixes = []string{
	"apoc.load.", "apoc.import.", "apoc.export.", "apoc.cypher.", "apoc.periodic.",
	"apoc.systemdb.", "apoc.trigger.", "apoc.custom.", "apoc.util.sleep", "apoc.log.",
	"apoc.static.", "apoc.config.", "dbms.setconfigvalue", "db.clearquerycaches",
}

// readOnlyPlan is what the lexical check says about a read-only statement.
type readOnlyPlan int

const (
	planAsk    readOnlyPlan = iota // ask the planner whether it writes
	planRead                       // a SHOW command or a call of a known read-only DBMS procedure: run it
	planRefuse                     // refused outright
)

// checkReadOnly reads a statement's words (not its strings or comments)
// and refuses what reaches outside the graph; what remains is either known
// to read (SHOW …, CALL dbms.components()) or left to the planner.
func checkReadOnly(cypher string) (readOnlyPlan, error) {
	words := cypherWords(cypher)
	for i, w := range words {
		if w == "LOAD" && i+1 < len(words) && words[i+1] == "CSV" {
			return planRefuse, &RefusedError{What: "LOAD CSV reads files and URLs"}
		}
		if w == "TERMINATE" {
			return planRefuse, &RefusedError{What: "TERMINATE administers the server"}
		}
		lw := strings.ToLower(w)
		for _, p := range outsidePrefixes {
			if strings.HasPrefix(lw, p) {
				return planRefuse, &RefusedError{What: w + " reaches outside the graph"}
			}
		}
	}
	// Skip what may open a statement before its first clause.
	i := 0
	for i < len(words) && (words[i] == "EXPLAIN" || words[i] == "PROFILE") {
		i++
	}
	if i+1 < len(words) && words[i] == "USE" {
		i += 2
	}
	if i >= len(words) {
		return planAsk, nil
	}
	first := words[i]
	switch {
	case adminVerbs[first]:
		return planRefuse, &RefusedError{What: first + " administers the server"}
	case first == "CREATE" || first == "DROP":
		for _, w := range words[i+1 : min(i+5, len(words))] {
			if adminObjects[w] {
				return planRefuse, &RefusedError{What: first + " " + w + " administers the server"}
			}
		}
	case first == "SHOW":
		return planRead, nil
	}
	// Calls only of known read-only DBMS procedures: the planner would
	// call them writes.
	calls := 0
	for j, w := range words {
		if w != "CALL" || j+1 >= len(words) {
			continue
		}
		if !readOnlyDBMS[strings.ToLower(words[j+1])] {
			return planAsk, nil
		}
		calls++
	}
	if calls > 0 {
		return planRead, nil
	}
	return planAsk, nil
}

// cypherWords returns the words of a statement in order, keywords upper
// case and dotted names whole (db.labels), leaving out string literals,
// backquoted names and comments, so that a keyword inside a string counts
// for nothing.
func cypherWords(s string) []string {
	var out []string
	i := 0
	for i < len(s) {
		c := s[i]
		switch {
		case c == '\'' || c == '"':
			i = skipQuoted(s, i+1, c)
		case c == '`':
			j := strings.IndexByte(s[i+1:], '`')
			if j < 0 {
				return out
			}
			out = append(out, "`")
			i += j + 2
		case strings.HasPrefix(s[i:], "//"):
			j := strings.IndexByte(s[i:], '\n')
			if j < 0 {
				return out
			}
			i += j + 1
		case strings.HasPrefix(s[i:], "/*"):
			j := strings.Index(s[i+2:], "*/")
			if j < 0 {
				return out
			}
			i += j + 4
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			if !isWordRune(r) {
				i += n
				continue
			}
			j := i
			for j < len(s) {
				r, n := utf8.DecodeRuneInString(s[j:])
				if !isWordRune(r) && r != '.' {
					break
				}
				j += n
			}
			w := strings.TrimRight(s[i:j], ".")
			if !strings.Contains(w, ".") {
				w = strings.ToUpper(w)
			}
			out = append(out, w)
			i = j
		}
	}
	return out
}

// skipQuoted returns the index after the string literal that starts at i
// (just after its opening quote q), backslash escapes included.
func skipQuoted(s string, i int, q byte) int {
	for i < len(s) {
		switch s[i] {
		case '\\':
			i += 2
			continue
		case q:
			return i + 1
		}
		i++
	}
	return len(s)
}

func isWordRune(r rune) bool {
	return r == '_' || r == '$' || unicode.IsLetter(r) || unicode.IsDigit(r)
}
