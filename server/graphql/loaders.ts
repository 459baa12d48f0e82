/**
 * Per-request batching: a list of 200 entities asks for their evidence, degree or relations in
 * one store call, not 200. Loaders that take arguments (a filter, a page size) get one loader per
 * distinct argument set.
 */
import DataLoader from 'dataloader';
import type { CaseStore } from '../store/graph-store.ts';
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
  /**
   * Entities this request already holds (a traversal's, an entity's neighbours), filled by
   * `hold`. A relation's `from` and `to` are answered from here without a promise: for the 500
   * relations of a neighbourhood that is 1000 loader calls and 1000 promises less.
   */
  held: Map<string, Entity>;
  source: DataLoader<string, Source | null>;
  relationCounts: DataLoader<string, RelationTypeCount[]>;
  degree: DataLoader<string, number>;
  /** What each source is evidence for. */
  supports: DataLoader<string, SourceSupport[]>;
  relationsOf(filter: TraversalFilter | null | undefined, first: number): DataLoader<string, Relation[]>;
  neighborsOf(filter: TraversalFilter | null | undefined, first: number): DataLoader<string, Entity[]>;
}

/** Adds entities to `held` and to the entity loader; an entity already there is kept, as `prime` does. */
export function hold(loaders: Loaders, entities: Iterable<Entity>): void {
  for (const entity of entities) {
    if (loaders.held.has(entity.id)) continue;
    loaders.held.set(entity.id, entity);
    loaders.entity.prime(entity.id, entity);
  }
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

export function createLoaders(store: CaseStore): Loaders {
  /** Neighbour batches in flight, by loader key: what the relations of the same entities will need. */
  const neighbourBatches = new Map<string, Set<{ ids: ReadonlySet<string>; done: Promise<unknown> }>>();
  const loaders: Loaders = {
    entity: new DataLoader((ids) => store.getEntities(ids)),
    held: new Map(),
    source: new DataLoader((ids) => store.getSources(ids)),
    relationCounts: new DataLoader((ids) => store.relationCounts(ids)),
    degree: new DataLoader((ids) => store.degrees(ids)),
    supports: new DataLoader((ids) => store.sourcesSupport(ids)),
    relationsOf: keyed((key) => {
      const [filter, first] = JSON.parse(key) as [TraversalFilter, number];
      return new DataLoader(async (ids) => {
        const relations = await store.relationsOf(ids, filter, first);
        // With the same filter and page size, the other ends of these relations are exactly the
        // neighbours a `neighbors` field of the same entities is loading (the entity page asks for
        // both): wait for those rather than fetch the ends again in one more round trip.
        const overlapping = [...(neighbourBatches.get(key) ?? [])].filter((batch) =>
          ids.some((id) => batch.ids.has(id)),
        );
        if (overlapping.length > 0) await Promise.allSettled(overlapping.map((batch) => batch.done));
        return relations;
      });
    }),
    neighborsOf: keyed((key) => {
      const [filter, first] = JSON.parse(key) as [TraversalFilter, number];
      return new DataLoader((ids) => {
        const done = store.neighborsOf(ids, filter, first).then((lists) => {
          for (const list of lists) hold(loaders, list);
          return lists;
        });
        const batches = neighbourBatches.get(key) ?? new Set();
        neighbourBatches.set(key, batches);
        const batch = { ids: new Set(ids), done };
        batches.add(batch);
        return done.finally(() => batches.delete(batch));
      });
    }),
  };
  return loaders;
}
