// Constraints and indexes of the embedded engine, in Grafeo's dialect, one statement per `;`: the
// Grafeo adapter runs them at every start (applySchema). Unique ids make a second entity with an
// existing id fail loudly rather than duplicate; the others serve the lookups of cypher/queries.
CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id_unique IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
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
