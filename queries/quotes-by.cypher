// name: quotes-by
// description: What a person said, about what, and where, newest first: the latest limit statements (100 unless given).
// param: person entity required the speaker, by any alias
// param: since date optional only articles published on or after this date
// param: until date optional only articles published on or before this date
// param: all bool default=false one row per report: a statement several articles report is otherwise one row, from the earliest, with the number of sources
// param: limit int default=100 at most this many rows, the newest
//
// Neo4j Browser: :param person => 'Yann LeCun'  :param since => null  :param until => null  :param all => false  :param limit => 100
// Names match any alias, case-insensitively: kg passes the name folded like
// extract.Key, and the query folds it again (NFKC, lower case, spaces and common
// punctuation removed) so that a raw name typed in Neo4j Browser matches too.
// Columns whose name starts with _ carry the nodes for kg export and Browser's graph view.
WITH reduce(s = toLower(normalize(trim($person), NFKC)), c IN [' ', '-', '_', '.', ',', ':', ';', '/', '·', '•', "'", '"', '(', ')', '@', '#', '+', '&', '!', '?'] | replace(s, c, '')) AS k
WITH k WHERE k IS NOT NULL
CALL db.index.fulltext.queryNodes('entity_keys', '"' + replace(replace(k, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS p
WITH p WHERE p:Person AND (k IN p.keys OR p.key = k)
// A speaker of a large share of all statements (1% or more): the
// statements by date from the index on SAID's copy of each statement's
// first report date (said_first_reported), newest first until $limit are
// the speaker's. Their dates decide the rows when no window or all=true
// asks for others, on a graph that keeps the dates (the KgState marker).
// (The index is read from start, '' or null for not at all: a condition
// beside the index seek would be checked only after it.)
OPTIONAL MATCH (kept:KgState {name: 'co-mentions', counted: true})
WITH p, CASE WHEN kept IS NOT NULL AND $since IS NULL AND $until IS NULL AND NOT coalesce($all, false)
  AND COUNT { (p)-[:SAID]->() } * 100 >= COUNT { ()-[:SAID]->() } THEN '' END AS start
CALL (p, start) {
  MATCH (x)-[s:SAID]->() USING INDEX s:SAID(first_reported)
  WHERE s.first_reported >= start AND x = p
  WITH s.first_reported AS rank ORDER BY rank DESC LIMIT toInteger($limit)
  RETURN collect(rank) AS newest
}
WITH p, CASE WHEN size(newest) > 0 AND size(newest) = toInteger($limit) THEN newest[-1] END AS cut
CALL (p, cut) {
  WITH p WHERE cut IS NOT NULL
  MATCH (x)-[s:SAID]->(q:Quote) USING INDEX s:SAID(first_reported)
  WHERE s.first_reported >= cut AND x = p
  RETURN q
UNION ALL
  WITH p WHERE cut IS NULL
  MATCH (p)-[:SAID]->(q:Quote)
  // Only the statements that can be among the newest $limit rows have their
  // reports read. A statement keeps the dates of its earliest and latest
  // reports (first_reported, last_reported): those with no report in the
  // window go, and each is ranked by the date its row will have (the
  // earliest report in the window; with all=true its latest), read from its
  // reports only where the kept dates cannot tell (the window starts after
  // its first report, or ends before its last; a graph written by an older
  // kg). A statement ranked below the $limit-th has $limit rows newer than
  // any of its own.
  WITH p, q, coalesce($all, false) AS every
  WHERE ($since IS NULL OR q.last_reported IS NULL OR q.last_reported >= $since)
    AND ($until IS NULL OR q.first_reported IS NULL OR left(q.first_reported, size($until)) <= $until)
  WITH p, q, every, q.first_reported IS NULL
       OR (NOT every AND $since IS NOT NULL AND q.first_reported < $since)
       OR (every AND $until IS NOT NULL AND left(q.last_reported, size($until)) > $until) AS unsure
  CALL (q, unsure) {
    WITH q WHERE unsure
    MATCH (q)-[:REPORTED_IN]->(a:Article)
    WHERE ($since IS NULL OR a.published >= $since)
      AND ($until IS NULL OR left(a.published, size($until)) <= $until)
    RETURN min(coalesce(a.published, '')) AS earliest, max(coalesce(a.published, '')) AS latest
  }
  WITH p, q, CASE WHEN unsure THEN CASE WHEN every THEN latest ELSE earliest END
                   WHEN every THEN q.last_reported ELSE q.first_reported END AS rank
  WHERE rank IS NOT NULL
  WITH p, q, rank ORDER BY rank DESC
  WITH p, collect({q: q, rank: rank}) AS ranked
  WITH p, ranked, ranked[toInteger($limit) - 1].rank AS floor
  UNWIND ranked AS r
  WITH p, r WHERE floor IS NULL OR r.rank >= floor
  RETURN r.q AS q
}
MATCH (q)-[rep:REPORTED_IN]->(a:Article)
WHERE ($since IS NULL OR a.published >= $since)
  AND ($until IS NULL OR left(a.published, size($until)) <= $until)
// A statement reported by several articles is one row, from the earliest
// report, with the number of reports; all=true lists every report.
WITH p, q, a, rep ORDER BY a.published, a.title
WITH p, q, collect({a: a, rep: rep}) AS reports
UNWIND CASE WHEN coalesce($all, false) THEN reports ELSE reports[..1] END AS report
WITH p, q, report.a AS a, report.rep AS rep, size(reports) AS sources
// The newest $limit rows; what they are about is read for them only.
ORDER BY a.published DESC, a.title, rep.offset
LIMIT toInteger($limit)
OPTIONAL MATCH (q)-[:ABOUT]->(t)
WITH p, q, a, rep, sources, t ORDER BY t.name
WITH p, q, a, rep, sources, collect(t.name) AS about, collect(t) AS ts
RETURN p.name AS speaker, q.text AS quote, q.kind AS kind, about, sources,
       a.title AS title, a.published AS published, a.url AS url,
       [p, q, a] + ts AS _graph
ORDER BY published DESC, title, rep.offset
