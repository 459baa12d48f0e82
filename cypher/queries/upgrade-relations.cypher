// Upgrade, second part: up to 10 000 relations of case $target's entities without a case join it.
MATCH (:Entity {caseId: $target})-[r]->(:Entity)
WHERE r.caseId IS NULL
WITH r LIMIT 10000
SET r.caseId = $target
RETURN count(r) AS count
