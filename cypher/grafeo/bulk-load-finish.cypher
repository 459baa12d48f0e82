// Makes a bulk load final: deletes its marker (bulk-load-unfinished.cypher), in the transaction
// that also writes the load's audit record.
MATCH (m:RedstringBulkLoad) DELETE m RETURN count(*) AS count
