package main

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"syscall"
	"time"

	"github.com/go-ego/gse"
	"github.com/go-ego/gse/hmm/pos"

	"github.com/newsgraph/kg/extract"
	"github.com/newsgraph/kg/graph"
	"github.com/newsgraph/kg/source"
)

// readArticles reads every article of paths into memory.
func readArticles(ctx context.Context, paths []string) ([]source.Article, error) {
	var arts []source.Article
	var bad error
	err := source.Read(ctx, paths, source.Options{}, func(a source.Article) error {
		arts = append(arts, a)
		return nil
	}, func(e *source.InputError) { bad = e })
	if err == nil {
		err = bad
	}
	if err != nil {
		return nil, fmt.Errorf("read %v: %w", paths, err)
	}
	return arts, nil
}

// benchGse times gse's hmm/pos tagger, loaded with gse's full embedded
// dictionary as an application would load it, on the articles' text: the
// cost of tagging alone, which kg extract cannot go below by much if it
// used gse as it comes.
func benchGse(ctx context.Context, paths []string, workers int) error {
	arts, err := readArticles(ctx, paths)
	if err != nil {
		return err
	}
	t0 := time.Now()
	gse.ToLower = false
	g := gse.Segmenter{SkipLog: true}
	if err := g.LoadDictEmbed("zh"); err != nil {
		return fmt.Errorf("gse: %w", err)
	}
	var tagger pos.Segmenter
	tagger.WithGse(g)
	load := time.Since(t0)
	var bytes int64
	for _, a := range arts {
		bytes += int64(len(a.Text))
	}
	t1, c1 := time.Now(), cpuSeconds()
	parallel(len(arts), workers, func(i int) { tagger.Cut(arts[i].Text, true) })
	sec, cpu := time.Since(t1).Seconds(), cpuSeconds()-c1
	fmt.Printf("gse_load_s=%.3f\ngse_workers=%d\ngse_articles=%d\ngse_bytes=%d\ngse_s=%.3f\ngse_cpu_s=%.3f\ngse_mb_s=%.3f\ngse_articles_s=%.1f\n",
		load.Seconds(), workers, len(arts), bytes, sec, cpu, float64(bytes)/sec/1e6, float64(len(arts))/sec)
	return nil
}

// cpuSeconds is the user and system time this process has used: on a
// shared machine it says what the work cost when wall time cannot.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}

// parallel calls f(0..n-1) from workers goroutines.
func parallel(n, workers int, f func(int)) {
	if workers < 1 {
		workers = runtime.NumCPU()
	}
	next := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}

// extractAll extracts every article with all cores, untimed: the input of
// the write-only and naive runs.
func extractAll(ctx context.Context, paths []string) ([]graph.Doc, error) {
	arts, err := readArticles(ctx, paths)
	if err != nil {
		return nil, err
	}
	x, err := extract.New()
	if err != nil {
		return nil, err
	}
	docs := make([]graph.Doc, len(arts))
	parallel(len(arts), 0, func(i int) {
		a := arts[i]
		docs[i] = graph.Doc{Article: a, Result: x.Article(extract.Doc{Text: a.Text, Lang: a.Lang, Published: a.Published})}
	})
	return docs, nil
}
