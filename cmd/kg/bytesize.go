package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/newsgraph/kg/source"
)

// maxBytesUsage describes --max-bytes, on kg ingest and kg extract; the
// flag's zero value stands for source.DefaultMaxBytes.
var maxBytesUsage = fmt.Sprintf("largest file (.txt, .md, .html), page or stdin text read whole; larger ones fail (KiB, MiB, GiB; default %s)", byteSize(source.DefaultMaxBytes))

// byteSize is a flag holding a size in bytes, written as a number with an
// optional binary unit: 512KiB, 64MB and 64M all mean multiples of 1024.
type byteSize int64

var byteUnits = []struct {
	name     string
	suffixes []string // lower case, longest first
	mult     int64
}{
	{"GiB", []string{"gib", "gb", "g"}, 1 << 30},
	{"MiB", []string{"mib", "mb", "m"}, 1 << 20},
	{"KiB", []string{"kib", "kb", "k"}, 1 << 10},
	{"", []string{"b", ""}, 1},
}

func (b *byteSize) Set(s string) error {
	t := strings.ToLower(strings.TrimSpace(s))
	for _, u := range byteUnits {
		for _, suf := range u.suffixes {
			num, ok := strings.CutSuffix(t, suf)
			if !ok {
				continue
			}
			n, err := strconv.ParseInt(strings.TrimSpace(num), 10, 64)
			if err != nil || n < 1 || n > (1<<62)/u.mult {
				return fmt.Errorf("want a positive size such as 64MiB")
			}
			*b = byteSize(n * u.mult)
			return nil
		}
	}
	return fmt.Errorf("want a positive size such as 64MiB")
}

// String prints the size in the largest unit that divides it.
func (b byteSize) String() string {
	n := int64(b)
	for _, u := range byteUnits[:3] {
		if n >= u.mult && n%u.mult == 0 {
			return fmt.Sprintf("%d%s", n/u.mult, u.name)
		}
	}
	return strconv.FormatInt(n, 10)
}

func (b *byteSize) Type() string { return "size" }
