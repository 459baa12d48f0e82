MATCH (n:Entity {caseId: $caseId})
RETURN n.type AS type, count(n) AS count
