package source

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Errors an InputError may wrap, for callers that count failures by kind.
var (
	ErrEmpty       = errors.New("empty file")
	ErrBinary      = errors.New("binary file")
	ErrTooLarge    = errors.New("too large")
	ErrEncoding    = errors.New("undecodable bytes")
	ErrNoText      = errors.New("no text")
	ErrSymlinkLoop = errors.New("symlink loop")
)

// binarySniff is how much of an input the control-byte test looks at.
const binarySniff = 8 << 10

// checkBinary rejects input that is not text: any NUL byte, or more than one
// control byte in ten at the start (UTF-16 is decoded before this runs).
func checkBinary(b []byte, base int64) error {
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return fmt.Errorf("%w (NUL byte at offset %d)", ErrBinary, base+int64(i))
	}
	return checkControlBytes(b)
}

// checkControlBytes rejects input whose start is more than one control byte
// in ten: JSONL is judged by it alone, since a NUL byte in one line fails
// that line, not the 200 good lines around it.
func checkControlBytes(b []byte) error {
	head := b[:min(len(b), binarySniff)]
	ctl := 0
	for _, c := range head {
		if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f {
			ctl++
		}
	}
	if len(head) > 0 && ctl*10 > len(head) {
		return fmt.Errorf("%w (%d control bytes in the first %d)", ErrBinary, ctl, len(head))
	}
	return nil
}

// decodeBytes turns raw input bytes into a UTF-8 string. Order: a BOM; then
// the declared charset when it decodes cleanly; then valid UTF-8; then
// GB18030 or Big5, whichever decodes into more common Han characters.
// Bytes that no candidate decodes are an ErrEncoding naming their offset.
func decodeBytes(b []byte, base int64, declared encoding.Encoding, declaredName string) (string, error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b, base = b[3:], base+3
		if err := checkBinary(b, base); err != nil {
			return "", err
		}
		if i := invalidUTF8(b); i >= 0 {
			return "", fmt.Errorf("%w: invalid UTF-8 byte 0x%02x at offset %d", ErrEncoding, b[i], base+int64(i))
		}
		return string(b), nil
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return decodeUTF16(b[2:], false, base+2)
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return decodeUTF16(b[2:], true, base+2)
	}
	if err := checkBinary(b, base); err != nil {
		return "", err
	}
	if declared != nil && !isUTF8(declared) {
		if s, bad := decodeStrict(declared, b); bad < 0 {
			return s, nil
		}
	}
	bad := invalidUTF8(b)
	if bad < 0 {
		return string(b), nil
	}
	type cand struct {
		name  string
		s     string
		bad   int
		score int
	}
	cands := []cand{{"UTF-8", "", bad, hanScore(strings.ToValidUTF8(string(b), ""))}}
	for _, c := range []struct {
		name string
		enc  encoding.Encoding
	}{{"GB18030", simplifiedchinese.GB18030}, {"Big5", traditionalchinese.Big5}} {
		s, at := decodeStrict(c.enc, b)
		if at >= 0 {
			s, _ = decodeLoose(c.enc, b)
		}
		cands = append(cands, cand{c.name, s, at, hanScore(s)})
	}
	best := cands[0]
	for _, c := range cands[1:] {
		if c.score > best.score || (c.score == best.score && c.bad < 0 && best.bad >= 0) {
			best = c
		}
	}
	switch {
	case best.score > 0 && best.bad < 0:
		return best.s, nil
	case best.score > 0:
		return "", fmt.Errorf("%w: invalid %s byte 0x%02x at offset %d", ErrEncoding, best.name, b[best.bad], base+int64(best.bad))
	case declared != nil && !isUTF8(declared):
		at := max(firstUndecodable(declared, b), 0)
		return "", fmt.Errorf("%w: invalid %s byte 0x%02x at offset %d", ErrEncoding, declaredName, b[at], base+int64(at))
	}
	return "", fmt.Errorf("%w: invalid UTF-8 byte 0x%02x at offset %d", ErrEncoding, b[bad], base+int64(bad))
}

