// Creates relations of one type between existing entities. __TYPE__ is the relation type,
// spliced only after it passed the identifier rule.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
CREATE (a)-[r:__TYPE__]->(b)
SET r = row.props
RETURN count(r) AS count
