// One page of relations that pass the filter, in id order; $after is the last id of the previous page.
MATCH (a:Entity {caseId: $caseId})-[r]->(b:Entity)
WHERE ($relationTypes IS NULL OR type(r) IN $relationTypes)
  AND ($entityTypes IS NULL OR (a.type IN $entityTypes AND b.type IN $entityTypes))
  AND ($statuses IS NULL OR r.status IN $statuses)
  AND ($sources IS NULL OR any(s IN coalesce(r.evidenceSources, []) WHERE s IN $sources))
  AND ($from IS NULL OR (r.spanEnd IS NULL AND $includeUndated) OR r.spanEnd >= $from)
  AND ($to IS NULL OR (r.spanStart IS NULL AND $includeUndated) OR r.spanStart <= $to)
  AND ($after IS NULL OR r.id > $after)
// Sort and cut first, then read the property maps of the page only: projecting every row's
// map before the sort held all of them in memory (about 1 GB per query at 500 000 relations).
WITH r, a, b
ORDER BY r.id
LIMIT $limit
RETURN r {.*} AS relation, type(r) AS type, a.id AS from, b.id AS to
ORDER BY r.id
