// The ids of one page of entities in id order; $after is the last id of the previous page. Ids
// only: the store reads the page's entities by id (entities-by-id.cypher). Returning each node's
// map here made Grafeo build it for every entity before the sort: 2-3 s a page at 1M entities,
// against 0.2 s for the ids and the lookup (docs/performance.md).
MATCH (n:Entity {caseId: $caseId})
WHERE ($types IS NULL OR n.type IN $types)
  AND ($after IS NULL OR n.id > $after)
RETURN n.id AS id
ORDER BY n.id
LIMIT $limit
