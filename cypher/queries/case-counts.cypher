// What a case holds, for the case list and for what deleting it removes.
MATCH (n:Entity {caseId: $caseId})
RETURN 'entities' AS kind, count(n) AS count
UNION ALL
MATCH (:Entity {caseId: $caseId})-[r]->(:Entity)
RETURN 'relations' AS kind, count(r) AS count
UNION ALL
MATCH (s:Source {caseId: $caseId})
RETURN 'sources' AS kind, count(s) AS count
