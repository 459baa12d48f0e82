// One case's entities and sources: a case without any is empty for a bulk load (other cases,
// tokens and the audit log may be there). `caseId` has no index here (schema/grafeo.cypher): this
// scans the two labels, once per load.
MATCH (n:Entity) WHERE n.caseId = $caseId RETURN count(n) AS count
UNION ALL
MATCH (s:Source) WHERE s.caseId = $caseId RETURN count(s) AS count
