// The graph's own nodes, entities and sources of every case: a database without any is empty for
// a bulk load (cases, tokens and the audit log may be there). Two label lookups rather than a scan
// of every node.
MATCH (n:Entity) RETURN count(n) AS count
UNION ALL
MATCH (s:Source) RETURN count(s) AS count
