package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// Placeholder until the command is built.
func newRemoveCmd(conn *connFlags, io streams) *cobra.Command {
	return &cobra.Command{Use: "remove", Hidden: true, RunE: func(*cobra.Command, []string) error { return errors.New("remove: not built yet") }}
}
