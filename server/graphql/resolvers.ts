/**
 * Resolvers stay thin: they check arguments, call the store, and let the loaders batch nested
 * fields. Anything the store refuses comes back as a StoreInputError, which the app turns into a
 * GraphQL error with a code.
 */
import { GraphQLError, GraphQLScalarType, Kind, type GraphQLResolveInfo } from 'graphql';
import { JSONResolver } from 'graphql-scalars';
import type { z } from 'zod';
import {
  PARTIAL_DATE_PATTERN,
  entitySchema,
  relationSchema,
  sourceSchema,
  type GraphFile,
} from '../model/case-format.ts';
import { encodeCursor } from '../store/cursors.ts';
import { missingSource } from '../store/mapping.ts';
import type {
  Entity,
  EvidenceRef,
  Path,
  Relation,
  SearchHit,
  Source,
  SourceSupport,
  TimelineItem,
  TraversalFilter,
} from '../store/types.ts';
import type { Context, Resolvers } from './context.ts';
import { hold } from './loaders.ts';

const PartialDate = new GraphQLScalarType<string, string>({
  name: 'PartialDate',
  description: 'A partial ISO date: 2024, 2024-10 or 2024-10-15.',
  serialize: (value) => String(value),
  parseValue: (value) => checkDate(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING)
      throw new GraphQLError('PartialDate must be a string such as "2024-10"', {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    return checkDate(ast.value);
  },
});

function checkDate(value: unknown): string {
  if (typeof value !== 'string' || !PARTIAL_DATE_PATTERN.test(value))
    throw new GraphQLError(
      `${JSON.stringify(value)} is not a partial ISO date: use 2024, 2024-10 or 2024-10-15`,
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  return value;
}

/** Validates a mutation input with the same schema as the file format; errors name the field. */
function parseInput<S extends z.ZodType>(schema: S, input: unknown, argument: string): z.output<S> {
  const parsed = schema.safeParse(stripNulls(input));
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map(
    (issue) => `${[argument, ...issue.path].join('.')}: ${issue.message}`,
  );
  throw new GraphQLError(`Invalid ${argument}: ${problems.join('; ')}`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/** GraphQL sends explicit nulls for optional inputs; the file format leaves such fields out. */
function stripNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripNulls);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) if (inner !== null) out[key] = stripNulls(inner);
    return out;
  }
  return value;
}

interface PageArgs {
  first?: number | null;
  after?: string | null;
}
interface FilterArgs {
  filter?: TraversalFilter | null;
}

