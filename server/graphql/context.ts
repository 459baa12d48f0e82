/**
 * What every resolver receives: who asks, the store and the per-request DataLoaders. The resolvers' own
 * types are generated from the schema (generated/resolvers-types.ts, `npm run codegen`).
 */
import type { ImportJobs } from '../formats/import-jobs.ts';
import type { Actor } from '../store/actor.ts';
import type { GraphStore } from '../store/graph-store.ts';
import type { Loaders } from './loaders.ts';

export interface Context {
  /** Who sends the request; writes are attributed to them. */
  actor: Actor;
  store: GraphStore;
  loaders: Loaders;
  /** The server's import jobs (one at a time). */
  imports: ImportJobs;
}
