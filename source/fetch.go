package source

import (
	"context"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// Defaults for fetching URLs.
const (
	DefaultTimeout      = 30 * time.Second
	DefaultMaxRedirects = 5
)

// httpClient builds the client for URLs: Options.HTTPClient or the
// default one, with Options.Timeout and a redirect policy that stops after
// MaxRedirects and refuses to leave http and https.
func httpClient(opt Options) *http.Client {
	c := &http.Client{}
	if opt.HTTPClient != nil {
		cp := *opt.HTTPClient
		c = &cp
	}
	if opt.Timeout > 0 {
		c.Timeout = opt.Timeout
	} else if c.Timeout == 0 {
		c.Timeout = DefaultTimeout
	}
	limit := opt.MaxRedirects
	if limit == 0 {
		limit = DefaultMaxRedirects
	}
	c.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if s := req.URL.Scheme; s != "http" && s != "https" {
			return fmt.Errorf("redirect to %s refused: only http and https", req.URL.Redacted())
		}
		if limit < 0 || len(via) > limit {
			return fmt.Errorf("more than %d redirects", max(limit, 0))
		}
		return nil
	}
	return c
}

// url fetches one http(s) URL and reads it by its Content-Type: HTML
// (also when the type is missing or generic and the body looks like HTML),
// plain text, Markdown or JSONL.
func (r *reader) url(raw string) error {
	u, err := url.Parse(raw)
	if err != nil {
		r.fail(raw, 0, fmt.Errorf("bad URL: %w", err))
		return nil
	}
	// A password in the URL goes in the request only: errors and the
	// article (path and url, both stored in the graph) show it masked.
	raw = u.Redacted()
	if u.Scheme != "http" && u.Scheme != "https" {
		r.fail(raw, 0, fmt.Errorf("unsupported URL scheme %q: only http and https", u.Scheme))
		return nil
	}
	ctx, cancel := context.WithCancel(r.ctx)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		r.fail(raw, 0, fmt.Errorf("bad URL: %w", err))
		return nil
	}
	req.Header.Set("User-Agent", "kg (+https://github.com/newsgraph/kg)")
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5")
	resp, err := r.http.Do(req)
	if err != nil {
		if r.ctx.Err() != nil {
			return r.ctx.Err()
		}
		r.fail(raw, 0, fetchReason(err, r.http.Timeout))
		return nil
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		r.fail(raw, 0, fmt.Errorf("HTTP %s", resp.Status))
		return nil
	}
	// The page's own URL, also the base for a relative canonical link,
	// without the user name and password it was fetched with.
	final := *resp.Request.URL
	final.User = nil
	ct := resp.Header.Get("Content-Type")
	mt, _, _ := mime.ParseMediaType(ct)
	var f format
	switch {
	case mt == "text/html" || mt == "application/xhtml+xml":
		f = formatHTML
	case mt == "text/plain":
		f = formatText
	case mt == "text/markdown" || mt == "text/x-markdown":
		f = formatMarkdown
	case mt == "application/x-ndjson" || mt == "application/jsonl" || mt == "application/x-jsonlines":
		f = formatJSONL
	case mt == "" || mt == "application/octet-stream":
		f = formatHTML // decided by a sniff below
	default:
		r.fail(raw, 0, fmt.Errorf("unsupported content type %q", mt))
		return nil
	}
	if f == formatJSONL {
		return r.jsonl(raw, resp.Body)
	}
	if resp.ContentLength > r.opt.MaxBytes {
		r.fail(raw, 0, tooLarge(resp.ContentLength, r.opt.MaxBytes))
		return nil
	}
	b, err := readLimited(resp.Body, r.opt.MaxBytes)
	if err != nil {
		if r.ctx.Err() != nil {
			return r.ctx.Err()
		}
		if !errors.Is(err, ErrTooLarge) {
			err = fetchReason(err, r.http.Timeout)
		}
		r.fail(raw, 0, err)
		return nil
	}
	if mt == "" || mt == "application/octet-stream" {
		if !strings.HasPrefix(http.DetectContentType(b), "text/html") {
			r.fail(raw, 0, fmt.Errorf("unsupported content type %q", http.DetectContentType(b)))
			return nil
		}
	}
	return r.whole(raw, f, b, ct, &final)
}

// fetchReason words a failed request without Go's "Get <url>:" prefix,
// since the InputError names the URL already.
func fetchReason(err error, timeout time.Duration) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		if ue.Timeout() {
			return fmt.Errorf("timed out after %s", timeout)
		}
		err = ue.Err
	}
	return fmt.Errorf("fetch: %w", err)
}
