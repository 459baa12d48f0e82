// Proposed for cypher/queries/expand.cypher (measured in docs/performance.md, "Neo4j"): the
// fan-out cap without ORDER BY r.id. Sorting made Neo4j read the id of every relationship of a
// hub (21 000 to 98 000) to keep 200; LIMIT alone stops after $fanout in Neo4j's adjacency order,
// which is stable while the data is. The embedded walk already takes its first $fanout in
// creation order (docs/performance.md, section 1): which relations of a hub a capped hop follows
// changes, nothing else.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[r]-(m:Entity)
  WHERE ($relationTypes IS NULL OR type(r) IN $relationTypes)
    AND ($entityTypes IS NULL OR m.type IN $entityTypes)
    AND ($statuses IS NULL OR r.status IN $statuses)
    AND ($sources IS NULL OR any(s IN coalesce(r.evidenceSources, []) WHERE s IN $sources))
    AND ($from IS NULL OR (r.spanEnd IS NULL AND $includeUndated) OR r.spanEnd >= $from)
    AND ($to IS NULL OR (r.spanStart IS NULL AND $includeUndated) OR r.spanStart <= $to)
    AND ($direction = 'BOTH' OR ($direction = 'OUT' AND startNode(r) = n) OR ($direction = 'IN' AND endNode(r) = n))
  RETURN r, m
  LIMIT $fanout
}
RETURN id AS origin, r {.*} AS relation, type(r) AS type, startNode(r).id AS from, endNode(r).id AS to, m {.*} AS neighbor
