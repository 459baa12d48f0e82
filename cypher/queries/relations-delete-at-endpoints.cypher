UNWIND $rows AS row
MATCH (a:Entity {caseId: $caseId, id: row.from})-[r]->(b:Entity {caseId: $caseId, id: row.to})
WHERE r.id = row.id
DELETE r
RETURN count(*) AS count
