// Entities and sources of no case: a store written before cases, or an upgrade that stopped.
MATCH (n)
WHERE (n:Entity OR n:Source) AND n.caseId IS NULL
RETURN count(n) AS count
