package graph

import (
	"context"
	"strconv"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Co-mentions. Which entities are named in the same articles as a given
// one is the first question analysts ask of an entity. Read from MENTIONS
// it costs a row for every mention in every article naming the entity:
// over a second for an organization in half of 70k articles, and linear in
// the graph. Keeping a count for every pair of entities named together is
// no way out: most names are in one or two articles, so an article of 17
// entities adds over a hundred pairs (its write took twice as long, and
// the pairs would outgrow the rest of the store by a million articles).
//
// So kg counts the pairs among frequent entities only. An entity is
// tracked (co_tracked: true) once CoMentionThreshold articles name it; the
// writer then keeps (x)-[:CO_MENTIONED {count}]->(y) for every two tracked
// entities, the number of articles naming both (one relationship per pair,
// from the end whose "Label<TAB>key" sorts first; a count of 1 is left
// unwritten). The
// co-mentions query reads the counts of a tracked entity when they decide
// its list: an untracked entity is named in fewer than the threshold's
// articles, so with it at most that often, and when the limit-th kept count
// reaches the threshold no untracked entity can be in the list. Otherwise
// (an entity in few articles, or a list reaching down to rare names) it
// reads the articles, which are then few or the list's end is.
//
// Each written batch first raises the counts of the tracked pairs its
// articles name, then tracks the entities it takes to the threshold and
// counts their pairs from the graph. Tracking sets co_tracked first, which
// takes the entity's write lock: a concurrent loader that links an article
// to the entity waits for the commit, or the tracking waits for the
// loader's, so every article is counted once. Trackings themselves queue
// on the KgState marker, so two entities tracked at once see each other.
//
// The marker node (:KgState {name: 'co-mentions', threshold, counted})
// holds the graph's threshold and says the counts are complete. ApplySchema
// sets it on an empty graph. A graph written before kg kept these counts
// has none; the co-mentions query reads MENTIONS until Store.Upgrade has
// tracked and counted.

// CoMentionThreshold is the number of articles naming an entity from which
// kg keeps its co-mention counts. Below it, reading its articles is fast
// (a few thousand rows); above it, few entities are tracked (about 2,000
// at a million articles), so the pairs stay few.
const CoMentionThreshold = 500

// coMentionState names the KgState marker of complete co-mention counts.
const coMentionState = "co-mentions"

// qCountCoMentions raises the counts of the tracked pairs the articles
// $ids name. A pair's relationship runs from the end whose label and key
// ("Label<TAB>key") sort first, so that every writer finds it where
// another put it, and a graph is the same whatever order its articles came
// in.
var qCountCoMentions = `
UNWIND $ids AS id
MATCH (:Article {id: id})-[:MENTIONS]->(x) WHERE x.co_tracked
WITH id, x ORDER BY labels(x)[0] + '\t' + x.key
WITH id, collect(x) AS xs
UNWIND range(0, size(xs) - 2) AS i
UNWIND xs[i + 1..] AS y
WITH xs[i] AS x, y, count(*) AS n
// Pairs in one order, so that loaders lock shared entities alike.
WITH x, y, n ORDER BY labels(x)[0] + '\t' + x.key, labels(y)[0] + '\t' + y.key
MERGE (x)-[c:CO_MENTIONED {pair: ` + pairKey("x", "y") + `}]->(y)
ON CREATE SET c.count = CASE WHEN n > 1 THEN n END
ON MATCH SET c.count = coalesce(c.count, 1) + n`

// qTrack marks the entities the articles $ids take to the graph's
// threshold (on the marker), once it holds the marker's lock (trackings
// queue), and returns their ids. A graph whose counts are not complete
// tracks nothing: Store.Upgrade does it.
const qTrack = `
MATCH (s:KgState {name: '` + coMentionState + `', counted: true})
UNWIND $ids AS id
MATCH (:Article {id: id})-[:MENTIONS]->(e) WHERE e.co_tracked IS NULL
WITH DISTINCT s, e
WHERE COUNT { (e)<-[:MENTIONS]-() } >= s.threshold
WITH s, collect(e) AS es WHERE size(es) > 0
// Taking the marker's write lock (the usual idiom: a property set and
// removed leaves no trace).
SET s._lock = true
REMOVE s._lock
WITH es
UNWIND es AS e
SET e.co_tracked = true
RETURN elementId(e) AS e`

// qCountTracked sets the counts of the pairs of the entities $es with
// every tracked entity from their articles.
var qCountTracked = `
UNWIND $es AS eid
MATCH (e) WHERE elementId(e) = eid
CALL (e) {
  MATCH (e)<-[:MENTIONS]-(:Article)-[:MENTIONS]->(y) WHERE y.co_tracked
  WITH e, y, count(*) AS n
  WITH n, CASE WHEN labels(e)[0] + '\t' + e.key < labels(y)[0] + '\t' + y.key THEN [e, y] ELSE [y, e] END AS ends
  WITH n, ends[0] AS x, ends[1] AS y
  MERGE (x)-[c:CO_MENTIONED {pair: ` + pairKey("x", "y") + `}]->(y)
  SET c.count = CASE WHEN n > 1 THEN n END
}`

// countCoMentions keeps the co-mention counts for the articles ids written
// in this transaction.
func countCoMentions(ctx context.Context, tx neo4j.ManagedTransaction, c *counter, ids []any) error {
	params := map[string]any{"ids": ids}
	if _, err := c.collect(ctx, tx, qCountCoMentions, params); err != nil {
		return err
	}
	recs, err := c.collect(ctx, tx, qTrack, params)
	if err != nil || len(recs) == 0 {
		return err
	}
	es := make([]any, len(recs))
	for i, r := range recs {
		es[i] = r.Values[0]
	}
	_, err = c.collect(ctx, tx, qCountTracked, map[string]any{"es": es})
	return err
}

// qRemoveCoMentions lowers the counts of every tracked pair the articles
// $ids name, and drops the pairs no article names together any more. It
// runs before their MENTIONS go.
var qRemoveCoMentions = `
UNWIND $ids AS id
MATCH (:Article {id: id})-[:MENTIONS]->(x) WHERE x.co_tracked
WITH id, collect(x) AS xs
UNWIND xs AS x
UNWIND xs AS y
WITH x, y WHERE labels(x)[0] + '\t' + x.key < labels(y)[0] + '\t' + y.key
MATCH ()-[c:CO_MENTIONED {pair: ` + pairKey("x", "y") + `}]->()
WITH c, coalesce(c.count, 1) - count(*) AS left
FOREACH (_ IN CASE WHEN left > 0 THEN [1] ELSE [] END | SET c.count = CASE WHEN left > 1 THEN left END)
WITH c, left WHERE left <= 0
DELETE c`

// upgradeCoMentions are Store.Upgrade's statements: take the marker (its
// threshold, CoMentionThreshold unless set), track the entities at the
// threshold, count their pairs from MENTIONS (an entity at a time, in
// transactions of their own; setting, never adding, so a rerun changes
// nothing), then mark the counts complete.
var upgradeCoMentions = []string{`
MERGE (s:KgState {name: '` + coMentionState + `'})
ON CREATE SET s.threshold = ` + strconv.Itoa(CoMentionThreshold), `
MATCH (s:KgState {name: '` + coMentionState + `'})
MATCH (e) WHERE (e:Person OR e:Organization OR e:Model) AND e.co_tracked IS NULL
  AND COUNT { (e)<-[:MENTIONS]-() } >= s.threshold
CALL (e) { SET e.co_tracked = true } IN TRANSACTIONS OF 1000 ROWS`, `
MATCH (e) WHERE e.co_tracked
CALL (e) {
  MATCH (e)<-[:MENTIONS]-(:Article)-[:MENTIONS]->(y)
  WHERE y.co_tracked AND labels(e)[0] + '\t' + e.key < labels(y)[0] + '\t' + y.key
  WITH e, y, count(*) AS n
  MERGE (e)-[c:CO_MENTIONED {pair: ` + pairKey("e", "y") + `}]->(y)
  SET c.count = CASE WHEN n > 1 THEN n END
} IN TRANSACTIONS OF 100 ROWS`,
	`MATCH (s:KgState {name: '` + coMentionState + `'}) SET s.counted = true` + setBackfilled("s")}

// qMarkCounted marks a graph's co-mention counts complete, with the
// default threshold.
var qMarkCounted = `MERGE (s:KgState {name: '` + coMentionState + `'})
ON CREATE SET s.threshold = ` + strconv.Itoa(CoMentionThreshold) + `, s.counted = true` + setBackfilled("s")

// pairKey is the Cypher expression of the pair key of entities x and y,
// x's "Label<TAB>key" first: CO_MENTIONED.pair, unique
// (co_mentioned_pair), so that raising a pair's count is an index look-up.
// Matching the pair from its two ends instead read the relationships of
// one of them, each pair costing as many reads as there are tracked
// entities: the writes slowed as the graph grew (a sixth of a write at
// 200k articles).
func pairKey(x, y string) string {
	return "labels(" + x + ")[0] + '\\t' + " + x + ".key + '\\n' + labels(" + y + ")[0] + '\\t' + " + y + ".key"
}