export const coreResolvers: Resolvers = {
  JSON: JSONResolver,
  PartialDate,
  Query: {
    entity: (_: unknown, { id }: { id: string }, { loaders }: Context) => loaders.entity.load(id),
    entities: async (_: unknown, args: PageArgs & { types?: string[] | null }, { store }: Context) => {
      const page = await store.listEntities(args);
      return connection(page, (entity) => entity.id);
    },
    search: (
      _: unknown,
      args: { text: string; types?: string[] | null; first?: number | null },
      { store }: Context,
    ) => store.search(args.text, args),
    neighborhood: (
      _: unknown,
      args: FilterArgs & { ids: string[]; depth?: number | null; limit?: number | null },
      { store, loaders }: Context,
    ) => store.neighborhood(args.ids, args).then((subgraph) => holding(loaders, subgraph.entities, subgraph)),
    shortestPath: (
      _: unknown,
      args: FilterArgs & { from: string; to: string; maxDepth?: number | null },
      { store, loaders }: Context,
    ) =>
      store
        .shortestPath(args.from, args.to, args)
        .then((path) => path && holding(loaders, path.entities, path)),
    paths: (
      _: unknown,
      args: FilterArgs & { from: string; to: string; maxLength?: number | null; first?: number | null },
      { store, loaders }: Context,
    ) =>
      store.paths(args.from, args.to, args).then((list) =>
        holding(
          loaders,
          list.paths.flatMap((path) => path.entities),
          list,
        ),
      ),
    subgraph: async (_: unknown, args: FilterArgs & { ids: string[] }, { store, loaders }: Context) => {
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
    relationsAmong: async (_: unknown, args: FilterArgs & { ids: string[] }, { store }: Context) =>
      (await store.relationsAmong(args.ids, args.filter ?? {})).relations,
    relation: (
      _: unknown,
      { id, from, to }: { id: string; from?: string | null; to?: string | null },
      { store }: Context,
    ) => store.getRelation(id, from && to ? { from, to } : null),
    relations: async (_: unknown, args: PageArgs & FilterArgs, { store }: Context) =>
      connection(await store.listRelations(args), (relation) => relation.id),
    source: (_: unknown, { id }: { id: string }, { loaders }: Context) => loaders.source.load(id),
    sources: (_: unknown, __: unknown, { store }: Context) => store.listSources(),
    timeline: async (_: unknown, args: PageArgs & FilterArgs, { store }: Context) => {
      const page = await store.timeline(args);
      return { items: page.items, pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor } };
    },
    graphSummary: (_: unknown, __: unknown, { store }: Context) => store.summary(),
  },
  Mutation: {
    upsertEntity: (_: unknown, { input }: { input: unknown }, { store }: Context) =>
      store.upsertEntity(parseInput(entitySchema, input, 'input')),
    deleteEntity: async (_: unknown, { id }: { id: string }, { store }: Context) =>
      (await store.deleteEntities([id])) > 0,
    upsertRelation: (_: unknown, { input }: { input: unknown }, { store }: Context) =>
      store.upsertRelation(parseInput(relationSchema, input, 'input')),
    deleteRelation: async (_: unknown, { id }: { id: string }, { store }: Context) =>
      (await store.deleteRelations([id])) > 0,
    upsertSource: (_: unknown, { input }: { input: unknown }, { store }: Context) =>
      store.upsertSource(parseInput(sourceSchema, input, 'input')),
    deleteSource: async (_: unknown, { id }: { id: string }, { store }: Context) =>
      (await store.deleteSources([id])) > 0,
    mergeEntities: (_: unknown, args: { keepId: string; mergeId: string }, { store }: Context) =>
      store.mergeEntities(args.keepId, args.mergeId),
    importGraph: (_: unknown, args: { graph: unknown; dryRun?: boolean | null }, { store }: Context) =>
      store.importGraph(args.graph as GraphFile, { dryRun: args.dryRun ?? false, file: 'graph argument' }),
  },
  Entity: {
    relationCounts: (entity: Entity, _: unknown, { loaders }: Context) =>
      loaders.relationCounts.load(entity.id),
    degree: (entity: Entity, _: unknown, { loaders }: Context) => loaders.degree.load(entity.id),
    relations: (entity: Entity, args: FilterArgs & { first?: number | null }, { loaders }: Context) => {
      // One end of each of its relations is the entity itself.
      hold(loaders, [entity]);
      return loaders.relationsOf(args.filter, args.first ?? 50).load(entity.id);
    },
    neighbors: (entity: Entity, args: FilterArgs & { first?: number | null }, { loaders }: Context) =>
      loaders.neighborsOf(args.filter, args.first ?? 50).load(entity.id),
  },
  Relation: {
    // Synchronous when the request holds the entity (see `hold`) or only its id is asked: no
    // promise for graphql-js to wait on, so the relation completes as a plain object.
    from: (relation: Relation, _: unknown, { loaders }: Context, info: GraphQLResolveInfo) =>
      loaders.held.get(relation.from) ??
      (asksOnlyId(info) ? { id: relation.from } : loadEntity(loaders, relation.from)),
    to: (relation: Relation, _: unknown, { loaders }: Context, info: GraphQLResolveInfo) =>
      loaders.held.get(relation.to) ??
      (asksOnlyId(info) ? { id: relation.to } : loadEntity(loaders, relation.to)),
  },
  // Entities and relations carry their evidence; only its source is fetched, once per request.
  Evidence: {
    source: (evidence: EvidenceRef, _: unknown, { loaders }: Context, info: GraphQLResolveInfo) =>
      asksOnlyId(info) ? { id: evidence.source } : loadSource(loaders, evidence.source),
  },
  Source: {
    supports: (source: Source, _: unknown, { loaders }: Context) => loaders.supports.load(source.id),
  },
  Support: {
    quote: (support: SourceSupport) => support.evidence.quote,
    locator: (support: SourceSupport) => support.evidence.locator,
  },
  TimelineItem: {
    relation: (item: TimelineItem) => (item.kind === 'relation' ? item.relation : null),
    entity: (item: TimelineItem) => (item.kind === 'entity' ? item.entity : null),
  },
  SearchHit: {
    entity: (hit: SearchHit) => hit.entity,
  },
  Path: {
    length: (path: Path) => path.length,
  },
};

/**
 * A traversal already holds its entities; keep them for the request so that each relation's
 * `from` and `to` does not fetch them again (500 relations would be 1000 lookups).
 */
function holding<T>(loaders: Context['loaders'], entities: Entity[], result: T): T {
  hold(loaders, entities);
  return result;
}

/**
 * Whether a field asks for nothing of its object but `id` (or `__typename`), which the parent
 * already holds. The explorer draws relations with `from { id } to { id }` and evidence with
 * `source { id }`: answering those without loading the entity or the source keeps thousands of
 * promises, loader calls and reads out of a canvas's relations (docs/performance.md). A missing
 * source answers with its id either way (`missingSource`).
 */
function asksOnlyId(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.every(
    (node) =>
      node.selectionSet?.selections.every(
        (selection) =>
          selection.kind === Kind.FIELD &&
          !selection.directives?.length &&
          (selection.name.value === 'id' || selection.name.value === '__typename'),
      ) ?? false,
  );
}

async function loadSource(loaders: Context['loaders'], id: string): Promise<Source> {
  return (await loaders.source.load(id)) ?? missingSource(id);
}

async function loadEntity(loaders: Context['loaders'], id: string): Promise<Entity> {
  const entity = await loaders.entity.load(id);
  // A relation always has both ends; a missing one means the graph changed under this request.
  if (!entity)
    throw new GraphQLError(`entity ${JSON.stringify(id)} no longer exists`, {
      extensions: { code: 'NOT_FOUND' },
    });
  return entity;
}

function connection<T>(
  page: { items: T[]; hasNextPage: boolean; endCursor: string | null; totalCount: number },
  id: (item: T) => string,
) {
  return {
    edges: page.items.map((node) => ({
      node,
      cursor: encodeCursor([id(node)]),
    })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    totalCount: page.totalCount,
  };
}
