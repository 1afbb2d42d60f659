package extract

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"runtime/pprof"
	"testing"
	"time"
)

func TestZZProbe(t *testing.T) {
	f := os.Getenv("PROBE_FILE")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	x, _ := New()
	debug.SetGCPercent(25)
	fmt.Printf("heap after New: %.1f MB\n", float64(heapNow())/1e6)
	p := &progress{}
	p.stage.Store("prepare")
	stop := make(chan bool)
	done := make(chan bool)
	go func() {
		defer close(done)
		s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}, {Name: "/gc/heap/live:bytes"}}
		peak := map[string][2]uint64{}
		order := []string{}
		for {
			metrics.Read(s)
			st := p.stage.Load().(string)
			v, ok := peak[st]
			if !ok {
				order = append(order, st)
			}
			v[0] = max(v[0], s[0].Value.Uint64())
			v[1] = max(v[1], s[1].Value.Uint64())
			peak[st] = v
			select {
			case <-stop:
				for _, o := range order {
					fmt.Printf("%-30s heap %6.1f MB  live %6.1f MB\n", o, float64(peak[o][0])/1e6, float64(peak[o][1])/1e6)
				}
				return
			case <-time.After(2 * time.Millisecond):
			}
		}
	}()
	t0 := time.Now()
	if os.Getenv("PROBE_FIND") != "" {
		doc := x.prepare(Doc{Text: string(b)})
		p.stage.Store("ent: candidates")
		var buf []candidate
		stretches := resolveStretches(doc.text, doc.sentences, func(s sentence) []candidate {
			buf = x.sentenceCandidates(buf[:0], doc, s)
			return buf
		})
		doc.tokens = placeTokens(doc.tokens)
		buf = nil
		prof("/tmp/mem3/h-afterresolve.prof")
		p.stage.Store("ent: listTypes")
		chosen := x.listTypes(doc, newKept(stretches))
		p.stage.Store("ent: add")
		tb := newEntityTable(x.lex)
		chooseAmbiguous(doc, chosen)
		for _, part := range chosen.parts {
			for i := range part {
				tb.add(doc, &part[i])
			}
		}
		prof("/tmp/mem3/h-afteradd.prof")
		runtime.KeepAlive(chosen)
		p.stage.Store("ent: rest")
		tb.mergeParentheses(doc)
		tb.secondPass(doc)
		doc.entities = tb.list
		doc.mentions = tb.mentions
		tb.familyShortName(doc)
		doc.entities = tb.list
		doc.mentions = tb.mentions
		doc.tokens = nil
		p.stage.Store("relations")
		rels := x.relations(doc)
		p.stage.Store("quotes")
		q := runQuoter(doc, rels)
		p.stage.Store("result")
		doc.result(rels, q.found(), q.events())
	} else {
		x.article(context.Background(), Doc{Text: string(b)}, p)
	}
	close(stop)
	<-done
	fmt.Println(time.Since(t0))
}

func heapNow() uint64 {
	runtime.GC()
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

func prof(name string) {
	runtime.GC()
	f, _ := os.Create(name)
	pprof.Lookup("heap").WriteTo(f, 0)
	f.Close()
}
