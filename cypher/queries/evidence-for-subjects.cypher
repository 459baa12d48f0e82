// What supports each of these entities or relations: one query, quotes with their sources.
// A subject is "entity:<id>" or "relation:<id>".
UNWIND $subjects AS subject
MATCH (e:Evidence {subject: subject})
OPTIONAL MATCH (s:Source {id: e.source})
RETURN subject, e {.*} AS evidence, s {.*} AS source
ORDER BY subject, e.ord
