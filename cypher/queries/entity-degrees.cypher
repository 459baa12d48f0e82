// Degree of each entity counted over relations to other entities, and per type and direction,
// so that the client can list "expand by relation type" with counts.
UNWIND $ids AS id
MATCH (n:Entity {caseId: $caseId, id: id})-[r]-(m:Entity)
RETURN id, type(r) AS type, CASE WHEN startNode(r) = n THEN 'OUT' ELSE 'IN' END AS direction, count(r) AS count
