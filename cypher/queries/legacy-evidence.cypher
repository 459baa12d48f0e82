// Evidence as databases written before Redstring kept it on its subject stored it: one :Evidence node
// per quote naming its subject. Read once on open to move it (GraphStore.migrateLegacyEvidence).
MATCH (e:Evidence)
RETURN e {.*} AS evidence
ORDER BY e.subject, e.ord
