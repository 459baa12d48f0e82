// Deletes up to 20 000 nodes with their relationships: run until it deletes none, so that no
// transaction holds the whole graph (emptying the database after an unfinished bulk load). The
// audit log stays: it was there before the load, and the load's own record is written only by the
// transaction that finishes it (bulk-load-finish.cypher).
MATCH (n) WHERE NOT (n:RedstringAudit OR n:RedstringAuditSequence)
WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS count
