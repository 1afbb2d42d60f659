package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// Placeholder until the command is built.
func newExtractCmd(conn *connFlags, io streams) *cobra.Command {
	return &cobra.Command{Use: "extract", Hidden: true, RunE: func(*cobra.Command, []string) error { return errors.New("extract: not built yet") }}
}
