UNWIND $ids AS id
MATCH (s:Source {caseId: $caseId, id: id})
DELETE s
RETURN count(*) AS count
