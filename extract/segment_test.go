package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/go-ego/gse"
	"github.com/go-ego/gse/hmm/pos"
)

// segTexts are our own sentences covering the scripts and symbols news
// text mixes.
var segTexts = map[string]string{
	"simplified":  "2023年7月18日，Meta公司发布了开源大模型Llama 2，首席AI科学家杨立昆表示开放才是必然的道路。",
	"traditional": "臉書母公司Meta週二宣布，旗下的人工智慧實驗室將與輝達合作，黃仁勳出席了發表會。",
	"mixed":       "OpenAI的CEO萨姆·奥尔特曼(Sam Altman)说，GPT-4o比GPT-4快2倍；Qwen2.5-72B-Instruct由阿里云开发。",
	"fullwidth":   "「我们不会停下来」，他说：“ＡＩ的未来在开源。”（完）【责任编辑：张三】",
	"emoji":       "太棒了🎉👍🏽！DeepSeek-V3上线😀，家庭👨‍👩‍👧都在用。",
	"english":     "Yann LeCun, chief AI scientist at Meta, said on Tuesday that Llama 2 would be free. Zürich-based researchers agreed.",
	"whitespace":  "  第一段\n\n第二段\r\n\tEnd  ",
	"symbols":     "C++与C#、R&D部门，v1.5_beta版本，价格$9.99。",
}

// articles returns our test articles and, when present, the shared
// corpus, read at run time.
func articles(t testing.TB) map[string]string {
	out := map[string]string{}
	for _, pat := range []string{"../testdata/articles/*.txt", "../../shared/corpus/*.txt"} {
		files, _ := filepath.Glob(pat)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			out[filepath.Base(f)] = string(b)
		}
	}
	return out
}

var (
	gseOnce sync.Once
	gseRef  *pos.Segmenter
)

// reference is gse's own POS tagger over gse's full embedded dictionary:
// what segmenter must reproduce. It costs seconds and ~400 MB.
func reference(t testing.TB) *pos.Segmenter {
	t.Helper()
	if testing.Short() {
		t.Skip("loads gse's full dictionary; skipped with -short")
	}
	gseOnce.Do(func() {
		gse.ToLower = false
		g := gse.Segmenter{NotLoadHMM: true, SkipLog: true}
		if err := g.LoadDictEmbed("zh"); err != nil {
			t.Fatal(err)
		}
		gseRef = &pos.Segmenter{}
		gseRef.WithGse(g)
	})
	return gseRef
}

