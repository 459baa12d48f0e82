/**
 * A database as Redstring wrote it before evidence moved onto its subject: one :Evidence node per
 * quote naming its subject by id, and a `sources` list on each relation. `GraphStore.open` must
 * move it; the contract suite and the Cypher lint check that it does (and what it sends).
 */
import type { CypherEngine } from '../../server/engine/cypher-engine.ts';

export const LEGACY_STATEMENT = {
  name: 'legacy-layout (test)',
  text: `
CREATE (:Source {id: 'legacy-src', title: 'A legacy source', kind: 'article'})
CREATE (a:Entity:Person {id: 'legacy-a', type: 'Person', name: 'Legacy Person', aliases: []})
CREATE (b:Entity:Country {id: 'legacy-b', type: 'Country', name: 'Legacy Country', aliases: []})
CREATE (a)-[:LIVES_IN {id: 'legacy-r', sources: ['legacy-src'], status: 'reported'}]->(b)
CREATE (:Evidence {subject: 'entity:legacy-a', entity: 'legacy-a', source: 'legacy-src', quote: 'a person', ord: 0})
CREATE (:Evidence {subject: 'relation:legacy-r', relation: 'legacy-r', from: 'legacy-a', to: 'legacy-b',
  source: 'legacy-src', quote: 'lives there', locator: 'p. 2', ord: 0})
CREATE (:Evidence {subject: 'relation:legacy-r', relation: 'legacy-r', from: 'legacy-a', to: 'legacy-b',
  source: 'legacy-src', quote: 'since 2020', ord: 1})`,
};

export async function writeLegacyLayout(engine: CypherEngine): Promise<void> {
  await engine.write((tx) => tx.run(LEGACY_STATEMENT));
}
