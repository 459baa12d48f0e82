// The id of every relation between entities, read once by a large import into a store that
// holds relations: checking its new ids against this list replaces a scan of every relationship
// per batch (relations-by-id.cypher), which made such an import quadratic.
MATCH (:Entity {caseId: $caseId})-[r]->(:Entity)
RETURN r.id AS id
