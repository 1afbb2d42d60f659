package source

import (
	"context"
	"errors"
)

// Read streams every article found in paths (files, folders walked
// recursively, "-" for Options.Stdin, http(s) URLs) to fn, in a stable order.
// An input that fails is passed to onErr as an *InputError and reading goes
// on; Read returns an error only when fn does or ctx ends.
// Placeholder: replaced by the real readers.
func Read(ctx context.Context, paths []string, opt Options, fn func(Article) error, onErr func(*InputError)) error {
	return errors.New("source.Read: not built yet")
}
