// Which entities and relations cite the given sources (source-citations.cypher counts them).
UNWIND $ids AS id
MATCH (n:Entity {caseId: $caseId})
WHERE id IN n.evidenceSources
RETURN id AS source, 'entity' AS kind, n.id AS citer
UNION ALL
UNWIND $ids AS id
MATCH (:Entity {caseId: $caseId})-[r]->(:Entity)
WHERE id IN r.evidenceSources
RETURN id AS source, 'relation' AS kind, r.id AS citer
