package graph

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Upgrading a graph written by an older kg. kg schema apply runs
// Store.Upgrade; every step reads the graph, sets what this kg keeps, and
// finds nothing to do the second time, so an interrupted upgrade is run
// again. What an older kg wrote, oldest first:
//
//   - Provenance in lists on the relationships (before STATES): a fact's
//     articles, evidence ("id<TAB>sentence") and, on WORKS_AT, roles
//     ("id<TAB>role<TAB>0|1"); ABOUT's and INVOLVES' articles and evidence.
//     They become one STATES per stating article and tags on each
//     article's REPORTED_IN, and the facts are recounted.
//   - Statements without grams: excerpts could not join them; later,
//     statements without a head (their first window was in the grams).
//   - Statements without report dates, and no co-mention counts.
//   - Co-mention pairs without their key, STATES and events' REPORTED_IN
//     without their article's date, statements without their head,
//     articles without their title key (backfills: ApplySchema runs them
//     on a marked graph).
//
// Graphs older than one Quote per statement (before statements were merged
// across articles) are not upgraded: load their articles again.

// qUpgradeFacts turns a fact's provenance lists into STATES relationships,
// recounts the fact and drops the lists.
var qUpgradeFacts = `
MATCH (x)-[r:WORKS_AT|DEVELOPED|DERIVED_FROM]->(y) WHERE r.articles IS NOT NULL
CALL (x, r, y) {
  WITH x, r, type(r) + '\t' + x.key + '\t' + y.key AS fact
  CALL (x, r, fact) {
    UNWIND r.articles AS id
    MATCH (a:Article {id: id})
    WITH x, fact, a,
      head([e IN coalesce(r.evidence, []) WHERE e STARTS WITH id + '\t' | substring(e, size(id) + 1)]) AS sentence,
      head([e IN coalesce(r.roles, []) WHERE e STARTS WITH id + '\t' AND split(e, '\t')[1] <> '' | split(e, '\t')]) AS role
    MERGE (a)-[s:STATES {fact: fact}]->(x)
    ON CREATE SET s.sentence = sentence, s.role = role[1],
      s.former = CASE WHEN role IS NULL THEN null ELSE role[2] = '1' END,
      s.published = CASE WHEN role IS NULL THEN null ELSE a.published END
  }
  WITH r, fact` + recountFact + `
  REMOVE r.articles, r.evidence, r.roles
} IN TRANSACTIONS OF 500 ROWS`

// upgradeTags turns the provenance list of rel (ABOUT or INVOLVES, from
// node) into tags (prop) on the node's REPORTED_IN to each listed article,
// and for INVOLVES the article's sentence, then counts and drops the
// lists.
func upgradeTags(node, rel, prop string) string {
	sentence := ""
	if rel == "INVOLVES" {
		sentence = `
    FOREACH (x IN CASE WHEN rep.sentence IS NULL AND s IS NOT NULL THEN [1] ELSE [] END | SET rep.sentence = s)`
	}
	return `
MATCH (n:` + node + `)-[r:` + rel + `]->(t) WHERE r.articles IS NOT NULL
CALL (n, r, t) {
  WITH n, r, labels(t)[0] + '\t' + t.key AS tag
  CALL (n, r, tag) {
    UNWIND r.articles AS id
    MATCH (n)-[rep:REPORTED_IN]->(:Article {id: id})
    WITH rep, tag, head([e IN coalesce(r.evidence, []) WHERE e STARTS WITH id + '\t' | substring(e, size(id) + 1)]) AS s
    FOREACH (x IN CASE WHEN tag IN coalesce(rep.` + prop + `, []) THEN [] ELSE [1] END | SET rep.` + prop + ` = coalesce(rep.` + prop + `, []) + tag)` + sentence + `
    RETURN count(rep) AS tagged
  }
  SET r.count = tagged
  REMOVE r.articles, r.evidence
} IN TRANSACTIONS OF 1000 ROWS`
}

