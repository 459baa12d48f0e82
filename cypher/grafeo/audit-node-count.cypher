// The audit log's nodes (server/store/audit.ts): a database holding only these is empty for a bulk
// load. Two label lookups rather than a scan of every node.
MATCH (a:RedstringAudit) RETURN count(a) AS count
UNION ALL
MATCH (c:RedstringAuditSequence) RETURN count(c) AS count
