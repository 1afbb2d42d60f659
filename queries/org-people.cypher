// name: org-people
// description: The people who work or worked at an organization, their latest role (current or former) and since when it is reported, with their sources.
// param: org entity required the organization, by any alias
//
// Neo4j Browser: :param org => 'Meta'
// Names match any alias, case-insensitively: kg passes the name folded like
// extract.Key, and the query folds it again (NFKC, lower case, spaces and common
// punctuation removed) so that a raw name typed in Neo4j Browser matches too.
// Columns whose name starts with _ carry the nodes for kg export and Browser's graph view.
WITH reduce(s = toLower(normalize(trim($org), NFKC)), c IN [' ', '-', '_', '.', ',', ':', ';', '/', '·', '•', "'", '"', '(', ')', '@', '#', '+', '&', '!', '?'] | replace(s, c, '')) AS k
WITH k WHERE k IS NOT NULL
CALL db.index.fulltext.queryNodes('entity_keys', '"' + replace(replace(k, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS o
WITH o WHERE o:Organization AND (k IN o.keys OR o.key = k)
MATCH (p:Person)-[w:WORKS_AT]->(o)
WITH o, p, w, COLLECT { MATCH (a:Article) WHERE a.id IN w.articles RETURN a ORDER BY a.published, a.title } AS arts
// Each article's statement of the role, oldest first (w.roles holds
// "article<TAB>role<TAB>0|1", 1 for a former post); the latest wins.
WITH o, p, w, arts, [x IN coalesce(w.roles, []) | split(x, '\t')] AS rs
WITH o, p, w, arts, reduce(l = [], a IN arts | l + [x IN rs WHERE x[0] = a.id | {role: x[1], former: x[2] = '1', published: a.published}]) AS stated
WITH o, p, w, arts, stated,
     CASE WHEN size(stated) > 0 THEN last(stated) ELSE {role: w.role, former: coalesce(w.former, false), published: null} END AS latest
RETURN o.name AS organization, p.name AS person, latest.role AS role,
       CASE WHEN latest.former THEN 'former' ELSE 'current' END AS status,
       head([s IN stated WHERE s.role = latest.role AND s.former = latest.former | s.published]) AS since,
       [a IN arts | coalesce(a.title, a.url, a.id)] AS sources,
       [o, p] + arts AS _graph
ORDER BY organization, status, person, role
