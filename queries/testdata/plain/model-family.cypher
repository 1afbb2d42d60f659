// name: model-family
// description: What a model derives from and what derives from it, transitively, with who developed each: the limit nearest (100 unless given).
// param: model entity required the model, by any alias
// param: limit int default=100 at most this many models, the nearest generations first
//
// Neo4j Browser: :param model => 'Llama 2'  :param limit => 100
// generation: negative for ancestors (-1 = the model it was built on), 0 for the
// model itself, positive for descendants (1 = built directly on it).
// Names match any alias, case-insensitively: kg passes the name folded like
// extract.Key, and the query folds it again (NFKC, lower case, spaces and common
// punctuation removed) so that a raw name typed in Neo4j Browser matches too.
// Columns whose name starts with _ carry the nodes for kg export and Browser's graph view.
WITH reduce(s = toLower(normalize(trim($model), NFKC)), c IN [' ', '-', '_', '.', ',', ':', ';', '/', '·', '•', "'", '"', '(', ')', '@', '#', '+', '&', '!', '?'] | replace(s, c, '')) AS k
WITH k WHERE k IS NOT NULL
CALL db.index.fulltext.queryNodes('entity_keys', '"' + replace(replace(k, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS m
WITH m WHERE m:Model AND (k IN m.keys OR m.key = k)
CALL (m) {
  MATCH path = (m)-[:DERIVED_FROM*0..]->(x:Model)
  RETURN x, -length(path) AS generation
  UNION
  MATCH path = (x:Model)-[:DERIVED_FROM*1..]->(m)
  RETURN x, length(path) AS generation
}
WITH m, x, min(generation) AS generation
// The $limit nearest (ancestors and descendants alike); the rest of the
// work is for them only.
ORDER BY abs(generation), x.name
LIMIT toInteger($limit)
OPTIONAL MATCH (o:Organization)-[:DEVELOPED]->(x)
WITH m, x, generation, o ORDER BY o.name
WITH m, x, generation, collect(o.name) AS developed_by, collect(o) AS os
RETURN m.name AS model, generation,
       CASE WHEN generation < 0 THEN 'ancestor' WHEN generation = 0 THEN 'itself' ELSE 'descendant' END AS relation,
       x.name AS name, developed_by,
       COLLECT { MATCH (x)-[:DERIVED_FROM]->(b:Model) RETURN b.name ORDER BY b.name } AS derived_from,
       [x] + os AS _graph
ORDER BY model, generation, name
