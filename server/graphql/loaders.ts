/**
 * Per-request batching: a list of 200 entities asks for their evidence, degree or relations in
 * one store call, not 200. Loaders that take arguments (a filter, a page size) get one loader per
 * distinct argument set.
 */
import DataLoader from 'dataloader';
import type { GraphStore } from '../store/graph-store.ts';
import type {
  Entity,
  Relation,
  RelationTypeCount,
  Source,
  SourceSupport,
  TraversalFilter,
} from '../store/types.ts';

export interface Loaders {
  entity: DataLoader<string, Entity | null>;
  source: DataLoader<string, Source | null>;
  relationCounts: DataLoader<string, RelationTypeCount[]>;
  /** What each source is evidence for. */
  supports: DataLoader<string, SourceSupport[]>;
  relationsOf(filter: TraversalFilter | null | undefined, first: number): DataLoader<string, Relation[]>;
  neighborsOf(filter: TraversalFilter | null | undefined, first: number): DataLoader<string, Entity[]>;
}

function keyed<V>(make: (key: string) => DataLoader<string, V>) {
  const loaders = new Map<string, DataLoader<string, V>>();
  return (filter: TraversalFilter | null | undefined, first: number) => {
    const key = JSON.stringify([filter ?? {}, first]);
    let loader = loaders.get(key);
    if (!loader) {
      loader = make(key);
      loaders.set(key, loader);
    }
    return loader;
  };
}

export function createLoaders(store: GraphStore): Loaders {
  return {
    entity: new DataLoader((ids) => store.getEntities(ids)),
    source: new DataLoader((ids) => store.getSources(ids)),
    relationCounts: new DataLoader((ids) => store.relationCounts(ids)),
    supports: new DataLoader((ids) => store.sourcesSupport(ids)),
    relationsOf: keyed((key) => {
      const [filter, first] = JSON.parse(key) as [TraversalFilter, number];
      return new DataLoader((ids) => store.relationsOf(ids, filter, first));
    }),
    neighborsOf: keyed((key) => {
      const [filter, first] = JSON.parse(key) as [TraversalFilter, number];
      return new DataLoader((ids) => store.neighborsOf(ids, filter, first));
    }),
  };
}
