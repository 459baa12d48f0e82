// Marks an import undone, in the undo's transaction (import-parts-delete.cypher drops what it kept).
MATCH (i:RedstringImport {caseId: $caseId, id: $id})
SET i.undoneAt = $at, i.undoneBy = $by
RETURN count(i) AS count
