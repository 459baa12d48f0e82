// Upgrade of a store written before cases: up to 10 000 entities and sources without a case join
// case $target. Run until it changes none; each batch commits, so a crash resumes where it stopped.
MATCH (n)
WHERE (n:Entity OR n:Source) AND n.caseId IS NULL
WITH n LIMIT 10000
SET n.caseId = $target
RETURN count(n) AS count
