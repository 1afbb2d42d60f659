package extract

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// Pathological article shapes for BenchmarkHostile and the bounded-work
// tests: text a scraper or an attacker may hand kg, where an unbounded
// stage would grow with the square of the mentions in one "sentence".

// hostileShapes make an article of about n bytes of one shape.
var hostileShapes = []struct {
	name string
	make func(n int) string
}{
	// A scraped tag list: model and company names, commas, no full stop.
	{"models-list", func(n int) string {
		return repeatTo(n, "GPT-4, Llama 3, Claude 3, Gemini, Mistral 7B, Qwen2, OpenAI, Google, Meta, ")
	}},
	// Invented people's names, commas, no full stop.
	{"names-list", func(n int) string {
		var b strings.Builder
		first := []string{"Alice", "Bram", "Carla", "Dmitri", "Elena", "Farid", "Greta", "Hugo"}
		last := []string{"Moreno", "Olsen", "Petrov", "Tanaka", "Weber", "Silva", "Novak"}
		for i := 0; b.Len() < n; i++ {
			fmt.Fprintf(&b, "%s %s, ", first[i%len(first)], last[(i/len(first))%len(last)])
		}
		return b.String()
	}},
	// 他说 over and over: one unpunctuated Chinese "sentence" of cues.
	{"zh-said", func(n int) string { return repeatTo(n, "他说") }},
	// Ordinary sentences, repeated: the linear case to compare with.
	{"en-text", func(n int) string {
		return repeatTo(n, "Acme Labs released the Zephyr model on Monday, its chief executive Dana Reyes said. "+
			"\"It is faster,\" Reyes said of Zephyr, which was built on Llama 3.\n\n")
	}},
}

// repeatTo repeats unit until the text reaches n bytes.
func repeatTo(n int, unit string) string {
	return strings.Repeat(unit, max(1, n/len(unit)))
}

// BenchmarkHostile extracts each pathological shape at a few sizes; ns/op
// over the sizes shows the slope (linear: 4x the size, 4x the time), and
// peak-heap/byte the most heap one extraction took (live and garbage, as
// peakHeap samples it) per byte of the article (issue 16: at most 30 plus
// a constant). Sizes stay small enough for a shared machine:
//
//	go test ./extract -run '^$' -bench Hostile -benchtime 1x -benchmem
func BenchmarkHostile(b *testing.B) {
	x := benchExtractor(b)
	for _, s := range hostileShapes {
		for _, kb := range []int{16, 64, 256, 1024} {
			text := s.make(kb << 10)
			b.Run(fmt.Sprintf("%s/%dKB", s.name, kb), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				peak := peakHeap(func() {
					for range b.N {
						x.Extract(context.Background(), Doc{Text: text})
					}
				})
				b.ReportMetric(float64(peak)/float64(len(text)), "peak-heap/byte")
			})
		}
	}
}
