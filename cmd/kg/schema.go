package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"
)

// schemaOptions are kg schema apply's inputs once the flags are parsed.
type schemaOptions struct {
	IO   streams
	Conn *connFlags
}

func newSchemaCmd(conn *connFlags, io streams) *cobra.Command {
	return newSchemaCmdF(conn, io, nil)
}

// newSchemaCmdF builds kg schema; runF replaces runSchemaApply in tests.
func newSchemaCmdF(conn *connFlags, io streams, runF func(context.Context, *schemaOptions) error) *cobra.Command {
	opts := &schemaOptions{IO: io, Conn: conn}
	cmd := &cobra.Command{
		Use:   "schema",
		Short: "Manage the graph's constraints and indexes",
		Args:  cobra.NoArgs,
	}
	cmd.AddCommand(&cobra.Command{
		Use:   "apply",
		Short: "Create kg's uniqueness constraints and indexes where missing",
		Long: `kg schema apply creates a uniqueness constraint for each label's key
(Article.id, Person.key, Organization.key, Model.key, Event.id, Quote.id) and
the indexes kg's lookups use, then waits until they are online. It changes
nothing when they exist already; kg ingest runs it too.

On a graph written by an older kg it then brings what the graph keeps up to
date, computed from the graph: provenance kept in lists on the relationships
becomes one STATES relationship per stating article and tags on each
article's REPORTED_IN; statements get their word windows (grams) and report
dates; frequent entities get their co-mention counts. That reads the whole
graph once (minutes on a large one); run it while no loader writes. It does
nothing on an up-to-date graph, and an interrupted run is run again.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runSchemaApply(cmd.Context(), opts)
		},
	})
	return cmd
}

func runSchemaApply(ctx context.Context, o *schemaOptions) error {
	st, err := o.Conn.open(ctx)
	if err != nil {
		return err
	}
	defer st.Close(context.Background())
	if err := st.ApplySchema(ctx); err != nil {
		return dbFail("schema: %w", err)
	}
	if err := st.Upgrade(ctx); err != nil {
		return dbFail("schema: %w", err)
	}
	fmt.Fprintf(o.IO.Out, "schema applied to %s (database %s)\n", st.URI(), st.Database())
	return nil
}
