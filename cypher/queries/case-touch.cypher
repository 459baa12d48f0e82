// Marks the case changed, in the transaction of every write to it (case-store.ts): its last change
// is then exact without reading the audit log.
MATCH (c:RedstringCase {id: $caseId})
SET c.updatedAt = $at
RETURN count(c) AS count
