package graph

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/kg/extract"
)

// Summary counts what a write did.
type Summary struct {
	Articles             int // distinct articles in the input
	New                  int // articles the graph did not hold
	Unchanged            int // articles already in the graph: nothing written
	Replaced             int // older articles from the same url or path, taken out
	Reextracted          int // articles already in the graph whose evidence was rewritten (Doc.Rewrite)
	NodesCreated         int
	RelationshipsCreated int
	NodesDeleted         int
	RelationshipsDeleted int
}

// Add adds o's counts to s.
func (s *Summary) Add(o Summary) {
	s.Articles += o.Articles
	s.New += o.New
	s.Unchanged += o.Unchanged
	s.Replaced += o.Replaced
	s.Reextracted += o.Reextracted
	s.NodesCreated += o.NodesCreated
	s.RelationshipsCreated += o.RelationshipsCreated
	s.NodesDeleted += o.NodesDeleted
	s.RelationshipsDeleted += o.RelationshipsDeleted
}

// The batch statements. Labels and relationship types are literals chosen
// from fixed sets; every value is a parameter. Each statement is idempotent,
// so a transaction retried after an unknown commit outcome changes nothing.

// qArticles merges the Article nodes; created says which ones this
// transaction made (only those get evidence written).
var qArticles = `
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
ON CREATE SET a.title = row.title, a.url = row.url, a.source = row.source,
  a.published = row.published, a.lang = row.lang, a.chars = row.chars,
  a.path = row.path, a.origin = row.origin, a.ingested_at = $stamp,
  a.title_key = ` + titleKey("row.title") + `
WITH a, row
// --force rewrites a known article: a corrected title, url, source or date
// replaces the old one; a value the input lacks keeps the one stored.
FOREACH (_ IN CASE WHEN row.rewrite AND a.ingested_at <> $stamp THEN [1] ELSE [] END |
  SET a.title = CASE WHEN row.title <> '' THEN row.title ELSE a.title END,
      a.url = CASE WHEN row.url <> '' THEN row.url ELSE a.url END,
      a.source = CASE WHEN row.source <> '' THEN row.source ELSE a.source END,
      a.published = CASE WHEN row.published <> '' THEN row.published ELSE a.published END,
      a.path = CASE WHEN row.path <> '' THEN row.path ELSE a.path END,
      a.origin = CASE WHEN row.origin <> '' THEN row.origin ELSE a.origin END,
      a.title_key = CASE WHEN row.title <> '' THEN ` + titleKey("row.title") + ` ELSE a.title_key END)
RETURN a.id AS id, a.ingested_at = $stamp AS created`

// maxTitleKey is the longest title kept as its title_key, in characters:
// at most 1.4 KB, well within the ~8 KB a range index takes (a headline is
// a third of that). A longer title has none; the article query's scan
// still finds it.
const maxTitleKey = 341

// titleKey is the Cypher for the title_key of an article titled t: the
// title itself, under a range index (article_title_key), so that the
// article query finds an article by its exact title without reading every
// article; none for a title longer than maxTitleKey.
func titleKey(t string) string {
	return "CASE WHEN size(" + t + ") <= " + strconv.Itoa(maxTitleKey) + " THEN " + t + " END"
}

// qReplaced finds older articles from the same origin as the batch's.
const qReplaced = `
UNWIND $origins AS o
MATCH (old:Article {origin: o})
WHERE NOT old.id IN $ids
RETURN collect(DISTINCT old.id) AS ids`

// entityQuery merges one label's entities, adds aliases not seen before
// (without rewriting unchanged properties) and links the articles.
func entityQuery(label extract.Type) string {
	return `
UNWIND $rows AS row
MERGE (e:` + string(label) + ` {key: row.key})
ON CREATE SET e.name = row.name, e.aliases = row.aliases, e.keys = row.keys
WITH e, row, [x IN row.aliases WHERE NOT x IN e.aliases] AS addA, [x IN row.keys WHERE NOT x IN e.keys] AS addK
FOREACH (_ IN CASE WHEN size(addA) > 0 THEN [1] ELSE [] END | SET e.aliases = e.aliases + addA)
FOREACH (_ IN CASE WHEN size(addK) > 0 THEN [1] ELSE [] END | SET e.keys = e.keys + addK)
WITH e, row
UNWIND row.mentions AS m
MATCH (a:Article {id: m.article})
MERGE (a)-[r:MENTIONS]->(e)
ON CREATE SET r.count = m.count`
}

