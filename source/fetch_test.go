package source

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

func TestURLs(t *testing.T) {
	gbkPage := encode(t, simplifiedchinese.GBK, `<html><head><title>豆包大模型降价</title>
<link rel="canonical" href="/news/doubao"><meta property="og:site_name" content="示例科技网"></head>
<body><article><p>`+strings.ReplaceAll(simplified, "\n", "</p><p>")+`</p></article></body></html>`)
	big5Page := encode(t, traditionalchinese.Big5, `<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>台灣語言模型</title><meta name="pubdate" content="2024-06-01"></head>
<body><div><p>`+strings.ReplaceAll(traditional, "\n", "</p><p>")+`</p></div></body></html>`)
	mux := http.NewServeMux()
	mux.HandleFunc("/gbk", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=gbk")
		w.Write(gbkPage)
	})
	mux.HandleFunc("/big5", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write(big5Page)
	})
	mux.HandleFunc("/plain", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, "xAI Releases Grok\n\nElon Musk said Grok would be open.\n")
	})
	mux.HandleFunc("/gbk.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=gb2312")
		w.Write(encode(t, simplifiedchinese.GBK, "豆包\n"))
	})
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/x-ndjson")
		fmt.Fprint(w, "{\"text\":\"Apple showed its own models.\"}\n{\"nope\":1}\n")
	})
	mux.HandleFunc("/r/", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(r.URL.Path, "/r/%d", &n)
		if n == 0 {
			http.Redirect(w, r, "/plain", http.StatusFound)
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/r/%d", n-1), http.StatusFound)
	})
	mux.HandleFunc("/ftp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://example.com/file.txt", http.StatusFound)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte(strings.Repeat("a", 2048)))
	})
	mux.HandleFunc("/chunked", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		for range 4 {
			w.Write([]byte(strings.Repeat("b", 512)))
			w.(http.Flusher).Flush()
		}
	})
	mux.HandleFunc("/png", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG"))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	u := srv.URL

	tests := []struct {
		name string
		url  string
		opt  Options
		want []Article // Text compared as a prefix
		errs []string  // {u} is the server's URL
	}{
		{"charset from Content-Type", u + "/gbk", Options{}, []Article{{Title: "豆包大模型降价", URL: u + "/news/doubao", Source: "示例科技网", Lang: "zh", Text: "字节跳动发布豆包大模型"}}, nil},
		{"charset from meta", u + "/big5", Options{}, []Article{{Title: "台灣語言模型", URL: u + "/big5", Published: "2024-06-01", Lang: "zh", Text: "台灣研究團隊"}}, nil},
		{"plain text", u + "/plain", Options{}, []Article{{Title: "xAI Releases Grok", URL: u + "/plain", Lang: "en", Text: "xAI Releases Grok\n\nElon"}}, nil},
		{"plain text charset", u + "/gbk.txt", Options{}, []Article{{Title: "豆包", URL: u + "/gbk.txt", Lang: "zh", Text: "豆包"}}, nil},
		{"jsonl", u + "/feed", Options{}, []Article{{Line: 1, Lang: "en", Text: "Apple showed"}}, []string{`{u}/feed:2: no text: want a "text", "content" or "body" string`}},
		{"redirects within the limit", u + "/r/3", Options{MaxRedirects: 4}, []Article{{Title: "xAI Releases Grok", URL: u + "/plain", Lang: "en", Text: "xAI"}}, nil},
		{"too many redirects", u + "/r/3", Options{MaxRedirects: 2}, nil, []string{"{u}/r/3: fetch: more than 2 redirects"}},
		{"no redirects", u + "/r/0", Options{MaxRedirects: -1}, nil, []string{"{u}/r/0: fetch: more than 0 redirects"}},
		{"redirect off http", u + "/ftp", Options{}, nil, []string{"{u}/ftp: fetch: redirect to ftp://example.com/file.txt refused: only http and https"}},
		{"timeout", u + "/slow", Options{Timeout: 200 * time.Millisecond}, nil, []string{"{u}/slow: timed out after 200ms"}},
		{"size from Content-Length", u + "/big", Options{MaxBytes: 1024}, nil, []string{"{u}/big: too large: 2.0 KiB, over the 1.0 KiB limit"}},
		{"size while reading", u + "/chunked", Options{MaxBytes: 1024}, nil, []string{"{u}/chunked: too large: over the 1.0 KiB limit"}},
		{"not found", u + "/missing", Options{}, nil, []string{"{u}/missing: HTTP 404 Not Found"}},
		{"unsupported type", u + "/png", Options{}, nil, []string{`{u}/png: unsupported content type "image/png"`}},
		{"ftp scheme", "ftp://example.com/a.txt", Options{}, nil, []string{`ftp://example.com/a.txt: unsupported URL scheme "ftp": only http and https`}},
		{"file scheme", "file:///etc/hostname", Options{}, nil, []string{`file:///etc/hostname: unsupported URL scheme "file": only http and https`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// A timeout that failed to fire shows as a wrong error, not a
			// slow test: /slow answers (empty) after 5 s.
			arts, errs := collect(t, []string{tt.url}, tt.opt)
			var want []string
			for _, e := range tt.errs {
				want = append(want, strings.ReplaceAll(e, "{u}", u))
			}
			if strings.Join(errs, "\n") != strings.Join(want, "\n") {
				t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(errs, "\n"), strings.Join(want, "\n"))
			}
			if len(arts) != len(tt.want) {
				t.Fatalf("got %d articles, want %d", len(arts), len(tt.want))
			}
			for i, w := range tt.want {
				a := arts[i]
				if !strings.HasPrefix(a.Text, w.Text) {
					t.Errorf("Text = %q, want prefix %q", a.Text, w.Text)
				}
				if a.Path != tt.url {
					t.Errorf("Path = %q, want %q", a.Path, tt.url)
				}
				a.Text, a.ID, a.Path = w.Text, "", ""
				if a != w {
					t.Errorf("got  %+v\nwant %+v", a, w)
				}
			}
		})
	}
}

// TestURLCredentials: a password in an input URL reaches neither an error
// message nor the article (whose path and url end up in the graph).
func TestURLCredentials(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, `<html><head><title>Grok</title><link rel="canonical" href="/news/grok"></head><body><article><p>xAI released Grok to premium subscribers on the X platform this week.</p></article></body></html>`)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	withPassword := strings.Replace(srv.URL, "http://", "http://kg:s3cret@", 1)
	arts, errs := collect(t, []string{withPassword + "/page", withPassword + "/missing"}, Options{})
	if len(arts) != 1 || len(errs) != 1 {
		t.Fatalf("got %d articles and errors %q, want 1 article and 1 error", len(arts), errs)
	}
	for _, s := range []string{errs[0], arts[0].Path, arts[0].URL} {
		if strings.Contains(s, "s3cret") {
			t.Errorf("password shown in %q", s)
		}
	}
	if want := srv.URL + "/news/grok"; arts[0].URL != want {
		t.Errorf("URL = %q, want %q", arts[0].URL, want)
	}
}
