// One page of entities in id order; $after is the last id of the previous page.
MATCH (n:Entity)
WHERE ($types IS NULL OR n.type IN $types)
  AND ($after IS NULL OR n.id > $after)
RETURN n {.*} AS entity
ORDER BY n.id
LIMIT $limit
