// What the search index needs of every entity, a page at a time, to rebuild it on open.
MATCH (n:Entity)
WHERE $after IS NULL OR n.id > $after
RETURN n.id AS id, n.type AS type, n.name AS name, n.aliases AS aliases
ORDER BY n.id
LIMIT $limit
