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
import type { Entity, Source } from '../store/types.ts';
import type { Context } from './context.ts';
import type { Resolvers } from './generated/resolvers-types.ts';
import { hold } from './loaders.ts';
import { isWholeEntity } from './parents.ts';
import { quoteShort } from '../store/quote.ts';

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
      `${typeof value === 'string' ? quoteShort(value) : String(value)} is not a partial ISO date: use 2024, 2024-10 or 2024-10-15`,
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

export const coreResolvers: Resolvers = {
  JSON: JSONResolver,
  PartialDate,
  Query: {
    entity: (_, { id }, { loaders }) => loaders.entity.load(id),
    entities: async (_, args, { store }) => {
      const page = await store.listEntities(args);
      return connection(page, (entity) => entity.id);
    },
    search: (_, args, { store }) => store.search(args.text, args),
    neighborhood: (_, args, { store, loaders }) =>
      store.neighborhood(args.ids, args).then((subgraph) => holding(loaders, subgraph.entities, subgraph)),
    shortestPath: (_, args, { store, loaders }) =>
      store
        .shortestPath(args.from, args.to, args)
        .then((path) => path && holding(loaders, path.entities, path)),
    paths: (_, args, { store, loaders }) =>
      store.paths(args.from, args.to, args).then((list) =>
        holding(
          loaders,
          list.paths.flatMap((path) => path.entities),
          list,
        ),
      ),
    subgraph: async (_, args, { store, loaders }) => {
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
    // Deprecated in the schema for `subgraph`, which answers the same relations; kept for callers.
    relationsAmong: async (_, args, { store }) =>
      (await store.relationsAmong(args.ids, args.filter ?? {})).relations,
    relation: (_, { id, from, to }, { store }) => store.getRelation(id, from && to ? { from, to } : null),
    relations: async (_, args, { store }) =>
      connection(await store.listRelations(args), (relation) => relation.id),
    source: (_, { id }, { loaders }) => loaders.source.load(id),
    sources: (_, __, { store }) => store.listSources(),
    timeline: async (_, args, { store }) => {
      const page = await store.timeline(args);
      return { items: page.items, pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor } };
    },
    graphSummary: (_, __, { store }) => store.summary(),
  },
  Mutation: {
    // Every write names who makes it: the audit log records ctx.actor (server/store/audit.ts).
    upsertEntity: (_, { input }, { store, actor }) =>
      store.upsertEntity(parseInput(entitySchema, input, 'input'), { actor }),
    deleteEntity: async (_, { id }, { store, actor }) => (await store.deleteEntities([id], { actor })) > 0,
    upsertRelation: (_, { input }, { store, actor }) =>
      store.upsertRelation(parseInput(relationSchema, input, 'input'), { actor }),
    deleteRelation: async (_, { id }, { store, actor }) => (await store.deleteRelations([id], { actor })) > 0,
    upsertSource: (_, { input }, { store, actor }) =>
      store.upsertSource(parseInput(sourceSchema, input, 'input'), { actor }),
    deleteSource: async (_, { id }, { store, actor }) => (await store.deleteSources([id], { actor })) > 0,
    mergeEntities: (_, args, { store, actor }) => store.mergeEntities(args.keepId, args.mergeId, { actor }),
    importGraph: (_, args, { store, actor }) =>
      // The JSON scalar is any JSON; the store checks the file's shape and names what is wrong.
      store.importGraph(args.graph as GraphFile, {
        dryRun: args.dryRun ?? false,
        file: 'graph argument',
        actor,
      }),
  },
  Entity: {
    relationCounts: (entity, _, { loaders }) => loaders.relationCounts.load(entity.id),
    degree: (entity, _, { loaders }) => loaders.degree.load(entity.id),
    relations: (entity, args, { loaders }) => {
      // One end of each of its relations is the entity itself. (A stub of the id alone is never
      // asked for its relations: see asksOnlyId.)
      if (isWholeEntity(entity)) hold(loaders, [entity]);
      return loaders.relationsOf(args.filter, args.first ?? 50).load(entity.id);
    },
    neighbors: (entity, args, { loaders }) =>
      loaders.neighborsOf(args.filter, args.first ?? 50).load(entity.id),
  },
  Relation: {
    // Synchronous when the request holds the entity (see `hold`) or only its id is asked: no
    // promise for graphql-js to wait on, so the relation completes as a plain object.
    from: (relation, _, { loaders }, info) =>
      loaders.held.get(relation.from) ??
      (asksOnlyId(info) ? { id: relation.from } : loadEntity(loaders, relation.from)),
    to: (relation, _, { loaders }, info) =>
      loaders.held.get(relation.to) ??
      (asksOnlyId(info) ? { id: relation.to } : loadEntity(loaders, relation.to)),
  },
  // Entities and relations carry their evidence; only its source is fetched, once per request.
  Evidence: {
    source: (evidence, _, { loaders }, info) =>
      asksOnlyId(info) ? { id: evidence.source } : loadSource(loaders, evidence.source),
  },
  Source: {
    supports: (source, _, { loaders }) => loaders.supports.load(source.id),
  },
  Support: {
    quote: (support) => support.evidence.quote,
    locator: (support) => support.evidence.locator,
  },
  TimelineItem: {
    relation: (item) => (item.kind === 'relation' ? item.relation : null),
    entity: (item) => (item.kind === 'entity' ? item.entity : null),
  },
  SearchHit: {
    entity: (hit) => hit.entity,
  },
  Path: {
    length: (path) => path.length,
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
    throw new GraphQLError(`entity ${quoteShort(id)} no longer exists`, {
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
