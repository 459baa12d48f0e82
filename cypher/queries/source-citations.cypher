// How many entities and relations cite each source (a cited source cannot be deleted): one row per
// id and kind, summed by the store.
UNWIND $ids AS id
MATCH (n:Entity {caseId: $caseId})
WHERE id IN n.evidenceSources
RETURN id, count(n) AS count
UNION ALL
UNWIND $ids AS id
MATCH (:Entity {caseId: $caseId})-[r]->(:Entity)
WHERE id IN r.evidenceSources
RETURN id, count(r) AS count
