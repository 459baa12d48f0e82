// Drops the old type label when an entity changes type.
UNWIND $ids AS id
MATCH (n:Entity {caseId: $caseId, id: id})
REMOVE n:__TYPE__
RETURN count(n) AS count
