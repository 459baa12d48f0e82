/**
 * Shared by the format suites: real files (from ../shared/data when it is beside the clone, else
 * the copies under tests/fixtures/formats) and fresh in-memory stores on the embedded engine.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GrafeoEngine } from '../../server/engine/grafeo-engine.ts';
import { GraphStore } from '../../server/store/graph-store.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES = `${ROOT}tests/fixtures/formats/`;

/** A shared data file by its path under shared/data, or its copy among the fixtures. */
export function dataFile(path: string, fixture = path.split('/').pop()!): string {
  const shared = `${ROOT}../shared/data/${path}`;
  return existsSync(shared) ? shared : `${FIXTURES}${fixture}`;
}

/** The full UN list when shared/ is there, otherwise a cut of a few DPRK entries. */
export const UN_LIST = existsSync(`${ROOT}../shared/data/sanctions/un_sc_consolidated_2022-09-15.xml`)
  ? `${ROOT}../shared/data/sanctions/un_sc_consolidated_2022-09-15.xml`
  : null;
export const UN_CUT = `${FIXTURES}un_sc_consolidated_dprk_cut.xml`;

export async function memoryStore(): Promise<GraphStore> {
  return GraphStore.open(GrafeoEngine.open({ dataDir: null }));
}

export async function counts(
  store: GraphStore,
): Promise<{ entities: number; relations: number; sources: number }> {
  const summary = await store.summary();
  return { entities: summary.entityCount, relations: summary.relationCount, sources: summary.sourceCount };
}