// Provenance: which articles state a fact, and with what words. A fact
// relationship between two entities (WORKS_AT, DEVELOPED, DERIVED_FROM)
// keeps only what is O(1) to maintain: count (the articles stating it),
// the first stated role and former, and for WORKS_AT the latest stated role
// (latest_role, latest_former, latest_published), since (the first report
// of that role) and role_since ("role<TAB>0|1<TAB>first published", one
// entry per distinct role). Each stating article has its own relationship
// (a:Article)-[:STATES {fact, sentence, role, former, published}]->(x)
// to the fact's start x, with fact the fact's id, "TYPE<TAB>x.key<TAB>y.key"
// (FactID), found through the states_fact index. A write adds relationships and never rewrites a list that grows
// with the corpus, so its cost does not depend on how often the fact was
// stated before.

// fresh marks a STATES relationship (or a tag added to REPORTED_IN) that
// this statement created, so that the counts grow only by what is new: a
// transaction run twice, or an article stated again, adds nothing.

// latestExpr is the latest stated role among the STATES relationships list
// (in order), starting from start (a map {role, former, published} or
// null): the one with the greatest published date, the first on ties.
func latestExpr(start, list string) string {
	return `reduce(b = ` + start + `, s IN [s IN ` + list + ` WHERE coalesce(s.role, '') <> ''] |
  CASE WHEN b IS NULL OR coalesce(s.published, '') > coalesce(b.published, '') THEN {role: s.role, former: coalesce(s.former, false), published: coalesce(s.published, '')} ELSE b END)`
}

// sinceExpr adds the STATES relationships list to the role_since entries
// start: each distinct (role, former) keeps its first published date.
func sinceExpr(start, list string) string {
	tag := `s.role + '\t' + CASE WHEN coalesce(s.former, false) THEN '1' ELSE '0' END + '\t'`
	return `reduce(l = ` + start + `, s IN [s IN ` + list + ` WHERE coalesce(s.role, '') <> '' AND coalesce(s.published, '') <> ''] |
  CASE WHEN any(x IN l WHERE x STARTS WITH ` + tag + ` AND substring(x, size(` + tag + `)) <= s.published) THEN l
  ELSE [x IN l WHERE NOT x STARTS WITH ` + tag + `] + [` + tag + ` + s.published] END)`
}

// setLatest stores the latest role of WORKS_AT r from the map last, and
// since: the first date of that role in r.role_since.
const setLatest = `
SET r.latest_role = last.role, r.latest_former = last.former, r.latest_published = last.published,
  r.since = head([x IN r.role_since WHERE last IS NOT NULL
    AND x STARTS WITH last.role + '\t' + CASE WHEN last.former THEN '1' ELSE '0' END + '\t' |
    substring(x, size(last.role) + 3)])`

func factQuery(t extract.RelationType) string {
	ends := factTypes[t]
	q := `
UNWIND $rows AS row
MATCH (x:` + string(ends[0]) + ` {key: row.from})
MATCH (y:` + string(ends[1]) + ` {key: row.to})
MERGE (x)-[r:` + string(t) + `]->(y)
ON CREATE SET r.count = 0, r.role = row.role, r.former = row.former
WITH x, r, row
// The first stated role stays in role and former; a stated title says
// more than none.
FOREACH (_ IN CASE WHEN coalesce(r.role, '') = '' AND row.role <> '' THEN [1] ELSE [] END |
  SET r.role = row.role, r.former = row.former)
WITH x, r, row
UNWIND row.statements AS st
MATCH (a:Article {id: st.article})
MERGE (a)-[s:STATES {fact: row.fact}]->(x)
ON CREATE SET s.sentence = st.sentence, s.role = st.role, s.former = st.former, s.published = coalesce(a.published, ''), s.fresh = true
WITH r, collect(CASE WHEN s.fresh THEN s END) AS added
FOREACH (s IN added | REMOVE s.fresh)
SET r.count = coalesce(r.count, 0) + size(added)`
	if t != extract.WorksAt {
		return q
	}
	return q + `
WITH r, added
SET r.role_since = ` + sinceExpr("coalesce(r.role_since, [])", "added") + `
WITH r, ` + latestExpr("CASE WHEN r.latest_role IS NULL THEN null ELSE {role: r.latest_role, former: r.latest_former, published: r.latest_published} END", "added") + ` AS last` + setLatest
}

