// The relations that connect entities of a set to each other (what a canvas showing exactly
// these entities should draw), filtered, at most $limit.
UNWIND $ids AS id
MATCH (a:Entity {caseId: $caseId, id: id})-[r]->(b:Entity)
WHERE b.id IN $ids
  AND ($relationTypes IS NULL OR type(r) IN $relationTypes)
  AND ($statuses IS NULL OR r.status IN $statuses)
  AND ($sources IS NULL OR any(s IN coalesce(r.evidenceSources, []) WHERE s IN $sources))
  AND ($from IS NULL OR (r.spanEnd IS NULL AND $includeUndated) OR r.spanEnd >= $from)
  AND ($to IS NULL OR (r.spanStart IS NULL AND $includeUndated) OR r.spanStart <= $to)
RETURN r {.*} AS relation, type(r) AS type, a.id AS from, b.id AS to
LIMIT $limit
