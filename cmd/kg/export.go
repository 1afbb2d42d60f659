package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// Placeholder until the command is built.
func newExportCmd(conn *connFlags, io streams) *cobra.Command {
	return &cobra.Command{Use: "export", Hidden: true, RunE: func(*cobra.Command, []string) error { return errors.New("export: not built yet") }}
}
