// name: timeline
// description: Events in date order with the entities involved, how many articles report each and the latest of them (limit, 100 unless given); optionally only those involving one entity or within dates: the latest limit events.
// param: entity entity optional only events involving this person, organization or model
// param: since date optional only events dated on or after this date
// param: until date optional only events dated on or before this date (2024 or 2024-05 covers the whole year or month)
// param: family bool default=false a model and its family: its versions and the models derived from it
// param: limit int default=100 at most this many events, the latest; and at most this many sources each, the latest
//
// Neo4j Browser: :param entity => null  :param since => '2023'  :param until => null  :param family => false  :param limit => 100
// Names match any alias, case-insensitively: kg passes the name folded like
// extract.Key, and the query folds it again (NFKC, lower case, spaces and common
// punctuation removed) so that a raw name typed in Neo4j Browser matches too.
// Columns whose name starts with _ carry the nodes for kg export and Browser's graph view.
WITH reduce(s = toLower(normalize(trim($entity), NFKC)), c IN [' ', '-', '_', '.', ',', ':', ';', '/', '·', '•', "'", '"', '(', ')', '@', '#', '+', '&', '!', '?'] | replace(s, c, '')) AS k
CALL (k) {
  WITH k WHERE k IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_keys', '"' + replace(replace(k, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS x
  WITH k, x WHERE (x:Person OR x:Organization OR x:Model) AND (k IN x.keys OR x.key = k)
  CALL (x) {
    MATCH (ev:Event)-[:INVOLVES]->(x)
    RETURN ev
    UNION
    MATCH (ev:Event)-[:INVOLVES]->(:Model)-[:DERIVED_FROM*1..6]->(x:Model)
    WHERE coalesce($family, false)
    RETURN ev
  }
  RETURN ev
  UNION
  WITH k WHERE k IS NULL
  // In a subquery: a bare MATCH here was planned as a scan of the whole
  // label, filtered on k afterwards, even when k was given.
  CALL (k) { MATCH (ev:Event) RETURN ev }
  RETURN ev
}
WITH DISTINCT ev
WHERE ($since IS NULL OR ev.date >= $since)
  AND ($until IS NULL OR left(ev.date, size($until)) <= $until)
// The latest $limit events; the rest of the work is for them only.
WITH ev ORDER BY ev.date DESC, ev.name DESC
LIMIT toInteger($limit)
OPTIONAL MATCH (ev)-[:INVOLVES]->(x)
WITH ev, x ORDER BY x.name
WITH ev, collect(x.name) AS involves, collect(x) AS xs
// The plain reading: every report of the event, sorted.
CALL (ev) {
  MATCH (ev)-[rep:REPORTED_IN]->(a:Article)
  WITH a, rep ORDER BY a.published DESC, a.title DESC, a.id DESC LIMIT toInteger($limit)
  WITH a, rep ORDER BY a.published, a.title, a.id
  RETURN collect(coalesce(a.title, a.url, a.id)) AS sources, collect(rep.sentence)[-1] AS sentence
}
RETURN ev.date AS date, ev.name AS event, ev.kind AS kind, involves,
       COUNT { (ev)-[:REPORTED_IN]->() } AS reports, sources, sentence,
       [ev] + xs AS _graph
ORDER BY date, event
