package source

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDate(t *testing.T) {
	tests := []struct{ in, want, err string }{
		{"2023-11-03", "2023-11-03", ""},
		{"2023-11-03T23:30:00-08:00", "2023-11-03", ""}, // the day as written, not UTC
		{"2023-11-03T08:00:00Z", "2023-11-03", ""},
		{"2023-11-03 10:00:00", "2023-11-03", ""},
		{"2023/1/5", "2023-01-05", ""},
		{"2023.01.05", "2023-01-05", ""},
		{"20231103", "2023-11-03", ""},
		{"2023年11月3日", "2023-11-03", ""},
		{"2023 年 11 月 3 日 10:00", "2023-11-03", ""},
		{"２０２３年１１月３日", "2023-11-03", ""}, // full-width digits
		{"2024年2月29号", "2024-02-29", ""},
		{"Fri, 03 Nov 2023 10:00:00 +0800", "2023-11-03", ""},
		{"Fri, 3 Nov 2023 10:00:00 GMT", "2023-11-03", ""},
		{"November 3, 2023", "2023-11-03", ""},
		{"Nov 3, 2023", "2023-11-03", ""},
		{"3 November 2023", "2023-11-03", ""},
		{"2024-05", "2024-05", ""}, // a month stays a month
		{"2024/5", "2024-05", ""},
		{"2024年5月", "2024-05", ""},
		{"2024", "2024", ""}, // a year stays a year
		{"2024-13", "", `not a date: "2024-13"`},
		{"  ", "", ""},
		{"2023-02-30", "", `not a date: "2023-02-30"`},
		{"2023年13月1日", "", `not a date: "2023年13月1日"`},
		{"last Tuesday", "", `not a date: "last Tuesday"`},
	}
	for _, tt := range tests {
		got, err := Date(tt.in)
		if got != tt.want || (err == nil) != (tt.err == "") || (err != nil && err.Error() != tt.err) {
			t.Errorf("Date(%q) = %q, %v; want %q, %q", tt.in, got, err, tt.want, tt.err)
		}
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a\r\nb\rc\n", "a\nb\nc"},
		{"\uFEFF\n\n  title  \t\nbody　\n\n\n", "  title\nbody"}, // leading indent kept, ideographic space trimmed at the end
		{"e\u0301", "é"},
		{"第一段\n\n第二段", "第一段\n\n第二段"},
		{"bad \xff byte", "bad \uFFFD byte"},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestID(t *testing.T) {
	// The same article read as CRLF, NFD or with a BOM has one identity.
	a, b := ID(Normalize("Cafe\u0301 AI\r\n")), ID(Normalize("\uFEFFCafé AI \n"))
	if a != b {
		t.Errorf("IDs differ: %s %s", a, b)
	}
	if a == ID(Normalize("Café AI!")) {
		t.Error("different texts share an ID")
	}
	// SHA-256("abc") starts ba7816bf8f01cfea414140de5dae2223.
	if got := ID("abc"); got != "ba7816bf8f01cfea414140de5dae2223" {
		t.Errorf("ID(abc) = %s", got)
	}
}

func TestDetectLang(t *testing.T) {
	tests := []struct{ in, want string }{
		{"OpenAI发布了GPT-4o，Sam Altman表示这是一个重要的里程碑。", "zh"},
		{"Meta's chief AI scientist Yann LeCun (杨立昆) said open models are safer.", "en"},
		{"字节跳动", "zh"},
		{"12345", "en"},
		{"Llama 2、Code Llama、Mistral 7B、Mixtral 8x7B和Gemma都是开源模型。", "zh"},
	}
	for _, tt := range tests {
		if got := detectLang(tt.in); got != tt.want {
			t.Errorf("detectLang(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
	for in, want := range map[string]string{"zh-CN": "zh", "zh_Hant_TW": "zh", "EN-us": "en", " ja ": "ja", "": ""} {
		if got := normLang(in); got != want {
			t.Errorf("normLang(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTextTitle(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Headline Here\n\nBody text.", "Headline Here"},
		{"\n\n# 标题在这里\n正文。", "标题在这里"},
		{"Is AI Safe?\nBody.", "Is AI Safe?"},
		// No headline: the first sentence stands in for it.
		{"A whole sentence that ends with a full stop. Then another one.\nMore.", "A whole sentence that ends with a full stop."},
		{"这是一句话，以句号结尾。第二句。\n正文。", "这是一句话，以句号结尾。"},
		// Page furniture and bylines are skipped, never the title.
		{"- +1\n真正的标题\n正文。", "真正的标题"},
		{"撰文 | 王小明 编辑 | 李华\n模型发布会今天举行\n正文。", "模型发布会今天举行"},
		{"By Jane Roe\nA Lab Opens in Lisbon\nBody.", "A Lab Opens in Lisbon"},
		// A wire dateline is not part of the title.
		{"LISBON, Oct. 2, 2024 /ExampleWire/ -- Acme Robotics opened a lab on Tuesday. It employs ten people.\nMore.", "Acme Robotics opened a lab on Tuesday."},
		{"OSLO, May 5 (Example) - Nordlys AI raised money. More follows.\nBody.", "Nordlys AI raised money."},
		{"（示例社記者王明台北14日電）研究團隊今天發表新模型。其他內容。\n正文。", "研究團隊今天發表新模型。"},
		// Abbreviations do not end the sentence.
		{"The U.S. lab and Dr. Smith built it. Later text.\nBody.", "The U.S. lab and Dr. Smith built it."},
		{"Only one line", "Only one line"},
		// A long first line is cut at a word boundary.
		{strings.Repeat("word ", 40) + "end.\nBody.", strings.TrimSpace(strings.Repeat("word ", 16)) + "…"},
		{strings.Repeat("长", 121) + "\n正文。", strings.Repeat("长", 80) + "…"},
	}
	for _, tt := range tests {
		if got := textArticle(tt.in).Title; got != tt.want {
			t.Errorf("title of %q = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMarkdownFrontMatter(t *testing.T) {
	tests := []struct {
		name, in string
		want     Article
	}{
		{"published wins over date", "---\npublished: 2024-03-01\ndate: 2020-01-01\n---\nText.", Article{Published: "2024-03-01", Text: "Text."}},
		{"timestamp date", "---\ndate: 2024-03-01T09:00:00+08:00\ntags: [ai, models]\n---\nText.", Article{Published: "2024-03-01T09:00:00+08:00", Text: "Text."}},
		{"crlf", "---\r\ntitle: T\r\n---\r\nText.", Article{Title: "T", Text: "Text."}},
		{"dots close", "---\ntitle: T\n...\nText.", Article{Title: "T", Text: "Text."}},
		{"unclosed is a thematic break", "---\nNot front matter.", Article{Text: "---\nNot front matter."}},
		{"heading title", "Intro.\n\n# The Heading\n\nText.", Article{Title: "The Heading", Text: "Intro.\n\n# The Heading\n\nText."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := markdownArticle(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

// TestCorpus reads the real articles beside the repository, when present:
// each must come out with the language its gold file gives.
func TestCorpus(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "corpus")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		t.Skip("no corpus at ../shared/corpus")
	}
	arts, errs := collect(t, files, Options{})
	if len(errs) > 0 || len(arts) != len(files) {
		t.Fatalf("%d articles from %d files, errors %q", len(arts), len(files), errs)
	}
	for _, a := range arts {
		gold, err := os.ReadFile(strings.TrimSuffix(a.Path, ".txt") + ".gold.json")
		if err != nil {
			continue
		}
		if !strings.Contains(string(gold), `"lang": "`+a.Lang+`"`) {
			t.Errorf("%s: lang %s disagrees with its gold file", a.Path, a.Lang)
		}
		if a.Title == "" {
			t.Errorf("%s: no title", a.Path)
		}
	}
}
