// Whether any relation exists: an import into a store without relations can skip looking for
// moved relation ids.
MATCH (:Entity)-[r]->(:Entity)
RETURN r.id AS id
LIMIT 1
