// Dated relations in time order; the cursor is the (spanStart, id) of the last item shown.
MATCH (a:Entity {caseId: $caseId})-[r]->(b:Entity)
WHERE r.spanStart IS NOT NULL
  AND ($relationTypes IS NULL OR type(r) IN $relationTypes)
  AND ($entityTypes IS NULL OR (a.type IN $entityTypes AND b.type IN $entityTypes))
  AND ($statuses IS NULL OR r.status IN $statuses)
  AND ($sources IS NULL OR any(s IN coalesce(r.evidenceSources, []) WHERE s IN $sources))
  AND ($from IS NULL OR r.spanEnd >= $from)
  AND ($to IS NULL OR r.spanStart <= $to)
  AND ($afterStart IS NULL OR r.spanStart > $afterStart OR (r.spanStart = $afterStart AND r.id > $afterId))
// Sort and cut first, then read the property maps of the page only: projecting every row's
// map before the sort held all of them in memory (about 1 GB per query at 500 000 relations).
WITH r, a, b
ORDER BY r.spanStart, r.id
LIMIT $limit
RETURN r {.*} AS relation, type(r) AS type, a.id AS from, b.id AS to
ORDER BY r.spanStart, r.id
