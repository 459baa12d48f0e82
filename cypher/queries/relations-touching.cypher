// Every relation at the given entities, either way: what deleting them would take with them.
UNWIND $ids AS id
MATCH (n:Entity {caseId: $caseId, id: id})-[r]-(m:Entity)
RETURN DISTINCT r.id AS id, type(r) AS type, n.id AS entity, m.id AS other
