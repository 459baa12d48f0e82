// One page of the audit log, newest first; $before is the sequence number of the previous page's
// last record. Times are ISO 8601 in UTC as the store writes them, so they compare as strings.
MATCH (a:RedstringAudit)
WHERE ($before IS NULL OR a.seq < $before)
  AND ($actor IS NULL OR a.actorName = $actor)
  AND ($action IS NULL OR a.action = $action)
  AND ($auditCase IS NULL OR a.caseId = $auditCase)
  AND ($id IS NULL OR $id IN a.ids)
  AND ($since IS NULL OR a.at >= $since)
  AND ($until IS NULL OR a.at < $until)
WITH a
ORDER BY a.seq DESC
LIMIT $limit
RETURN a {.*} AS record
ORDER BY a.seq DESC
