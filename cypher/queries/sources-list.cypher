MATCH (s:Source {caseId: $caseId})
RETURN s {.*} AS source
ORDER BY s.id
