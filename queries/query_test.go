package queries

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestListHasEveryIssueQuery(t *testing.T) {
	qs, err := List()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]Query{}
	for _, q := range qs {
		got[q.Name] = q
	}
	want := map[string][]string{
		"who-said":     {"about", "since", "until", "all", "family", "limit"},
		"quotes-by":    {"person", "since", "until", "all", "limit"},
		"model-family": {"model", "limit"},
		"org-people":   {"org", "limit", "sources"},
		"models-by":    {"org", "limit"},
		"timeline":     {"entity", "since", "until", "family", "limit"},
		"co-mentions":  {"entity", "limit", "family"},
		"article":      {"article"},
		"sources":      {"from", "type", "to", "limit"},
	}
	for name, params := range want {
		q, ok := got[name]
		if !ok {
			t.Errorf("saved query %s missing", name)
			continue
		}
		if q.Description == "" {
			t.Errorf("%s: no description", name)
		}
		var names []string
		for _, p := range q.Params {
			names = append(names, p.Name)
			if p.Doc == "" {
				t.Errorf("%s: parameter %s undocumented", name, p.Name)
			}
			if !strings.Contains(q.Text, "$"+p.Name) {
				t.Errorf("%s: parameter %s declared but not used", name, p.Name)
			}
		}
		if !reflect.DeepEqual(names, params) {
			t.Errorf("%s: params %v, want %v", name, names, params)
		}
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		name    string
		src     string
		want    Query
		wantErr string
	}{
		{
			name: "full header",
			src:  "// name: q\n// description: does things\n// some prose: ignored\n// param: who entity required the person\n// param: n int default=5 how many\n// param: since date optional from when\nMATCH (n) RETURN n\n// param: late string required not header\n",
			want: Query{Name: "q", Description: "does things", Params: []Param{
				{Name: "who", Type: Entity, Required: true, Doc: "the person"},
				{Name: "n", Type: Int, Default: int64(5), Doc: "how many"},
				{Name: "since", Type: Date, Doc: "from when"},
			}},
		},
		{name: "no header", src: "MATCH (n) RETURN count(n)", want: Query{}},
		{name: "bad type", src: "// param: x float required x", wantErr: `unknown type "float"`},
		{name: "bad default", src: "// param: x int default=many x", wantErr: "x default"},
		{name: "bad requiredness", src: "// param: x int maybe x", wantErr: "want required, optional or default"},
		{name: "too short", src: "// param: x int", wantErr: "want NAME TYPE"},
		{name: "duplicate", src: "// param: x int optional a\n// param: x int optional b", wantErr: "declared twice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(tt.src)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			tt.want.Text = tt.src
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestBind(t *testing.T) {
	q, err := Parse("// name: q\n// param: who entity required the person\n// param: n int default=5 how many\n// param: since date optional from when\n// param: on bool optional flag\n")
	if err != nil {
		t.Fatal(err)
	}
	upper := strings.ToUpper
	tests := []struct {
		name    string
		raw     map[string]string
		want    map[string]any
		wantErr string // the parameter the error must name
	}{
		{name: "defaults", raw: map[string]string{"who": "LeCun"}, want: map[string]any{"who": "LECUN", "n": int64(5), "since": nil, "on": nil}},
		{name: "all given", raw: map[string]string{"who": "x", "n": "7", "since": "2024-05", "on": "true"}, want: map[string]any{"who": "X", "n": int64(7), "since": "2024-05", "on": true}},
		{name: "missing", raw: map[string]string{}, wantErr: "parameter who: required"},
		{name: "unknown", raw: map[string]string{"who": "x", "whom": "y"}, wantErr: "parameter whom: unknown"},
		{name: "bad int", raw: map[string]string{"who": "x", "n": "five"}, wantErr: "parameter n: want an integer"},
		{name: "bad date", raw: map[string]string{"who": "x", "since": "2024-13"}, wantErr: "parameter since: want a date"},
		{name: "bad date day", raw: map[string]string{"who": "x", "since": "2024-01-32"}, wantErr: "parameter since"},
		{name: "bad date form", raw: map[string]string{"who": "x", "since": "24-01"}, wantErr: "parameter since"},
		{name: "bad bool", raw: map[string]string{"who": "x", "on": "yes please"}, wantErr: "parameter on"},
		{name: "empty entity", raw: map[string]string{"who": " "}, wantErr: "parameter who: empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := q.Bind(tt.raw, upper)
			if tt.wantErr != "" {
				var pe *ParamError
				if !errors.As(err, &pe) || !strings.HasPrefix(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want prefix %q", err, tt.wantErr)
				}
				if strings.Contains(err.Error(), "\n") {
					t.Errorf("error spans lines: %q", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestGetUnknown(t *testing.T) {
	if _, err := Get("no-such-query"); err == nil || !strings.Contains(err.Error(), "no-such-query") {
		t.Fatalf("err = %v", err)
	}
	q, err := Get("who-said")
	if err != nil || q.Name != "who-said" {
		t.Fatalf("Get(who-said) = %v, %v", q.Name, err)
	}
}
