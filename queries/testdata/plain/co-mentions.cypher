// name: co-mentions
// description: The entities most often named in the same articles as an entity, with counts.
// param: entity entity required the person, organization or model, by any alias
// param: limit int default=20 at most this many rows
// param: family bool default=false a model and its family: its versions and the models derived from it; they are counted as one
//
// Neo4j Browser: :param entity => 'OpenAI'  :param limit => 20  :param family => false
// Names match any alias, case-insensitively: kg passes the name folded like
// extract.Key, and the query folds it again (NFKC, lower case, spaces and common
// punctuation removed) so that a raw name typed in Neo4j Browser matches too.
// Columns whose name starts with _ carry the nodes for kg export and Browser's graph view.
WITH reduce(s = toLower(normalize(trim($entity), NFKC)), c IN [' ', '-', '_', '.', ',', ':', ';', '/', '·', '•', "'", '"', '(', ')', '@', '#', '+', '&', '!', '?'] | replace(s, c, '')) AS k
WITH k WHERE k IS NOT NULL
CALL db.index.fulltext.queryNodes('entity_keys', '"' + replace(replace(k, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS e
WITH e WHERE (e:Person OR e:Organization OR e:Model) AND (k IN e.keys OR e.key = k)
CALL (e) {
  OPTIONAL MATCH (d:Model)-[:DERIVED_FROM*1..6]->(e) WHERE coalesce($family, false)
  WITH collect(DISTINCT d) AS derived
  RETURN derived
}
WITH e, [e] + derived AS family
UNWIND family AS member
MATCH (member)<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(x)
WHERE NOT x IN family
WITH e, x, count(DISTINCT a) AS articles
RETURN e.name AS entity, x.name AS other, head(labels(x)) AS label, articles,
       [e, x] AS _graph
ORDER BY articles DESC, other, entity
LIMIT toInteger($limit)
