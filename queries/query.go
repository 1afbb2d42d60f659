// Package queries holds kg's saved Cypher queries, embedded in the binary,
// and reads their headers: name, description and typed parameters. The
// same .cypher files work pasted into Neo4j Browser after :param.
package queries

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
)

//go:embed *.cypher
var files embed.FS

// Type is the type of a query parameter as the header declares it.
type Type string

// Parameter types. Entity is a name matched against every alias of a node:
// kg passes extract.Key of the value, and the query folds it again in
// Cypher so that a raw name typed into Neo4j Browser matches too.
const (
	String Type = "string"
	Int    Type = "int"
	Bool   Type = "bool"
	Date   Type = "date" // YYYY, YYYY-MM or YYYY-MM-DD, kept as a string
	Entity Type = "entity"
)

// Param is one parameter of a saved query.
type Param struct {
	Name     string
	Type     Type
	Required bool
	Default  any // nil when the parameter is optional with no default
	Doc      string
}

// Query is one saved query.
type Query struct {
	Name        string
	Description string
	Params      []Param
	Text        string // the whole file, header included: Cypher ignores the comments
}

// Param returns the parameter called name.
func (q Query) Param(name string) (Param, bool) {
	for _, p := range q.Params {
		if p.Name == name {
			return p, true
		}
	}
	return Param{}, false
}

// List returns every saved query, sorted by name.
func List() ([]Query, error) {
	names, err := fs.Glob(files, "*.cypher")
	if err != nil {
		return nil, fmt.Errorf("list saved queries: %w", err)
	}
	qs := make([]Query, 0, len(names))
	for _, n := range names {
		b, err := files.ReadFile(n)
		if err != nil {
			return nil, fmt.Errorf("read saved query %s: %w", n, err)
		}
		q, err := Parse(string(b))
		if err != nil {
			return nil, fmt.Errorf("saved query %s: %w", n, err)
		}
		if want := strings.TrimSuffix(path.Base(n), ".cypher"); q.Name != want {
			return nil, fmt.Errorf("saved query %s: header names it %q", n, q.Name)
		}
		qs = append(qs, q)
	}
	sort.Slice(qs, func(i, j int) bool { return qs[i].Name < qs[j].Name })
	return qs, nil
}

// Get returns the saved query called name.
func Get(name string) (Query, error) {
	qs, err := List()
	if err != nil {
		return Query{}, err
	}
	for _, q := range qs {
		if q.Name == name {
			return q, nil
		}
	}
	return Query{}, fmt.Errorf("no saved query %q (kg query list shows them)", name)
}

// Parse reads a query file. The header is the run of // comment lines at
// the top:
//
//	// name: who-said
//	// description: one line
//	// param: NAME TYPE required|optional|default=VALUE  what it means
//
// A file with no header (kg query run --file) parses to a Query with no
// name and no declared parameters.
func Parse(src string) (Query, error) {
	q := Query{Text: src}
	for i, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if !strings.HasPrefix(line, "//") {
			break
		}
		body := strings.TrimSpace(strings.TrimPrefix(line, "//"))
		key, val, ok := strings.Cut(body, ":")
		if !ok || strings.ContainsAny(key, " \t") {
			continue // prose in the header
		}
		val = strings.TrimSpace(val)
		switch key {
		case "name":
			q.Name = val
		case "description":
			q.Description = val
		case "param":
			p, err := parseParam(val)
			if err != nil {
				return Query{}, fmt.Errorf("line %d: %w", i+1, err)
			}
			if _, dup := q.Param(p.Name); dup {
				return Query{}, fmt.Errorf("line %d: parameter %s declared twice", i+1, p.Name)
			}
			q.Params = append(q.Params, p)
		}
	}
	return q, nil
}

