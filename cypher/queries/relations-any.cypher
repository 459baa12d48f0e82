// Whether any relation exists: an import into a store without relations can skip looking for
// moved relation ids.
MATCH (:Entity {caseId: $caseId})-[r]->(:Entity)
RETURN r.id AS id
LIMIT 1
