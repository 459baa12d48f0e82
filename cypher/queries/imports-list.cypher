// One page of a case's imports, newest first; $before is the previous page's last `seq`.
MATCH (i:RedstringImport {caseId: $caseId})
WHERE $before IS NULL OR i.seq < $before
WITH i
ORDER BY i.seq DESC
LIMIT $limit
RETURN i {.*} AS record
ORDER BY i.seq DESC
