// Creates relations of one type between existing entities. __TYPE__ is the relation type,
// spliced only after it passed the identifier rule. Two MATCH clauses rather than one with a
// comma: the same plan, without Neo4j's cartesian-product warning.
UNWIND $rows AS row
MATCH (a:Entity {caseId: $caseId, id: row.from})
MATCH (b:Entity {caseId: $caseId, id: row.to})
CREATE (a)-[r:__TYPE__]->(b)
SET r = row.props
SET r.caseId = $caseId
RETURN count(r) AS count