// qQuotes writes statements with SAID and REPORTED_IN (graph/quotes.go):
// one row per statement and reporting article. The node keeps the longest
// wording reported and the first report's sentence and offset; each
// REPORTED_IN keeps its article's. The node also keeps the publication
// dates of its earliest and latest reports (first_reported,
// last_reported; empty for an undated article, as Article.published): the
// newest-first lists (who-said, quotes-by, kg show) rank a speaker's or a
// topic's statements by them and read the reports of the newest only.
const qQuotes = `
UNWIND $rows AS row
MATCH (a:Article {id: row.article})
MATCH (p:Person {key: row.speaker})
MERGE (q:Quote {id: row.id})
ON CREATE SET q.text = row.text, q.folded = row.folded, q.kind = row.kind, q.cue = row.cue,
  q.sentence = row.sentence, q.offset = row.offset, q.grams = row.grams, q.head = ` + quoteHead + `
WITH a, p, q, row
FOREACH (_ IN CASE WHEN size(row.folded) > size(coalesce(q.folded, '')) THEN [1] ELSE [] END |
  SET q.text = row.text, q.folded = row.folded, q.grams = row.grams, q.head = ` + quoteHead + `)
WITH a, p, q, row, q.first_reported AS before
MERGE (q)-[r:REPORTED_IN]->(a)
ON CREATE SET r.offset = row.offset, r.sentence = row.sentence,
  q.first_reported = CASE WHEN q.first_reported IS NULL OR coalesce(a.published, '') < q.first_reported
    THEN coalesce(a.published, '') ELSE q.first_reported END,
  q.last_reported = CASE WHEN q.last_reported IS NULL OR coalesce(a.published, '') > q.last_reported
    THEN coalesce(a.published, '') ELSE q.last_reported END
MERGE (p)-[:SAID]->(q)
// A statement reported again keeps its first report date mostly: its
// copies, on as many ABOUT as its reports name targets, are rewritten only
// when the date moved.
WITH q, before WHERE before IS NULL OR before <> q.first_reported` + copyFirstReported

// copyFirstReported copies statement q's first_reported to its SAID and
// ABOUT relationships where it differs: the saved queries find the newest
// statements of a frequent speaker or topic through range indexes on these
// copies (said_first_reported, about_first_reported), which Neo4j can read
// newest first; a node property reached through the relationships cannot.
const copyFirstReported = `
CALL (q) {
  MATCH (q)<-[sd:SAID]-()
  WHERE sd.first_reported IS NULL OR sd.first_reported <> q.first_reported
  SET sd.first_reported = q.first_reported
}
CALL (q) {
  MATCH (q)-[ab:ABOUT]->()
  WHERE ab.first_reported IS NULL OR ab.first_reported <> q.first_reported
  SET ab.first_reported = q.first_reported
}`

// qRedateQuotes sets the report dates of the statements the articles $ids
// report from their other reports, before removeReports takes these out
// (statements no other article reports go with them).
var qRedateQuotes = `
UNWIND $ids AS id
MATCH (:Article {id: id})<-[:REPORTED_IN]-(q:Quote)
WITH DISTINCT q
CALL (q) {
  MATCH (q)-[:REPORTED_IN]->(b:Article) WHERE NOT b.id IN $ids
  RETURN min(coalesce(b.published, '')) AS first, max(coalesce(b.published, '')) AS last
}
SET q.first_reported = first, q.last_reported = last
WITH q` + copyFirstReported

// aboutQuery links statements to what they are about. ABOUT's provenance
// is on the REPORTED_IN of each article reporting the statement: its about
// list holds "Label<TAB>key" of what that article says it is about; ABOUT
// keeps the count of such articles.
func aboutQuery(label extract.Type) string {
	return `
UNWIND $rows AS row
// From the article's few reports, not the statement's: a statement many
// articles repeat has thousands.
MATCH (a:Article {id: row.articles[0]})<-[rep:REPORTED_IN]-(q:Quote)
USING INDEX a:Article(id)
WHERE q.id = row.quote
MATCH (t:` + string(label) + ` {key: row.key})
MERGE (q)-[r:ABOUT]->(t)
ON CREATE SET r.count = 0, r.first_reported = q.first_reported
WITH r, rep, '` + string(label) + `\t' + row.key AS tag
WHERE NOT tag IN coalesce(rep.about, [])
SET rep.about = coalesce(rep.about, []) + tag, r.count = coalesce(r.count, 0) + 1`
}