// qBackfillQuoteDates sets the report dates (first_reported,
// last_reported) of statements written before kg kept them, and their
// copies on SAID and ABOUT.
var qBackfillQuoteDates = `
MATCH (q:Quote) WHERE q.first_reported IS NULL
CALL (q) {
  MATCH (q)-[:REPORTED_IN]->(a:Article)
  WITH q, min(coalesce(a.published, '')) AS first, max(coalesce(a.published, '')) AS last
  SET q.first_reported = first, q.last_reported = last
  WITH q` + copyFirstReported + `
} IN TRANSACTIONS OF 5000 ROWS`

// qQuotesWithoutGrams and qSetGrams give statements written before kg
// indexed their word windows their grams and head (quoteKeys), a batch at
// a time.
const (
	qQuotesWithoutGrams = `
MATCH (p:Person)-[:SAID]->(q:Quote) WHERE q.grams IS NULL
RETURN q.id AS id, p.key AS speaker, coalesce(q.text, '') AS text, coalesce(q.folded, '') AS folded LIMIT 2000`
	qSetGrams = `
UNWIND $rows AS row
MATCH (q:Quote {id: row.id})
SET q.grams = row.grams, q.head = ` + quoteHead
)

// A backfill sets what a later kg keeps on a graph an earlier one wrote
// and marked complete (KgState co-mentions, counted): ApplySchema runs the
// ones its marker lacks (flag), before its loader writes, then sets the
// flag. Upgrade runs them all on an unmarked graph. Each sets only what is
// missing, so a rerun, or two loaders starting at once, changes nothing.
type backfill struct{ flag, stmt string }

var backfills = []backfill{
	// Co-mention pairs written before they were keyed (pairKey).
	{"keyed", `
MATCH (x)-[c:CO_MENTIONED]->(y) WHERE c.pair IS NULL
CALL (x, c, y) { SET c.pair = ` + pairKey("x", "y") + ` } IN TRANSACTIONS OF 5000 ROWS`},
	// STATES without their article's date: the newest-first lists of a
	// fact's statements read the states_fact_published index.
	{"states_dated", `
MATCH (a:Article)-[s:STATES]->() WHERE s.published IS NULL
CALL (a, s) { SET s.published = coalesce(a.published, '') } IN TRANSACTIONS OF 10000 ROWS`},
	// Statements without their head, written when the first window was
	// an "h" token of the grams (which the look-ups no longer ask for):
	// a new statement finds the shorter ones it holds by their head.
	{"headed", `
MATCH (q:Quote) WHERE q.head IS NULL AND q.grams STARTS WITH 'h'
CALL (q) { SET q.head = substring(q.grams, 1, ` + strconv.Itoa(windowHash) + `) } IN TRANSACTIONS OF 10000 ROWS`},
	// Articles without their title key: the article query finds an
	// article by title through it.
	{"titled", `
MATCH (a:Article) WHERE a.title_key IS NULL AND a.title IS NOT NULL
CALL (a) { SET a.title_key = ` + titleKey("a.title") + ` } IN TRANSACTIONS OF 10000 ROWS`},
	// Reports of events without the event's id and their article's date:
	// timeline reads an event's latest reports from
	// reported_event_published.
	{"reports_dated", `
MATCH (ev:Event)-[r:REPORTED_IN]->(a:Article) WHERE r.event IS NULL
CALL (ev, r, a) { SET r.event = ev.id, r.published = coalesce(a.published, '') } IN TRANSACTIONS OF 10000 ROWS`},
}

// setBackfilled is the Cypher that sets every backfill's flag on the
// marker node m.
func setBackfilled(m string) string {
	var b strings.Builder
	for _, f := range backfills {
		b.WriteString(", " + m + "." + f.flag + " = true")
	}
	return b.String()
}

