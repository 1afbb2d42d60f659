package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

type seed struct {
	text, lang, published string
}

// writeCorpus writes n articles to out as JSONL: the .txt files of dirs in
// turn, each copy with its own closing line so that every copy has its own
// content hash and is a new article to kg. lang and published come from a
// NAME.gold.json beside the text when there is one.
func writeCorpus(out string, n int, dirs []string) error {
	var seeds []seed
	for _, d := range dirs {
		files, _ := filepath.Glob(filepath.Join(d, "*.txt"))
		sort.Strings(files)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				return fmt.Errorf("corpus: %w", err)
			}
			s := seed{text: strings.TrimSpace(string(b))}
			if g, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".gold.json"); err == nil {
				var meta struct{ Lang, Published string }
				if json.Unmarshal(g, &meta) == nil {
					s.lang, s.published = meta.Lang, meta.Published
				}
			}
			seeds = append(seeds, s)
		}
	}
	if len(seeds) == 0 {
		return fmt.Errorf("corpus: no .txt files in %v", dirs)
	}
	f, err := os.Create(out)
	if err != nil {
		return fmt.Errorf("corpus: %w", err)
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	var bytes int64
	for i := range n {
		s := seeds[i%len(seeds)]
		tail := fmt.Sprintf("(Archive copy %d.)", i+1)
		if s.lang == "zh" || s.lang == "" && hasHan(s.text) {
			tail = fmt.Sprintf("（存档副本 %d）", i+1)
		}
		text := s.text + "\n\n" + tail
		bytes += int64(len(text))
		rec := map[string]string{"text": text, "url": fmt.Sprintf("https://bench.invalid/%d", i+1)}
		if s.lang != "" {
			rec["lang"] = s.lang
		}
		if s.published != "" {
			rec["published"] = s.published
		}
		if err := enc.Encode(rec); err != nil {
			return fmt.Errorf("corpus: %w", err)
		}
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("corpus: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("corpus: %w", err)
	}
	fmt.Printf("articles=%d\ntext_bytes=%d\nseeds=%d\n", n, bytes, len(seeds))
	return nil
}

func hasHan(s string) bool {
	for _, r := range s {
		if r >= 0x4E00 && r <= 0x9FFF {
			return true
		}
	}
	return false
}
