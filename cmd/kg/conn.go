package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/newsgraph/kg/graph"
)

// password resolves the password: --password, then --password-file, then
// NEO4J_PASSWORD.
func (c *connFlags) password() (string, error) {
	if c.Password != "" {
		return c.Password, nil
	}
	if c.PasswordFile != "" {
		b, err := os.ReadFile(c.PasswordFile)
		if err != nil {
			// The path is safe to name; the content never appears.
			return "", usagef("read password file %s: %v", c.PasswordFile, errors.Unwrap(err))
		}
		return strings.TrimRight(string(b), "\r\n"), nil
	}
	return os.Getenv("NEO4J_PASSWORD"), nil
}

// config is the graph.Config the flags describe.
func (c *connFlags) config() (graph.Config, error) {
	pw, err := c.password()
	if err != nil {
		return graph.Config{}, err
	}
	return graph.Config{URI: c.URI, User: c.User, Password: pw, Database: c.Database}, nil
}

// open connects to Neo4j; a failure is a dbError (exit code 3), or a usage
// error for a malformed URI or an unreadable password file.
func (c *connFlags) open(ctx context.Context) (*graph.Store, error) {
	cfg, err := c.config()
	if err != nil {
		return nil, err
	}
	st, err := graph.Open(ctx, cfg)
	if err != nil {
		if errors.Is(err, graph.ErrBadURI) {
			return nil, usageError{err}
		}
		return nil, dbError{err}
	}
	return st, nil
}

// dbFail wraps an error from a store operation so the exit code says the
// database failed.
func dbFail(format string, err error) error {
	return dbError{fmt.Errorf(format, err)}
}
