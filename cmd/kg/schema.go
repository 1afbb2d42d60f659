package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// Placeholder until the command is built.
func newSchemaCmd(conn *connFlags, io streams) *cobra.Command {
	return &cobra.Command{Use: "schema", Hidden: true, RunE: func(*cobra.Command, []string) error { return errors.New("schema: not built yet") }}
}
