package graph

import (
	"context"
	"errors"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// schema holds kg's constraints and indexes. Every statement is idempotent.
//
// Entity nodes (Person, Organization, Model) carry key (extract.Key of the
// canonical name, unique), name, aliases (every surface form, name included)
// and keys (extract.Key of each alias): match any alias through the
// entity_keys full-text index (keyword analyzer: one token per key).
// Keys longer than 1 KB are cut and end in a hash (see capIndexed).
var schema = []string{
	// Uniqueness constraints, one per label key; each also creates the
	// range index that MERGE and lookups by key use.
	"CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE",
	"CREATE CONSTRAINT person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE",
	"CREATE CONSTRAINT organization_key IF NOT EXISTS FOR (n:Organization) REQUIRE n.key IS UNIQUE",
	"CREATE CONSTRAINT model_key IF NOT EXISTS FOR (n:Model) REQUIRE n.key IS UNIQUE",
	"CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE",
	"CREATE CONSTRAINT quote_id IF NOT EXISTS FOR (n:Quote) REQUIRE n.id IS UNIQUE",

	// Events by date. Names get no range index: entities are looked up by
	// key or keys, and a range index fails writes of values over 8 KB.
	"CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date)",

	// Articles by origin (their url, else path[:line]; re-ingest replaces
	// the article from the same origin, kg remove --url finds it) and date.
	"CREATE INDEX article_origin IF NOT EXISTS FOR (n:Article) ON (n.origin)",
	"CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published)",
	// Articles by exact title, when short enough to index (titleKey).
	"CREATE INDEX article_title_key IF NOT EXISTS FOR (n:Article) ON (n.title_key)",

	// Articles by LSH band key, to find copies (graph/copies.go): the keys
	// are one string, split on spaces.
	"CREATE FULLTEXT INDEX article_bands IF NOT EXISTS FOR (n:Article) ON EACH [n.bands] OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}}",

	// Entities by any alias key: Neo4j's range indexes do not index list
	// membership, so "$k IN e.keys" scanned every entity; a keyword
	// full-text index over the list is an index look-up (the saved
	// queries, kg show and kg export --around use it).
	"CREATE FULLTEXT INDEX entity_keys IF NOT EXISTS FOR (n:Person|Organization|Model) ON EACH [n.keys] OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}}",

	// Statements by the windows starting their words, and by their first
	// window (graph/quotes.go, quoteKeys), so that an excerpt finds the
	// statement holding it, and a statement the excerpts it holds, without
	// reading every statement of its speaker.
	"CREATE FULLTEXT INDEX quote_grams IF NOT EXISTS FOR (n:Quote) ON EACH [n.grams] OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}}",
	"CREATE INDEX quote_head IF NOT EXISTS FOR (n:Quote) ON (n.head)",

	// A fact's statements, one STATES relationship per stating article,
	// by the fact's id (graph.FactID): the saved queries, kg show and the
	// writer's recount find them without going through every statement of
	// the fact's start entity.
	"CREATE INDEX states_fact IF NOT EXISTS FOR ()-[s:STATES]-() ON (s.fact)",
	// And by fact and their article's date (a copy on STATES): a fact's
	// newest statements are read newest first from it, not all of them
	// sorted (sources, org-people, kg show).
	"CREATE INDEX states_fact_published IF NOT EXISTS FOR ()-[s:STATES]-() ON (s.fact, s.published)",
	// An event's reports by the event and their article's date (copies on
	// REPORTED_IN): timeline reads a large event's latest reports from it.
	"CREATE INDEX reported_event_published IF NOT EXISTS FOR ()-[r:REPORTED_IN]-() ON (r.event, r.published)",

	// Statements by the date of their first report, through the copies
	// on SAID and ABOUT (graph/write.go, copyFirstReported): who-said and
	// quotes-by read a frequent topic's or speaker's newest statements
	// from them instead of all of its statements.
	"CREATE INDEX said_first_reported IF NOT EXISTS FOR ()-[s:SAID]-() ON (s.first_reported)",
	"CREATE INDEX about_first_reported IF NOT EXISTS FOR ()-[r:ABOUT]-() ON (r.first_reported)",

	// Employments by how many articles state them: org-people reads a
	// large employer's most stated people from it.
	"CREATE INDEX works_at_count IF NOT EXISTS FOR ()-[w:WORKS_AT]-() ON (w.count)",

	// Co-mention pairs by their key (graph/comentions.go, pairKey): the
	// writer raises a pair's count through it.
	"CREATE CONSTRAINT co_mentioned_pair IF NOT EXISTS FOR ()-[c:CO_MENTIONED]-() REQUIRE c.pair IS UNIQUE",

	// Markers of what the graph keeps (graph/comentions.go): one node per
	// name.
	"CREATE CONSTRAINT kg_state_name IF NOT EXISTS FOR (n:KgState) REQUIRE n.name IS UNIQUE",

	// Fuzzy search over names and aliases of all entity labels.
	"CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Person|Organization|Model) ON EACH [n.name, n.aliases]",
}

// ApplySchema creates kg's constraints and indexes when they are missing and
// waits until the indexes are online. Several loaders may start on a fresh
// database at once: each statement is retried on transient failures
// (DeadlockDetected among them, which concurrent schema changes raise), and
// a rule that another loader created in the meantime counts as done.
func (s *Store) ApplySchema(ctx context.Context) error {
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.database, AccessMode: neo4j.AccessModeWrite})
	defer sess.Close(context.Background())
	for _, stmt := range schema {
		// Schema changes cannot share a transaction with each other.
		err := s.retry(ctx, func() error { return ignoreExisting(run(ctx, sess, stmt)) })
		if err != nil {
			return fmt.Errorf("apply schema: %s: %w", stmt, err)
		}
	}
	if err := s.retry(ctx, func() error { return run(ctx, sess, "CALL db.awaitIndexes(300)") }); err != nil {
		return fmt.Errorf("apply schema: wait for indexes: %w", err)
	}
	// What a later kg keeps, on a graph an earlier one wrote, before this
	// loader writes.
	if err := s.runBackfills(ctx, sess); err != nil {
		return fmt.Errorf("apply schema: %w", err)
	}
	// A graph without articles keeps complete co-mention counts from its
	// first article on.
	if err := s.retry(ctx, func() error { return run(ctx, sess, qMarkEmpty) }); err != nil {
		return fmt.Errorf("apply schema: mark an empty graph: %w", err)
	}
	return nil
}

