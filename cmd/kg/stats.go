package main

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/newsgraph/kg/graph"
)

// statsOptions are kg stats' inputs once the flags are parsed.
type statsOptions struct {
	IO     streams
	Conn   *connFlags
	Output string // text or json
}

func newStatsCmd(conn *connFlags, io streams) *cobra.Command {
	return newStatsCmdF(conn, io, nil)
}

// newStatsCmdF builds kg stats; runF replaces runStats in tests.
func newStatsCmdF(conn *connFlags, io streams, runF func(context.Context, *statsOptions) error) *cobra.Command {
	opts := &statsOptions{IO: io, Conn: conn}
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Count nodes per label and relationships per type",
		Long: `kg stats counts kg's nodes per label and relationships per type, zeros
included. -o json prints {"nodes": {"Person": 15, ...}, "relationships": {"SAID": 41, ...}}.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if opts.Output != "text" && opts.Output != "json" {
				return usagef("stats: -o %q: want text or json", opts.Output)
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runStats(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVarP(&opts.Output, "output", "o", "text", "output format: text or json")
	return cmd
}

func runStats(ctx context.Context, o *statsOptions) error {
	st, err := o.Conn.open(ctx)
	if err != nil {
		return err
	}
	defer st.Close(context.Background())
	s, err := st.Stats(ctx)
	if err != nil {
		return dbFail("%w", err)
	}
	return printStats(o, s)
}

func printStats(o *statsOptions, s graph.Stats) error {
	if o.Output == "json" {
		enc := json.NewEncoder(o.IO.Out)
		enc.SetIndent("", "  ")
		return enc.Encode(s)
	}
	fmt.Fprintln(o.IO.Out, "nodes")
	for _, l := range graph.Labels {
		fmt.Fprintf(o.IO.Out, "  %-14s %9d\n", l, s.Nodes[l])
	}
	fmt.Fprintln(o.IO.Out, "relationships")
	for _, t := range graph.RelationshipTypes {
		fmt.Fprintf(o.IO.Out, "  %-14s %9d\n", t, s.Relationships[t])
	}
	return nil
}