// qEvents writes events (graph/events.go resolves reports of one happening
// to one id); the node keeps the most precise date reported.
const qEvents = `
UNWIND $rows AS row
MERGE (ev:Event {id: row.id})
ON CREATE SET ev.name = row.name, ev.date = row.date, ev.kind = row.kind
WITH ev, row
FOREACH (_ IN CASE WHEN size(row.date) > size(ev.date) OR (size(row.date) = size(ev.date) AND row.name < ev.name) THEN [1] ELSE [] END |
  SET ev.date = row.date, ev.name = row.name)
WITH ev, row
UNWIND row.articles AS id
MATCH (a:Article {id: id})
// The event's id and the article's date, copied on the report: timeline
// reads an event's latest reports from reported_event_published.
MERGE (ev)-[rep:REPORTED_IN]->(a)
ON CREATE SET rep.event = ev.id, rep.published = coalesce(a.published, '')`

// involvesQuery links events to the entities involved. INVOLVES'
// provenance is on the event's REPORTED_IN of each article: its involves
// list holds "Label<TAB>key", and its sentence the sentence that reports
// the event; INVOLVES keeps the count of such articles.
func involvesQuery(label extract.Type) string {
	return `
UNWIND $rows AS row
MATCH (ev:Event {id: row.event})
MATCH (x:` + string(label) + ` {key: row.key})
MERGE (ev)-[r:INVOLVES]->(x)
ON CREATE SET r.count = 0
WITH ev, r, row
UNWIND row.statements AS st
MATCH (a:Article {id: st.article})
MATCH (ev)-[rep:REPORTED_IN]->(a)
FOREACH (_ IN CASE WHEN rep.sentence IS NULL AND st.sentence <> '' THEN [1] ELSE [] END | SET rep.sentence = st.sentence)
WITH r, rep, '` + string(label) + `\t' + row.key AS tag
WHERE NOT tag IN coalesce(rep.involves, [])
SET rep.involves = coalesce(rep.involves, []) + tag, r.count = coalesce(r.count, 0) + 1`
}

// removeTags takes the tags (REPORTED_IN's prop: "Label<TAB>key") of the
// articles $ids off the rel relationships of their node (an Event's
// INVOLVES, a Quote's ABOUT): it recounts each and drops those no article
// tags any more.
func removeTags(node, rel, prop string) string {
	return `
UNWIND $ids AS id
MATCH (:Article {id: id})<-[rep:REPORTED_IN]-(:` + node + `)-[r:` + rel + `]->(x)
WHERE any(l IN labels(x) WHERE l + '\t' + x.key IN coalesce(rep.` + prop + `, []))
WITH r, count(*) AS gone
SET r.count = coalesce(r.count, 0) - gone
WITH r WHERE r.count <= 0
DELETE r`
}

// removeReports deletes the REPORTED_IN of node to the articles $ids, and
// the nodes no article reports any more.
func removeReports(node string) string {
	return `
UNWIND $ids AS id
MATCH (:Article {id: id})<-[rep:REPORTED_IN]-(n:` + node + `)
DELETE rep
WITH DISTINCT n
WHERE NOT (n)-[:REPORTED_IN]->()
DETACH DELETE n`
}

// recountFact sets what the fact r (with id fact) keeps from its STATES
// relationships: the count, and for WORKS_AT the latest role and since,
// recomputed from them (in article id order).
var recountFact = `
CALL (fact) {
  OPTIONAL MATCH (b:Article)-[s:STATES {fact: fact}]->()
  WITH s ORDER BY b.id
  RETURN collect(s) AS kept
}
SET r.count = size(kept)
WITH r, kept
CALL (r, kept) {
  WITH r, kept WHERE type(r) = 'WORKS_AT'
  SET r.role_since = ` + sinceExpr("[]", "kept") + `
  WITH r, ` + latestExpr("null", "kept") + ` AS last` + setLatest + `
}`

