// Deleting a case: what its imports kept for undo.
MATCH (p:RedstringImportPart {caseId: $caseId})
DELETE p
RETURN count(*) AS count
