// Command gen compiles gse's embedded Chinese dictionary (simplified and
// traditional) into the sorted, load-free table that package dict embeds.
//
// It applies the filters gse applies when it loads the same text with
// LoadDictEmbed("zh"), so that lookups answer exactly as gse's would: words
// below frequency 2 dropped, one-rune words at frequency 2, the first entry
// of a duplicated word kept, and no part of speech for the very first word
// (gse stores it at index 0, which its POS lookup treats as absent).
//
// It also reads the tables of gse's hmm/pos tagger (the HMM that tags runs
// of unknown characters) out of gse's Go source into a second file.
//
//	go run ./gen -o zh.bin.gz -hmm hmm.bin.gz   # reads gse from the module cache
package main

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

const magic = "KGD1"

type entry struct {
	word string
	freq uint32
	pos  string
}

func main() {
	out := flag.String("o", "zh.bin.gz", "dictionary output file")
	hmmOut := flag.String("hmm", "hmm.bin.gz", "POS HMM output file")
	src := flag.String("gse", "", "gse module directory (default: from go list)")
	flag.Parse()
	if err := run(*src, *out, *hmmOut); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(src, out, hmmOut string) error {
	if src == "" {
		b, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/go-ego/gse").Output()
		if err != nil {
			return fmt.Errorf("locate gse module: %w", err)
		}
		src = strings.TrimSpace(string(b))
	}
	var text []byte
	for _, name := range []string{"s_1.txt", "t_1.txt"} {
		b, err := os.ReadFile(filepath.Join(src, "data", "dict", "zh", name))
		if err != nil {
			return fmt.Errorf("read gse dictionary: %w", err)
		}
		text = append(text, b...)
	}
	entries, err := parse(string(text))
	if err != nil {
		return err
	}
	blob, err := encode(entries)
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "gen: %d words\n", len(entries))
	if err := writeGz(out, blob); err != nil {
		return err
	}
	h, err := readHMM(src)
	if err != nil {
		return err
	}
	return writeGz(hmmOut, encodeHMM(h))
}

func gzipBytes(blob []byte) ([]byte, error) {
	var gz bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	if _, err := zw.Write(blob); err != nil {
		return nil, fmt.Errorf("compress: %w", err)
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("compress: %w", err)
	}
	return gz.Bytes(), nil
}

// parse mirrors gse's LoadDictStr with DictSep "" and MinTokenFreq 2.
func parse(text string) ([]entry, error) {
	seen := map[string]bool{}
	var entries []entry
	for _, line := range strings.Split(text, "\n") {
		f := strings.Split(line, " ")
		if len(f) < 2 {
			continue
		}
		word := strings.TrimSpace(f[0])
		freq, err := strconv.ParseFloat(strings.TrimSpace(f[1]), 64)
		if err != nil || freq < 2 {
			continue
		}
		if utf8.RuneCountInString(word) < 2 {
			freq = 2
		}
		if freq != float64(uint32(freq)) {
			return nil, fmt.Errorf("word %q: frequency %v does not fit uint32", word, freq)
		}
		pos := ""
		if len(f) > 2 {
			pos = strings.TrimSpace(f[2])
		}
		if seen[word] {
			continue
		}
		seen[word] = true
		if len(entries) == 0 {
			pos = ""
		}
		entries = append(entries, entry{word, uint32(freq), pos})
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].word < entries[j].word })
	return entries, nil
}

// encode lays the table out as package dict reads it (little endian):
// magic, n, tag count, tags (length-prefixed), n+1 key offsets, n
// frequencies, n tag indexes, then the keys, sorted bytewise.
func encode(entries []entry) ([]byte, error) {
	tags := []string{""}
	tagIdx := map[string]uint8{"": 0}
	for _, e := range entries {
		if _, ok := tagIdx[e.pos]; !ok {
			if len(tags) == 255 {
				return nil, fmt.Errorf("more than 255 part-of-speech tags")
			}
			tagIdx[e.pos] = uint8(len(tags))
			tags = append(tags, e.pos)
		}
	}
	var b bytes.Buffer
	b.WriteString(magic)
	le := binary.LittleEndian
	b.Write(le.AppendUint32(nil, uint32(len(entries))))
	b.WriteByte(byte(len(tags)))
	for _, t := range tags {
		b.WriteByte(byte(len(t)))
		b.WriteString(t)
	}
	off := uint32(0)
	for _, e := range entries {
		b.Write(le.AppendUint32(nil, off))
		off += uint32(len(e.word))
	}
	b.Write(le.AppendUint32(nil, off))
	for _, e := range entries {
		b.Write(le.AppendUint32(nil, e.freq))
	}
	for _, e := range entries {
		b.WriteByte(tagIdx[e.pos])
	}
	for _, e := range entries {
		b.WriteString(e.word)
	}
	return b.Bytes(), nil
}
