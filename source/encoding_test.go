package source

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf16"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// Texts the encoding tests convert; each only uses characters its
// encodings can hold.
const (
	simplified  = "字节跳动发布豆包大模型\n\n字节跳动今天宣布，豆包大模型的价格将大幅下降。公司负责人表示，更多企业可以用上人工智能。\n"
	traditional = "台灣研究團隊發表新的語言模型\n\n研究團隊表示，這個模型在中文理解方面表現很好。國內多家公司已經開始測試。\n"
	gb18030Only = "䶮是一个在GBK里没有的汉字，国家标准GB18030收录了它。𠮷也一样。\n"
	english     = "Nvidia said its new chips would ship next year.\n"
)

func encode(t testing.TB, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode %q: %v", s, err)
	}
	return b
}

func utf16Bytes(s string, bigEndian bool) []byte {
	var b []byte
	if bigEndian {
		b = []byte{0xFE, 0xFF}
	} else {
		b = []byte{0xFF, 0xFE}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if bigEndian {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return b
}

func TestEncodings(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"utf8", []byte(simplified), simplified},
		{"utf8 bom", append([]byte{0xEF, 0xBB, 0xBF}, simplified...), simplified},
		{"utf8 crlf", []byte(strings.ReplaceAll(traditional, "\n", "\r\n")), traditional},
		{"utf16le bom", utf16Bytes(simplified, false), simplified},
		{"utf16be bom", utf16Bytes(traditional, true), traditional},
		{"utf16le astral", utf16Bytes(gb18030Only, false), gb18030Only},
		{"gbk", encode(t, simplifiedchinese.GBK, simplified), simplified},
		{"gb18030 four-byte", encode(t, simplifiedchinese.GB18030, gb18030Only), gb18030Only},
		{"big5", encode(t, traditionalchinese.Big5, traditional), traditional},
		{"ascii", []byte(english), english},
		{"nfd to nfc", []byte("Cafe\u0301 owners said Mistral's models were good.\n"), "Café owners said Mistral's models were good.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			p := write(t, dir, "a.txt", tt.data)
			a := readOne(t, p, Options{})
			if want := Normalize(tt.want); a.Text != want {
				t.Errorf("Text = %q, want %q", a.Text, want)
			}
		})
	}
}

// TestLegacyEncodingsInOtherFormats checks that GBK and Big5 are detected in
// Markdown and JSONL too, not just in .txt.
func TestLegacyEncodingsInOtherFormats(t *testing.T) {
	dir := t.TempDir()
	md := write(t, dir, "a.md", encode(t, simplifiedchinese.GBK, "---\ntitle: 豆包降价\n---\n"+simplified))
	jl := write(t, dir, "b.jsonl", encode(t, traditionalchinese.Big5, `{"title":"語言模型","text":"`+strings.ReplaceAll(traditional, "\n", `\n`)+`"}`+"\n"))
	arts, errs := collect(t, []string{md, jl}, Options{})
	if len(errs) != 0 || len(arts) != 2 {
		t.Fatalf("got %d articles, errors %q", len(arts), errs)
	}
	if arts[0].Title != "豆包降价" || arts[0].Text != Normalize(simplified) {
		t.Errorf("GBK markdown: %+v %q", arts[0], arts[0].Text)
	}
	if arts[1].Title != "語言模型" || arts[1].Text != Normalize(traditional) {
		t.Errorf("Big5 JSONL: %+v %q", arts[1], arts[1].Text)
	}
}

