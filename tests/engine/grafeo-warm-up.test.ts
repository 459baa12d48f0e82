/**
 * The embedded engine's read-ahead (`warmUp`): it reads one record in every few thousand of each
 * kind, up to the last handle, and ends without an error when the engine closes under it (a
 * server stopped while it warms up).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GrafeoEngine } from '../../server/engine/grafeo-engine.ts';

const GRAPH = {
  name: '10 000 pairs (test)',
  text: `UNWIND range(0, 9999) AS i
CREATE (:Entity {id: 'a' + toString(i), type: 'Person', name: 'A'})-[:KNOWS {id: 'r' + toString(i)}]->(:Entity {id: 'b' + toString(i), type: 'Person', name: 'B'})
RETURN count(*) AS relationships`,
};

describe('warming up the embedded engine', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('reads a record in every 4 096 of each kind, up to the last', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'redstring-warm-'));
    dirs.push(dir);
    const engine = GrafeoEngine.open({ dataDir: dir });
    try {
      const [created] = await engine.write((tx) => tx.run(GRAPH));
      expect(created?.relationships).toBe(10_000);
      const db = engine.handle();
      const edges = vi.spyOn(db, 'getEdge');
      const nodes = vi.spyOn(db, 'getNode');
      await engine.warmUp();
      const edgeHandles = edges.mock.calls.map(([handle]) => handle);
      const nodeHandles = nodes.mock.calls.map(([handle]) => handle);
      expect(edgeHandles).toEqual([0, 4_096, 8_192]);
      expect(nodeHandles).toEqual([0, 4_096, 8_192, 12_288, 16_384]);
    } finally {
      await engine.close();
    }
  });

  it('ends without an error when the engine closes under it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'redstring-warm-'));
    dirs.push(dir);
    const engine = GrafeoEngine.open({ dataDir: dir });
    await engine.write((tx) => tx.run(GRAPH));
    const warming = engine.warmUp();
    await engine.close();
    await expect(warming).resolves.toBeUndefined();
  });
});
