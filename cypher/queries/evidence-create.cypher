// One node per piece of evidence. It names its subject by id (and a relation's endpoints, to find
// it without a scan) rather than linking to it, so traversals never wander through evidence.
UNWIND $rows AS row
CREATE (e:Evidence)
SET e = row
RETURN count(e) AS count
