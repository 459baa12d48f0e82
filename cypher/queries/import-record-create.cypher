// The record of one import into a case (server/store/imports/), written in the import's own
// transaction: an import that rolls back leaves none. `seq` is the import's audit record, so the
// records sort in commit order; `counts` is the import's report as JSON.
CREATE (i:RedstringImport {
  caseId: $caseId, id: $id, seq: $seq, at: $at, file: $file, format: $format,
  actorName: $actorName, actorRole: $actorRole, actorTokenId: $actorTokenId,
  counts: $counts, wholeCase: $wholeCase
})
RETURN i.id AS id
