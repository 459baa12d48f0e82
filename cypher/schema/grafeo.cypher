// Constraints and indexes of the embedded engine, in Grafeo's dialect, one statement per `;`: the
// Grafeo adapter runs them at every start (applySchema); they serve the lookups of cypher/queries.
// Ids are unique within a case, and Grafeo has no constraint for that which stays cheap: a
// composite UNIQUE on (caseId, id) checks every node of the label on each write (3,000 creates
// took 7 s instead of 48 ms). The store is this database's only writer, its writes run one at a
// time and every write MERGEs on (caseId, id), so it keeps ids unique itself. The one-graph
// layout's constraints on `id` alone are dropped: they would refuse the same id in two cases.
// `caseId` has no index: with a few values it would be chosen for lookups by (caseId, id) and
// scan the whole case; the index on `id` finds the few nodes of that id and the case filters them.
DROP CONSTRAINT entity_id_unique IF EXISTS;
DROP CONSTRAINT source_id_unique IF EXISTS;
CREATE CONSTRAINT case_id_unique IF NOT EXISTS FOR (n:RedstringCase) REQUIRE n.id IS UNIQUE;
CREATE INDEX entity_id IF NOT EXISTS FOR (n:Entity) ON (n.id);
CREATE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type);
CREATE INDEX source_id IF NOT EXISTS FOR (n:Source) ON (n.id);
CREATE CONSTRAINT token_id_unique IF NOT EXISTS FOR (n:RedstringToken) REQUIRE n.id IS UNIQUE;
CREATE INDEX token_hash IF NOT EXISTS FOR (n:RedstringToken) ON (n.hash);
CREATE CONSTRAINT audit_seq_unique IF NOT EXISTS FOR (n:RedstringAudit) REQUIRE n.seq IS UNIQUE;
CREATE CONSTRAINT audit_sequence_id_unique IF NOT EXISTS FOR (n:RedstringAuditSequence) REQUIRE n.id IS UNIQUE;
CREATE INDEX audit_seq IF NOT EXISTS FOR (n:RedstringAudit) ON (n.seq);
CREATE INDEX audit_action IF NOT EXISTS FOR (n:RedstringAudit) ON (n.action);
CREATE INDEX audit_actor IF NOT EXISTS FOR (n:RedstringAudit) ON (n.actorName);
