/**
 * Shared by the format suites: real files (from ../shared/data when it is beside the clone, else
 * the copies under tests/fixtures/formats) and a fresh store on the engine `openTestEngine()` gives
 * this process (the embedded engine in memory, or Neo4j).
 *
 * One store at a time. On Neo4j every test engine is the same database, so a process may hold only
 * one (tests/support/engines.ts), and a second store would see the first one's data anyway. So
 * `openStore()` closes and cleans up the store it opened before, and a store kept from before is
 * closed: using it fails with "closed" instead of reading another store's data. A suite that needs
 * two stores in turn (an export read back into an empty store) reads what it needs from the first
 * before it opens the second.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { GraphStore } from '../../server/store/graph-store.ts';
import { openTestEngine } from '../support/engines.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES = `${ROOT}tests/fixtures/formats/`;

/** A shared data file by its path under shared/data, or its copy among the fixtures. */
export function dataFile(path: string, fixture = path.split('/').pop()!): string {
  const shared = `${ROOT}../shared/data/${path}`;
  return existsSync(shared) ? shared : `${FIXTURES}${fixture}`;
}

/** The full UN list (its copy among the fixtures when shared/ is not beside the clone). */
export const UN_LIST = dataFile('sanctions/un_sc_consolidated_2022-09-15.xml');
export const UN_CUT = `${FIXTURES}un_sc_consolidated_dprk_cut.xml`;

/** The cleanup of the test engine under the open store, if one is open. */
let openCleanup: (() => Promise<void>) | null = null;
/** The open or close under way, so that the next one waits for it or, for an open, refuses. */
let pending: Promise<unknown> | null = null;

async function exclusively<T>(work: () => Promise<T>): Promise<T> {
  const run = work();
  pending = run;
  try {
    return await run;
  } finally {
    if (pending === run) pending = null;
  }
}

/**
 * A fresh, empty store on this process's test engine. Closes and cleans up the store opened before
 * (on Neo4j: deletes its data and frees the database for other test processes) first.
 */
export async function openStore(): Promise<GraphStore> {
  // Two opens at once would both get a store, and one of them would be closed under its caller.
  if (pending)
    throw new Error('openStore() was called while a store was being opened or closed: await each call');
  return exclusively(async () => {
    await releaseStore();
    const { engine, cleanup } = await openTestEngine();
    openCleanup = cleanup;
    // A store that fails to open closes its engine, but the data and the lock are cleanup's.
    try {
      return await GraphStore.open(engine);
    } catch (error) {
      await releaseStore();
      throw error;
    }
  });
}

/**
 * Closes the open store and cleans up its engine (on Neo4j: deletes Redstring's data and frees the
 * lock); a no-op when none is open. For afterEach, or afterAll when a suite shares one store.
 */
export async function closeStore(): Promise<void> {
  while (pending) await pending.catch(() => undefined);
  await exclusively(releaseStore);
}

async function releaseStore(): Promise<void> {
  const cleanup = openCleanup;
  // Forgotten before the call: a cleanup that ran twice would free a lock another process holds.
  openCleanup = null;
  if (!cleanup) return;
  await cleanup();
}

// Whatever a suite does, its last store is cleaned up when its file ends, before the worker process
// runs another file (which would otherwise find this process still holding the Neo4j engine).
afterAll(closeStore);

export async function counts(
  store: GraphStore,
): Promise<{ entities: number; relations: number; sources: number }> {
  const summary = await store.summary();
  return { entities: summary.entityCount, relations: summary.relationCount, sources: summary.sourceCount };
}
