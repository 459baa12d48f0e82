// Sets the evidence lists of relations found at their endpoints, and drops the `sources` list that
// legacy databases kept beside their evidence nodes.
UNWIND $rows AS row
MATCH (:Entity {caseId: $caseId, id: row.from})-[r]->(:Entity {caseId: $caseId, id: row.to})
WHERE r.id = row.id
SET r.evidenceSources = row.evidenceSources, r.evidenceQuotes = row.evidenceQuotes,
  r.evidenceLocators = row.evidenceLocators
REMOVE r.sources
RETURN count(r) AS count
