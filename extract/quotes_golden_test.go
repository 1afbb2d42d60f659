package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestQuotesEventsGolden runs the quote and event stages on the marked-up
// fixtures in testdata/quotes and testdata/events (first line: lang and
// published date) and compares everything they return, offsets, cues and
// event names included, with the .golden.json beside each. go test -update
// rewrites the golden files (the flag is shared with the entity goldens).
func TestQuotesEventsGolden(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "quotes", "*.txt"))
	more, _ := filepath.Glob(filepath.Join("testdata", "events", "*.txt"))
	files = append(files, more...)
	if len(files) == 0 {
		t.Fatal("no fixtures in testdata/quotes or testdata/events")
	}
	x := &Extractor{}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			head, body, _ := strings.Cut(string(raw), "\n")
			meta := strings.Fields(head)
			if len(meta) != 2 {
				t.Fatalf("%s: first line must be: lang published", f)
			}
			doc := markup(t, meta[0], meta[1], body)
			// withoutRules copies into nil slices; none found is [] in the
			// golden files, as the stages return it.
			quotes := append([]Quote{}, withoutRules(Result{Quotes: x.quotes(doc)}).Quotes...)
			events := append([]Event{}, withoutRules(Result{Events: x.events(doc)}).Events...)
			checkGolden(t, strings.TrimSuffix(f, ".txt")+".golden.json", struct {
				Quotes []Quote `json:"quotes"`
				Events []Event `json:"events"`
			}{quotes, events})
		})
	}
}
