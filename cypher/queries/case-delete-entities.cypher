// Deleting a case (server/store/cases/), first part: its entities with their relations, and so all
// their evidence. The parts run in one transaction: a case is gone whole or not at all.
MATCH (n:Entity {caseId: $caseId})
DETACH DELETE n
RETURN count(*) AS count
