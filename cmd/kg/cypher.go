package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// Placeholder until the command is built.
func newCypherCmd(conn *connFlags, io streams) *cobra.Command {
	return &cobra.Command{Use: "cypher", Hidden: true, RunE: func(*cobra.Command, []string) error { return errors.New("cypher: not built yet") }}
}
