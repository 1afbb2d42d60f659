// name: models-by
// description: The models an organization developed; with no org, every organization and its models: the limit (100 unless given) stated most often.
// param: org entity optional the organization, by any alias; leave it out for all
// param: limit int default=100 at most this many rows, the facts stated in most articles
//
// Neo4j Browser: :param org => 'Meta'   (or :param org => null for every organization)  :param limit => 100
// Names match any alias, case-insensitively: kg passes the name folded like
// extract.Key, and the query folds it again (NFKC, lower case, spaces and common
// punctuation removed) so that a raw name typed in Neo4j Browser matches too.
// Columns whose name starts with _ carry the nodes for kg export and Browser's graph view.
WITH reduce(s = toLower(normalize(trim($org), NFKC)), c IN [' ', '-', '_', '.', ',', ':', ';', '/', '·', '•', "'", '"', '(', ')', '@', '#', '+', '&', '!', '?'] | replace(s, c, '')) AS k
CALL (k) {
  WITH k WHERE k IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_keys', '"' + replace(replace(k, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS o
  WITH k, o WHERE o:Organization AND (k IN o.keys OR o.key = k)
  RETURN o
  UNION
  WITH k WHERE k IS NULL
  // In a subquery: a bare MATCH here was planned as a scan of the whole
  // label, filtered on k afterwards, even when k was given.
  CALL (k) { MATCH (o:Organization) RETURN o }
  RETURN o
}
MATCH (o)-[d:DEVELOPED]->(m:Model)
// The $limit stated in most articles.
WITH o, d, m ORDER BY coalesce(d.count, 0) DESC, o.name, m.name
LIMIT toInteger($limit)
RETURN o.name AS organization, m.name AS model,
       COLLECT { MATCH (m)-[:DERIVED_FROM]->(b:Model) RETURN b.name ORDER BY b.name } AS derived_from,
       coalesce(d.count, 0) AS articles,
       [o, m] AS _graph
ORDER BY organization, model
