// What each source supports: every entity and relation that cites it, with their evidence lists
// (the store keeps the quotes of the source asked), in one query for all the sources asked. Evidence
// lives on its subject, so this reads every entity and relation: a source page is rare next to
// reading a relation's evidence, which costs nothing more than reading the relation.
UNWIND $sources AS source
MATCH (n:Entity {caseId: $caseId})
WHERE source IN n.evidenceSources
RETURN source, n {.*} AS entity, null AS relation, null AS type, null AS from, null AS to
UNION ALL
UNWIND $sources AS source
MATCH (a:Entity {caseId: $caseId})-[r]->(b:Entity)
WHERE source IN r.evidenceSources
RETURN source, null AS entity, r {.*} AS relation, type(r) AS type, a.id AS from, b.id AS to
