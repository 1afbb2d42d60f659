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

func TestHMMCut(t *testing.T) {
	h, err := LoadHMM()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		tags map[string]string // some words and the tag they must get
	}{
		{"张伟明", map[string]string{"张伟明": "nr"}},
		{"GPT4o", map[string]string{"GPT": "eng", "4": "m", "o": "eng"}},
		{"v2.5", map[string]string{"2.5": "m"}},
	}
	for _, tt := range tests {
		got := h.Cut(tt.text)
		joined := ""
		have := map[string]string{}
		for _, w := range got {
			joined += w.Text
			have[w.Text] = w.Pos
		}
		if joined != tt.text {
			t.Errorf("Cut(%q) words %v do not rebuild the text", tt.text, got)
		}
		for w, tag := range tt.tags {
			if have[w] != tag {
				t.Errorf("Cut(%q) = %v: want %s/%s", tt.text, got, w, tag)
			}
		}
	}
}

func TestDecodeHMMRejectsDamage(t *testing.T) {
	zr, err := gzip.NewReader(bytes.NewReader(hmmGz))
	if err != nil {
		t.Fatal(err)
	}
	var raw bytes.Buffer
	raw.ReadFrom(zr)
	gz := func(b []byte) []byte {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write(b)
		zw.Close()
		return buf.Bytes()
	}
	if _, err := decodeHMM(gz(raw.Bytes())); err != nil {
		t.Fatalf("intact table: %v", err)
	}
	for name, b := range map[string][]byte{
		"truncated": gz(raw.Bytes()[:raw.Len()/2]),
		"bad magic": gz(append([]byte("XXXX"), raw.Bytes()[4:]...)),
		"not gzip":  raw.Bytes(),
	} {
		if _, err := decodeHMM(b); err == nil {
			t.Errorf("%s: decode succeeded", name)
		}
	}
}
