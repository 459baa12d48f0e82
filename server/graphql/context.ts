/**
 * What every resolver receives: the store and the per-request DataLoaders. The resolvers' own
 * types are generated from the schema (generated/resolvers-types.ts, `npm run codegen`).
 */
import type { GraphStore } from '../store/graph-store.ts';
import type { Loaders } from './loaders.ts';

export interface Context {
  store: GraphStore;
  loaders: Loaders;
}
