MATCH (a:Entity {caseId: $caseId})-[r]->(b:Entity)
WHERE ($relationTypes IS NULL OR type(r) IN $relationTypes)
  AND ($entityTypes IS NULL OR (a.type IN $entityTypes AND b.type IN $entityTypes))
  AND ($statuses IS NULL OR r.status IN $statuses)
  AND ($sources IS NULL OR any(s IN coalesce(r.evidenceSources, []) WHERE s IN $sources))
  AND ($from IS NULL OR (r.spanEnd IS NULL AND $includeUndated) OR r.spanEnd >= $from)
  AND ($to IS NULL OR (r.spanStart IS NULL AND $includeUndated) OR r.spanStart <= $to)
RETURN count(r) AS count
