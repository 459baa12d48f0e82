/**
 * Import jobs on each engine (server/formats/import-jobs.ts): a cancelled job leaves the store
 * exactly as it was; while one runs, a second is refused naming it and other writes are refused
 * at once; and a large import into a store that holds relations still finds a relation its file
 * moved (the import reads the stored relation ids once instead of scanning per batch).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ImportJobs, type ImportJob } from '../../server/formats/import-jobs.ts';
import type { GraphFile } from '../../server/model/case-format.ts';
import { LOCAL_ACTOR } from '../../server/store/actor.ts';
import type { GraphStore } from '../../server/store/graph-store.ts';
import { StoreInputError } from '../../server/store/types.ts';
import { closeStore, openStore } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'redstring-import-jobs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(closeStore);

const person = (id: string) => ({ id, type: 'Person', name: id, aliases: [], properties: {}, evidence: [] });
const SEED: GraphFile = {
  sources: [],
  entities: ['seed-a', 'seed-b', 'seed-c'].map(person),
  relations: [
    { id: 'seed-moved', type: 'KNOWS', from: 'seed-a', to: 'seed-b', properties: {}, evidence: [] },
  ],
};

/** A CSV pair written to disk: `entities` people and `relations` links among them. */
function csvFiles(name: string, entities: number, relations: number, extraLinks: string[] = []) {
  const people = ['id,type,name'];
  for (let i = 0; i < entities; i++) people.push(`job-${i},Person,Person ${i}`);
  const links = ['id,from,to,type'];
  for (let i = 0; i < relations; i++)
    links.push(`job-rel-${i},job-${(i * 7919) % entities},job-${(i * 104_729 + 1) % entities},KNOWS`);
  links.push(...extraLinks);
  const entitiesPath = join(dir, `${name}-entities.csv`);
  const relationsPath = join(dir, `${name}-relations.csv`);
  writeFileSync(entitiesPath, `${people.join('\n')}\n`);
  writeFileSync(relationsPath, `${links.join('\n')}\n`);
  return [
    { path: entitiesPath, name: 'entities.csv' },
    { path: relationsPath, name: 'relations.csv' },
  ];
}

async function until(jobs: ImportJobs, id: string, done: (job: ImportJob) => boolean): Promise<ImportJob> {
  for (;;) {
    const job = jobs.get(id)!;
    if (done(job)) return job;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function seeded(): Promise<GraphStore> {
  const store = await openStore();
  await store.importGraph(SEED);
  return store;
}

describe('import jobs', () => {
  it('a cancelled job leaves the store as it was; meanwhile a second job and other writes are refused', async () => {
    const store = await seeded();
    const before = await store.exportGraph();
    const jobs = new ImportJobs();
    const target = await store.only();
    const started = jobs.start({
      target,
      inputs: csvFiles('cancel', 5_000, 40_000),
      format: 'csv',
      actor: LOCAL_ACTOR,
    });
    await until(jobs, started.id, (job) => job.records > 5_000 && job.phase !== null);

    expect(() =>
      jobs.start({ target, inputs: csvFiles('second', 10, 10), format: 'csv', actor: LOCAL_ACTOR }),
    ).toThrow(`an import is running (job ${started.id}`);
    const write = await store.upsertEntity(person('meanwhile')).then(
      () => null,
      (error: unknown) => error,
    );
    expect(write).toBeInstanceOf(StoreInputError);
    expect((write as StoreInputError).code).toBe('CONFLICT');

    jobs.cancel(started.id);
    const ended = await jobs.finished(started.id);
    expect(ended.state).toBe('cancelled');
    expect(ended.report).toBeNull();
    expect(await store.exportGraph()).toEqual(before);
    expect(await store.getEntity('job-1')).toBeNull();
    // Once it has ended, writes and imports go through again.
    await store.upsertEntity(person('after'));
  }, 300_000);

  it('a large import into a store with relations finds the relation its file moved elsewhere', async () => {
    const store = await seeded();
    const jobs = new ImportJobs();
    const target = await store.only();
    // More than one batch of new relation ids, and one id that is stored between other entities.
    const started = jobs.start({
      target,
      inputs: csvFiles('moved', 500, 6_000, ['seed-moved,seed-b,seed-c,KNOWS']),
      format: 'csv',
      actor: LOCAL_ACTOR,
    });
    const ended = await jobs.finished(started.id);
    expect(ended.error).toBeNull();
    expect(ended.report!.relations).toEqual({ created: 6_000, updated: 1, unchanged: 0, deleted: 0 });
    const [moved] = await store.getRelations(['seed-moved']);
    expect(moved).toMatchObject({ from: 'seed-b', to: 'seed-c' });
    expect((await store.summary()).relationCount).toBe(6_001);
  }, 300_000);
});
