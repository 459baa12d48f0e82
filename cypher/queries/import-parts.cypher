// The changes an import recorded, chunk by chunk, in the order it wrote them.
MATCH (p:RedstringImportPart {caseId: $caseId, importId: $id})
RETURN p.changes AS changes
ORDER BY p.seq
