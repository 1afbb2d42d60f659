package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// Placeholder until the command is built.
func newIngestCmd(conn *connFlags, io streams) *cobra.Command {
	return &cobra.Command{Use: "ingest", Hidden: true, RunE: func(*cobra.Command, []string) error { return errors.New("ingest: not built yet") }}
}
