// Relations by id where their endpoints are known: a lookup through the entity index and the
// endpoints' adjacency instead of a scan of every relationship.
UNWIND $rows AS row
MATCH (a:Entity {caseId: $caseId, id: row.from})-[r]->(b:Entity {caseId: $caseId, id: row.to})
WHERE r.id = row.id
RETURN r {.*} AS relation, type(r) AS type, a.id AS from, b.id AS to
