// Relations by id. Relationship ids have no index that works in both engines, so this scans;
// the API reaches most relations through their entities instead.
MATCH (a:Entity {caseId: $caseId})-[r]->(b:Entity)
WHERE r.id IN $ids
RETURN r {.*} AS relation, type(r) AS type, a.id AS from, b.id AS to
