// Deletes entities with their relations; evidence lives on both, so it goes with them.
UNWIND $ids AS id
MATCH (n:Entity {caseId: $caseId, id: id})
DETACH DELETE n
RETURN count(*) AS count
