/**
 * What every resolver receives: the store and the per-request DataLoaders.
 */
import type { IResolvers } from '@graphql-tools/utils';
import type { GraphStore } from '../store/graph-store.ts';
import type { Loaders } from './loaders.ts';

export interface Context {
  store: GraphStore;
  loaders: Loaders;
}

export type Resolvers = IResolvers<unknown, Context>;
