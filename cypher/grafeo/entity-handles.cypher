// The engine's handles of the entities of one case with these ids (an unknown id has no row).
UNWIND $ids AS id MATCH (n:Entity {caseId: $caseId, id: id}) RETURN id, id(n) AS node
