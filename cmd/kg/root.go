package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newsgraph/kg/graph"
)

// Exit codes, documented in the README.
const (
	exitOK       = 0
	exitError    = 1 // the command failed, some inputs failed, or kg was interrupted
	exitUsage    = 2 // bad flags, arguments or parameters
	exitDatabase = 3 // Neo4j unreachable, refused the credentials, or no such database
)

// streams are the command's standard input and outputs; tests swap them.
type streams struct {
	In  io.Reader
	Out io.Writer
	Err io.Writer
}

// usageError marks an error in how kg was called.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, a ...any) error { return usageError{fmt.Errorf(format, a...)} }

// dbError marks a failure to reach or use the database.
type dbError struct{ err error }

func (e dbError) Error() string { return e.err.Error() }
func (e dbError) Unwrap() error { return e.err }

// partialError says some inputs failed while the others went through; each
// failure was already reported on its own line.
type partialError struct{ failed int }

func (e partialError) Error() string { return fmt.Sprintf("%d input(s) failed", e.failed) }

// connFlags are the Neo4j connection settings shared by every command that
// talks to the database.
type connFlags struct {
	URI          string
	User         string
	Password     string
	PasswordFile string
	Database     string
}

func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

func newRootCmd(ctx context.Context, io streams) *cobra.Command {
	conn := &connFlags{}
	root := &cobra.Command{
		Use:           "kg",
		Short:         "Turn news articles into a knowledge graph in Neo4j",
		Long:          "kg reads news articles (Chinese and English), finds people, organizations, AI models,\nwho said what about them, who works where and which model derives from which,\nand writes it all into Neo4j with provenance back to each article.",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetContext(ctx)
	root.SetIn(io.In)
	root.SetOut(io.Out)
	root.SetErr(io.Err)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return usageError{err} })

	pf := root.PersistentFlags()
	pf.StringVar(&conn.URI, "uri", envOr("NEO4J_URI", "neo4j://localhost:7687"), "Neo4j URI: neo4j://, neo4j+s://, bolt:// (env NEO4J_URI)")
	pf.StringVar(&conn.User, "user", envOr("NEO4J_USERNAME", "neo4j"), "Neo4j user (env NEO4J_USERNAME)")
	// The password's default is read at connect time, never shown in --help.
	pf.StringVar(&conn.Password, "password", "", "Neo4j password (env NEO4J_PASSWORD)")
	pf.StringVar(&conn.PasswordFile, "password-file", "", "read the Neo4j password from this file")
	pf.StringVar(&conn.Database, "database", envOr("NEO4J_DATABASE", "neo4j"), "Neo4j database (env NEO4J_DATABASE)")

	for _, add := range []func(*connFlags, streams) *cobra.Command{
		newExtractCmd, newEvalCmd,
		newSchemaCmd, newIngestCmd, newRemoveCmd, newStatsCmd,
		newQueryCmd, newCypherCmd, newExportCmd, newShowCmd,
	} {
		root.AddCommand(add(conn, io))
	}
	markArgErrors(root)
	return root
}

// markArgErrors makes cobra's argument-count errors usage errors (exit 2),
// on every command that declares an Args check.
func markArgErrors(c *cobra.Command) {
	if check := c.Args; check != nil {
		c.Args = func(cmd *cobra.Command, args []string) error {
			if err := check(cmd, args); err != nil {
				return usageError{err}
			}
			return nil
		}
	}
	for _, sub := range c.Commands() {
		markArgErrors(sub)
	}
}

// run executes kg with args and returns the process exit code.
func run(ctx context.Context, args []string, io streams) int {
	root := newRootCmd(ctx, io)
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return exitOK
	}
	if ctx.Err() != nil {
		// Ctrl-C: whatever failed after it failed because of it. Not
		// exitDatabase, though the database calls are what stopped.
		fmt.Fprintln(io.Err, "kg: interrupted")
		return exitError
	}
	msg := termSafe(err.Error())
	if !strings.HasPrefix(msg, "kg: ") {
		msg = "kg: " + msg
	}
	fmt.Fprintln(io.Err, msg)
	var ue usageError
	var de dbError
	switch {
	case errors.As(err, &ue) || strings.HasPrefix(err.Error(), "unknown command"):
		return exitUsage
	case errors.As(err, &de) && graph.Unreachable(err):
		// A busy database (deadlocks, lock timeouts) or a rejected
		// statement is a failed command, not an unreachable database.
		return exitDatabase
	default:
		return exitError
	}
}
