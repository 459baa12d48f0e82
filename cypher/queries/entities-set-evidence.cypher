// Sets the evidence lists of entities (moving legacy evidence onto its subject).
UNWIND $rows AS row
MATCH (n:Entity {caseId: $caseId, id: row.id})
SET n.evidenceSources = row.evidenceSources, n.evidenceQuotes = row.evidenceQuotes,
  n.evidenceLocators = row.evidenceLocators
RETURN count(n) AS count
