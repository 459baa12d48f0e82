// Deleting a case: the records of its imports (case-delete-import-parts.cypher runs first).
MATCH (i:RedstringImport {caseId: $caseId})
DELETE i
RETURN count(*) AS count
