// An undone import's recorded changes: an import is undone once, and the records they describe
// are back as they were.
MATCH (p:RedstringImportPart {caseId: $caseId, importId: $id})
DELETE p
RETURN count(*) AS count