func isUTF8(e encoding.Encoding) bool {
	return e == unicode.UTF8 || e == encoding.Nop
}

// invalidUTF8 returns the offset of the first byte that is not valid UTF-8,
// or -1.
func invalidUTF8(b []byte) int {
	if utf8.Valid(b) {
		return -1
	}
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

// decodeUTF16 decodes UTF-16 after its BOM; off is the BOM's length so that
// offsets count from the start of the file.
func decodeUTF16(b []byte, bigEndian bool, off int64) (string, error) {
	if len(b)%2 != 0 {
		return "", fmt.Errorf("%w: UTF-16 text with an odd number of bytes (stray byte at offset %d)", ErrEncoding, off+int64(len(b))-1)
	}
	var sb strings.Builder
	sb.Grow(len(b) * 3 / 2)
	unit := func(i int) rune {
		if bigEndian {
			return rune(b[i])<<8 | rune(b[i+1])
		}
		return rune(b[i+1])<<8 | rune(b[i])
	}
	for i := 0; i < len(b); i += 2 {
		r := unit(i)
		if r == 0 {
			return "", fmt.Errorf("%w (NUL character at offset %d)", ErrBinary, off+int64(i))
		}
		if utf16.IsSurrogate(r) {
			if r >= 0xDC00 || i+3 >= len(b) {
				return "", fmt.Errorf("%w: unpaired UTF-16 surrogate at offset %d", ErrEncoding, off+int64(i))
			}
			r2 := unit(i + 2)
			dec := utf16.DecodeRune(r, r2)
			if dec == utf8.RuneError {
				return "", fmt.Errorf("%w: unpaired UTF-16 surrogate at offset %d", ErrEncoding, off+int64(i))
			}
			r = dec
			i += 2
		}
		sb.WriteRune(r)
	}
	return sb.String(), nil
}

// decodeStrict decodes b whole and returns the offset of the first byte
// sequence the encoding cannot map, or -1. The fast path decodes everything
// at once; only when a replacement character shows up does it walk the
// input a character at a time to find where.
func decodeStrict(enc encoding.Encoding, b []byte) (string, int) {
	out, err := enc.NewDecoder().Bytes(b)
	if err == nil && bytes.Count(out, []byte("\uFFFD")) == legitReplacements(enc, b) {
		return string(out), -1
	}
	at := firstUndecodable(enc, b)
	if at < 0 {
		if err == nil {
			return string(out), -1
		}
		at = 0
	}
	return "", at
}

// decodeLoose decodes with replacement characters, for scoring only.
func decodeLoose(enc encoding.Encoding, b []byte) (string, error) {
	out, err := enc.NewDecoder().Bytes(b)
	return string(out), err
}

// legitReplacements counts U+FFFD characters the input really encodes.
func legitReplacements(enc encoding.Encoding, b []byte) int {
	rep, err := enc.NewEncoder().Bytes([]byte("\uFFFD"))
	if err != nil || len(rep) == 0 {
		return 0
	}
	return bytes.Count(b, rep)
}

// firstUndecodable feeds the decoder one character at a time (growing the
// window until the decoder consumes something) and returns the offset of
// the first character that comes out as U+FFFD.
func firstUndecodable(enc encoding.Encoding, b []byte) int {
	dec := enc.NewDecoder()
	rep, _ := enc.NewEncoder().Bytes([]byte("\uFFFD"))
	dst := make([]byte, 64)
	for p := 0; p < len(b); {
		consumed := false
		for l := 1; l <= 8 && p+l <= len(b); l++ {
			nDst, nSrc, err := dec.Transform(dst, b[p:p+l], p+l == len(b))
			if nSrc == 0 {
				if err != nil && !errors.Is(err, transform.ErrShortSrc) {
					return p
				}
				continue
			}
			if bytes.Contains(dst[:nDst], []byte("\uFFFD")) && (len(rep) == 0 || !bytes.HasPrefix(b[p:], rep)) {
				return p
			}
			p += nSrc
			consumed = true
			break
		}
		if !consumed {
			return p
		}
	}
	return -1
}
