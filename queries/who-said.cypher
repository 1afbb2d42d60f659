// name: who-said
// description: What people said about a model, organization or person (by any alias), newest first: the latest limit statements (100 unless given).
// param: about entity required the model, organization or person the statements are about
// param: since date optional only articles published on or after this date
// param: until date optional only articles published on or before this date (2024 or 2024-05 covers the whole year or month)
// param: all bool default=false one row per report: a statement several articles report is otherwise one row, from the earliest, with the number of sources
// param: family bool default=false a model and its family: its versions and the models derived from it (about=Llama covers Llama 2 and Code Llama)
// param: limit int default=100 at most this many rows, the newest
//
// Neo4j Browser: :param about => 'LeCun'  :param since => null  :param until => null  :param family => false  :param all => false  :param limit => 100
// Names match any alias, case-insensitively: kg passes the name folded like
// extract.Key, and the query folds it again (NFKC, lower case, spaces and common
// punctuation removed) so that a raw name typed in Neo4j Browser matches too.
// Columns whose name starts with _ carry the nodes for kg export and Browser's graph view.
WITH reduce(s = toLower(normalize(trim($about), NFKC)), c IN [' ', '-', '_', '.', ',', ':', ';', '/', '·', '•', "'", '"', '(', ')', '@', '#', '+', '&', '!', '?'] | replace(s, c, '')) AS k
WITH k WHERE k IS NOT NULL
CALL db.index.fulltext.queryNodes('entity_keys', '"' + replace(replace(k, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS t0
WITH t0 WHERE (t0:Model OR t0:Organization OR t0:Person) AND (k IN t0.keys OR t0.key = k)
CALL (t0) {
  OPTIONAL MATCH (d:Model)-[:DERIVED_FROM*1..6]->(t0) WHERE coalesce($family, false)
  WITH collect(DISTINCT d) AS derived
  RETURN derived
}
WITH t0, [t0] + derived AS family
// An entity of a large share of all statements (1% or more): the
// statements by date from the index on ABOUT's copy of each statement's
// first report date (about_first_reported), newest first until $limit are
// about it. Their dates decide the rows when no window, all=true or family
// asks for others, on a graph that keeps the dates (the KgState marker).
// (The index is read from start, '' or null for not at all: a condition
// beside the index seek would be checked only after it.)
OPTIONAL MATCH (kept:KgState {name: 'co-mentions', counted: true})
WITH t0, family, CASE WHEN kept IS NOT NULL AND size(family) = 1 AND $since IS NULL AND $until IS NULL
  AND NOT coalesce($all, false) AND COUNT { ()-[:ABOUT]->(t0) } * 100 >= COUNT { ()-[:ABOUT]->() } THEN '' END AS start
CALL (t0, start) {
  MATCH ()-[ab:ABOUT]->(y) USING INDEX ab:ABOUT(first_reported)
  WHERE ab.first_reported >= start AND y = t0
  WITH ab.first_reported AS rank ORDER BY rank DESC LIMIT toInteger($limit)
  RETURN collect(rank) AS newest
}
WITH t0, family, CASE WHEN size(newest) > 0 AND size(newest) = toInteger($limit) THEN newest[-1] END AS cut
CALL (t0, family, cut) {
  WITH t0 WHERE cut IS NOT NULL
  MATCH (q:Quote)-[ab:ABOUT]->(y) USING INDEX ab:ABOUT(first_reported)
  WHERE ab.first_reported >= cut AND y = t0
  RETURN q, [t0] AS ts
UNION ALL
  WITH family WHERE cut IS NULL
  UNWIND family AS t
  MATCH (q:Quote)-[:ABOUT]->(t)
  // A statement about two members of the family is one row.
  WITH q, collect(DISTINCT t) AS ts
  // Only the statements that can be among the newest $limit rows have their
  // reports read. A statement keeps the dates of its earliest and latest
  // reports (first_reported, last_reported): those with no report in the
  // window go, and each is ranked by the date its row will have (the
  // earliest report in the window; with all=true its latest), read from its
  // reports only where the kept dates cannot tell (the window starts after
  // its first report, or ends before its last; a graph written by an older
  // kg). A statement ranked below the $limit-th has $limit rows newer than
  // any of its own.
  WITH q, ts, coalesce($all, false) AS every
  WHERE ($since IS NULL OR q.last_reported IS NULL OR q.last_reported >= $since)
    AND ($until IS NULL OR q.first_reported IS NULL OR left(q.first_reported, size($until)) <= $until)
  WITH q, ts, every, q.first_reported IS NULL
       OR (NOT every AND $since IS NOT NULL AND q.first_reported < $since)
       OR (every AND $until IS NOT NULL AND left(q.last_reported, size($until)) > $until) AS unsure
  CALL (q, unsure) {
    WITH q WHERE unsure
    MATCH (q)-[:REPORTED_IN]->(a:Article)
    WHERE ($since IS NULL OR a.published >= $since)
      AND ($until IS NULL OR left(a.published, size($until)) <= $until)
    RETURN min(coalesce(a.published, '')) AS earliest, max(coalesce(a.published, '')) AS latest
  }
  WITH q, ts, CASE WHEN unsure THEN CASE WHEN every THEN latest ELSE earliest END
                   WHEN every THEN q.last_reported ELSE q.first_reported END AS rank
  WHERE rank IS NOT NULL
  WITH q, ts, rank ORDER BY rank DESC
  WITH collect({q: q, ts: ts, rank: rank}) AS ranked
  WITH ranked, ranked[toInteger($limit) - 1].rank AS floor
  UNWIND ranked AS r
  WITH r WHERE floor IS NULL OR r.rank >= floor
  RETURN r.q AS q, r.ts AS ts
}
// Entities sharing the name: a statement about two of them is one row.
UNWIND ts AS t
WITH q, collect(DISTINCT t) AS ts
MATCH (p:Person)-[:SAID]->(q)
// A statement reported by several articles is one row, from the earliest
// report, with the number of reports; all=true lists every report.
MATCH (q)-[rep:REPORTED_IN]->(a:Article)
WHERE ($since IS NULL OR a.published >= $since)
  AND ($until IS NULL OR left(a.published, size($until)) <= $until)
WITH p, q, ts, a, rep ORDER BY a.published, a.title
WITH p, q, ts, collect({a: a, rep: rep}) AS reports
UNWIND CASE WHEN coalesce($all, false) THEN reports ELSE reports[..1] END AS report
WITH p, q, ts, report.a AS a, report.rep AS rep, size(reports) AS sources
// The newest $limit rows; the rest of the work is for them only. toInteger:
// Neo4j Browser's :param sends a number as a float, which LIMIT refuses.
ORDER BY a.published DESC, a.title, rep.offset
LIMIT toInteger($limit)
// The speaker's position, once per speaker: the latest role stated for a
// current post (the post stated most often first), kept on WORKS_AT.
WITH p, collect({q: q, ts: ts, a: a, rep: rep, sources: sources}) AS said
CALL (p) {
  OPTIONAL MATCH (p)-[w:WORKS_AT]->(o:Organization)
  WITH w, o, CASE WHEN w.latest_role IS NOT NULL THEN {role: w.latest_role, former: w.latest_former}
                  ELSE {role: w.role, former: coalesce(w.former, false)} END AS latest
  WHERE w IS NULL OR NOT latest.former
  WITH w, o, latest ORDER BY coalesce(w.count, 0) DESC, o.name
  RETURN head(collect({role: latest.role, org: o.name})) AS pos
}
UNWIND said AS s
WITH p, pos, s.q AS q, s.ts AS ts, s.a AS a, s.rep AS rep, s.sources AS sources,
     COLLECT { UNWIND s.ts AS x RETURN x.name AS n ORDER BY n } AS names
RETURN p.name AS speaker, pos.role AS role, pos.org AS organization,
       q.text AS quote, q.kind AS kind,
       reduce(s = '', n IN names | s + CASE WHEN s = '' THEN '' ELSE ', ' END + n) AS about,
       sources, a.title AS title, a.published AS published, a.url AS url,
       [p, q] + ts + [a] AS _graph
ORDER BY published DESC, title, rep.offset
