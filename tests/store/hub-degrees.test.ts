/**
 * Degrees over the embedded engine's adjacency (counted from its lists, a hub's count kept until
 * the next write) give what entity-degrees.cypher gives, for a hub past the engine's threshold of
 * 512 relationships, its self-loop counted once, before and after writes that change it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CypherEngine } from '../../server/engine/cypher-engine.ts';
import { GrafeoEngine } from '../../server/engine/grafeo-engine.ts';
import type { RelationInput } from '../../server/model/case-format.ts';
import { GraphStore } from '../../server/store/graph-store.ts';
import { withoutCapabilities } from '../support/plain-engine.ts';

const link = (id: string, from: string, to: string): RelationInput => ({
  id,
  type: 'LINKS',
  from,
  to,
  properties: {},
  evidence: [],
});

describe('degrees over adjacency (embedded engine)', () => {
  let walked: GraphStore;
  let statement: GraphStore;
  const ids = ['hub', 'spoke-0', 'spoke-1', 'nobody'];

  beforeAll(async () => {
    const engine = GrafeoEngine.open({ dataDir: null });
    walked = await GraphStore.open(engine);
    const reference: CypherEngine = { ...withoutCapabilities(engine), close: async () => undefined };
    statement = await GraphStore.open(reference);
    const spokes = Array.from({ length: 600 }, (_, i) => `spoke-${i}`);
    await walked.importGraph({
      sources: [],
      entities: ['hub', ...spokes].map((id) => ({
        id,
        type: 'Thing',
        name: id,
        aliases: [],
        properties: {},
        evidence: [],
      })),
      relations: [
        ...spokes.map((spoke, i) =>
          i % 2 === 0 ? link(`out-${i}`, 'hub', spoke) : link(`in-${i}`, spoke, 'hub'),
        ),
        link('loop', 'hub', 'hub'),
        link('pair', 'spoke-0', 'spoke-1'),
      ],
    });
  });
  afterAll(async () => {
    await walked.close();
  });

  it('counts what the statement counts, and follows the writes', async () => {
    const both = async () => {
      const counted = await walked.degrees(ids);
      expect(counted).toEqual(await statement.degrees(ids));
      return counted;
    };
    expect(await both()).toEqual([601, 2, 2, 0]);
    // Asked again: the hub's count as kept.
    expect(await both()).toEqual([601, 2, 2, 0]);

    await walked.upsertRelation(link('more', 'spoke-1', 'hub'));
    expect(await both()).toEqual([602, 2, 3, 0]);
    await walked.deleteRelations(['loop', 'out-0']);
    expect(await both()).toEqual([600, 1, 3, 0]);
  });
});
