// name: article
// description: Everything extracted from one article: its entities, facts, quotes and events.
// param: article string required the article's id, url, file path (as given to kg ingest, or absolute) or exact title
//
// Neo4j Browser: :param article => 'https://example.com/news/1'
// Rows: part is article, entity, fact, quote or event; subject, predicate,
// object and detail read as a sentence (Meta DEVELOPED Llama 2).
// Names match any alias, case-insensitively: kg passes the name folded like
// extract.Key, and the query folds it again (NFKC, lower case, spaces and common
// punctuation removed) so that a raw name typed in Neo4j Browser matches too.
// Columns whose name starts with _ carry the nodes for kg export and Browser's graph view.
// By id, origin (the url, else the absolute file path) or title (title_key:
// the title when short enough to index) through their indexes; only when
// none finds it, by url, file path as given or a longer title, which are
// not indexed.
CALL () {
  MATCH (a:Article {id: $article}) RETURN a
  UNION
  MATCH (a:Article {origin: $article}) RETURN a
  UNION
  MATCH (a:Article {title_key: $article}) RETURN a
}
WITH collect(a) AS found
CALL (found) {
  UNWIND found AS a
  RETURN a
  UNION
  // A subquery of its own, so that the scan runs only when nothing was
  // found (a filter next to the MATCH would be planned after the scan).
  WITH found WHERE size(found) = 0
  CALL () {
    MATCH (a:Article) WHERE a.url = $article OR a.title = $article OR a.path = $article
    RETURN a
  }
  RETURN a
}
CALL (a) {
  RETURN 0 AS ord, 'article' AS part, a.title AS subject, a.published AS predicate,
         a.url AS object, coalesce(a.source, '') + ' ' + a.id AS detail, 0 AS pos, [a] AS _graph
  UNION ALL
  MATCH (a)-[m:MENTIONS]->(e)
  RETURN 1 AS ord, 'entity' AS part, e.name AS subject, head(labels(e)) AS predicate,
         null AS object, 'mentions: ' + toString(m.count) AS detail, 0 AS pos, [e] AS _graph
  UNION ALL
  // The facts the article states: one STATES relationship each, to the
  // fact's start, with the fact's id (type, start key, end key).
  MATCH (a)-[s:STATES]->(x)-[r:WORKS_AT|DEVELOPED|DERIVED_FROM]->(y)
  WHERE s.fact = type(r) + '\t' + x.key + '\t' + y.key
  RETURN 2 AS ord, 'fact' AS part, x.name AS subject, type(r) AS predicate, y.name AS object,
         trim(coalesce(r.role, '') + CASE WHEN r.former THEN ' (former)' ELSE '' END) AS detail,
         0 AS pos, [x, y] AS _graph
  UNION ALL
  MATCH (p:Person)-[:SAID]->(q:Quote)-[rep:REPORTED_IN]->(a)
  OPTIONAL MATCH (q)-[:ABOUT]->(t)
  WITH p, q, rep, t ORDER BY t.name
  WITH p, q, rep, collect(t.name) AS about, collect(t) AS ts
  RETURN 3 AS ord, 'quote' AS part, p.name AS subject, 'said (' + q.kind + ')' AS predicate, q.text AS object,
         'about: ' + reduce(s = '', n IN about | s + CASE WHEN s = '' THEN '' ELSE ', ' END + n) AS detail,
         coalesce(rep.offset, q.offset) AS pos, [p, q] + ts AS _graph
  UNION ALL
  MATCH (ev:Event)-[:REPORTED_IN]->(a)
  OPTIONAL MATCH (ev)-[:INVOLVES]->(x)
  WITH ev, x ORDER BY x.name
  WITH ev, collect(x.name) AS inv, collect(x) AS xs
  RETURN 4 AS ord, 'event' AS part, ev.name AS subject, ev.kind AS predicate, ev.date AS object,
         'involves: ' + reduce(s = '', n IN inv | s + CASE WHEN s = '' THEN '' ELSE ', ' END + n) AS detail,
         0 AS pos, [ev] + xs AS _graph
}
RETURN part, subject, predicate, object, detail, _graph
ORDER BY ord, pos, subject, predicate, object
