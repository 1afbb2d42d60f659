package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// Placeholder until the command is built.
func newEvalCmd(conn *connFlags, io streams) *cobra.Command {
	return &cobra.Command{Use: "eval", Hidden: true, RunE: func(*cobra.Command, []string) error { return errors.New("eval: not built yet") }}
}
