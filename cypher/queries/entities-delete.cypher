// Deletes entities with their relations; the store removes the evidence of both first.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
DETACH DELETE n
RETURN count(*) AS count
