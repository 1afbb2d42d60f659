package source

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
)

// Defaults for the zero Options.
const (
	DefaultMaxBytes     = 32 << 20 // a whole-file input: .txt, .md, .html, a page, stdin text
	DefaultMaxLineBytes = 16 << 20 // one JSONL line
)

// format is how an input's bytes become articles.
type format int

const (
	formatUnknown format = iota
	formatText
	formatMarkdown
	formatJSONL
	formatHTML
)

// formatOf maps a file name to its format by extension, ignoring case.
func formatOf(name string) format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text":
		return formatText
	case ".md", ".markdown":
		return formatMarkdown
	case ".jsonl", ".ndjson":
		return formatJSONL
	case ".html", ".htm", ".xhtml":
		return formatHTML
	}
	return formatUnknown
}

// inputFailure is an error that fails one input, not the whole Read.
type inputFailure struct{ err error }

func (f inputFailure) Error() string { return f.err.Error() }
func (f inputFailure) Unwrap() error { return f.err }

// openFile is os.Open; tests swap it to simulate what root cannot see
// (permission denied) on a root-run CI.
var openFile = os.Open

// openFIFO opens a named pipe for reading without waiting for a writer.
func openFIFO(p string) (*os.File, error) {
	return os.OpenFile(p, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}

// reader is one Read call.
type reader struct {
	ctx   context.Context
	opt   Options
	fn    func(Article) error
	onErr func(*InputError)
	http  *http.Client
	// dirs maps the real path of every folder entered to the path it was
	// entered by, to stop symlink loops and double reads.
	dirs map[string]string
}

var urlScheme = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.-]*://`)

// Read streams every article found in paths to fn, in order: paths as
// given, folders walked depth-first in name order. An input that fails is
// passed to onErr as an *InputError and reading goes on; Read returns an
// error only when opt.Published is not a date, fn returns an error, or ctx
// ends.
func Read(ctx context.Context, paths []string, opt Options, fn func(Article) error, onErr func(*InputError)) error {
	if opt.Published != "" {
		d, err := Date(opt.Published)
		if err != nil {
			return fmt.Errorf("default published date: %w", err)
		}
		opt.Published = d
	}
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = DefaultMaxBytes
	}
	if opt.MaxLineBytes <= 0 {
		opt.MaxLineBytes = DefaultMaxLineBytes
	}
	if onErr == nil {
		onErr = func(*InputError) {}
	}
	r := &reader{ctx: ctx, opt: opt, fn: fn, onErr: onErr, dirs: map[string]string{}}
	r.http = httpClient(opt)
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		var err error
		switch {
		case p == "-":
			err = r.stdin()
		case urlScheme.MatchString(p):
			err = r.url(p)
		default:
			err = r.path(p)
		}
		if err != nil {
			return err
		}
	}
	return ctx.Err()
}

// fail reports one failed input (line 0) or JSONL line.
func (r *reader) fail(path string, line int, err error) {
	r.onErr(&InputError{Path: path, Line: line, Err: err})
}

// deliver finishes an article and hands it to fn; only fn's error stops.
func (r *reader) deliver(path string, line int, a Article) error {
	a.Path, a.Line = path, line
	if err := finish(&a, r.opt.Published); err != nil {
		r.fail(path, line, err)
		return nil
	}
	if line == 0 && path != "-" && !urlScheme.MatchString(path) {
		// A file always has a title, its name at worst; and an outlet's
		// articles usually sit in a folder named after it.
		if a.Title == "" {
			a.Title = strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
		}
		if a.Source == "" {
			if dir := filepath.Base(filepath.Dir(path)); dir != "." && dir != string(filepath.Separator) {
				a.Source = dir
			}
		}
	}
	return r.fn(a)
}

