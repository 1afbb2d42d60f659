// name: sources
// description: The articles that state a fact between two entities, newest first: the latest limit (100 unless given).
// param: from entity required the fact's start: a person, organization or model, by any alias
// param: type string optional the relationship type: WORKS_AT, DEVELOPED or DERIVED_FROM; leave it out for any
// param: to entity required the fact's end, by any alias
// param: limit int default=100 at most this many rows, the newest
//
// Neo4j Browser: :param from => 'Meta'  :param type => 'DEVELOPED'  :param to => 'Llama 2'  :param limit => 100
// Names match any alias, case-insensitively: kg passes the name folded like
// extract.Key, and the query folds it again (NFKC, lower case, spaces and common
// punctuation removed) so that a raw name typed in Neo4j Browser matches too.
// Columns whose name starts with _ carry the nodes for kg export and Browser's graph view.
WITH reduce(s = toLower(normalize(trim($from), NFKC)), c IN [' ', '-', '_', '.', ',', ':', ';', '/', '·', '•', "'", '"', '(', ')', '@', '#', '+', '&', '!', '?'] | replace(s, c, '')) AS kf, reduce(s = toLower(normalize(trim($to), NFKC)), c IN [' ', '-', '_', '.', ',', ':', ';', '/', '·', '•', "'", '"', '(', ')', '@', '#', '+', '&', '!', '?'] | replace(s, c, '')) AS kt
WITH kf, kt WHERE kf IS NOT NULL AND kt IS NOT NULL
CALL db.index.fulltext.queryNodes('entity_keys', '"' + replace(replace(kf, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS x
WITH kt, x WHERE (x:Person OR x:Organization OR x:Model) AND (kf IN x.keys OR x.key = kf)
CALL db.index.fulltext.queryNodes('entity_keys', '"' + replace(replace(kt, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS y
WITH x, y WHERE (y:Person OR y:Organization OR y:Model) AND (kt IN y.keys OR y.key = kt)
MATCH (x)-[r:WORKS_AT|DEVELOPED|DERIVED_FROM]->(y)
WHERE $type IS NULL OR type(r) = toUpper($type)
// Each stating article has a STATES relationship with the fact's id
// (type, start key, end key), found through the states_fact index.
MATCH (a:Article)-[s:STATES {fact: type(r) + '\t' + x.key + '\t' + y.key}]->()
RETURN x.name AS from, type(r) AS type, y.name AS to, s.sentence AS sentence,
       a.title AS title, a.published AS published, a.source AS source, a.url AS url, a.id AS article,
       [x, y, a] AS _graph
ORDER BY published DESC, title, article
LIMIT toInteger($limit)
