// Handle, spanStart and spanEnd of every dated entity of one case: the entities of the timeline index.
MATCH (n:Entity) WHERE n.caseId = $caseId AND n.spanStart IS NOT NULL RETURN id(n) AS handle, n.spanStart AS start, n.spanEnd AS end
