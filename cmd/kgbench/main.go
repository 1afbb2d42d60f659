// Command kgbench holds the parts of scripts/bench that kg itself does not
// do: it generates a benchmark corpus, times gse's own POS tagger (the floor
// of extraction cost), times the graph writer alone on pre-extracted
// articles, and loads articles the naive way (one auto-commit MERGE per
// node and per relationship) to compare with kg ingest.
//
//	kgbench corpus -n N -o FILE.jsonl DIR...   varied copies of DIR/*.txt
//	kgbench gse [-workers N] FILE.jsonl        gse POS tagging MB/s
//	kgbench write [-batch N] FILE.jsonl        graph writes alone
//	kgbench naive FILE.jsonl                   one auto-commit MERGE each
//	kgbench wipe                               empty the database
//	kgbench gen [-from I] -n N [-shard i/n]    a synthetic world's articles
//	                                           through kg's graph writer
//	kgbench queries [-runs N]                  p50/p95 of every saved query
//	kgbench profile NAME k=v...                PROFILE of a saved query
//
// The Neo4j commands read NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and
// NEO4J_DATABASE. Every timing goes to stdout as key=value lines that
// scripts/bench parses.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/newsgraph/kg/ingest"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: kgbench corpus|gse|write|naive|wipe|gen|queries|profile [flags] [args]")
		os.Exit(2)
	}
	ctx := context.Background()
	fs := flag.NewFlagSet("kgbench "+os.Args[1], flag.ExitOnError)
	var err error
	switch os.Args[1] {
	case "corpus":
		n := fs.Int("n", 1000, "articles to generate")
		out := fs.String("o", "corpus.jsonl", "output JSONL file")
		fs.Parse(os.Args[2:])
		err = writeCorpus(*out, *n, fs.Args())
	case "gse":
		workers := fs.Int("workers", 1, "goroutines tagging at once")
		fs.Parse(os.Args[2:])
		err = benchGse(ctx, fs.Args(), *workers)
	case "write":
		batch := fs.Int("batch", 0, "articles per transaction (0: kg ingest's default)")
		fs.Parse(os.Args[2:])
		err = benchWrite(ctx, fs.Args(), *batch)
	case "naive":
		fs.Parse(os.Args[2:])
		err = benchNaive(ctx, fs.Args())
	case "gen":
		var o genOptions
		fs.IntVar(&o.from, "from", 0, "first article of the world to write")
		fs.IntVar(&o.n, "n", 10000, "articles to write")
		fs.Uint64Var(&o.seed, "seed", 1, "the world")
		fs.IntVar(&o.batch, "batch", 0, "articles per transaction (0: kg ingest's default)")
		fs.IntVar(&o.every, "every", 2000, "print the rate every so many articles")
		shard := fs.String("shard", "", "write only shard i of n (i/n), as kg ingest --shard")
		fs.Parse(os.Args[2:])
		if *shard != "" {
			if o.shard, err = ingest.ParseShard(*shard); err != nil {
				break
			}
		}
		err = genWrite(ctx, o)
	case "queries":
		runs := fs.Int("runs", 20, "timed runs of each query and parameter set")
		fs.Parse(os.Args[2:])
		err = benchQueries(ctx, *runs)
	case "profile":
		fs.Parse(os.Args[2:])
		if fs.NArg() < 1 {
			err = fmt.Errorf("profile NAME k=v")
			break
		}
		raw := map[string]string{}
		for _, kv := range fs.Args()[1:] {
			k, v, _ := strings.Cut(kv, "=")
			raw[k] = v
		}
		err = profileQuery(ctx, fs.Arg(0), raw)
	case "wipe":
		fs.Parse(os.Args[2:])
		err = wipe(ctx)
	default:
		err = fmt.Errorf("unknown command %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "kgbench:", err)
		os.Exit(1)
	}
}
