// name: org-people
// description: The people who work or worked at an organization, their latest role (current or former), since when it is reported, in how many articles, and the latest of those: the limit people (100 unless given) stated most often, each with their latest sources (10 unless given; the sources query lists them all).
// param: org entity required the organization, by any alias
// param: limit int default=100 at most this many people, those stated most often
// param: sources int default=10 at most this many sources for each person, the latest
//
// Neo4j Browser: :param org => 'Meta'  :param limit => 100  :param sources => 10
// Names match any alias, case-insensitively: kg passes the name folded like
// extract.Key, and the query folds it again (NFKC, lower case, spaces and common
// punctuation removed) so that a raw name typed in Neo4j Browser matches too.
// Columns whose name starts with _ carry the nodes for kg export and Browser's graph view.
WITH reduce(s = toLower(normalize(trim($org), NFKC)), c IN [' ', '-', '_', '.', ',', ':', ';', '/', '·', '•', "'", '"', '(', ')', '@', '#', '+', '&', '!', '?'] | replace(s, c, '')) AS k
WITH k WHERE k IS NOT NULL
CALL db.index.fulltext.queryNodes('entity_keys', '"' + replace(replace(k, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS o
WITH o WHERE o:Organization AND (k IN o.keys OR o.key = k)
MATCH (p:Person)-[w:WORKS_AT]->(o)
// The $limit people stated most often; the rest of the work is for them.
WITH o, p, w ORDER BY coalesce(w.count, 0) DESC, p.name LIMIT toInteger($limit)
// Each stating article has a STATES relationship with the fact's id,
// found through the states_fact index: the latest $sources, in date order.
CALL (o, p, w) {
  MATCH (a:Article)-[:STATES {fact: 'WORKS_AT\t' + p.key + '\t' + o.key}]->()
  WITH a ORDER BY a.published DESC, a.title DESC LIMIT toInteger($sources)
  WITH a ORDER BY a.published, a.title
  RETURN collect(a) AS arts
}
// The latest role stated (by the articles' dates; the first stated role
// when no article gives one) and since: the first report of that role.
// The writer keeps them on WORKS_AT.
WITH o, p, w, arts,
     CASE WHEN w.latest_role IS NOT NULL THEN {role: w.latest_role, former: w.latest_former}
          ELSE {role: w.role, former: coalesce(w.former, false)} END AS latest
RETURN o.name AS organization, p.name AS person, latest.role AS role,
       CASE WHEN latest.former THEN 'former' ELSE 'current' END AS status,
       w.since AS since, COUNT { (:Article)-[:STATES {fact: 'WORKS_AT\t' + p.key + '\t' + o.key}]->() } AS articles,
       [a IN arts | coalesce(a.title, a.url, a.id)] AS sources,
       [o, p] + arts AS _graph
ORDER BY organization, status, person, role
