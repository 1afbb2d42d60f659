package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"
)

// This file keeps the embedded lexicon data (lexicon/*.tsv) valid as it
// grows. It parses the TSV on its own, independently of the loader, so a
// loader bug cannot hide a data bug and the other way round.

// lexdataEntry is one parsed data line.
type lexdataEntry struct {
	where   string // file:line
	typ     string
	name    string
	aliases []string
	attrs   map[string]string
}

// lexdataKeys lists, per type, the attribute keys and what each must name:
// a type whose entries the value refers to, or "" for a free value.
var lexdataKeys = map[string]map[string]string{
	"Person":       {"gender": "", "org": "Organization", "role": ""},
	"Organization": {"kind": "", "parent": "Organization"},
	"Model":        {"developer": "Organization", "base": "Model", "family": "Model"},
	"Ignore":       {},
}

// lexdataValues restricts the free values that have a closed set.
var lexdataValues = map[string]map[string]bool{
	"gender": {"m": true, "f": true},
	"kind":   {"company": true, "lab": true, "university": true, "agency": true, "media": true, "community": true, "fund": true},
}

// lexdataListKeys may hold several comma-separated names (developer=A,B).
var lexdataListKeys = map[string]bool{"developer": true}

// lexdataCheck parses the given files (name -> content) and returns every
// problem found, each prefixed with file:line.
func lexdataCheck(files map[string][]byte) []string {
	var problems []string
	bad := func(where, format string, args ...any) {
		problems = append(problems, where+": "+fmt.Sprintf(format, args...))
	}
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)

	var entries []lexdataEntry
	for _, file := range names {
		data := files[file]
		if !utf8.Valid(data) {
			bad(file, "not valid UTF-8")
			continue
		}
		// Split by hand: bufio.ScanLines would drop a stray \r unseen.
		for i, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
			n := i + 1
			where := fmt.Sprintf("%s:%d", file, n)
			if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
				continue
			}
			if strings.HasSuffix(line, "\r") {
				bad(where, "carriage return at end of line")
				line = strings.TrimSuffix(line, "\r")
			}
			f := strings.Split(line, "\t")
			if len(f) != 4 {
				bad(where, "%d fields, want 4 (type, name, aliases, attributes)", len(f))
				continue
			}
			e := lexdataEntry{where: where, typ: f[0], name: f[1], attrs: map[string]string{}}
			keys, ok := lexdataKeys[e.typ]
			if !ok {
				bad(where, "unknown type %q", e.typ)
				continue
			}
			if e.name == "" || strings.TrimSpace(e.name) != e.name || strings.Contains(e.name, "|") {
				bad(where, "bad name %q: empty, padded or holding |", e.name)
				continue
			}
			if Key(e.name) == "" {
				bad(where, "name %q has an empty key", e.name)
			}
			if f[2] != "" {
				seen := map[string]bool{}
				for _, a := range strings.Split(f[2], "|") {
					switch {
					case a == "" || strings.TrimSpace(a) != a:
						bad(where, "empty or padded alias %q", a)
					case a == e.name:
						bad(where, "alias %q repeats the name", a)
					case seen[a]:
						bad(where, "alias %q listed twice", a)
					case Key(a) == "":
						bad(where, "alias %q has an empty key", a)
					}
					seen[a] = true
					e.aliases = append(e.aliases, a)
				}
			}
			if f[3] != "" {
				for _, kv := range strings.Split(f[3], ";") {
					k, v, ok := strings.Cut(kv, "=")
					if !ok || k == "" || v == "" {
						bad(where, "attribute %q is not key=value", kv)
						continue
					}
					if _, known := keys[k]; !known {
						bad(where, "attribute %q not allowed on %s", k, e.typ)
						continue
					}
					if _, dup := e.attrs[k]; dup {
						bad(where, "attribute %q given twice", k)
					}
					if allowed, closed := lexdataValues[k]; closed && !allowed[v] {
						bad(where, "attribute %s=%q not one of the allowed values", k, v)
					}
					e.attrs[k] = v
				}
			}
			entries = append(entries, e)
		}
	}

	// (type, name) is unique; a later entry replaces an earlier one only
	// across user files, never inside the embedded data.
	byName := map[string]lexdataEntry{}
	for _, e := range entries {
		id := e.typ + "\t" + e.name
		if prev, dup := byName[id]; dup {
			bad(e.where, "duplicate %s %q (first at %s)", e.typ, e.name, prev.where)
			continue
		}
		byName[id] = e
	}

	// References name an entry of the right type, never the entry itself.
	for _, e := range entries {
		for k, v := range e.attrs {
			want := lexdataKeys[e.typ][k]
			if want == "" {
				continue
			}
			refs := []string{v}
			if lexdataListKeys[k] {
				refs = strings.Split(v, ",")
			}
			for _, r := range refs {
				if _, ok := byName[want+"\t"+r]; !ok {
					bad(e.where, "%s=%q names no %s entry", k, r, want)
				}
				if want == e.typ && r == e.name {
					bad(e.where, "%s=%q refers to the entry itself", k, r)
				}
			}
		}
		if e.typ == "Organization" && strings.Contains(e.name, ",") {
			bad(e.where, "organization name %q holds a comma, which developer= lists split on", e.name)
		}
	}

	// A surface form must resolve to one entry of a type, and an Ignore
	// form must not hide a name the lexicon knows. Forms are compared by
	// Key, the identity the engine and the scorer use.
	owner := map[string]lexdataEntry{}
	for _, e := range entries {
		if e.typ == "Ignore" {
			continue
		}
		for _, s := range append([]string{e.name}, e.aliases...) {
			id := e.typ + "\t" + Key(s)
			if prev, ok := owner[id]; ok && prev.name != e.name {
				bad(e.where, "%s form %q also belongs to %q (%s)", e.typ, s, prev.name, prev.where)
				continue
			}
			owner[id] = e
		}
	}
	// A model alias that is a generation of several variants (Gemini 2.5
	// for Gemini 2.5 Pro and Gemini 2.5 Flash) would make one variant the
	// family of the others.
	for _, e := range entries {
		if e.typ != "Model" {
			continue
		}
		for _, a := range e.aliases {
			if !strings.HasPrefix(e.name, a+" ") && !strings.HasPrefix(e.name, a+"-") {
				continue
			}
			for _, o := range entries {
				if o.typ == "Model" && o.name != e.name && (strings.HasPrefix(o.name, a+" ") || strings.HasPrefix(o.name, a+"-")) {
					bad(e.where, "model alias %q of %q is also the start of %q: a family of its own", a, e.name, o.name)
					break
				}
			}
		}
	}
	for _, e := range entries {
		if e.typ != "Ignore" {
			continue
		}
		for _, s := range append([]string{e.name}, e.aliases...) {
			for _, t := range []string{"Person", "Organization", "Model"} {
				if prev, ok := owner[t+"\t"+Key(s)]; ok {
					bad(e.where, "ignored form %q is a form of %s %q (%s)", s, t, prev.name, prev.where)
				}
			}
		}
	}
	return problems
}

