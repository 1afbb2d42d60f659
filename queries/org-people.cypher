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
// Each article's statement of the role (w.roles holds
// "article<TAB>role<TAB>0|1<TAB>published", 1 for a former post); the
// latest wins, and "since" is the first report of that role.
WITH o, p, w, arts, [x IN coalesce(w.roles, []) | split(x, '\t')] AS rs
WITH o, p, w, arts, rs,
     reduce(b = null, x IN rs | CASE WHEN b IS NULL OR coalesce(x[3], '') > coalesce(b[3], '') THEN x ELSE b END) AS last
WITH o, p, w, arts, rs,
     CASE WHEN last IS NOT NULL THEN {role: last[1], former: last[2] = '1'} ELSE {role: w.role, former: coalesce(w.former, false)} END AS latest
WITH o, p, w, arts, latest,
     reduce(m = null, x IN [x IN rs WHERE x[1] = latest.role AND (x[2] = '1') = latest.former AND coalesce(x[3], '') <> ''] |
       CASE WHEN m IS NULL OR x[3] < m THEN x[3] ELSE m END) AS since
RETURN o.name AS organization, p.name AS person, latest.role AS role,
       CASE WHEN latest.former THEN 'former' ELSE 'current' END AS status,
       since,
       [a IN arts | coalesce(a.title, a.url, a.id)] AS sources,
       [o, p] + arts AS _graph
ORDER BY organization, status, person, role
