package graph

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

func TestRedactURI(t *testing.T) {
	tests := []struct{ in, want string }{
		{"neo4j://localhost:7687", "neo4j://localhost:7687"},
		{"bolt://neo4j:s3cret@db.example:7687", "bolt://neo4j@db.example:7687"},
		{"neo4j+s://x.databases.neo4j.io", "neo4j+s://x.databases.neo4j.io"},
	}
	for _, tt := range tests {
		if got := redactURI(tt.in); got != tt.want {
			t.Errorf("redactURI(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestClassify(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want error
	}{
		{"auth", &neo4j.Neo4jError{Code: "Neo.ClientError.Security.Unauthorized", Msg: "The client is unauthorized due to authentication failure."}, ErrAuth},
		{"no database", &neo4j.Neo4jError{Code: "Neo.ClientError.Database.DatabaseNotFound", Msg: "Database does not exist. Database name: 'nope'."}, ErrNoDatabase},
		{"connectivity", &neo4j.ConnectivityError{Inner: errors.New("connection refused")}, ErrUnavailable},
		{"timeout", context.DeadlineExceeded, ErrUnavailable},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := classify("bolt://h:1", "pw", tt.err)
			if !errors.Is(err, tt.want) {
				t.Fatalf("classify(%v) = %v, want kind %v", tt.err, err, tt.want)
			}
			if msg := err.Error(); !strings.HasPrefix(msg, "neo4j bolt://h:1: ") || strings.Contains(msg, "\n") {
				t.Errorf("message %q: want one line naming the URI", msg)
			}
		})
	}
}

func TestOpenNeverLeaksPassword(t *testing.T) {
	const pw = "hunter2-secret"
	tests := []struct {
		name string
		uri  string
		want error
	}{
		{"refused", "bolt://127.0.0.1:1", ErrUnavailable},
		{"password in uri", "bolt://neo4j:" + pw + "@127.0.0.1:1", ErrUnavailable},
		{"bad scheme", "http://127.0.0.1:1", ErrBadURI},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			_, err := Open(ctx, Config{URI: tt.uri, User: "neo4j", Password: pw})
			if !errors.Is(err, tt.want) {
				t.Fatalf("Open: %v, want %v", err, tt.want)
			}
			if strings.Contains(err.Error(), pw) {
				t.Errorf("error shows the password: %v", err)
			}
		})
	}
}
