package source

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestBadInputs gives each bad input next to a good file: the bad one is
// one exact error line, the good one still goes through.
func TestBadInputs(t *testing.T) {
	good := []byte("Tencent released Hunyuan, a large language model, on Thursday.\n")
	tests := []struct {
		name  string
		setup func(t *testing.T, dir string) string // returns the path to read
		opt   Options
		want  []string // error lines, with {dir} for the temp folder
		arts  int      // articles from the bad input itself
	}{
		{"empty", func(t *testing.T, dir string) string { return write(t, dir, "e.txt", nil) }, Options{},
			[]string{"{dir}/e.txt: empty file"}, 0},
		{"whitespace only", func(t *testing.T, dir string) string { return write(t, dir, "w.md", []byte(" \r\n\t\n")) }, Options{},
			[]string{"{dir}/w.md: empty file"}, 0},
		{"front matter only", func(t *testing.T, dir string) string {
			return write(t, dir, "f.md", []byte("---\ntitle: x\n---\n\n"))
		}, Options{}, []string{"{dir}/f.md: no text"}, 0},
		{"bad front matter", func(t *testing.T, dir string) string {
			return write(t, dir, "f.md", []byte("---\ntitle: [unclosed\n---\nbody\n"))
		}, Options{}, []string{"{dir}/f.md: front matter: yaml: line 1: did not find expected ',' or ']'"}, 0},
		{"binary", func(t *testing.T, dir string) string {
			return write(t, dir, "b.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
		}, Options{}, []string{"{dir}/b.txt: binary file (NUL byte at offset 8)"}, 0},
		{"binary jsonl", func(t *testing.T, dir string) string {
			return write(t, dir, "b.jsonl", []byte("{\x00\x01\x02}\n"))
		}, Options{}, []string{"{dir}/b.jsonl: binary file (3 control bytes in the first 6)"}, 0},
		{"jsonl with a NUL byte in its first line", func(t *testing.T, dir string) string {
			good := strings.Repeat(`{"text": "Acme released a model."}`+"\n", 200)
			return write(t, dir, "n.jsonl", []byte("{\"text\": \"a\x00b\"}\n"+good))
		}, Options{}, []string{"{dir}/n.jsonl:1: binary file (NUL byte at offset 11)"}, 200},
		{"named pipe without a writer", func(t *testing.T, dir string) string {
			p := filepath.Join(dir, "pipe.txt")
			must(t, syscall.Mkfifo(p, 0o644))
			return p
		}, Options{}, []string{"{dir}/pipe.txt: empty file"}, 0},
		{"too large", func(t *testing.T, dir string) string {
			return write(t, dir, "big.html", []byte(strings.Repeat("<p>Nvidia sold many GPUs.</p>\n", 100)))
		}, Options{MaxBytes: 1024}, []string{"{dir}/big.html: too large: 2.9 KiB, over the 1.0 KiB limit"}, 0},
		{"undecodable", func(t *testing.T, dir string) string {
			return write(t, dir, "u.txt", []byte("百度发布了文心一言\xff\xfe大模型，李彦宏出席了发布会。"))
		}, Options{}, []string{"{dir}/u.txt: undecodable bytes: invalid UTF-8 byte 0xff at offset 27"}, 0},
		{"unknown extension named", func(t *testing.T, dir string) string { return write(t, dir, "x.pdf", good) }, Options{},
			[]string{`{dir}/x.pdf: unknown format ".pdf" (want .txt, .md, .jsonl, .ndjson, .html or .htm)`}, 0},
		{"no extension named", func(t *testing.T, dir string) string { return write(t, dir, "README", good) }, Options{}, nil, 1},
		{"missing", func(t *testing.T, dir string) string { return filepath.Join(dir, "nope.txt") }, Options{},
			[]string{"{dir}/nope.txt: no such file or directory"}, 0},
		{"self symlink", func(t *testing.T, dir string) string {
			p := filepath.Join(dir, "self.txt")
			must(t, os.Symlink(p, p))
			return p
		}, Options{}, []string{"{dir}/self.txt: symlink loop (too many levels of symbolic links)"}, 0},
		{"symlink loop in a folder", func(t *testing.T, dir string) string {
			write(t, dir, "tree/sub/a.txt", good)
			must(t, os.Symlink("..", filepath.Join(dir, "tree/sub/up")))
			return filepath.Join(dir, "tree")
		}, Options{}, []string{"{dir}/tree/sub/up: symlink loop: leads back to {dir}/tree"}, 1},
		{"broken symlink in a folder", func(t *testing.T, dir string) string {
			must(t, os.MkdirAll(filepath.Join(dir, "d"), 0o755))
			must(t, os.Symlink("gone.txt", filepath.Join(dir, "d/dangling.txt")))
			return filepath.Join(dir, "d")
		}, Options{}, []string{"{dir}/d/dangling.txt: broken symlink"}, 0},
		{"bad jsonl lines", func(t *testing.T, dir string) string {
			lines := []string{
				`{"text":"Moonshot AI released Kimi."}`,
				`not json at all`,
				`{"title":"no body"}`,
				`["an","array"]`,
				`{"text": 42}`,
				`{"text":"ok","title":{"nested":true}}`,
				`{"text":"truncated`,
				`{"text":"` + strings.Repeat("x", 200) + `"}`,
				`{"text":"Zhipu released GLM-4.","published":"someday"}`,
				"{\"text\":\"bad byte \xff here\"}",
				`{"content":"MiniMax released abab 6."}`,
			}
			return write(t, dir, "a.jsonl", []byte(strings.Join(lines, "\n")+"\n"))
		}, Options{MaxLineBytes: 100}, []string{
			"{dir}/a.jsonl:2: not a JSON object",
			`{dir}/a.jsonl:3: no text: want a "text", "content" or "body" string`,
			"{dir}/a.jsonl:4: not a JSON object",
			`{dir}/a.jsonl:5: field "text" is not a string`,
			`{dir}/a.jsonl:6: field "title" is not a string`,
			"{dir}/a.jsonl:7: not JSON: unexpected end of JSON input",
			"{dir}/a.jsonl:8: too large: line longer than the 100 bytes limit",
			`{dir}/a.jsonl:9: published: not a date: "someday"`,
			"{dir}/a.jsonl:10: undecodable bytes: invalid UTF-8 byte 0xff at offset 444",
		}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			p := tt.setup(t, dir)
			ok := write(t, dir, "zz-good.txt", good)
			arts, errs := collect(t, []string{p, ok}, tt.opt)
			var want []string
			for _, w := range tt.want {
				want = append(want, strings.ReplaceAll(w, "{dir}", dir))
			}
			if strings.Join(errs, "\n") != strings.Join(want, "\n") {
				t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(errs, "\n"), strings.Join(want, "\n"))
			}
			if len(arts) != tt.arts+1 || arts[len(arts)-1].Path != ok {
				t.Errorf("got %d articles, want %d and the good file last", len(arts), tt.arts+1)
			}
		})
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// TestFileDisappears deletes a file while Read is busy with the one before
// it in the same folder.
func TestFileDisappears(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.txt", []byte("Apple talked about its own models.\n"))
	gone := write(t, dir, "b.txt", []byte("Amazon invested in Anthropic.\n"))
	write(t, dir, "c.txt", []byte("Samsung built Gauss.\n"))
	var got, errs []string
	err := Read(context.Background(), []string{dir}, Options{}, func(a Article) error {
		got = append(got, filepath.Base(a.Path))
		if filepath.Base(a.Path) == "a.txt" {
			return os.Remove(gone)
		}
		return nil
	}, func(e *InputError) { errs = append(errs, e.Error()) })
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(got, " ") != "a.txt c.txt" {
		t.Errorf("read %q", got)
	}
	if want := gone + ": file disappeared before it could be read"; strings.Join(errs, "|") != want {
		t.Errorf("errors %q, want %q", errs, want)
	}
}

// TestPermissionDenied fakes EACCES, which root (as CI runs) never gets
// from a chmod; TestPermissionDeniedReal covers the real thing elsewhere.
func TestPermissionDenied(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "secret.txt", []byte("Private notes about Gemini.\n"))
	ok := write(t, dir, "ok.txt", []byte("Public notes about Gemini.\n"))
	old := openFile
	t.Cleanup(func() { openFile = old })
	openFile = func(name string) (*os.File, error) {
		if name == p {
			return nil, &fs.PathError{Op: "open", Path: name, Err: syscall.EACCES}
		}
		return old(name)
	}
	arts, errs := collect(t, []string{dir}, Options{})
	if want := p + ": permission denied"; strings.Join(errs, "|") != want {
		t.Errorf("errors %q, want %q", errs, want)
	}
	if len(arts) != 1 || arts[0].Path != ok {
		t.Errorf("articles %+v", arts)
	}
}

func TestPermissionDeniedReal(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads files whatever their mode; TestPermissionDenied fakes it")
	}
	dir := t.TempDir()
	p := write(t, dir, "secret.txt", []byte("Private notes about Gemini.\n"))
	must(t, os.Chmod(p, 0))
	_, errs := collect(t, []string{p}, Options{})
	if want := p + ": permission denied"; strings.Join(errs, "|") != want {
		t.Errorf("errors %q, want %q", errs, want)
	}
}
