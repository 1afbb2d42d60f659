package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// Placeholder until the command is built.
func newStatsCmd(conn *connFlags, io streams) *cobra.Command {
	return &cobra.Command{Use: "stats", Hidden: true, RunE: func(*cobra.Command, []string) error { return errors.New("stats: not built yet") }}
}
