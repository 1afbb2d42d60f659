// Package graph is kg's Neo4j store: it opens a connection, applies the
// schema, writes extracted articles in batched idempotent transactions and
// removes them again. Reads for queries and exports live beside it.
package graph

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
)

// Config says where Neo4j is and how to log in.
type Config struct {
	URI      string // neo4j://, neo4j+s://, bolt://, bolt+s://
	User     string
	Password string
	Database string // empty means "neo4j"

	// RetryFor bounds how long a write keeps retrying while the database is
	// unreachable or busy; zero means DefaultRetryFor.
	RetryFor time.Duration
}

// DefaultRetryFor is how long writes retry transient failures by default:
// long enough for a laptop's Neo4j to restart.
const DefaultRetryFor = 90 * time.Second

// Failures to reach or use the database; test with errors.Is.
var (
	ErrUnavailable = errors.New("database unavailable")
	ErrAuth        = errors.New("authentication failed")
	ErrNoDatabase  = errors.New("no such database")
	ErrBadURI      = errors.New("invalid URI")
)

// ConnError is a failure to connect: it names the URI (without any
// credentials) and the reason, and unwraps to one of the Err* sentinels.
type ConnError struct {
	URI    string
	Kind   error // ErrUnavailable, ErrAuth, ErrNoDatabase or ErrBadURI
	Reason string
}

func (e *ConnError) Error() string {
	if e.Reason == "" {
		return fmt.Sprintf("neo4j %s: %v", e.URI, e.Kind)
	}
	return fmt.Sprintf("neo4j %s: %v: %s", e.URI, e.Kind, e.Reason)
}

func (e *ConnError) Unwrap() error { return e.Kind }

// Store is an open connection to one Neo4j database. It is safe for
// concurrent use.
type Store struct {
	driver   neo4j.DriverWithContext
	database string
	uri      string
	retryFor time.Duration
}

// Open connects to Neo4j and checks that the credentials work and the
// database exists.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	safe := redactURI(cfg.URI)
	db := cfg.Database
	if db == "" {
		db = "neo4j"
	}
	retryFor := cfg.RetryFor
	if retryFor <= 0 {
		retryFor = DefaultRetryFor
	}
	drv, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.User, cfg.Password, ""),
		func(c *config.Config) {
			c.SocketConnectTimeout = 5 * time.Second
			c.ConnectionAcquisitionTimeout = 30 * time.Second
			// The writer runs its own bounded retry loop around the driver's.
			c.MaxTransactionRetryTime = 15 * time.Second
		})
	if err != nil {
		return nil, &ConnError{URI: safe, Kind: ErrBadURI, Reason: scrub(err.Error(), cfg.Password)}
	}
	s := &Store{driver: drv, database: db, uri: safe, retryFor: retryFor}
	if err := s.ping(ctx); err != nil {
		_ = drv.Close(context.Background())
		return nil, classify(safe, cfg.Password, err)
	}
	return s, nil
}

// ping runs a trivial query in the configured database: VerifyConnectivity
// alone would accept a database name that does not exist.
func (s *Store) ping(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	if err := s.driver.VerifyConnectivity(ctx); err != nil {
		return err
	}
	_, err := neo4j.ExecuteQuery(ctx, s.driver, "RETURN 1", nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.database), neo4j.ExecuteQueryWithReadersRouting())
	return err
}

// Driver is the underlying driver, for read helpers in this package's
// callers; always pass Database() in the session config.
func (s *Store) Driver() neo4j.DriverWithContext { return s.driver }

// Database is the name of the database the store writes to.
func (s *Store) Database() string { return s.database }

// URI is the connection URI with any credentials removed.
func (s *Store) URI() string { return s.uri }

// Close releases the connections.
func (s *Store) Close(ctx context.Context) error { return s.driver.Close(ctx) }

// Unreachable says whether err means kg could not use the database at all:
// it is not reachable or not serving, refused the credentials, or has no
// such database. Deadlocks, timeouts and rejected statements are not.
func Unreachable(err error) bool {
	if errors.Is(err, ErrUnavailable) || errors.Is(err, ErrAuth) || errors.Is(err, ErrNoDatabase) {
		return true
	}
	return transient(err) && unreachable(err)
}

// classify turns a driver failure into a ConnError of the right kind, with a
// one-line reason that never holds the password.
func classify(uri, password string, err error) error {
	kind := ErrUnavailable
	var nerr *neo4j.Neo4jError
	var authErr *neo4j.InvalidAuthenticationError
	reason := err.Error()
	switch {
	case errors.As(err, &authErr):
		kind = ErrAuth
	case errors.As(err, &nerr):
		reason = nerr.Msg
		switch {
		case strings.HasPrefix(nerr.Code, "Neo.ClientError.Security."):
			kind = ErrAuth
		case nerr.Code == "Neo.ClientError.Database.DatabaseNotFound":
			kind = ErrNoDatabase
		}
	case errors.Is(err, context.DeadlineExceeded):
		reason = "timed out"
	}
	return &ConnError{URI: uri, Kind: kind, Reason: scrub(oneLine(reason), password)}
}

// redactURI drops a password embedded in the URI's user info.
func redactURI(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.User == nil {
		return raw
	}
	u.User = url.User(u.User.Username())
	return u.String()
}

// scrub removes the password from a message, in case a driver ever echoes it.
func scrub(msg, password string) string {
	if password == "" {
		return msg
	}
	return strings.ReplaceAll(msg, password, "***")
}

func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 300 {
		s = s[:300] + "…"
	}
	return s
}
