// Proposed for cypher/queries/relations-among.cypher (measured in docs/performance.md, "Neo4j"):
// the members are looked up once, as nodes, and the other end of each relationship is tested by
// identity against them instead of by reading its id. Same rows, same order, same LIMIT.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WITH collect(n) AS members
UNWIND members AS a
MATCH (a)-[r]->(b)
WHERE b IN members
  AND ($relationTypes IS NULL OR type(r) IN $relationTypes)
  AND ($statuses IS NULL OR r.status IN $statuses)
  AND ($sources IS NULL OR any(s IN coalesce(r.evidenceSources, []) WHERE s IN $sources))
  AND ($from IS NULL OR (r.spanEnd IS NULL AND $includeUndated) OR r.spanEnd >= $from)
  AND ($to IS NULL OR (r.spanStart IS NULL AND $includeUndated) OR r.spanStart <= $to)
RETURN r {.*} AS relation, type(r) AS type, a.id AS from, b.id AS to
LIMIT $limit
