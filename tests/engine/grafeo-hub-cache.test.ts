/**
 * The embedded engine keeps the adjacency lists of hubs between requests (path searches cross the
 * same hubs again and again), within a bound, and forgets them on every write.
 */
import { describe, expect, it } from 'vitest';
import { GrafeoEngine } from '../../server/engine/grafeo-engine.ts';

const HUBS = {
  name: 'three hubs (test)',
  text: `UNWIND range(1, 3) AS h
CREATE (hub:Entity {caseId: 'c', id: 'hub' + toString(h)})
WITH hub
UNWIND range(1, 600) AS i
CREATE (hub)-[:LINKS {id: hub.id + '-' + toString(i)}]->(:Entity {caseId: 'c', id: hub.id + '-n' + toString(i)})
RETURN count(*) AS count`,
};

describe('the adjacency cache of hubs (embedded engine)', () => {
  it('serves a hub again from the cache, drops the oldest list past its bound, and empties on a write', async () => {
    const engine = GrafeoEngine.open({ dataDir: null, hubCacheEdges: 1_500 });
    try {
      await engine.write((tx) => tx.run(HUBS));
      const cached = async () => (await engine.health()).details?.hubCacheEdges;
      const [hub1, hub2, hub3] = await engine.adjacency.nodes('c', ['hub1', 'hub2', 'hub3']);
      const first = engine.adjacency.edges(hub1!, 'BOTH', null);
      expect(first).toHaveLength(600);
      expect(await cached()).toBe(600);
      expect(engine.adjacency.edges(hub1!, 'BOTH', null)).toBe(first);

      engine.adjacency.edges(hub2!, 'BOTH', null);
      engine.adjacency.edges(hub3!, 'BOTH', null);
      // 1 800 would pass the bound of 1 500: the oldest list, hub1's, made room.
      expect(await cached()).toBe(1_200);
      const again = engine.adjacency.edges(hub1!, 'BOTH', null);
      expect(again).not.toBe(first);
      expect(again).toEqual(first);

      await engine.write((tx) =>
        tx.run({ name: 'a write (test)', text: "CREATE (:Entity {id: 'x'}) RETURN 1 AS one" }),
      );
      expect(await cached()).toBe(0);
    } finally {
      await engine.close();
    }
  });
});