// runBackfills runs the backfills the graph's marker lacks (none on a
// graph without the marker: Upgrade runs them there).
func (s *Store) runBackfills(ctx context.Context, sess neo4j.SessionWithContext) error {
	res, err := neo4j.ExecuteQuery(ctx, s.driver, "MATCH (s:KgState {name: $name, counted: true}) RETURN properties(s) AS flags",
		map[string]any{"name": coMentionState}, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.database))
	if err != nil {
		return fmt.Errorf("read the graph's state: %w", err)
	}
	if len(res.Records) == 0 {
		return nil
	}
	flags, _ := res.Records[0].Values[0].(map[string]any)
	for _, f := range backfills {
		if flags[f.flag] != nil {
			continue
		}
		for _, stmt := range []string{f.stmt, "MATCH (s:KgState {name: '" + coMentionState + "'}) SET s." + f.flag + " = true"} {
			// CALL … IN TRANSACTIONS needs an auto-commit transaction.
			if err := s.retry(ctx, func() error { return run(ctx, sess, stmt) }); err != nil {
				return fmt.Errorf("backfill %s: %w", f.flag, err)
			}
		}
	}
	return nil
}

// Upgraded reports whether the graph keeps everything this kg keeps: its
// co-mention counts are complete (an empty graph at ApplySchema, or
// Upgrade done, which sets that marker last). What such a graph may still
// lack, the backfills, ApplySchema adds by itself.
func (s *Store) Upgraded(ctx context.Context) (bool, error) {
	res, err := neo4j.ExecuteQuery(ctx, s.driver, "MATCH (s:KgState {name: $name, counted: true}) RETURN count(s) AS n",
		map[string]any{"name": coMentionState}, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.database), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		return false, fmt.Errorf("read the graph's state: %w", err)
	}
	n, _ := res.Records[0].Get("n")
	return n.(int64) > 0, nil
}

// Upgrade brings a graph written by an older kg up to what kg now keeps,
// computed from the graph (in transactions of their own, so a large graph
// takes a while; run it when no loader writes). It does nothing on an
// upgraded graph.
func (s *Store) Upgrade(ctx context.Context) error {
	if ok, err := s.Upgraded(ctx); err != nil || ok {
		return err
	}
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.database, AccessMode: neo4j.AccessModeWrite})
	defer sess.Close(context.Background())
	steps := []string{qUpgradeFacts, upgradeTags("Quote", "ABOUT", "about"), upgradeTags("Event", "INVOLVES", "involves")}
	for _, stmt := range steps {
		// CALL … IN TRANSACTIONS needs an auto-commit transaction.
		if err := s.retry(ctx, func() error { return run(ctx, sess, stmt) }); err != nil {
			return fmt.Errorf("upgrade the graph: %w", err)
		}
	}
	if err := s.upgradeGrams(ctx); err != nil {
		return err
	}
	steps = []string{qBackfillQuoteDates}
	for _, f := range backfills {
		steps = append(steps, f.stmt)
	}
	for _, stmt := range append(steps, upgradeCoMentions...) {
		if err := s.retry(ctx, func() error { return run(ctx, sess, stmt) }); err != nil {
			return fmt.Errorf("upgrade the graph: %w", err)
		}
	}
	return nil
}

// upgradeGrams gives every statement without grams its grams and head.
func (s *Store) upgradeGrams(ctx context.Context) error {
	for {
		res, err := neo4j.ExecuteQuery(ctx, s.driver, qQuotesWithoutGrams, nil, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(s.database))
		if err != nil {
			return fmt.Errorf("upgrade the graph: statements without grams: %w", err)
		}
		if len(res.Records) == 0 {
			return nil
		}
		rows := make([]map[string]any, 0, len(res.Records))
		for _, r := range res.Records {
			m := r.AsMap()
			speaker, _ := m["speaker"].(string)
			text, _ := m["text"].(string)
			folded, _ := m["folded"].(string)
			// A statement too short for a window gets an empty string, so
			// that it is not asked for again.
			head, grams := quoteKeys(speaker, text, folded)
			rows = append(rows, map[string]any{"id": m["id"], "head": head, "grams": grams})
		}
		if _, err := s.inWrite(ctx, func(tx neo4j.ManagedTransaction, c *counter) error {
			return c.exec(ctx, tx, qSetGrams, rows)
		}); err != nil {
			return fmt.Errorf("upgrade the graph: set grams: %w", err)
		}
	}
}
