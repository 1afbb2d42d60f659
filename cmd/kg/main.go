// Command kg turns news articles into a knowledge graph in Neo4j: people,
// organizations, AI models, who said what about them, who works where, which
// model derives from which, and dated events.
package main

import (
	"context"
	"os"
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], streams{In: os.Stdin, Out: os.Stdout, Err: os.Stderr}))
}
