// Every entity of a case with its properties, to build the case's match index (store/matches/):
// identifiers live among the free-form properties, so the whole record is read. One read, unpaged,
// as for the search index (entities-search-rows.cypher).
MATCH (n:Entity {caseId: $caseId})
RETURN n {.*} AS entity
