// Deletes up to 20 000 nodes with their relationships: run until it deletes none, so that no
// transaction holds the whole graph (emptying the database after an unfinished bulk load).
MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS count
