MATCH (s:Source {caseId: $caseId})
RETURN count(s) AS count
