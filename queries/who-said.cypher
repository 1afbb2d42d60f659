// name: who-said
// description: What people said about a model, organization or person (by any alias), newest first.
// param: about entity required the model, organization or person the statements are about
// param: since date optional only articles published on or after this date
// param: until date optional only articles published on or before this date (2024 or 2024-05 covers the whole year or month)
//
// Neo4j Browser: :param about => 'LeCun'  :param since => null  :param until => null
// Names match any alias, case-insensitively: kg passes the name folded like
// extract.Key, and the query folds it again (NFKC, lower case, spaces and common
// punctuation removed) so that a raw name typed in Neo4j Browser matches too.
// Columns whose name starts with _ carry the nodes for kg export and Browser's graph view.
WITH reduce(s = toLower(normalize(trim($about), NFKC)), c IN [' ', '-', '_', '.', ',', ':', ';', '/', '·', '•', "'", '"', '(', ')', '@', '#', '+', '&', '!', '?'] | replace(s, c, '')) AS k
MATCH (t) WHERE (t:Model OR t:Organization OR t:Person) AND (k IN t.keys OR t.key = k)
MATCH (p:Person)-[:SAID]->(q:Quote)-[:ABOUT]->(t)
MATCH (q)-[:REPORTED_IN]->(a:Article)
WHERE ($since IS NULL OR a.published >= $since)
  AND ($until IS NULL OR left(a.published, size($until)) <= $until)
OPTIONAL MATCH (p)-[w:WORKS_AT]->(o:Organization)
WHERE NOT coalesce(w.former, false)
WITH t, p, q, a, w, o ORDER BY coalesce(w.count, 0) DESC, o.name
WITH t, p, q, a, head(collect({role: w.role, org: o.name})) AS pos
RETURN p.name AS speaker, pos.role AS role, pos.org AS organization,
       q.text AS quote, q.kind AS kind, t.name AS about,
       a.title AS title, a.published AS published, a.url AS url,
       [p, q, t, a] AS _graph
ORDER BY published DESC, title, q.offset
