package source

import (
	"encoding/json"
	"fmt"
	"maps"
	"mime"
	"net/url"
	"regexp"
	"slices"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// maxHTMLElements bounds the work readability does on one page; real
// articles stay far below it.
const maxHTMLElements = 200_000

// metaCharset finds <meta charset=...> or <meta http-equiv=Content-Type
// content="...; charset=..."> in the first 1024 bytes, as browsers do.
var metaCharset = regexp.MustCompile(`(?is)<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.+-]+)`)

// decodeHTML decodes a page: a BOM, then the charset of the Content-Type
// header, then a <meta> charset in the first 1024 bytes, when the page
// decodes cleanly with it; otherwise the same detection as plain text.
func decodeHTML(b []byte, contentType string) (string, error) {
	label := ""
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		label = params["charset"]
	}
	if label == "" {
		if m := metaCharset.FindSubmatch(b[:min(len(b), 1024)]); m != nil {
			label = string(m[1])
		}
	}
	declared, name := lookupCharset(label)
	return decodeBytes(b, 0, declared, name)
}

// lookupCharset finds a charset by its WHATWG label; nil when unknown.
func lookupCharset(label string) (encoding.Encoding, string) {
	if label == "" {
		return nil, ""
	}
	e, name := charset.Lookup(label)
	if e == simplifiedchinese.GBK {
		// GB18030 is a superset of GBK and GB2312, which pages often
		// declare while using characters beyond them.
		e = simplifiedchinese.GB18030
	}
	return e, name
}

// pageMeta is what a page says about itself outside the article text.
type pageMeta struct {
	title, canonical, ogURL, siteName, published, lang string
}

// htmlArticle extracts the article from a page with readability; title,
// canonical url, published date and site name come from the page's meta
// tags and JSON-LD. page is the page's own URL (nil for a saved file).
func htmlArticle(s string, page *url.URL) (Article, error) {
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return Article{}, fmt.Errorf("parse HTML: %w", err)
	}
	meta := readMeta(doc)
	base := page
	if base == nil {
		base = &url.URL{Scheme: "file", Path: "/"}
	}
	p := readability.NewParser()
	p.MaxElemsToParse = maxHTMLElements
	art, err := p.ParseAndMutate(doc, base)
	if err != nil {
		return Article{}, fmt.Errorf("extract article: %w", err)
	}
	a := Article{Title: art.Title(), Source: meta.siteName, Lang: meta.lang, Published: meta.published}
	if art.Node != nil {
		a.Text = render.InnerText(art.Node)
	}
	if strings.TrimSpace(a.Text) == "" {
		// readability found no article: fall back to the whole body.
		if full, err := html.Parse(strings.NewReader(s)); err == nil {
			if body := findElement(full, atom.Body); body != nil {
				a.Text = render.InnerText(body)
			}
		}
	}
	if a.Title == "" {
		a.Title = meta.title
	}
	if a.Published == "" {
		a.Published = headerDate(Normalize(headOf(a.Text)))
	}
	if a.Source == "" {
		a.Source = art.SiteName()
	}
	if a.Lang == "" {
		a.Lang = art.Language()
	}
	if a.Published == "" {
		if t, err := art.PublishedTime(); err == nil {
			a.Published = t.Format("2006-01-02")
		}
	}
	for _, u := range []string{meta.canonical, meta.ogURL} {
		if ref, err := url.Parse(strings.TrimSpace(u)); err == nil && u != "" {
			if page != nil {
				ref = page.ResolveReference(ref)
			}
			if ref.Scheme == "http" || ref.Scheme == "https" {
				a.URL = ref.String()
				break
			}
		}
	}
	if a.URL == "" && page != nil {
		a.URL = page.String()
	}
	return a, nil
}

// readMeta walks the page once for the tags kg reads. Published date, in
// order: article:published_time, JSON-LD datePublished, other date meta
// tags, the first <time datetime>.
func readMeta(doc *html.Node) pageMeta {
	var m pageMeta
	var ogPublished, ldPublished, metaPublished, timePublished, ogTitle, titleTag string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				m.lang = attr(n, "lang")
			case atom.Title:
				if titleTag == "" {
					titleTag = textOf(n)
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && m.canonical == "" {
					m.canonical = attr(n, "href")
				}
			case atom.Meta:
				key := strings.ToLower(attr(n, "property") + attr(n, "name") + attr(n, "itemprop"))
				val := strings.TrimSpace(attr(n, "content"))
				switch key {
				case "og:site_name":
					setOnce(&m.siteName, val)
				case "og:title":
					setOnce(&ogTitle, val)
				case "og:url":
					setOnce(&m.ogURL, val)
				case "article:published_time":
					setOnce(&ogPublished, val)
				case "datepublished", "pubdate", "publishdate", "publish-date", "date", "dc.date", "dc.date.issued", "dcterms.date", "sailthru.date", "parsely-pub-date":
					setOnce(&metaPublished, val)
				}
				if strings.EqualFold(attr(n, "http-equiv"), "content-language") && m.lang == "" {
					m.lang = val
				}
			case atom.Time:
				if timePublished == "" {
					timePublished = attr(n, "datetime")
				}
			case atom.Script:
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && ldPublished == "" {
					ldPublished = jsonLDPublished(textOf(n))
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	for _, d := range []string{ogPublished, ldPublished, metaPublished, timePublished} {
		if v, err := Date(d); err == nil && v != "" {
			m.published = v
			break
		}
	}
	m.title = ogTitle
	if m.title == "" {
		m.title = titleTag
	}
	return m
}

func setOnce(dst *string, v string) {
	if *dst == "" {
		*dst = v
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func textOf(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return strings.TrimSpace(b.String())
}

func findElement(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findElement(c, a); f != nil {
			return f
		}
	}
	return nil
}

// jsonLDPublished finds the first datePublished in a JSON-LD block,
// whatever its nesting (@graph arrays, mainEntity objects).
func jsonLDPublished(s string) string {
	var v any
	if json.Unmarshal([]byte(s), &v) != nil {
		return ""
	}
	var find func(any, int) string
	find = func(v any, depth int) string {
		if depth > 16 {
			return ""
		}
		switch t := v.(type) {
		case map[string]any:
			if d, ok := t["datePublished"].(string); ok && d != "" {
				return d
			}
			for _, k := range slices.Sorted(maps.Keys(t)) {
				if d := find(t[k], depth+1); d != "" {
					return d
				}
			}
		case []any:
			for _, e := range t {
				if d := find(e, depth+1); d != "" {
					return d
				}
			}
		}
		return ""
	}
	return find(v, 0)
}
