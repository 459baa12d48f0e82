// Deletes up to 20 000 of one case's entities and sources with their relationships: run until it
// deletes none, so that no transaction holds the whole case (emptying a case after its unfinished
// bulk load, which started from an empty case). Other cases, the case's record, tokens and the
// audit log stay.
MATCH (n) WHERE (n:Entity OR n:Source) AND n.caseId = $caseId
WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS count
