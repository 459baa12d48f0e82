// Evidence as databases written before Redstring kept it on its subject stored it: one :Evidence node
// per quote naming its subject. Read once on open to move it (GraphStore.migrateLegacyEvidence).
// Only nodes whose subject is in Redstring's form ('entity:<id>', 'relation:<id>'): an :Evidence
// node of another application in the same Neo4j database is not ours to move.
MATCH (e:Evidence)
WHERE e.subject STARTS WITH 'entity:' OR e.subject STARTS WITH 'relation:'
RETURN e {.*} AS evidence
ORDER BY e.subject, e.ord
