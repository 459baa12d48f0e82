MATCH (n:Entity {caseId: $caseId})
WHERE $types IS NULL OR n.type IN $types
RETURN count(n) AS count