// path reads a file or walks a folder named on the command line. A file
// named explicitly is read whatever its extension: without one as text, with
// an unknown one it is an error (a folder walk skips such files quietly).
func (r *reader) path(p string) error {
	fi, err := os.Stat(p)
	if err != nil {
		r.fail(p, 0, statReason(err, false))
		return nil
	}
	if fi.IsDir() {
		return r.walk(p, nil)
	}
	f := formatOf(p)
	if f == formatUnknown {
		if filepath.Ext(p) != "" {
			r.fail(p, 0, fmt.Errorf("unknown format %q (want .txt, .md, .jsonl, .ndjson, .html or .htm)", filepath.Ext(p)))
			return nil
		}
		f = formatText
	}
	return r.file(p, f, false)
}

// statReason words a failure to reach a path. walked says the path was
// listed in a folder a moment ago, so not existing now means it vanished.
func statReason(err error, walked bool) error {
	switch {
	case errors.Is(err, syscall.ELOOP):
		return fmt.Errorf("%w (too many levels of symbolic links)", ErrSymlinkLoop)
	case errors.Is(err, fs.ErrNotExist) && walked:
		return errors.New("file disappeared before it could be read")
	case errors.Is(err, fs.ErrNotExist):
		return errors.New("no such file or directory")
	case errors.Is(err, fs.ErrPermission):
		return errors.New("permission denied")
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}

// walk reads a folder recursively in name order, skipping hidden entries
// and files of unknown type, following symlinks but never into a folder
// already entered: a link back to an ancestor is an ErrSymlinkLoop, a
// second way into another folder is skipped.
func (r *reader) walk(dir string, ancestors []string) error {
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		r.fail(dir, 0, statReason(err, ancestors != nil))
		return nil
	}
	if abs, err := filepath.Abs(real); err == nil {
		real = abs
	}
	for _, a := range ancestors {
		if a == real {
			r.fail(dir, 0, fmt.Errorf("%w: leads back to %s", ErrSymlinkLoop, r.dirs[real]))
			return nil
		}
	}
	if _, seen := r.dirs[real]; seen {
		return nil
	}
	r.dirs[real] = dir
	entries, err := os.ReadDir(dir)
	if err != nil {
		r.fail(dir, 0, fmt.Errorf("list folder: %w", statReason(err, false)))
		return nil
	}
	ancestors = append(ancestors, real)
	for _, e := range entries {
		if err := r.ctx.Err(); err != nil {
			return err
		}
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		p := filepath.Join(dir, name)
		mode := e.Type()
		if mode&fs.ModeSymlink != 0 {
			fi, err := os.Stat(p)
			if err != nil {
				if errors.Is(err, fs.ErrNotExist) {
					r.fail(p, 0, errors.New("broken symlink"))
				} else {
					r.fail(p, 0, statReason(err, true))
				}
				continue
			}
			mode = fi.Mode().Type()
		}
		switch {
		case mode.IsDir():
			if err := r.walk(p, ancestors); err != nil {
				return err
			}
		case mode.IsRegular():
			if f := formatOf(name); f != formatUnknown {
				if err := r.file(p, f, true); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// file reads one file in its format.
func (r *reader) file(p string, f format, walked bool) error {
	open := openFile
	if fi, err := os.Stat(p); err == nil && fi.Mode()&fs.ModeNamedPipe != 0 {
		// A FIFO with no writer would block open(2), deaf to SIGTERM;
		// opened without blocking it reads as empty, and a writer's data
		// still comes through Go's poller.
		open = openFIFO
	}
	fh, err := open(p)
	if err != nil {
		r.fail(p, 0, statReason(err, walked))
		return nil
	}
	defer fh.Close()
	if f == formatJSONL {
		return r.jsonl(p, fh)
	}
	if fi, err := fh.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() > r.opt.MaxBytes {
		r.fail(p, 0, tooLarge(fi.Size(), r.opt.MaxBytes))
		return nil
	}
	b, err := readLimited(fh, r.opt.MaxBytes)
	if err != nil {
		r.fail(p, 0, err)
		return nil
	}
	return r.whole(p, f, b, "", nil)
}

// readLimited reads all of rd, failing past max bytes.
func readLimited(rd io.Reader, max int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(rd, max+1))
	if err != nil {
		return nil, fmt.Errorf("read: %w", statReason(err, false))
	}
	if int64(len(b)) > max {
		return nil, tooLarge(-1, max)
	}
	return b, nil
}

func tooLarge(n, max int64) error {
	if n < 0 {
		return fmt.Errorf("%w: over the %s limit", ErrTooLarge, size(max))
	}
	return fmt.Errorf("%w: %s, over the %s limit", ErrTooLarge, size(n), size(max))
}

// size writes a byte count for people.
func size(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// whole turns a whole-file input into its article. contentType and page
// are set for fetched pages.
func (r *reader) whole(p string, f format, b []byte, contentType string, page *url.URL) error {
	a, err := parseWhole(f, b, contentType, page)
	if err != nil {
		r.fail(p, 0, err)
		return nil
	}
	return r.deliver(p, 0, a)
}

// parseWhole decodes and parses a whole-file input; it does no I/O.
func parseWhole(f format, b []byte, contentType string, page *url.URL) (Article, error) {
	if blank(b) {
		return Article{}, ErrEmpty
	}
	if f == formatHTML {
		s, err := decodeHTML(b, contentType)
		if err != nil {
			return Article{}, err
		}
		return htmlArticle(s, page)
	}
	label := ""
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		label = params["charset"]
	}
	declared, name := lookupCharset(label)
	s, err := decodeBytes(b, 0, declared, name)
	if err != nil {
		return Article{}, err
	}
	if strings.TrimSpace(strings.TrimPrefix(s, "\uFEFF")) == "" {
		return Article{}, ErrEmpty
	}
	a := textArticle(s)
	if f == formatMarkdown {
		if a, err = markdownArticle(s); err != nil {
			return Article{}, err
		}
	}
	if a.URL == "" && page != nil {
		a.URL = page.String()
	}
	return a, nil
}

// jsonl streams a JSONL input; bad lines are reported with their number.
func (r *reader) jsonl(p string, rd io.Reader) error {
	err := readJSONL(rd, r.opt.MaxLineBytes, func(n int, a Article, err error) error {
		if err := r.ctx.Err(); err != nil {
			return err
		}
		if err != nil {
			r.fail(p, n, err)
			return nil
		}
		return r.deliver(p, n, a)
	})
	var f inputFailure
	if errors.As(err, &f) {
		r.fail(p, 0, f.err)
		return nil
	}
	return err
}

// stdin reads Options.Stdin: JSONL when its first non-blank byte is "{",
// otherwise one plain-text article.
func (r *reader) stdin() error {
	const p = "-"
	if r.opt.Stdin == nil {
		r.fail(p, 0, errors.New("no standard input"))
		return nil
	}
	br := bufio.NewReaderSize(r.opt.Stdin, 64<<10)
	head, err := br.Peek(binarySniff)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
		r.fail(p, 0, fmt.Errorf("read: %w", err))
		return nil
	}
	if startsJSON(head) {
		return r.jsonl(p, br)
	}
	b, err := readLimited(br, r.opt.MaxBytes)
	if err != nil {
		r.fail(p, 0, err)
		return nil
	}
	return r.whole(p, formatText, b, "", nil)
}

// startsJSON says whether the first non-blank character of head, after any
// BOM, is "{" (UTF-16 with a BOM included).
func startsJSON(head []byte) bool {
	switch {
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}), bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		s, _ := decodeUTF16(head[2:len(head)&^1], head[0] == 0xFE, 0)
		return strings.HasPrefix(strings.TrimLeft(s, " \t\r\n"), "{")
	}
	return bytes.HasPrefix(bytes.TrimLeft(bytes.TrimPrefix(head, []byte{0xEF, 0xBB, 0xBF}), " \t\r\n"), []byte("{"))
}