func TestLexdataCheck(t *testing.T) {
	const okOrg = "Organization\tOpenAI\tOpen AI\tkind=company\n"
	tests := []struct {
		name string
		data string
		want string // a substring of the one expected problem; "" for none
	}{
		{"valid", okOrg + "Model\tGPT-4\tGPT 4\tdeveloper=OpenAI\n# comment\n\nIgnore\t高达\t\t\n", ""},
		{"three fields", "Organization\tOpenAI\tkind=company\n", "3 fields"},
		{"five fields", "Organization\tOpenAI\t\t\tx\n", "5 fields"},
		{"unknown type", "Company\tOpenAI\t\t\n", "unknown type"},
		{"empty name", "Organization\t\t\t\n", "bad name"},
		{"padded name", "Organization\t OpenAI\t\t\n", "bad name"},
		{"empty alias", "Organization\tOpenAI\tOpen AI||OAI\t\n", "empty or padded alias"},
		{"alias repeats name", "Organization\tOpenAI\tOpenAI\t\n", "repeats the name"},
		{"alias twice", "Organization\tOpenAI\tOAI|OAI\t\n", "listed twice"},
		{"not key=value", "Organization\tOpenAI\t\tcompany\n", "not key=value"},
		{"key of another type", "Organization\tOpenAI\t\tgender=m\n", "not allowed on Organization"},
		{"bad gender", "Person\tSam Altman\t\tgender=x\n", "allowed values"},
		{"bad kind", "Organization\tOpenAI\t\tkind=startup\n", "allowed values"},
		{"attribute twice", "Organization\tOpenAI\t\tkind=company;kind=lab\n", "given twice"},
		{"duplicate entry", okOrg + okOrg, "duplicate Organization"},
		{"dangling developer", "Model\tGPT-4\t\tdeveloper=OpenAI\n", "names no Organization"},
		{"dangling second developer", okOrg + "Model\tGPT-4\t\tdeveloper=OpenAI,Microsoft\n", `"Microsoft" names no Organization`},
		{"org of wrong type", okOrg + "Model\tGPT-4\t\t\nPerson\tSam Altman\t\torg=GPT-4\n", "names no Organization"},
		{"base of wrong type", okOrg + "Model\tChatGPT\t\tbase=OpenAI\n", "names no Model"},
		{"self base", "Model\tGPT-4\t\tbase=GPT-4\n", "itself"},
		{"comma in org name", "Organization\tAnthropic, PBC\t\t\n", "holds a comma"},
		{"form of two entries", okOrg + "Organization\tOpen Philanthropy\tOpen AI\t\n", "also belongs to"},
		{"form of two entries by key", okOrg + "Organization\tOpenAI Inc\topen-ai\t\n", "also belongs to"},
		{"ignored form is a name", okOrg + "Ignore\tOpen AI\t\t\n", "ignored form"},
		{"carriage return", "Organization\tOpenAI\t\tkind=company\r\n", "carriage return"},
		{"generation alias of one variant", "Model\tGemini 2.5 Pro\tGemini 2.5\t\nModel\tGemini 2.5 Flash\t\t\n", "a family of its own"},
		{"a spelling variant is no generation", "Model\tQwen2.5-Max\tQwen2.5 Max\t\nModel\tGPT-4o\t\t\n", ""},
		{"invalid utf-8", "Organization\tOpen\xffAI\t\t\n", "UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := lexdataCheck(map[string][]byte{"t.tsv": []byte(tt.data)})
			if tt.want == "" {
				if len(got) != 0 {
					t.Fatalf("want no problem, got %q", got)
				}
				return
			}
			if len(got) != 1 || !strings.Contains(got[0], tt.want) {
				t.Fatalf("want one problem containing %q, got %q", tt.want, got)
			}
		})
	}
}

// TestLexiconData checks the embedded data itself.
func TestLexiconData(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("lexicon", "*.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Fatal("no lexicon/*.tsv files")
	}
	files := map[string][]byte{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatalf("read lexicon data: %v", err)
		}
		files[filepath.ToSlash(p)] = b
	}
	for _, p := range lexdataCheck(files) {
		t.Error(p)
	}
}
