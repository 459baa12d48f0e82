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
import { missingSource } from '../store/mapping.ts';
import type { Entity, Source } from '../store/types.ts';
import type { CaseStore } from '../store/graph-store.ts';
import { caseQuestions } from './case-questions.ts';
import type { CaseScope, Context } from './context.ts';
import type { Resolvers } from './generated/resolvers-types.ts';
import { hold, type Loaders } from './loaders.ts';
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
    // The store's only case, for callers that name none (schema.graphql, `Query`).
    entity: async (_, args, ctx, info) => caseQuestions.entity(await onlyCase(ctx, info), args),
    entities: async (_, args, ctx, info) => caseQuestions.entities(await onlyCase(ctx, info), args),
    search: async (_, args, ctx, info) => caseQuestions.search(await onlyCase(ctx, info), args),
    neighborhood: async (_, args, ctx, info) => caseQuestions.neighborhood(await onlyCase(ctx, info), args),
    shortestPath: async (_, args, ctx, info) => caseQuestions.shortestPath(await onlyCase(ctx, info), args),
    paths: async (_, args, ctx, info) => caseQuestions.paths(await onlyCase(ctx, info), args),
    subgraph: async (_, args, ctx, info) => caseQuestions.subgraph(await onlyCase(ctx, info), args),
    // Deprecated in the schema for `subgraph`, which answers the same relations; kept for callers.
    relationsAmong: async (_, args, ctx, info) =>
      (await (await onlyCase(ctx, info)).store.relationsAmong(args.ids, args.filter ?? {})).relations,
    relation: async (_, args, ctx, info) => caseQuestions.relation(await onlyCase(ctx, info), args),
    relations: async (_, args, ctx, info) => caseQuestions.relations(await onlyCase(ctx, info), args),
    source: async (_, args, ctx, info) => caseQuestions.source(await onlyCase(ctx, info), args),
    sources: async (_, __, ctx, info) => caseQuestions.sources(await onlyCase(ctx, info)),
    timeline: async (_, args, ctx, info) => caseQuestions.timeline(await onlyCase(ctx, info), args),
    graphSummary: async (_, __, ctx, info) => caseQuestions.summary(await onlyCase(ctx, info)),
  },
  Mutation: {
    // Every write names who makes it: the audit log records ctx.actor (server/store/audit.ts).
    upsertEntity: async (_, args, ctx, info) =>
      (await writeTo(ctx, info, args.case)).upsertEntity(parseInput(entitySchema, args.input, 'input'), {
        actor: ctx.actor,
      }),
    deleteEntity: async (_, args, ctx, info) =>
      (await (await writeTo(ctx, info, args.case)).deleteEntities([args.id], { actor: ctx.actor })) > 0,
    upsertRelation: async (_, args, ctx, info) =>
      (await writeTo(ctx, info, args.case)).upsertRelation(parseInput(relationSchema, args.input, 'input'), {
        actor: ctx.actor,
      }),
    deleteRelation: async (_, args, ctx, info) =>
      (await (await writeTo(ctx, info, args.case)).deleteRelations([args.id], { actor: ctx.actor })) > 0,
    upsertSource: async (_, args, ctx, info) =>
      (await writeTo(ctx, info, args.case)).upsertSource(parseInput(sourceSchema, args.input, 'input'), {
        actor: ctx.actor,
      }),
    deleteSource: async (_, args, ctx, info) =>
      (await (await writeTo(ctx, info, args.case)).deleteSources([args.id], { actor: ctx.actor })) > 0,
    mergeEntities: async (_, args, ctx, info) =>
      (await writeTo(ctx, info, args.case)).mergeEntities(args.keepId, args.mergeId, { actor: ctx.actor }),
    importGraph: async (_, args, ctx, info) =>
      // The JSON scalar is any JSON; the store checks the file's shape and names what is wrong.
      (await writeTo(ctx, info, args.case)).importGraph(args.graph as GraphFile, {
        dryRun: args.dryRun ?? false,
        file: 'graph argument',
        actor: ctx.actor,
      }),
  },
  Entity: {
    relationCounts: (entity, _, ctx, info) => loadersAt(ctx, info).relationCounts.load(entity.id),
    degree: (entity, _, ctx, info) => loadersAt(ctx, info).degree.load(entity.id),
    relations: (entity, args, ctx, info) => {
      const loaders = loadersAt(ctx, info);
      // One end of each of its relations is the entity itself. (A stub of the id alone is never
      // asked for its relations: see asksOnlyId.)
      if (isWholeEntity(entity)) hold(loaders, [entity]);
      return loaders.relationsOf(args.filter, args.first ?? 50).load(entity.id);
    },
    neighbors: (entity, args, ctx, info) =>
      loadersAt(ctx, info)
        .neighborsOf(args.filter, args.first ?? 50)
        .load(entity.id),
  },
  Relation: {
    // Synchronous when the request holds the entity (see `hold`) or only its id is asked: no
    // promise for graphql-js to wait on, so the relation completes as a plain object.
    from: (relation, _, ctx, info) => end(ctx, relation.from, info),
    to: (relation, _, ctx, info) => end(ctx, relation.to, info),
  },
  // Entities and relations carry their evidence; only its source is fetched, once per request.
  Evidence: {
    source: (evidence, _, ctx, info) =>
      asksOnlyId(info) ? { id: evidence.source } : loadSource(loadersAt(ctx, info), evidence.source),
  },
  Source: {
    supports: (source, _, ctx, info) => loadersAt(ctx, info).supports.load(source.id),
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

/** The request's loaders of the case the field at `info` answers in. */
function loadersAt(ctx: Context, info: GraphQLResolveInfo): Loaders {
  return ctx.scopes.at(info.path).loaders;
}

/** The store's only case, entered for the answer below this field. */
async function onlyCase(ctx: Context, info: GraphQLResolveInfo): Promise<CaseScope> {
  return ctx.scopes.enter(info.path, await ctx.store.only());
}

/** The case a mutation writes to: the one it names, or the only one. */
async function writeTo(
  ctx: Context,
  info: GraphQLResolveInfo,
  caseId: string | null | undefined,
): Promise<CaseStore> {
  const store =
    caseId === null || caseId === undefined ? await ctx.store.only() : await ctx.store.inCase(caseId);
  ctx.scopes.enter(info.path, store);
  return store;
}

/**
 * A relation's end. Synchronous when the request holds the entity (see `hold`) or only its id is
 * asked: no promise for graphql-js to wait on, so the relation completes as a plain object.
 */
function end(ctx: Context, id: string, info: GraphQLResolveInfo) {
  // Asked only for its id, an end needs neither the case's loaders nor the held entity: finding
  // the case walks the answer's path, once for each end of up to 5 000 relations.
  if (asksOnlyId(info)) return { id };
  const loaders = loadersAt(ctx, info);
  return loaders.held.get(id) ?? loadEntity(loaders, id);
}

/**
 * Whether a field asks for nothing of its object but `id` (or `__typename`), which the parent
 * already holds. The explorer draws relations with `from { id } to { id }` and evidence with
 * `source { id }`: answering those without loading the entity or the source keeps thousands of
 * promises, loader calls and reads out of a canvas's relations (docs/performance.md). A missing
 * source answers with its id either way (`missingSource`).
 */
function asksOnlyId(info: GraphQLResolveInfo): boolean {
  // graphql-js hands every item of a list the same `fieldNodes`: decided once per list.
  let only = onlyId.get(info.fieldNodes);
  if (only === undefined) {
    only = selectsOnlyId(info.fieldNodes);
    onlyId.set(info.fieldNodes, only);
  }
  return only;
}

const onlyId = new WeakMap<GraphQLResolveInfo['fieldNodes'], boolean>();

function selectsOnlyId(fieldNodes: GraphQLResolveInfo['fieldNodes']): boolean {
  return fieldNodes.every(
    (node) =>
      node.selectionSet?.selections.every(
        (selection) =>
          selection.kind === Kind.FIELD &&
          !selection.directives?.length &&
          (selection.name.value === 'id' || selection.name.value === '__typename'),
      ) ?? false,
  );
}

async function loadSource(loaders: Loaders, id: string): Promise<Source> {
  return (await loaders.source.load(id)) ?? missingSource(id);
}

async function loadEntity(loaders: Loaders, id: string): Promise<Entity> {
  const entity = await loaders.entity.load(id);
  // A relation always has both ends; a missing one means the graph changed under this request.
  if (!entity)
    throw new GraphQLError(`entity ${quoteShort(id)} no longer exists`, {
      extensions: { code: 'NOT_FOUND' },
    });
  return entity;
}
