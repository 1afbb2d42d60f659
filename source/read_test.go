package source

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// collect runs Read and returns the articles and the error lines.
func collect(t *testing.T, paths []string, opt Options) ([]Article, []string) {
	t.Helper()
	var arts []Article
	var errs []string
	err := Read(context.Background(), paths, opt, func(a Article) error {
		arts = append(arts, a)
		return nil
	}, func(e *InputError) { errs = append(errs, e.Error()) })
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return arts, errs
}

// readOne reads a single input that must give exactly one article.
func readOne(t *testing.T, path string, opt Options) Article {
	t.Helper()
	arts, errs := collect(t, []string{path}, opt)
	if len(errs) > 0 || len(arts) != 1 {
		t.Fatalf("%s: got %d articles, errors %q; want one article", path, len(arts), errs)
	}
	return arts[0]
}

// write creates a file under dir, with its folders.
func write(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestFormats(t *testing.T) {
	tests := []struct {
		path  string
		want  Article // Path, ID and Text are checked separately
		start string  // Text starts with this
		end   string  // and ends with this
		has   string  // and holds this
	}{
		// Without a source in the file, the folder names it.
		{"testdata/zh.txt", Article{Title: "深度求索发布新一代开源模型", Source: "testdata", Published: "2001-02-03", Lang: "zh"},
			"深度求索发布新一代开源模型\n\n12月3日", "更多开发者参与进来。", "模型。公司"},
		{"testdata/en.txt", Article{Title: "Mistral AI Opens a Research Office in Singapore", Source: "testdata", Published: "2001-02-03", Lang: "en"},
			"Mistral AI Opens", "multilingual models.", "office in Singapore.\nChief executive"}, // trailing spaces trimmed
		{"testdata/front.md", Article{Title: "零一万物发布 Yi 模型", URL: "https://example.com/news/yi", Source: "示例新闻", Published: "2023-11-06", Lang: "zh"},
			"# 会议现场\n\n李开复", "向研究者开放。", "会议现场"},
		{"testdata/heading.md", Article{Title: "Anthropic Ships Claude to Schools", Source: "testdata", Published: "2001-02-03", Lang: "en"},
			"# Anthropic Ships", "several districts.", "2024-05-02"},
		{"testdata/page.html", Article{Title: "Meta Releases Llama 3 to Researchers", URL: "https://wire.example.com/tech/llama-3", Source: "Example Wire", Published: "2024-04-18", Lang: "en"},
			"Meta said on Thursday", "posted to its website.", "world.\n\nYann LeCun"},
		{"testdata/ldjson.htm", Article{Title: "月之暗面完成新一轮融资", Source: "示例科技", Published: "2024-02-19", Lang: "zh"},
			"月之暗面公司宣布", "竞争正在加剧。", "开发。\n\n该公司"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			a := readOne(t, tt.path, Options{Published: "2001-02-03"})
			got := a
			got.Path, got.ID, got.Text = "", "", ""
			if got != tt.want {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
			if a.Path != tt.path {
				t.Errorf("Path = %q", a.Path)
			}
			if !strings.HasPrefix(a.Text, tt.start) || !strings.HasSuffix(a.Text, tt.end) || !strings.Contains(a.Text, tt.has) {
				t.Errorf("Text = %q\nwant it to start with %q, end with %q and hold %q", a.Text, tt.start, tt.end, tt.has)
			}
			if a.ID != ID(a.Text) || len(a.ID) != 32 {
				t.Errorf("ID = %q, want ID(Text) = %q", a.ID, ID(a.Text))
			}
			for _, junk := range []string{"Home", "Copyright", "旧日期", "Ignored tab title"} {
				if strings.Contains(a.Text, junk) {
					t.Errorf("page furniture %q left in Text %q", junk, a.Text)
				}
			}
		})
	}
}

func TestJSONL(t *testing.T) {
	arts, errs := collect(t, []string{"testdata/articles.jsonl"}, Options{Published: "2001-02-03"})
	if len(errs) != 0 {
		t.Fatalf("errors: %q", errs)
	}
	want := []struct {
		line                              int
		title, url, source, published, lg string
		text                              string
	}{
		{1, "百川智能发布新模型", "https://example.com/a/1", "示例", "2024-01-29", "zh", "百川智能创始人王小川表示，新模型将在医疗领域落地。"},
		{3, "", "", "", "2024-02-21", "en", "Google DeepMind released Gemma, a family of open models, said Demis Hassabis."},
		{4, "", "", "", "2024-01-15", "en", "Zhipu AI said GLM-4 would be free for students.\n\nThe company is based in Beijing."},
	}
	if len(arts) != len(want) {
		t.Fatalf("got %d articles, want %d", len(arts), len(want))
	}
	for i, w := range want {
		a := arts[i]
		if a.Line != w.line || a.Title != w.title || a.URL != w.url || a.Source != w.source || a.Published != w.published || a.Lang != w.lg || a.Text != w.text {
			t.Errorf("line %d: got %+v %q", w.line, a, a.Text)
		}
		if a.ID != ID(w.text) {
			t.Errorf("line %d: ID %q is not the content hash (a given \"id\" must not replace it)", w.line, a.ID)
		}
	}
}

func TestWalkOrderAndSkips(t *testing.T) {
	dir := t.TempDir()
	body := func(s string) []byte { return []byte("Some words about " + s + " and models.\n") }
	write(t, dir, "b.txt", body("b"))
	write(t, dir, "a/z.md", body("a/z"))
	write(t, dir, "a/c.TXT", body("a/c"))
	write(t, dir, "c.pdf", body("pdf"))          // unknown type: skipped
	write(t, dir, ".hidden.txt", body("hidden")) // hidden: skipped
	write(t, dir, ".git/x.txt", body("git"))     // hidden folder: skipped
	write(t, dir, "d/e/f.ndjson", []byte(`{"text":"deep"}`+"\n"))
	if err := os.Symlink(filepath.Join(dir, "a"), filepath.Join(dir, "link-to-a")); err != nil {
		t.Fatal(err)
	}
	arts, errs := collect(t, []string{dir}, Options{})
	if len(errs) != 0 {
		t.Fatalf("errors: %q", errs)
	}
	var got []string
	for _, a := range arts {
		rel, _ := filepath.Rel(dir, a.Path)
		got = append(got, rel)
	}
	// a/ is read once: link-to-a leads to a folder already read.
	want := []string{"a/c.TXT", "a/z.md", "b.txt", "d/e/f.ndjson"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("read %q, want %q", got, want)
	}
}

func TestStdin(t *testing.T) {
	tests := []struct {
		name, in  string
		wantTexts []string
		wantErrs  []string
	}{
		{"jsonl", "\n  {\"text\":\"OpenAI released GPT-4o.\"}\n{\"text\":\"\"}\n{\"body\":\"阿里巴巴发布通义千问。\"}\n",
			[]string{"OpenAI released GPT-4o.", "阿里巴巴发布通义千问。"},
			[]string{`-:3: no text: want a "text", "content" or "body" string`}},
		{"plain", "Baidu showed Ernie 4.0.\r\nRobin Li spoke.\r\n", []string{"Baidu showed Ernie 4.0.\nRobin Li spoke."}, nil},
		{"bom plain", "\uFEFFCohere hired a new chief scientist.", []string{"Cohere hired a new chief scientist."}, nil},
		{"empty", " \n\t\n", nil, []string{"-: empty file"}},
		{"plain too large", strings.Repeat("Qwen ", 13), nil, []string{"-: too large: over the 64 bytes limit"}},
		{"last jsonl line too long", "{\"text\":\"a\"}\n{\"text\":\"" + strings.Repeat("b", 64) + "\"}", []string{"a"}, []string{"-:2: too large: line longer than the 64 bytes limit"}},
		{"utf16 jsonl", string(utf16Bytes("\n{\"text\":\"华为发布盘古模型。\"}\n", false)), []string{"华为发布盘古模型。"}, nil},
		{"utf16 plain", string(utf16Bytes("华为发布盘古模型。", true)), []string{"华为发布盘古模型。"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, errs := collect(t, []string{"-"}, Options{Stdin: strings.NewReader(tt.in), MaxBytes: 64, MaxLineBytes: 64})
			var texts []string
			for _, a := range arts {
				texts = append(texts, a.Text)
				if a.Path != "-" {
					t.Errorf("Path = %q, want -", a.Path)
				}
			}
			if strings.Join(texts, "|") != strings.Join(tt.wantTexts, "|") {
				t.Errorf("texts %q, want %q", texts, tt.wantTexts)
			}
			if strings.Join(errs, "|") != strings.Join(tt.wantErrs, "|") {
				t.Errorf("errors %q, want %q", errs, tt.wantErrs)
			}
		})
	}
}

func TestReadStops(t *testing.T) {
	stop := errors.New("stop")
	n := 0
	err := Read(context.Background(), []string{"testdata"}, Options{}, func(Article) error {
		n++
		return stop
	}, nil)
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("Read = %v after %d articles, want fn's error after 1", err, n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Read(ctx, []string{"testdata"}, Options{}, func(Article) error { return nil }, nil); !errors.Is(err, context.Canceled) {
		t.Errorf("Read with a cancelled context = %v", err)
	}
	if err := Read(context.Background(), nil, Options{Published: "yesterday"}, nil, nil); err == nil || err.Error() != `default published date: not a date: "yesterday"` {
		t.Errorf("bad default date: %v", err)
	}
}