// qMarkEmpty sets the co-mention marker on a graph without articles.
var qMarkEmpty = `
OPTIONAL MATCH (a:Article) WITH a LIMIT 1
WITH a WHERE a IS NULL
` + qMarkCounted

// alreadyExists are the codes Neo4j gives an IF NOT EXISTS schema statement
// that lost a race with an equal one from another session: the rule is
// there, which is all kg asked for.
var alreadyExists = map[string]bool{
	"Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists": true,
	"Neo.ClientError.Schema.ConstraintAlreadyExists":           true,
	"Neo.ClientError.Schema.IndexAlreadyExists":                true,
	"Neo.ClientError.Schema.ConstraintWithNameAlreadyExists":   true,
	"Neo.ClientError.Schema.IndexWithNameAlreadyExists":        true,
}

// ignoreExisting turns "that schema rule exists already" into success.
func ignoreExisting(err error) error {
	var nerr *neo4j.Neo4jError
	if errors.As(err, &nerr) && alreadyExists[nerr.Code] {
		return nil
	}
	return err
}

// run runs one auto-commit statement to completion: errors may only show
// when the result is consumed.
func run(ctx context.Context, sess neo4j.SessionWithContext, stmt string) error {
	res, err := sess.Run(ctx, stmt, nil)
	if err != nil {
		return err
	}
	_, err = res.Consume(ctx)
	return err
}
