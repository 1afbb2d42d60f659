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
// The $limit people stated most often; the rest of the work is for them.
// An employer with 1% or more of all WORKS_AT has thousands of people:
// its most stated ones are read from the index on WORKS_AT's count
// (works_at_count), most stated first, until $limit are its own, and the
// limit-th count is the cut; those from the cut on (ties included) are
// then ordered by count and name. (The index is read from start, 0 or
// null for not at all: a condition beside the index seek would be checked
// only after it.)
WITH o, CASE WHEN COUNT { ()-[:WORKS_AT]->(o) } * 100 >= COUNT { ()-[:WORKS_AT]->() } THEN 0 END AS start
CALL (o, start) {
  MATCH ()-[w:WORKS_AT]->(y) USING INDEX w:WORKS_AT(count)
  WHERE w.count >= start AND y = o
  WITH w.count AS stated ORDER BY stated DESC LIMIT toInteger($limit)
  RETURN collect(stated) AS most
}
WITH o, CASE WHEN size(most) > 0 AND size(most) = toInteger($limit) THEN most[-1] END AS cut
CALL (o, cut) {
  WITH o WHERE cut IS NOT NULL
  MATCH (p:Person)-[w:WORKS_AT]->(y) USING INDEX w:WORKS_AT(count)
  WHERE w.count >= cut AND y = o
  RETURN p, w
UNION ALL
  WITH o WHERE cut IS NULL
  MATCH (p:Person)-[w:WORKS_AT]->(o)
  RETURN p, w
}
WITH o, p, w ORDER BY coalesce(w.count, 0) DESC, p.name LIMIT toInteger($limit)
// Each stating article has a STATES relationship with the fact's id and
// a copy of the article's date: the latest $sources, read newest first from
// the states_fact_published index (see sources), in date order.
CALL (o, p, w) {
  MATCH (a:Article)-[s:STATES]->() USING INDEX s:STATES(fact, published)
  WHERE s.fact = 'WORKS_AT\t' + p.key + '\t' + o.key AND s.published >= ''
  WITH a, s ORDER BY s.fact DESC, s.published DESC, a.title DESC LIMIT toInteger($sources)
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
       w.since AS since, coalesce(w.count, 0) AS articles,
       [a IN arts | coalesce(a.title, a.url, a.id)] AS sources,
       [o, p] + arts AS _graph
ORDER BY organization, status, person, role
