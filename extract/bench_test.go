package extract

import (
	"sort"
	"testing"
)

// Benchmarks per extraction stage, over our test articles and, when
// present, the shared corpus, so that a regression shows where it is.
// b.SetBytes makes go test print MB/s; BenchmarkGsePOS is the floor: gse's
// own POS tagger over its full dictionary on the same text.

type benchArticle struct {
	name string
	doc  Doc
}

func benchArticles(b *testing.B) []benchArticle {
	b.Helper()
	m := articles(b)
	if len(m) == 0 {
		b.Skip("no articles in ../testdata/articles or ../../shared/corpus")
	}
	var out []benchArticle
	for name, text := range m {
		out = append(out, benchArticle{name, Doc{Text: text}})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out
}

func totalBytes(as []benchArticle) int64 {
	var n int64
	for _, a := range as {
		n += int64(len(a.doc.Text))
	}
	return n
}

func benchExtractor(b *testing.B) *Extractor {
	b.Helper()
	x, err := New()
	if err != nil {
		b.Fatal(err)
	}
	return x
}

func BenchmarkGsePOS(b *testing.B) {
	ref := reference(b)
	as := benchArticles(b)
	b.SetBytes(totalBytes(as))
	b.ResetTimer()
	for range b.N {
		for _, a := range as {
			ref.Cut(a.doc.Text, true)
		}
	}
}

func BenchmarkSegmenterLoad(b *testing.B) {
	for range b.N {
		if _, err := newSegmenterForms(nil); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSegment(b *testing.B) {
	x := benchExtractor(b)
	as := benchArticles(b)
	b.SetBytes(totalBytes(as))
	b.ResetTimer()
	for range b.N {
		for _, a := range as {
			x.seg.tokens(a.doc.Text)
		}
	}
}

// benchStage times stage on documents that have been through the stages
// before it (before runs with the timer stopped, on a fresh document each
// time, since stages fill the document in).
func benchStage(b *testing.B, before func(x *Extractor, d Doc) *document, stage func(x *Extractor, doc *document)) {
	x := benchExtractor(b)
	as := benchArticles(b)
	b.SetBytes(totalBytes(as))
	b.ResetTimer()
	for range b.N {
		for _, a := range as {
			b.StopTimer()
			doc := before(x, a.doc)
			b.StartTimer()
			stage(x, doc)
		}
	}
}

func prepared(x *Extractor, d Doc) *document { return x.prepare(d) }

func withEntities(x *Extractor, d Doc) *document {
	doc := x.prepare(d)
	x.findEntities(doc)
	return doc
}

func BenchmarkPrepare(b *testing.B) {
	x := benchExtractor(b)
	as := benchArticles(b)
	b.SetBytes(totalBytes(as))
	b.ResetTimer()
	for range b.N {
		for _, a := range as {
			x.prepare(a.doc)
		}
	}
}

func BenchmarkFindEntities(b *testing.B) {
	benchStage(b, prepared, func(x *Extractor, doc *document) { x.findEntities(doc) })
}

func BenchmarkRelations(b *testing.B) {
	benchStage(b, withEntities, func(x *Extractor, doc *document) { x.relations(doc) })
}

func BenchmarkQuotes(b *testing.B) {
	benchStage(b, withEntities, func(x *Extractor, doc *document) { x.quotes(doc) })
}

func BenchmarkEvents(b *testing.B) {
	benchStage(b, withEntities, func(x *Extractor, doc *document) { x.events(doc) })
}

func BenchmarkArticle(b *testing.B) {
	x := benchExtractor(b)
	as := benchArticles(b)
	b.SetBytes(totalBytes(as))
	b.ResetTimer()
	for range b.N {
		for _, a := range as {
			x.Article(a.doc)
		}
	}
}
