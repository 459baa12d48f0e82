// Deletes relations by id wherever they are (a scan; see relations-by-id).
MATCH (:Entity {caseId: $caseId})-[r]->(:Entity)
WHERE r.id IN $ids
DELETE r
RETURN count(*) AS count
