// name: org-people
// description: The people who work or worked at an organization, their roles, current or former, with their sources.
// param: org entity required the organization, by any alias
//
// Neo4j Browser: :param org => 'Meta'
// Names match any alias, case-insensitively: kg passes the name folded like
// extract.Key, and the query folds it again (NFKC, lower case, spaces and common
// punctuation removed) so that a raw name typed in Neo4j Browser matches too.
// Columns whose name starts with _ carry the nodes for kg export and Browser's graph view.
WITH reduce(s = toLower(normalize(trim($org), NFKC)), c IN [' ', '-', '_', '.', ',', ':', ';', '/', '·', '•', "'", '"', '(', ')', '@', '#', '+', '&', '!', '?'] | replace(s, c, '')) AS k
MATCH (o:Organization) WHERE k IN o.keys OR o.key = k
MATCH (p:Person)-[w:WORKS_AT]->(o)
WITH o, p, w, COLLECT { MATCH (a:Article) WHERE a.id IN w.articles RETURN a ORDER BY a.published, a.title } AS arts
RETURN o.name AS organization, p.name AS person, w.role AS role,
       CASE WHEN coalesce(w.former, false) THEN 'former' ELSE 'current' END AS status,
       [a IN arts | coalesce(a.title, a.url, a.id)] AS sources,
       [o, p] + arts AS _graph
ORDER BY organization, status, person, role
