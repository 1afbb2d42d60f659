package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
)

const hmmMagic = "KGH1"

// hmmTables are the tables of gse's hmm/pos tagger (from jieba's posseg),
// read out of gse's Go source.
type hmmTables struct {
	start map[uint16]float64
	trans map[uint16]map[uint16]float64 // empty maps kept: their keys count
	chars map[rune][]uint16             // order kept as in the source
	emit  map[uint16]map[rune]float64
	poss  []string
}

func readHMM(src string) (*hmmTables, error) {
	t := &hmmTables{
		start: map[uint16]float64{},
		trans: map[uint16]map[uint16]float64{},
		chars: map[rune][]uint16{},
		emit:  map[uint16]map[rune]float64{},
	}
	fset := token.NewFileSet()
	for _, name := range []string{"prob_start.go", "prob_trans.go", "char_state_tab.go", "prob_emit.go"} {
		path := filepath.Join(src, "hmm", "pos", name)
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return nil, fmt.Errorf("parse %s: %w", path, err)
		}
		var perr error
		ast.Inspect(f, func(n ast.Node) bool {
			vs, ok := n.(*ast.ValueSpec)
			if !ok || perr != nil {
				return true
			}
			for i, id := range vs.Names {
				if i >= len(vs.Values) {
					continue
				}
				lit, ok := vs.Values[i].(*ast.CompositeLit)
				if !ok {
					continue
				}
				switch id.Name {
				case "probStart":
					perr = eachKV(lit, func(k, v ast.Expr) error {
						y, err := intOf(k)
						if err != nil {
							return err
						}
						p, err := floatOf(v)
						t.start[uint16(y)] = p
						return err
					})
				case "probTrans":
					perr = eachKV(lit, func(k, v ast.Expr) error {
						y0, err := intOf(k)
						if err != nil {
							return err
						}
						row := map[uint16]float64{}
						t.trans[uint16(y0)] = row
						return eachKV(v.(*ast.CompositeLit), func(k, v ast.Expr) error {
							y, err := intOf(k)
							if err != nil {
								return err
							}
							p, err := floatOf(v)
							row[uint16(y)] = p
							return err
						})
					})
				case "charStateTab":
					perr = eachKV(lit, func(k, v ast.Expr) error {
						r, err := runeOf(k)
						if err != nil {
							return err
						}
						var states []uint16
						for _, e := range v.(*ast.CompositeLit).Elts {
							y, err := intOf(e)
							if err != nil {
								return err
							}
							states = append(states, uint16(y))
						}
						t.chars[r] = states
						return nil
					})
				case "probEmit":
					perr = eachKV(lit, func(k, v ast.Expr) error {
						y, err := intOf(k)
						if err != nil {
							return err
						}
						row := map[rune]float64{}
						t.emit[uint16(y)] = row
						return eachKV(v.(*ast.CompositeLit), func(k, v ast.Expr) error {
							r, err := runeOf(k)
							if err != nil {
								return err
							}
							p, err := floatOf(v)
							row[r] = p
							return err
						})
					})
				case "poss":
					for _, e := range lit.Elts {
						s, err := strconv.Unquote(e.(*ast.BasicLit).Value)
						if err != nil {
							perr = err
						}
						t.poss = append(t.poss, s)
					}
				}
			}
			return true
		})
		if perr != nil {
			return nil, fmt.Errorf("%s: %w", path, perr)
		}
	}
	if len(t.start) == 0 || len(t.trans) == 0 || len(t.chars) == 0 || len(t.emit) == 0 || len(t.poss) == 0 {
		return nil, fmt.Errorf("gse hmm/pos tables not found in %s", src)
	}
	return t, nil
}

func eachKV(lit *ast.CompositeLit, f func(k, v ast.Expr) error) error {
	for _, e := range lit.Elts {
		kv, ok := e.(*ast.KeyValueExpr)
		if !ok {
			return fmt.Errorf("unexpected element %T", e)
		}
		if err := f(kv.Key, kv.Value); err != nil {
			return err
		}
	}
	return nil
}

func intOf(e ast.Expr) (int, error) {
	b, ok := e.(*ast.BasicLit)
	if !ok {
		return 0, fmt.Errorf("want an integer, got %T", e)
	}
	n, err := strconv.Atoi(b.Value)
	if err != nil || n < 0 || n > math.MaxUint16 {
		return 0, fmt.Errorf("bad state %s", b.Value)
	}
	return n, nil
}

func runeOf(e ast.Expr) (rune, error) {
	b, ok := e.(*ast.BasicLit)
	if !ok || b.Kind != token.CHAR {
		return 0, fmt.Errorf("want a rune literal, got %T", e)
	}
	v, _, _, err := strconv.UnquoteChar(b.Value[1:len(b.Value)-1], '\'')
	return v, err
}

func floatOf(e ast.Expr) (float64, error) {
	neg := false
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.SUB {
		neg, e = true, u.X
	}
	b, ok := e.(*ast.BasicLit)
	if !ok {
		return 0, fmt.Errorf("want a number, got %T", e)
	}
	f, err := strconv.ParseFloat(b.Value, 64)
	if neg {
		f = -f
	}
	return f, err
}

// encodeHMM writes the tables little endian: magic; the tag names; start
// (n, then state u16 + prob f64); trans (n rows: state, m, then m state +
// prob); chars (n: rune u32, m, m states); emit (n rows: state, m, then m
// rune u32 + prob f64, runes ascending). Counts are u32.
func encodeHMM(t *hmmTables) []byte {
	var b bytes.Buffer
	w := func(v any) { binary.Write(&b, binary.LittleEndian, v) }
	b.WriteString(hmmMagic)
	w(uint32(len(t.poss)))
	for _, p := range t.poss {
		w(uint8(len(p)))
		b.WriteString(p)
	}
	w(uint32(len(t.start)))
	for _, y := range sortedKeys(t.start) {
		w(y)
		w(t.start[y])
	}
	w(uint32(len(t.trans)))
	for _, y0 := range sortedKeys(t.trans) {
		w(y0)
		row := t.trans[y0]
		w(uint32(len(row)))
		for _, y := range sortedKeys(row) {
			w(y)
			w(row[y])
		}
	}
	runes := make([]rune, 0, len(t.chars))
	for r := range t.chars {
		runes = append(runes, r)
	}
	sort.Slice(runes, func(i, j int) bool { return runes[i] < runes[j] })
	w(uint32(len(runes)))
	for _, r := range runes {
		w(uint32(r))
		w(uint32(len(t.chars[r])))
		w(t.chars[r])
	}
	w(uint32(len(t.emit)))
	for _, y := range sortedKeys(t.emit) {
		w(y)
		row := t.emit[y]
		rs := make([]rune, 0, len(row))
		for r := range row {
			rs = append(rs, r)
		}
		sort.Slice(rs, func(i, j int) bool { return rs[i] < rs[j] })
		w(uint32(len(rs)))
		for _, r := range rs {
			w(uint32(r))
			w(row[r])
		}
	}
	return b.Bytes()
}

func sortedKeys[V any](m map[uint16]V) []uint16 {
	ks := make([]uint16, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return ks[i] < ks[j] })
	return ks
}

func writeGz(out string, blob []byte) error {
	gz, err := gzipBytes(blob)
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, gz, 0o644); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	fmt.Fprintf(os.Stderr, "gen: %s: %d bytes, %d gzipped\n", out, len(blob), len(gz))
	return nil
}