func newTestSegmenter(t testing.TB, forms ...surfaceForm) *segmenter {
	t.Helper()
	s, err := newSegmenterForms(forms)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestSegmenterMatchesGse checks that, with no lexicon, tokens and tags are
// exactly gse's (white space aside): the fast dictionary loses nothing.
func TestSegmenterMatchesGse(t *testing.T) {
	ref := reference(t)
	s := newTestSegmenter(t)
	s.gseLatin = true
	texts := articles(t)
	for k, v := range segTexts {
		texts[k] = v
	}
	for name, text := range texts {
		t.Run(name, func(t *testing.T) {
			var want []string
			for _, sp := range ref.Cut(text, true) {
				if strings.TrimFunc(sp.Text, unicode.IsSpace) == "" {
					continue
				}
				want = append(want, sp.Text+"/"+sp.Pos)
			}
			var got []string
			for _, tk := range s.tokens(text) {
				got = append(got, tk.word(text)+"/"+tk.Pos())
			}
			if !reflect.DeepEqual(got, want) {
				for i := 0; i < len(got) && i < len(want); i++ {
					if got[i] != want[i] {
						t.Fatalf("token %d: got %q, gse %q\ngot: %v\ngse: %v", i, got[i], want[i],
							got[max(0, i-5):min(len(got), i+5)], want[max(0, i-5):min(len(want), i+5)])
					}
				}
				t.Fatalf("got %d tokens, gse %d", len(got), len(want))
			}
		})
	}
}

// checkSpans verifies every token is the text at its span, in order,
// without overlaps, and that only white space is left between tokens.
func checkSpans(t *testing.T, text string, toks []token) {
	t.Helper()
	at := 0
	for i, tk := range toks {
		if tk.Start() < at || tk.End() <= tk.Start() || tk.End() > len(text) {
			t.Fatalf("token %d: bad span [%d,%d) after %d", i, tk.Start(), tk.End(), at)
		}
		if gap := text[at:tk.Start()]; strings.TrimFunc(gap, unicode.IsSpace) != "" {
			t.Fatalf("token %d: text %q before it is in no token", i, gap)
		}
		if tk.Pos() == "" {
			t.Fatalf("token %d %q: no tag", i, tk.word(text))
		}
		at = tk.End()
	}
	if gap := text[at:]; strings.TrimFunc(gap, unicode.IsSpace) != "" {
		t.Fatalf("trailing text %q is in no token", gap)
	}
}

func TestSegmenterSpans(t *testing.T) {
	s := newTestSegmenter(t, testForms...)
	texts := articles(t)
	for k, v := range segTexts {
		texts[k] = v
	}
	for name, text := range texts {
		t.Run(name, func(t *testing.T) { checkSpans(t, text, s.tokens(text)) })
	}
}

var testForms = []surfaceForm{
	{"Meta", Organization},
	{"Meta公司", Organization},
	{"臉書", Organization},
	{"Llama 2", Model},
	{"Llama", Model},
	{"GPT-4", Model},
	{"GPT-4o", Model},
	{"Qwen2.5-72B-Instruct", Model},
	{"杨立昆", Person},
	{"萨姆·奥尔特曼", Person},
	{"Sam Altman", Person},
	{"Yann LeCun", Person},
	{"OpenAI", Organization},
	{"阿里云", Organization},
	{"黃仁勳", Person},
	{"X", Organization}, // too short: never a token of its own
}

func TestSegmenterLexicon(t *testing.T) {
	s := newTestSegmenter(t, testForms...)
	tests := []struct {
		text string
		want []string // tokens that must appear, as text/pos
		not  []string // token texts that must not appear
	}{
		{"Meta公司发布了Llama 2。", []string{"Meta公司/nt", "Llama 2/nz"}, []string{"Meta", "Llama"}},
		{"OpenAI的CEO萨姆·奥尔特曼说", []string{"OpenAI/nt", "萨姆·奥尔特曼/nr"}, []string{"萨姆"}},
		{"GPT-4o比GPT-4快", []string{"GPT-4o/nz", "GPT-4/nz"}, []string{"GPT"}},
		{"Qwen2.5-72B-Instruct由阿里云开发", []string{"Qwen2.5-72B-Instruct/nz", "阿里云/nt"}, nil},
		{"Yann LeCun said", []string{"Yann LeCun/nr"}, []string{"Yann"}},
		{"臉書和黃仁勳", []string{"臉書/nt", "黃仁勳/nr"}, nil},
		// A Latin form never matches inside a longer Latin word.
		{"the Metaverse and MetaAI", nil, []string{"Meta"}},
		{"Llama 20 is not Llama 2", []string{"Llama/nz", "Llama 2/nz"}, []string{"Llama 20"}},
		{"X发布", nil, []string{"X发布"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			toks := s.tokens(tt.text)
			checkSpans(t, tt.text, toks)
			have := map[string]bool{}
			texts := map[string]bool{}
			for _, tk := range toks {
				have[tk.word(tt.text)+"/"+tk.Pos()] = true
				texts[tk.word(tt.text)] = true
			}
			for _, w := range tt.want {
				if !have[w] {
					t.Errorf("no token %s in %v", w, toks)
				}
			}
			for _, w := range tt.not {
				if texts[w] {
					t.Errorf("unexpected token %q in %v", w, toks)
				}
			}
		})
	}
}

func TestSegmenterLatinCase(t *testing.T) {
	s := newTestSegmenter(t)
	text := "DeepSeek与OpenAI和ByteDance竞争"
	toks := s.tokens(text)
	var got []string
	for _, tk := range toks {
		if tk.Pos() == "eng" {
			got = append(got, tk.word(text))
		}
	}
	want := []string{"DeepSeek", "OpenAI", "ByteDance"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Latin tokens %v, want %v (case kept)", got, want)
	}
}

func TestSegmenterJoinsAccentedLatin(t *testing.T) {
	s := newTestSegmenter(t, testForms...)
	tests := []struct {
		text string
		want []string // the eng tokens
	}{
		{"Jürgen Schmidhuber在Zürich说", []string{"Jürgen", "Schmidhuber", "Zürich"}},
		{"Sébastien Bubeck and Łukasz Kaiser", []string{"Sébastien", "Bubeck", "and", "Łukasz", "Kaiser"}},
		{"plain ASCII stays", []string{"plain", "ASCII", "stays"}},
		// a lexicon token is never swallowed
		{"Metaé", []string{"é"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			toks := s.tokens(tt.text)
			checkSpans(t, tt.text, toks)
			var got []string
			for _, tk := range toks {
				if latinWord(tt.text, tk) > 0 {
					got = append(got, tk.word(tt.text))
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Latin words %v, want %v (tokens %v)", got, tt.want, toks)
			}
		})
	}
}

// TestSegmenterConcurrent runs one segmenter from many goroutines (run it
// with -race) and checks they all agree.
func TestSegmenterConcurrent(t *testing.T) {
	s := newTestSegmenter(t, testForms...)
	var texts []string
	for _, v := range segTexts {
		texts = append(texts, v)
	}
	want := make([][]token, len(texts))
	for i, text := range texts {
		want[i] = s.tokens(text)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := 0; r < 20; r++ {
				for i, text := range texts {
					if !reflect.DeepEqual(s.tokens(text), want[i]) {
						errs <- text
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Errorf("concurrent tokens differ on %q", e)
	}
}

// TestLexiconFormsAreSingleTokens puts every surface form of the embedded
// lexicon in a sentence and checks it comes out as one token (or inside a
// longer lexicon token) with its type's tag.
func TestLexiconFormsAreSingleTokens(t *testing.T) {
	lex, err := loadLexicon(nil)
	if err != nil {
		t.Fatal(err)
	}
	forms := lex.surfaceForms()
	if len(forms) == 0 {
		t.Skip("the embedded lexicon is empty")
	}
	s, err := newSegmenter(lex)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d surface forms", len(forms))
	const before, after = "据报道，", "周二表示"
	for _, f := range forms {
		if utf8.RuneCountInString(strings.TrimSpace(f.Text)) < 2 {
			continue
		}
		text := before + f.Text + after
		start, end := len(before), len(before)+len(f.Text)
		ok := false
		for _, tk := range s.tokens(text) {
			if tk.Start() <= start && tk.End() >= end && (tk.Pos() == "nr" || tk.Pos() == "nt" || tk.Pos() == "nz") {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%s %q is not one token: %v", f.Type, f.Text, s.tokens(text))
		}
	}
}
