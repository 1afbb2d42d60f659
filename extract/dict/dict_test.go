package dict

import (
	"bytes"
	"compress/gzip"
	"testing"
)

func TestLookup(t *testing.T) {
	d, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if d.Len() < 500000 {
		t.Fatalf("%d words, want gse's ~587,000", d.Len())
	}
	tests := []struct {
		word string
		ok   bool
		pos  string
	}{
		{"中国", true, "ns"},
		{"北京大学", true, "nt"},
		{"發表", true, "v"}, // traditional forms are in too
		{"的", true, "uj"},
		{"中国人民银行行长", false, ""},
		{"", false, ""},
		{"zzzz", false, ""},
	}
	for _, tt := range tests {
		freq, pos, ok := d.Lookup(tt.word)
		if ok != tt.ok || pos != tt.pos || ok && freq < 2 {
			t.Errorf("Lookup(%q) = %d, %q, %v; want ok=%v pos %q", tt.word, freq, pos, ok, tt.ok, tt.pos)
		}
	}
}

func TestNarrow(t *testing.T) {
	d, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		prefixes []string // grown one step at a time
		empty    []bool
		word     []bool
	}{
		{[]string{"北", "北京", "北京大", "北京大学"}, []bool{false, false, false, false}, []bool{true, true, false, true}},
		{[]string{"人工", "人工智", "人工智能"}, []bool{false, false, false}, []bool{true, false, true}},
		{[]string{"AB", "AB型"}, []bool{false, false}, []bool{false, true}},
		{[]string{"qqzx"}, []bool{true}, []bool{false}},
	}
	for _, tt := range tests {
		r := d.All()
		for i, p := range tt.prefixes {
			r = d.Narrow(r, p)
			if r.Empty() != tt.empty[i] {
				t.Errorf("Narrow(%q).Empty() = %v, want %v", p, r.Empty(), tt.empty[i])
			}
			if _, _, ok := d.Word(r, p); ok != tt.word[i] {
				t.Errorf("Word(%q) = %v, want %v", p, ok, tt.word[i])
			}
			for j := r.Lo; j < r.Hi; j++ {
				if k := d.key(j); len(k) < len(p) || k[:len(p)] != p {
					t.Fatalf("Narrow(%q) holds %q", p, k)
				}
			}
		}
	}
}

func TestDecodeRejectsDamage(t *testing.T) {
	gz := func(b []byte) []byte {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write(b)
		zw.Close()
		return buf.Bytes()
	}
	tests := map[string][]byte{
		"not gzip":  []byte("KGD1"),
		"bad magic": gz([]byte("XXXX\x00\x00\x00\x00\x00")),
		"truncated": gz([]byte("KGD1\x05\x00\x00\x00\x01\x01n\x00\x00")),
	}
	for name, b := range tests {
		if _, err := decode(b); err == nil {
			t.Errorf("%s: decode succeeded", name)
		}
	}
}
