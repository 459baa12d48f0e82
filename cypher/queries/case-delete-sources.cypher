// Deleting a case, second part: its sources (nothing cites them once its entities are gone).
MATCH (s:Source {caseId: $caseId})
DETACH DELETE s
RETURN count(*) AS count