// qRemoveEvidence takes the evidence of the articles $ids out and leaves
// the Article nodes: their STATES (recounting the facts and dropping those
// no article states any more), their tags on REPORTED_IN (recounting ABOUT
// and INVOLVES), their quotes (redating those other articles report), their
// events' links (dropping events no article reports), their co-mention
// counts, their mentions, and entities no article mentions any more. The
// order matters: ABOUT and INVOLVES are recounted, statements redated and
// co-mentions lowered from the relationships the later statements delete.
var qRemoveEvidence = []string{`
UNWIND $ids AS id
MATCH (:Article {id: id})-[s:STATES]->(x)
MATCH (x)-[r:WORKS_AT|DEVELOPED|DERIVED_FROM]->(y)
WHERE s.fact = type(r) + '\t' + x.key + '\t' + y.key
WITH r, s, s.fact AS fact
DELETE s
WITH DISTINCT r, fact` + recountFact + `
WITH r WHERE r.count = 0
DELETE r`,
	removeTags("Event", "INVOLVES", "involves"), removeReports("Event"),
	removeTags("Quote", "ABOUT", "about"), qRedateQuotes, removeReports("Quote"), qRemoveCoMentions, `
UNWIND $ids AS id
MATCH (:Article {id: id})-[m:MENTIONS]->(e)
DELETE m
WITH DISTINCT e
WHERE NOT (e)<-[:MENTIONS]-()
DETACH DELETE e`}

