package source

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestLargeJSONLStreams reads a ~200 MB JSONL file, one line of it 4 MB,
// and checks the heap never holds more than a small part of it.
func TestLargeJSONLStreams(t *testing.T) {
	if testing.Short() {
		t.Skip("writes and reads a 200 MB file; skipped with -short")
	}
	p := filepath.Join(t.TempDir(), "big.jsonl")
	f, err := os.Create(p)
	must(t, err)
	w := bufio.NewWriterSize(f, 1<<20)
	para := strings.Repeat("深度求索发布了新的开源模型，研究人员说它在数学推理上进步明显。DeepSeek said the model was trained on more data. ", 12)
	enc := json.NewEncoder(w)
	const lines = 110_000
	for i := range lines {
		text := para
		if i == lines/2 {
			text = strings.Repeat(para, 4<<20/len(para))
		}
		must(t, enc.Encode(map[string]string{"title": "第" + itoa(i) + "篇", "text": text + itoa(i)}))
	}
	must(t, w.Flush())
	must(t, f.Close())
	fi, err := os.Stat(p)
	must(t, err)

	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	base := ms.HeapAlloc
	peak := uint64(0)
	n, ids := 0, map[string]bool{}
	start := time.Now()
	err = Read(context.Background(), []string{p}, Options{}, func(a Article) error {
		n++
		ids[a.ID] = true
		if n%2000 == 0 || len(a.Text) > 1<<20 {
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapAlloc)
		}
		return nil
	}, func(e *InputError) { t.Errorf("unexpected error: %v", e) })
	must(t, err)
	elapsed := time.Since(start)
	if n != lines || len(ids) != lines {
		t.Errorf("read %d articles with %d distinct IDs, want %d", n, len(ids), lines)
	}
	grew := int64(peak) - int64(base)
	t.Logf("%.0f MB in %s (%.0f MB/s), heap peak %+.1f MB over the start", float64(fi.Size())/1e6, elapsed.Round(time.Millisecond), float64(fi.Size())/1e6/elapsed.Seconds(), float64(grew)/1e6)
	// The ids map alone is ~10 MB; one 4 MB line is held in a few forms.
	if grew > 64<<20 {
		t.Errorf("heap grew by %d MB reading a %d MB file: not streamed", grew>>20, fi.Size()>>20)
	}
}
