// Constraints and indexes of a Redstring database in Neo4j 5 (5.26 LTS in docker-compose.yml).
// Applied at every start by the Neo4j adapter (server/engine/neo4j-engine.ts, applySchema), one
// statement per transaction; IF NOT EXISTS makes each one a no-op once it is there, so it is also
// safe to run by hand: cypher-shell -f cypher/schema/neo4j.cypher.

// Ids are unique within their case (every entity and source has a `caseId`, docs/architecture.md,
// "Cases"). The composite constraints also give the lookups by (case, id) their index. The
// single-property constraints of the one-graph layout are dropped: they would refuse the same id
// in two cases.
DROP CONSTRAINT entity_id_unique IF EXISTS;
DROP CONSTRAINT source_id_unique IF EXISTS;
CREATE CONSTRAINT entity_case_id_unique IF NOT EXISTS FOR (n:Entity) REQUIRE (n.caseId, n.id) IS UNIQUE;
CREATE CONSTRAINT source_case_id_unique IF NOT EXISTS FOR (n:Source) REQUIRE (n.caseId, n.id) IS UNIQUE;
// A case's own record: its name, description and dates (server/store/cases/).
CREATE CONSTRAINT case_id_unique IF NOT EXISTS FOR (n:RedstringCase) REQUIRE n.id IS UNIQUE;

// Relation ids have no constraint and no index, on purpose. Neo4j 5 declares both only per
// relationship type (FOR ()-[r:LEADS]-() ...), and relation types are an open set that grows with
// every import; constraining the types known today would protect some relations and not others, and
// schema statements cannot run in the transaction that writes the first relation of a new type.
// Uniqueness of relation ids is therefore the store's job (it looks an id up before writing it:
// between the same endpoints on import, anywhere on a single upsert), and the store reaches
// relations through their endpoints, whose ids are indexed (relations-at-endpoints.cypher); a
// lookup by relation id alone scans (relations-by-id.cypher).

// Entity lists and filters by type (entities-list, entities-count, filters of expand).
CREATE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type);

// Evidence needs no index: it is kept on its entity or relation (evidenceSources, evidenceQuotes,
// evidenceLocators), read with it. What a source supports is a scan (source-supports.cypher).

// Timelines sort dated entities by the start of their span.
CREATE INDEX entity_span_start IF NOT EXISTS FOR (n:Entity) ON (n.spanStart);

// Full-text search over names and aliases (lists of strings are indexed element by element).
// Redstring's own search runs in process, so the server does not query it; it is here for people
// who work on the database directly:
//   CALL db.index.fulltext.queryNodes('entity_names', 'shoigu~') YIELD node, score
//   RETURN node.name, node.type, score
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases];

// API tokens (server/store/token-store.ts): unique ids, and the lookup by the secret's hash that
// authenticates every request.
CREATE CONSTRAINT token_id_unique IF NOT EXISTS FOR (n:RedstringToken) REQUIRE n.id IS UNIQUE;
CREATE INDEX token_hash IF NOT EXISTS FOR (n:RedstringToken) ON (n.hash);
// The audit log (server/store/audit.ts): records are numbered by one counter node, and read newest
// first by number, filtered by action, actor or time. The constraint on `seq` is its index too.
CREATE CONSTRAINT audit_seq_unique IF NOT EXISTS FOR (n:RedstringAudit) REQUIRE n.seq IS UNIQUE;
CREATE CONSTRAINT audit_sequence_id_unique IF NOT EXISTS FOR (n:RedstringAuditSequence) REQUIRE n.id IS UNIQUE;
CREATE INDEX audit_action IF NOT EXISTS FOR (n:RedstringAudit) ON (n.action);
CREATE INDEX audit_actor IF NOT EXISTS FOR (n:RedstringAudit) ON (n.actorName);
CREATE INDEX audit_at IF NOT EXISTS FOR (n:RedstringAudit) ON (n.at);
