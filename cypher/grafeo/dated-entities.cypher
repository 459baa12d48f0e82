// Handle, spanStart and spanEnd of every dated entity: the entities of the timeline index.
MATCH (n:Entity) WHERE n.spanStart IS NOT NULL RETURN id(n) AS handle, n.spanStart AS start, n.spanEnd AS end
