/**
 * What a case keeps beside its graph on the embedded engine (its timeline index and summary) is
 * rebuilt after a write of that case, and not after a write of another case: relations never
 * leave their case, so another case's writes cannot change them, and rebuilding the timeline
 * index of a large case after every write anywhere in the store cost seconds (issue 15, "Scale").
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GrafeoEngine } from '../../server/engine/grafeo-engine.ts';
import { GraphStore, type CaseStore } from '../../server/store/graph-store.ts';
import { CountingEngine } from '../support/counting-engine.ts';
import { entity, smallGraph } from '../support/graphs.ts';

describe("a case's kept timeline index and summary (embedded engine)", () => {
  const engine = GrafeoEngine.open({ dataDir: null });
  // A spy that calls the engine's own scan: how often a timeline index is built.
  const datedScans = vi.spyOn(engine.adjacency, 'dated');
  const counting = new CountingEngine(engine);
  let store: GraphStore;
  let measured: CaseStore;
  let other: CaseStore;
  const summaryStatements = () => counting.names.filter((name) => name.startsWith('summary-'));

  beforeAll(async () => {
    store = await GraphStore.open(counting);
    await store.createCase({ id: 'other', name: 'Other' });
    measured = await store.inCase('case-1');
    other = await store.inCase('other');
    // The same ids in both cases.
    await measured.importGraph(smallGraph());
    await other.importGraph(smallGraph());
  });
  afterAll(async () => {
    await store.close();
  });

  async function readKept(): Promise<number> {
    await measured.timeline({ first: 5 });
    return (await measured.summary()).entityCount;
  }

  it('survives a write in another case', async () => {
    const before = await readKept();
    datedScans.mockClear();
    counting.reset();
    await other.upsertEntity(entity('written-elsewhere', 'Person', 'Written Elsewhere'));
    expect(await readKept()).toBe(before);
    expect(datedScans).not.toHaveBeenCalled();
    expect(summaryStatements()).toEqual([]);
  });

  it('is rebuilt after a write in its own case', async () => {
    const before = await readKept();
    datedScans.mockClear();
    counting.reset();
    await measured.upsertEntity(entity('written-here', 'Person', 'Written Here'));
    expect(await readKept()).toBe(before + 1);
    expect(datedScans).toHaveBeenCalledTimes(1);
    expect(summaryStatements()).not.toEqual([]);
  });
});
