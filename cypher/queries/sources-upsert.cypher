UNWIND $rows AS row
MERGE (s:Source {caseId: $caseId, id: row.id})
SET s = row
SET s.caseId = $caseId
RETURN count(s) AS count