// qRemoveArticles deletes the Article nodes $ids once their evidence is out.
const qRemoveArticles = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
DETACH DELETE a`

// Write stores one batch of articles in one transaction. Articles already in
// the graph (same content hash) are left untouched, unless their Doc says
// Rewrite: then their old evidence is taken out and the new written in its
// place, the Article node kept and its properties updated from the input
// (a value the input lacks keeps the stored one). An article whose url or
// path matches an older article with other content replaces it. Transient
// failures, the database going away included, are retried with backoff for
// the store's retry bound.
func (s *Store) Write(ctx context.Context, docs []Doc) (Summary, error) {
	if len(docs) == 0 {
		return Summary{}, nil
	}
	arts := articleRows(docs)
	var origins, ids []string
	for _, r := range arts {
		ids = append(ids, r["id"].(string))
		if o := r["origin"].(string); o != "" && !slices.Contains(origins, o) {
			origins = append(origins, o)
		}
	}
	slices.Sort(origins)
	byID := map[string][]Doc{}
	for _, d := range docs {
		byID[d.Article.ID] = append(byID[d.Article.ID], d)
	}

	var sum Summary
	err := s.retry(ctx, func() error {
		var err error
		sum, err = s.inWrite(ctx, func(tx neo4j.ManagedTransaction, c *counter) error {
			stamp := time.Now().UTC().Format(time.RFC3339Nano)
			recs, err := c.collect(ctx, tx, qArticles, map[string]any{"rows": arts, "stamp": stamp})
			if err != nil {
				return err
			}
			var created []Doc // articles whose evidence this transaction writes
			var rewrite []any // ids of known articles whose evidence goes first
			var fresh []Doc   // articles new to the graph: compared for copies
			for _, rec := range recs {
				id, _ := rec.Get("id")
				isNew, _ := rec.Get("created")
				// One Doc per id: duplicates in the batch add nothing.
				d := byID[id.(string)][0]
				switch {
				case isNew == true:
					c.sum.New++
					created = append(created, d)
					fresh = append(fresh, d)
				case slices.ContainsFunc(byID[d.Article.ID], func(d Doc) bool { return d.Rewrite }):
					c.sum.Reextracted++
					rewrite = append(rewrite, d.Article.ID)
					created = append(created, d)
				default:
					c.sum.Unchanged++
				}
			}
			c.sum.Articles = len(arts)
			if len(rewrite) > 0 {
				if err := removeEvidence(ctx, tx, c, rewrite); err != nil {
					return err
				}
			}
			if len(created) > 0 {
				if err := s.writeEvidence(ctx, tx, c, buildEvidence(created)); err != nil {
					return err
				}
				written := make([]any, len(created))
				for i, d := range created {
					written[i] = d.Article.ID
				}
				if err := countCoMentions(ctx, tx, c, written); err != nil {
					return err
				}
				if err := linkCopies(ctx, tx, c, fresh, stamp); err != nil {
					return err
				}
			}
			if len(origins) > 0 {
				recs, err := c.collect(ctx, tx, qReplaced, map[string]any{"origins": origins, "ids": ids})
				if err != nil {
					return err
				}
				old, _ := recs[0].Get("ids")
				if olds, _ := old.([]any); len(olds) > 0 {
					c.sum.Replaced = len(olds)
					if err := removeIDs(ctx, tx, c, olds); err != nil {
						return err
					}
				}
			}
			return nil
		})
		return err
	})
	if err != nil {
		return Summary{}, fmt.Errorf("write %d articles: %w", len(arts), err)
	}
	return sum, nil
}

func (s *Store) writeEvidence(ctx context.Context, tx neo4j.ManagedTransaction, c *counter, ev evidence) error {
	for _, t := range entityLabels {
		if err := c.exec(ctx, tx, entityQuery(t), ev.entities[t]); err != nil {
			return err
		}
	}
	for _, t := range []extract.RelationType{extract.WorksAt, extract.Developed, extract.DerivedFrom} {
		if err := c.exec(ctx, tx, factQuery(t), ev.facts[t]); err != nil {
			return err
		}
	}
	if err := resolveQuotes(ctx, tx, c, ev.quotes); err != nil {
		return err
	}
	if err := c.exec(ctx, tx, qQuotes, ev.quotes); err != nil {
		return err
	}
	about := aboutRows(ev.quotes)
	for _, t := range entityLabels {
		if err := c.exec(ctx, tx, aboutQuery(t), about[t]); err != nil {
			return err
		}
	}
	if err := resolveEvents(ctx, tx, c, &ev); err != nil {
		return err
	}
	if err := c.exec(ctx, tx, qEvents, ev.events); err != nil {
		return err
	}
	for _, t := range entityLabels {
		if err := c.exec(ctx, tx, involvesQuery(t), ev.involves[t]); err != nil {
			return err
		}
	}
	return nil
}

// removeIDs takes the articles ids out with all their evidence.
func removeIDs(ctx context.Context, tx neo4j.ManagedTransaction, c *counter, ids []any) error {
	if err := removeEvidence(ctx, tx, c, ids); err != nil {
		return err
	}
	_, err := c.collect(ctx, tx, qRemoveArticles, map[string]any{"ids": ids})
	return err
}

// removeEvidence takes the evidence of the articles ids out, leaving the
// Article nodes.
func removeEvidence(ctx context.Context, tx neo4j.ManagedTransaction, c *counter, ids []any) error {
	for _, q := range qRemoveEvidence {
		if _, err := c.collect(ctx, tx, q, map[string]any{"ids": ids}); err != nil {
			return err
		}
	}
	return nil
}

// Known returns the ids among ids of articles the graph holds already, so
// that a pipeline can skip extracting them: Write would leave them as they
// are anyway.
func (s *Store) Known(ctx context.Context, ids []string) (map[string]bool, error) {
	known := map[string]bool{}
	err := s.retry(ctx, func() error {
		res, err := neo4j.ExecuteQuery(ctx, s.driver, `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN collect(a.id) AS ids`, map[string]any{"ids": ids}, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(s.database), neo4j.ExecuteQueryWithReadersRouting())
		if err != nil {
			return err
		}
		v, _ := res.Records[0].Get("ids")
		for _, id := range v.([]any) {
			known[id.(string)] = true
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("look up %d articles: %w", len(ids), err)
	}
	return known, nil
}

// Remove takes out the article with the given content id, or every article
// with the given url (or, for articles without one, file path), with all
// their evidence; entities no article mentions
// any more go too. It reports how many articles it removed.
func (s *Store) Remove(ctx context.Context, idOrURL string) (Summary, error) {
	var sum Summary
	err := s.retry(ctx, func() error {
		var err error
		sum, err = s.inWrite(ctx, func(tx neo4j.ManagedTransaction, c *counter) error {
			recs, err := c.collect(ctx, tx, `
