// Dated entities (events, documents) in time order; same cursor as timeline-relations.
MATCH (n:Entity {caseId: $caseId})
WHERE n.spanStart IS NOT NULL
  AND ($entityTypes IS NULL OR n.type IN $entityTypes)
  AND ($from IS NULL OR n.spanEnd >= $from)
  AND ($to IS NULL OR n.spanStart <= $to)
  AND ($afterStart IS NULL OR n.spanStart > $afterStart OR (n.spanStart = $afterStart AND n.id > $afterId))
// Sort and cut first, then read the property maps of the page only: projecting every row's
// map before the sort held all of them in memory (about 1 GB per query at 500 000 relations).
WITH n
ORDER BY n.spanStart, n.id
LIMIT $limit
RETURN n {.*} AS entity
ORDER BY n.spanStart, n.id
