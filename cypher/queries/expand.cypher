// One hop of a traversal: the relations of each frontier entity that pass the filter, at most
// $fanout per entity so that a supernode cannot flood a neighbourhood. Shared by neighbourhood,
// path finding and the relations of an entity.
UNWIND $ids AS id
MATCH (n:Entity {caseId: $caseId, id: id})
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
  ORDER BY r.id
  LIMIT $fanout
}
RETURN id AS origin, r {.*} AS relation, type(r) AS type, startNode(r).id AS from, endNode(r).id AS to, m {.*} AS neighbor