func parseParam(s string) (Param, error) {
	f := strings.Fields(s)
	if len(f) < 3 {
		return Param{}, fmt.Errorf("param %q: want NAME TYPE required|optional|default=VALUE DOC", s)
	}
	p := Param{Name: f[0], Type: Type(f[1])}
	switch p.Type {
	case String, Int, Bool, Date, Entity:
	default:
		return Param{}, fmt.Errorf("param %s: unknown type %q", p.Name, f[1])
	}
	switch {
	case f[2] == "required":
		p.Required = true
	case f[2] == "optional":
	case strings.HasPrefix(f[2], "default="):
		v, err := p.Convert(strings.TrimPrefix(f[2], "default="))
		if err != nil {
			return Param{}, fmt.Errorf("param %s default: %w", p.Name, err)
		}
		p.Default = v
	default:
		return Param{}, fmt.Errorf("param %s: want required, optional or default=VALUE, got %q", p.Name, f[2])
	}
	p.Doc = strings.Join(f[3:], " ")
	return p, nil
}

// ParamError is a missing, unknown or ill-typed parameter.
type ParamError struct {
	Name   string
	Reason string
}

func (e *ParamError) Error() string { return fmt.Sprintf("parameter %s: %s", e.Name, e.Reason) }

// Bind checks raw k=v values against the declared parameters and returns
// the map to send to Neo4j: every declared parameter is present (nil when
// optional and not given), values converted to their types. key folds
// entity names; pass extract.Key.
func (q Query) Bind(raw map[string]string, key func(string) string) (map[string]any, error) {
	out := make(map[string]any, len(q.Params))
	for name := range raw {
		if _, ok := q.Param(name); !ok {
			return nil, &ParamError{name, fmt.Sprintf("unknown to %s (%s)", q.Name, q.paramNames())}
		}
	}
	for _, p := range q.Params {
		s, given := raw[p.Name]
		if !given {
			if p.Required {
				return nil, &ParamError{p.Name, fmt.Sprintf("required by %s: %s", q.Name, p.Doc)}
			}
			out[p.Name] = p.Default
			continue
		}
		v, err := p.Convert(s)
		if err != nil {
			return nil, &ParamError{p.Name, err.Error()}
		}
		if p.Type == Entity && key != nil {
			k := key(s)
			if k == "" {
				return nil, &ParamError{p.Name, fmt.Sprintf("%q has no letters or digits", s)}
			}
			v = k
		}
		out[p.Name] = v
	}
	return out, nil
}

func (q Query) paramNames() string {
	if len(q.Params) == 0 {
		return "it takes none"
	}
	names := make([]string, len(q.Params))
	for i, p := range q.Params {
		names[i] = p.Name
	}
	return "it takes " + strings.Join(names, ", ")
}

// Convert parses a command-line value as the parameter's type.
func (p Param) Convert(s string) (any, error) {
	switch p.Type {
	case Int:
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("want an integer, got %q", s)
		}
		return n, nil
	case Bool:
		b, err := strconv.ParseBool(s)
		if err != nil {
			return nil, fmt.Errorf("want true or false, got %q", s)
		}
		return b, nil
	case Date:
		if !validDate(s) {
			return nil, fmt.Errorf("want a date YYYY, YYYY-MM or YYYY-MM-DD, got %q", s)
		}
		return s, nil
	case String, Entity:
		if strings.TrimSpace(s) == "" {
			return nil, fmt.Errorf("empty value")
		}
		return s, nil
	}
	return nil, fmt.Errorf("unknown type %q", p.Type)
}

// validDate accepts the precisions kg stores: YYYY, YYYY-MM, YYYY-MM-DD.
func validDate(s string) bool {
	parts := strings.Split(s, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return false
	}
	limits := []int{9999, 12, 31}
	for i, part := range parts {
		if i > 0 && len(part) != 2 {
			return false
		}
		n, err := strconv.Atoi(part)
		if err != nil || n < 0 || n > limits[i] || (i > 0 && n == 0) {
			return false
		}
	}
	return true
}
