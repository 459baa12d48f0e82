// Creates or replaces entities of one type. __TYPE__ is the entity type as a label, spliced only
// after it passed the identifier rule. Properties are replaced whole: row.props holds all of them.
UNWIND $rows AS row
MERGE (n:Entity {caseId: $caseId, id: row.id})
SET n = row.props
SET n.caseId = $caseId
SET n:__TYPE__
RETURN count(n) AS count
