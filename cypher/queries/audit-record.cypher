// Appends one record to the audit log, in the transaction of the write it records (audit.ts): a
// write that rolls back leaves no record. The sequence number comes from one counter node, so it
// grows in commit order on both engines (Neo4j locks the counter for the SET that reads it).
// :RedstringAudit and :RedstringAuditSequence are labels no read of the graph matches.
MERGE (c:RedstringAuditSequence {id: 'audit'})
ON CREATE SET c.last = 0
SET c.last = c.last + 1
CREATE (a:RedstringAudit {
  seq: c.last, at: $at, action: $action, caseId: $caseId,
  actorName: $actorName, actorRole: $actorRole, actorTokenId: $actorTokenId,
  ids: $ids, idCount: $idCount, detail: $detail
})
RETURN a.seq AS seq
