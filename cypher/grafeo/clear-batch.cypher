// Deletes up to 20 000 of the graph's nodes with their relationships: run until it deletes none,
// so that no transaction holds the whole graph (emptying the graph after an unfinished bulk load,
// which started from a graph without entities or sources). Cases, tokens and the audit log stay:
// they were there before the load, and the load's own record is written only by the transaction
// that finishes it (bulk-load-finish.cypher).
MATCH (n) WHERE n:Entity OR n:Source OR n:RedstringBulkLoad
WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS count
