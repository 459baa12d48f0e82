// The first writes to a case after a given one (by audit sequence number): what blocks undoing an
// import that has no record of each change (a bulk load into an empty case).
MATCH (a:RedstringAudit {caseId: $caseId})
WHERE a.seq > $after
WITH a
ORDER BY a.seq
LIMIT $limit
RETURN a {.*} AS record
ORDER BY a.seq
