MATCH (i:RedstringImport {caseId: $caseId, id: $id})
RETURN i {.*} AS record
