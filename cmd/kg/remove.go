package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"
)

// removeOptions are kg remove's inputs once the flags are parsed.
type removeOptions struct {
	IO      streams
	Conn    *connFlags
	Article string // content id
	URL     string
}

func newRemoveCmd(conn *connFlags, io streams) *cobra.Command {
	return newRemoveCmdF(conn, io, nil)
}

// newRemoveCmdF builds kg remove; runF replaces runRemove in tests.
func newRemoveCmdF(conn *connFlags, io streams, runF func(context.Context, *removeOptions) error) *cobra.Command {
	opts := &removeOptions{IO: io, Conn: conn}
	cmd := &cobra.Command{
		Use:   "remove --article ID | --url URL",
		Short: "Take one article and its evidence out of the graph",
		Long: `kg remove deletes an article (by its content id, as kg extract prints it,
or by its url) with its mentions, quotes and events, takes its id out of the
provenance of every fact, deletes facts no other article states, and deletes
entities no article mentions any more. An unknown article is an error.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if (opts.Article == "") == (opts.URL == "") {
				return usagef("remove: give exactly one of --article ID and --url URL")
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runRemove(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVar(&opts.Article, "article", "", "content id of the article to remove")
	cmd.Flags().StringVar(&opts.URL, "url", "", "url of the article to remove")
	return cmd
}

func runRemove(ctx context.Context, o *removeOptions) error {
	st, err := o.Conn.open(ctx)
	if err != nil {
		return err
	}
	defer st.Close(context.Background())
	ref, what := o.Article, "id"
	if o.URL != "" {
		ref, what = o.URL, "url"
	}
	sum, err := st.Remove(ctx, ref)
	if err != nil {
		return dbFail("%w", err)
	}
	if sum.Articles == 0 {
		return fmt.Errorf("remove: no article with %s %q", what, ref)
	}
	fmt.Fprintf(o.IO.Out, "removed %d article(s): %d nodes and %d relationships deleted\n",
		sum.Articles, sum.NodesDeleted, sum.RelationshipsDeleted)
	return nil
}
