// Command kg turns news articles into a knowledge graph in Neo4j: people,
// organizations, AI models, who said what about them, who works where, which
// model derives from which, and dated events.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	// Ctrl-C or SIGTERM cancels ctx: the command stops cleanly and exits 1.
	// A second Ctrl-C, once ctx is done, kills kg at once.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	context.AfterFunc(ctx, stop)
	os.Exit(run(ctx, os.Args[1:], streams{In: os.Stdin, Out: os.Stdout, Err: os.Stderr}))
}
