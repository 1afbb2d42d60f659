// Package dict is gse's Chinese dictionary (simplified and traditional,
// about 590,000 words with frequencies and part-of-speech tags) compiled
// into a sorted table that is searched in place: loading it costs one gzip
// decompression instead of the seconds and hundreds of megabytes gse spends
// building its trie.
package dict

//go:generate go run ./gen -o zh.bin.gz -hmm hmm.bin.gz

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

//go:embed zh.bin.gz
var zhGz []byte

const magic = "KGD1"

// Dict is a read-only word table; it is safe for concurrent use.
type Dict struct {
	n    int
	tags []string
	off  string // n+1 little-endian uint32 key offsets into keys
	freq string // n little-endian uint32 frequencies
	pos  string // n tag indexes
	keys string
	// first maps a rune to the words that start with it: the first step
	// of every scan, saved a full binary search.
	first map[rune]Range
}

// Range is the set of words that start with a prefix: indexes [Lo, Hi)
// of the sorted table.
type Range struct{ Lo, Hi int }

// Empty reports whether no word starts with the prefix.
func (r Range) Empty() bool { return r.Lo >= r.Hi }

// Load decompresses the embedded dictionary.
func Load() (*Dict, error) {
	d, err := decode(zhGz)
	if err != nil {
		return nil, fmt.Errorf("load embedded dictionary: %w", err)
	}
	return d, nil
}

func decode(gz []byte) (*Dict, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, err
	}
	var sb strings.Builder
	if len(gz) >= 4 {
		sb.Grow(int(binary.LittleEndian.Uint32(gz[len(gz)-4:]))) // gzip's ISIZE trailer
	}
	if _, err := io.Copy(&sb, zr); err != nil {
		return nil, err
	}
	s := sb.String()
	if !strings.HasPrefix(s, magic) || len(s) < 9 {
		return nil, fmt.Errorf("not a dictionary table")
	}
	d := &Dict{n: int(u32(s, 4))}
	p := 9
	for range int(s[8]) {
		if p >= len(s) || p+1+int(s[p]) > len(s) {
			return nil, fmt.Errorf("truncated tag list")
		}
		d.tags = append(d.tags, s[p+1:p+1+int(s[p])])
		p += 1 + int(s[p])
	}
	need := p + 4*(d.n+1) + 4*d.n + d.n
	if need > len(s) {
		return nil, fmt.Errorf("truncated table")
	}
	d.off, p = s[p:p+4*(d.n+1)], p+4*(d.n+1)
	d.freq, p = s[p:p+4*d.n], p+4*d.n
	d.pos, p = s[p:p+d.n], p+d.n
	d.keys = s[p:]
	if int(u32(d.off, 4*d.n)) != len(d.keys) {
		return nil, fmt.Errorf("key offsets do not match the key data")
	}
	d.first = map[rune]Range{}
	var cur rune = -1
	lo := 0
	for i := range d.n {
		if int(d.pos[i]) >= len(d.tags) {
			return nil, fmt.Errorf("word %d: tag index out of range", i)
		}
		r, _ := utf8.DecodeRuneInString(d.key(i))
		if r != cur {
			if cur >= 0 {
				d.first[cur] = Range{lo, i}
			}
			cur, lo = r, i
		}
	}
	if cur >= 0 {
		d.first[cur] = Range{lo, d.n}
	}
	return d, nil
}

func u32(s string, i int) uint32 {
	return uint32(s[i]) | uint32(s[i+1])<<8 | uint32(s[i+2])<<16 | uint32(s[i+3])<<24
}

// Len is the number of words.
func (d *Dict) Len() int { return d.n }

// All is the range of every word.
func (d *Dict) All() Range { return Range{0, d.n} }

// First is Narrow(All(), string(r)) for a rune r, from an index.
func (d *Dict) First(r rune) Range {
	if r == utf8.RuneError {
		return d.Narrow(d.All(), string(r))
	}
	return d.first[r]
}

// key returns word i.
func (d *Dict) key(i int) string { return d.keys[u32(d.off, 4*i):u32(d.off, 4*i+4)] }

// Narrow returns the part of r whose words start with prefix. Called with
// growing prefixes of one string, each call searches only what the last
// one left, which makes scanning a sentence's candidate words cheap.
func (d *Dict) Narrow(r Range, prefix string) Range {
	lo, hi := r.Lo, r.Hi
	// first word >= prefix
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if d.key(m) < prefix {
			lo = m + 1
		} else {
			hi = m
		}
	}
	first := lo
	hi = r.Hi
	// first word that neither equals nor extends prefix
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if strings.HasPrefix(d.key(m), prefix) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return Range{first, lo}
}

// Word returns the frequency and part-of-speech tag of prefix when it is
// itself a word; r must be the result of Narrow(…, prefix).
func (d *Dict) Word(r Range, prefix string) (freq uint32, pos string, ok bool) {
	if r.Empty() || d.key(r.Lo) != prefix {
		return 0, "", false
	}
	return u32(d.freq, 4*r.Lo), d.tags[d.pos[r.Lo]], true
}

// Lookup returns the frequency and tag of word.
func (d *Dict) Lookup(word string) (freq uint32, pos string, ok bool) {
	return d.Word(d.Narrow(d.All(), word), word)
}
