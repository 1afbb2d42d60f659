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
// The writer keeps how many articles name each two frequent entities
// (CO_MENTIONED between entities marked co_tracked: named in at least the
// threshold's articles, kept on the KgState marker). Those counts decide
// the list when its last row reaches the threshold: an untracked entity is
// named with e in fewer articles. Otherwise, for a family (an article
// naming two members counts once) and on a graph whose counts are not
// complete, the articles are read.
OPTIONAL MATCH (kept:KgState {name: 'co-mentions', counted: true})
CALL (e, family, kept) {
  WITH e, kept WHERE kept IS NOT NULL AND size(family) = 1 AND coalesce(e.co_tracked, false)
  MATCH (e)-[c:CO_MENTIONED]-(x)
  WITH kept, x, coalesce(c.count, 1) AS articles ORDER BY articles DESC, x.name
  RETURN collect({x: x, articles: articles}) AS counted, min(kept.threshold) AS threshold
}
WITH e, family, CASE WHEN size(counted) >= toInteger($limit) AND counted[toInteger($limit) - 1].articles >= threshold
                     THEN counted[..toInteger($limit)] END AS decided
CALL (family, decided) {
  WITH decided WHERE decided IS NOT NULL
  UNWIND decided AS d
  RETURN d.x AS x, d.articles AS articles
UNION ALL
  WITH family, decided WHERE decided IS NULL
  UNWIND family AS member
  MATCH (member)<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(x)
  WHERE NOT x IN family
  RETURN x, count(DISTINCT a) AS articles
}
RETURN e.name AS entity, x.name AS other, head(labels(x)) AS label, articles,
       [e, x] AS _graph
ORDER BY articles DESC, other, entity
LIMIT toInteger($limit)
