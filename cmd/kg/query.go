package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// Placeholder until the command is built.
func newQueryCmd(conn *connFlags, io streams) *cobra.Command {
	return &cobra.Command{Use: "query", Hidden: true, RunE: func(*cobra.Command, []string) error { return errors.New("query: not built yet") }}
}
