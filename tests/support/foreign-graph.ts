/**
 * Data that Redstring did not create, put into the Neo4j database the suites run against, to show
 * that Redstring never touches it: a small movies graph (the one Neo4j's own tutorial loads) plus
 * records chosen to look like Redstring's without being its own: a :Person whose `id` is a Kursk
 * entity's id, relationship types and `id` properties that Redstring's relations use, an
 * :Evidence node of another application (the label of Redstring's earlier evidence layout), and
 * a :Country node. Redstring owns :Entity, :Source, :RedstringCase, :RedstringImport and
 * :RedstringImportPart, :RedstringToken, its audit log (:RedstringAudit, :RedstringAuditSequence)
 * and its test marker; everything else is this.
 *
 * `fingerprint()` reads every node and relationship outside Redstring's labels, properties and
 * all, in a stable order: equal fingerprints before and after a run mean nothing foreign changed.
 */
import { createHash } from 'node:crypto';
import type { CypherEngine } from '../../server/engine/cypher-engine.ts';
import type { Statement } from '../../server/engine/statement.ts';

export const FOREIGN_STATEMENTS = {
  load: {
    name: 'foreign-graph-load',
    // Once per database: a database that already has it (an earlier run's) keeps that one.
    text: `
OPTIONAL MATCH (loaded:Movie {title: 'The Matrix', released: 1999})
WITH loaded WHERE loaded IS NULL
CREATE (matrix:Movie {title: 'The Matrix', released: 1999, tagline: 'Welcome to the Real World'})
CREATE (reloaded:Movie {title: 'The Matrix Reloaded', released: 2003, tagline: 'Free your mind'})
CREATE (keanu:Person {name: 'Keanu Reeves', born: 1964})
CREATE (carrie:Person {name: 'Carrie-Anne Moss', born: 1967})
CREATE (lana:Person {name: 'Lana Wachowski', born: 1965})
CREATE (lilly:Person {name: 'Lilly Wachowski', born: 1967})
CREATE (keanu)-[:ACTED_IN {roles: ['Neo']}]->(matrix)
CREATE (keanu)-[:ACTED_IN {roles: ['Neo']}]->(reloaded)
CREATE (carrie)-[:ACTED_IN {roles: ['Trinity']}]->(matrix)
CREATE (lana)-[:DIRECTED]->(matrix)
CREATE (lilly)-[:DIRECTED]->(matrix)
CREATE (lana)-[:DIRECTED]->(reloaded)
CREATE (namesake:Person {id: 'kim-jong-un', name: 'Not a Redstring entity', type: 'Person'})
CREATE (country:Country {id: 'north-korea', name: 'A country of another application'})
CREATE (namesake)-[:LEADS {id: 'r-kim-leads-dprk', status: 'reported'}]->(country)
CREATE (namesake)-[:MEMBER_OF {id: 'shared-relation-id'}]->(:Group {name: 'A group of another application'})
CREATE (:Evidence {source: 'another-app-source', quote: 'evidence of another application', ord: 0})
RETURN count(*) AS created`,
  },
  nodes: {
    name: 'foreign-graph-nodes',
    text: `
MATCH (n)
WHERE NOT (n:Entity OR n:Source OR n:RedstringCase OR n:RedstringToken OR n:RedstringAudit OR n:RedstringAuditSequence OR n:RedstringImport OR n:RedstringImportPart OR n:RedstringTestDatabase)
WITH n, [label IN labels(n) | label] AS labels
RETURN labels, properties(n) AS properties
ORDER BY labels, n.name, n.title, n.id, n.quote`,
  },
  relationships: {
    name: 'foreign-graph-relationships',
    text: `
MATCH (a)-[r]->(b)
WHERE NOT (a:Entity OR a:Source) OR NOT (b:Entity OR b:Source)
RETURN type(r) AS type, properties(r) AS properties, properties(a) AS from, properties(b) AS to
ORDER BY type, from.name, to.name, to.title`,
  },
} satisfies Record<string, Statement>;

export interface Fingerprint {
  nodes: number;
  relationships: number;
  /** SHA-256 of every foreign node and relationship with its labels or type and properties. */
  digest: string;
}

/** JSON with object keys sorted, so that two equal graphs give the same text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

export async function fingerprint(engine: CypherEngine): Promise<Fingerprint> {
  const nodes = await engine.read((tx) => tx.run(FOREIGN_STATEMENTS.nodes));
  const relationships = await engine.read((tx) => tx.run(FOREIGN_STATEMENTS.relationships));
  const lines = [...nodes.map(canonical).sort(), '--', ...relationships.map(canonical).sort()];
  return {
    nodes: nodes.length,
    relationships: relationships.length,
    digest: createHash('sha256').update(lines.join('\n')).digest('hex'),
  };
}

export async function loadForeignGraph(engine: CypherEngine): Promise<void> {
  await engine.write((tx) => tx.run(FOREIGN_STATEMENTS.load));
}
