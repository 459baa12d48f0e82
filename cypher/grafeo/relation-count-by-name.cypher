// relation-count-of-type.cypher for a type that is not a plain identifier: a scan of them all.
MATCH ()-[r]->() WHERE type(r) = $type AND r.caseId = $caseId RETURN count(r) AS count
