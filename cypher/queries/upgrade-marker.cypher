// Whether the graph of no case is the Kursk case the seed wrote: its article is the source $marker.
MATCH (s:Source {id: $marker})
WHERE s.caseId IS NULL
RETURN count(s) AS count