MATCH (a:Article) WHERE a.id = $x OR a.origin IN $origins
RETURN collect(a.id) AS ids`, map[string]any{"x": idOrURL, "origins": []string{capIndexed(idOrURL), capIndexed(absPath(idOrURL))}})
			if err != nil {
				return err
			}
			v, _ := recs[0].Get("ids")
			ids, _ := v.([]any)
			c.sum.Replaced = len(ids)
			if len(ids) == 0 {
				return nil
			}
			return removeIDs(ctx, tx, c, ids)
		})
		return err
	})
	if err != nil {
		return Summary{}, fmt.Errorf("remove %s: %w", idOrURL, err)
	}
	sum.Articles = sum.Replaced
	sum.Replaced = 0
	return sum, nil
}

// counter runs statements in a transaction and adds up their counters.
type counter struct{ sum Summary }

func (c *counter) exec(ctx context.Context, tx neo4j.ManagedTransaction, q string, rows []map[string]any) error {
	if len(rows) == 0 {
		return nil
	}
	_, err := c.collect(ctx, tx, q, map[string]any{"rows": rows})
	return err
}

func (c *counter) collect(ctx context.Context, tx neo4j.ManagedTransaction, q string, params map[string]any) ([]*neo4j.Record, error) {
	res, err := tx.Run(ctx, q, params)
	if err != nil {
		return nil, err
	}
	recs, err := res.Collect(ctx)
	if err != nil {
		return nil, err
	}
	s, err := res.Consume(ctx)
	if err != nil {
		return nil, err
	}
	n := s.Counters()
	c.sum.NodesCreated += n.NodesCreated()
	c.sum.RelationshipsCreated += n.RelationshipsCreated()
	c.sum.NodesDeleted += n.NodesDeleted()
	c.sum.RelationshipsDeleted += n.RelationshipsDeleted()
	return recs, nil
}

// inWrite runs work in one managed write transaction. The driver may call
// work more than once; each attempt starts with fresh counters.
func (s *Store) inWrite(ctx context.Context, work func(neo4j.ManagedTransaction, *counter) error) (Summary, error) {
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.database, AccessMode: neo4j.AccessModeWrite})
	defer sess.Close(context.Background())
	out, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		c := &counter{}
		if err := work(tx, c); err != nil {
			return nil, err
		}
		return c.sum, nil
	})
	if err != nil {
		return Summary{}, err
	}
	return out.(Summary), nil
}

// retry runs op until it succeeds, fails for a reason retrying cannot fix,
// or the retry bound passes. The driver retries inside a transaction
// function already; this outer loop also covers what it gives up on: a
// database restarting for longer than its own bound, and a commit whose
// outcome was lost with the connection (safe here: every write is
// idempotent).
func (s *Store) retry(ctx context.Context, op func() error) error {
	start := time.Now()
	delay := 250 * time.Millisecond
	for {
		err := op()
		if err == nil || !transient(err) {
			return err
		}
		if time.Since(start)+delay > s.retryFor {
			took := time.Since(start).Round(time.Second)
			if !unreachable(err) {
				// Busy, not gone (deadlocks, lock timeouts): not the
				// "database unavailable" of exit code 3.
				return fmt.Errorf("gave up after %s: %s", took, oneLine(err.Error()))
			}
			return fmt.Errorf("gave up after %s: %w", took, &ConnError{URI: s.uri, Kind: ErrUnavailable, Reason: oneLine(err.Error())})
		}
		select {
		case <-ctx.Done():
			return errors.Join(ctx.Err(), err)
		case <-time.After(delay):
		}
		delay = min(delay*2, 5*time.Second)
	}
}

// unreachable says whether a transient err means the database could not be
// reached or is not serving, rather than busy.
func unreachable(err error) bool {
	var (
		conn  *neo4j.ConnectivityError
		nerr  *neo4j.Neo4jError
		limit *neo4j.TransactionExecutionLimit
	)
	switch {
	case errors.As(err, &conn):
		return true
	case errors.As(err, &nerr):
		return nerr.Code == "Neo.TransientError.General.DatabaseUnavailable"
	case errors.As(err, &limit):
		// The driver's own retries ran out: judge by the last attempt.
		return len(limit.Errors) == 0 || unreachable(limit.Errors[len(limit.Errors)-1])
	}
	return true
}

// transient says whether err may go away on its own.
func transient(err error) bool {
	var (
		conn  *neo4j.ConnectivityError
		limit *neo4j.TransactionExecutionLimit
		nerr  *neo4j.Neo4jError
	)
	switch {
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return false
	case errors.As(err, &conn), errors.As(err, &limit):
		return true
	case errors.As(err, &nerr):
		return nerr.IsRetriable() || nerr.Code == "Neo.TransientError.General.DatabaseUnavailable"
	}
	return neo4j.IsRetryable(err)
}
