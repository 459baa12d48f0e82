UNWIND $ids AS id
MATCH (s:Source {caseId: $caseId, id: id})
RETURN s {.*} AS source