func TestDecodeErrors(t *testing.T) {
	gbk := encode(t, simplifiedchinese.GBK, simplified)
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"utf8 with a stray byte", []byte("模型发布了\xff新版本，研究人员很高兴。"), "undecodable bytes: invalid UTF-8 byte 0xff at offset 15"},
		{"utf8 bom then bad byte", []byte("\xEF\xBB\xBFok \xC3("), "undecodable bytes: invalid UTF-8 byte 0xc3 at offset 6"},
		{"truncated utf8", []byte("大模型的价格将大幅下降\xe4\xb8"), "undecodable bytes: invalid UTF-8 byte 0xe4 at offset 33"},
		{"gbk with a bad pair", append(append(bytes.Clone(gbk[:20]), 0x81, 0x20), gbk[20:]...), "undecodable bytes: invalid GB18030 byte 0x81 at offset 20"},
		{"gbk cut mid-character", gbk[:len(gbk)-2], "undecodable bytes: invalid GB18030 byte 0xa1 at offset " + itoa(len(gbk)-3)},
		{"latin1", []byte("Caf\xe9 na\xefve r\xe9sum\xe9 \xff\xfe"), "undecodable bytes: invalid UTF-8 byte 0xe9 at offset 3"},
		{"utf16 odd length", append(utf16Bytes("ok", false), 'x'), "undecodable bytes: UTF-16 text with an odd number of bytes (stray byte at offset 6)"},
		{"utf16 lone surrogate", append(utf16Bytes("ab", false), 0x00, 0xD8, 0x41, 0x00), "undecodable bytes: unpaired UTF-16 surrogate at offset 6"},
		{"nul byte", []byte("OpenAI\x00 said"), "binary file (NUL byte at offset 6)"},
		{"control bytes", bytes.Repeat([]byte{0x01, 0x02, 'a', 0x1b}, 30), "binary file (90 control bytes in the first 120)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := decodeBytes(tt.data, 0, nil, "")
			if err == nil || err.Error() != tt.want {
				t.Errorf("error %v\nwant     %s", err, tt.want)
			}
			if err != nil && !errors.Is(err, ErrEncoding) && !errors.Is(err, ErrBinary) {
				t.Errorf("error %v wraps neither ErrEncoding nor ErrBinary", err)
			}
		})
	}
}

func itoa(n int) string {
	var b []byte
	for {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
		if n == 0 {
			return string(b)
		}
	}
}

func TestHTMLCharsets(t *testing.T) {
	page := func(head, body string) string {
		return "<html><head>" + head + "<title>T</title></head><body><p>" + body + "</p></body></html>"
	}
	gbkBody := encode(t, simplifiedchinese.GBK, page(`<meta charset="gb2312">`, simplified))
	tests := []struct {
		name, contentType string
		data              []byte
		want, err         string
	}{
		{"meta gb2312", "", gbkBody, simplified, ""},
		{"meta big5", "", encode(t, traditionalchinese.Big5, page(`<meta http-equiv="content-type" content="text/html; charset=BIG5">`, traditional)), traditional, ""},
		{"header beats meta", "text/html; charset=big5", encode(t, traditionalchinese.Big5, page(`<meta charset="gbk">`, traditional)), traditional, ""},
		{"mislabelled utf-8 is detected", "", encode(t, simplifiedchinese.GBK, page(`<meta charset="utf-8">`, simplified)), simplified, ""},
		{"windows-1252 declared", "", []byte(page(`<meta charset="windows-1252">`, "Caf\xe9 owners met Mistral.")), "Café owners met Mistral.", ""},
		{"declared gbk, bad bytes", "", append(bytes.Clone(gbkBody[:60]), append([]byte{0xFF}, gbkBody[60:]...)...), "",
			"undecodable bytes: invalid GB18030 byte 0xff at offset 60"},
		{"declared shift_jis, bad bytes", "", []byte(page(`<meta charset="shift_jis">`, "\x82\xa0\xff\xff")), "",
			"undecodable bytes: invalid shift_jis byte 0xff at offset 72"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := parseWhole(formatHTML, tt.data, tt.contentType, nil)
			if tt.err != "" {
				if err == nil || err.Error() != tt.err {
					t.Errorf("error %v, want %s", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			// HTML collapses line breaks inside a paragraph into spaces.
			if strings.Join(strings.Fields(a.Text), " ") != strings.Join(strings.Fields(tt.want), " ") {
				t.Errorf("Text = %q, want %q", a.Text, tt.want)
			}
		})
	}
}
