// What a source supports: every entity and relation it is evidence for, with the quote, in one query.
MATCH (e:Evidence {source: $source})
OPTIONAL MATCH (n:Entity {id: e.entity})
OPTIONAL MATCH (a:Entity {id: e.from})-[r]->(b:Entity {id: e.to})
WHERE r.id = e.relation
RETURN e {.*} AS evidence, n {.*} AS entity, r {.*} AS relation, type(r) AS type, a.id AS from, b.id AS to
ORDER BY e.subject, e.ord
