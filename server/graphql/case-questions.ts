/**
 * The questions of one case (`Case` in cases.graphql): each takes the case as the request sees it
 * and its arguments. `Case`'s fields and the top-level questions of the only case both answer with
 * these (case-resolvers.ts, resolvers.ts).
 */
import type { CaseScope } from './context.ts';
import type {
  CaseEntitiesArgs,
  CaseEntityArgs,
  CaseNeighborhoodArgs,
  CasePathsArgs,
  CaseRelationArgs,
  CaseRelationsArgs,
  CaseSearchArgs,
  CaseShortestPathArgs,
  CaseSourceArgs,
  CaseSubgraphArgs,
  CaseTimelineArgs,
} from './generated/resolvers-types.ts';
import { connection, holding } from './answers.ts';

export const caseQuestions = {
  entity: ({ loaders }: CaseScope, { id }: CaseEntityArgs) => loaders.entity.load(id),
  entities: async ({ store }: CaseScope, args: CaseEntitiesArgs) =>
    connection(await store.listEntities(args), (entity) => entity.id),
  search: ({ store }: CaseScope, args: CaseSearchArgs) => store.search(args.text, args),
  neighborhood: ({ store, loaders }: CaseScope, args: CaseNeighborhoodArgs) =>
    store.neighborhood(args.ids, args).then((subgraph) => holding(loaders, subgraph.entities, subgraph)),
  shortestPath: ({ store, loaders }: CaseScope, args: CaseShortestPathArgs) =>
    store
      .shortestPath(args.from, args.to, args)
      .then((path) => path && holding(loaders, path.entities, path)),
  paths: ({ store, loaders }: CaseScope, args: CasePathsArgs) =>
    store.paths(args.from, args.to, args).then((list) =>
      holding(
        loaders,
        list.paths.flatMap((path) => path.entities),
        list,
      ),
    ),
  subgraph: async ({ store, loaders }: CaseScope, args: CaseSubgraphArgs) => {
    const among = await store.relationsAmong(args.ids, args.filter ?? {});
    return {
      ...among,
      // Read only when asked (the explorer asks for the relations alone after an expansion, for
      // everything it draws: 2 000 ids), through the loader that the relations' ends use too,
      // so that both are one batch.
      get entities() {
        return loaders.entity.loadMany([...new Set(args.ids)]).then((found) =>
          found.flatMap((entity) => {
            // loadMany hands a failed batch back as errors, not as a rejection.
            if (entity instanceof Error) throw entity;
            return entity ? [entity] : [];
          }),
        );
      },
    };
  },
  relation: ({ store }: CaseScope, { id, from, to }: CaseRelationArgs) =>
    store.getRelation(id, from && to ? { from, to } : null),
  relations: async ({ store }: CaseScope, args: CaseRelationsArgs) =>
    connection(await store.listRelations(args), (relation) => relation.id),
  source: ({ loaders }: CaseScope, { id }: CaseSourceArgs) => loaders.source.load(id),
  sources: ({ store }: CaseScope) => store.listSources(),
  timeline: async ({ store }: CaseScope, args: CaseTimelineArgs) => {
    const page = await store.timeline(args);
    return { items: page.items, pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor } };
  },
  summary: ({ store }: CaseScope) => store.summary(),
};
