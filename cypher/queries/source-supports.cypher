// What each source supports: every entity and relation it is evidence for, with the quote, in one
// query for all the sources asked (a list of sources in GraphQL is one round trip).
UNWIND $sources AS source
MATCH (e:Evidence {source: source})
OPTIONAL MATCH (n:Entity {id: e.entity})
OPTIONAL MATCH (a:Entity {id: e.from})-[r]->(b:Entity {id: e.to})
WHERE r.id = e.relation
RETURN source, e {.*} AS evidence, n {.*} AS entity, r {.*} AS relation, type(r) AS type, a.id AS from, b.id AS to
ORDER BY source, e.subject, e.ord
