// dated-relations-of-type.cypher for every type at once: used when a type is not a plain
// identifier (written by hand past the store) and so cannot be spliced in.
MATCH ()-[r]->() WHERE r.caseId = $caseId AND r.spanStart IS NOT NULL RETURN id(r) AS handle, r.spanStart AS start, r.spanEnd AS end
