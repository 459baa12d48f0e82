// The engine's handles of the entities with these ids (an unknown id has no row).
UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN id, id(n) AS node
