/**
 * Resolvers of cases.graphql: the cases, their questions, and creating, renaming and deleting
 * them. Every field of a case enters it for the answer below (context.ts, `CaseScopes`).
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { CaseStore } from '../store/graph-store.ts';
import { caseQuestions } from './case-questions.ts';
import type { CaseScope, Context } from './context.ts';
import type { Resolvers } from './generated/resolvers-types.ts';
import type { CaseParent } from './parents.ts';
import { exportAs, formatList } from './import-export-resolvers.ts';

/** Enters the case of `parent` for the answer below the field at `info`. */
const enter = (parent: CaseParent, ctx: Context, info: GraphQLResolveInfo): CaseScope =>
  ctx.scopes.enter(info.path, parent.store);

async function caseParent(ctx: Context, id: string): Promise<CaseParent> {
  const store: CaseStore = await ctx.store.inCase(id);
  const record = await ctx.store.getCase(id);
  // inCase found it a moment ago; a case deleted in between is not found either way.
  if (!record) throw new Error(`case ${id} vanished`);
  return { record, store };
}

export const caseResolvers: Resolvers = {
  Query: {
    cases: async (_, __, ctx) =>
      Promise.all((await ctx.store.listCases()).map((record) => caseParent(ctx, record.id))),
    case: (_, { id }, ctx) => caseParent(ctx, id),
  },
  Mutation: {
    createCase: async (_, { input }, ctx) => {
      const record = await ctx.store.createCase(
        { id: input.id, name: input.name, ...(input.description ? { description: input.description } : {}) },
        { actor: ctx.actor },
      );
      return caseParent(ctx, record.id);
    },
    updateCase: async (_, { id, input }, ctx) => {
      await ctx.store.updateCase(
        id,
        {
          ...(input.name !== null && input.name !== undefined ? { name: input.name } : {}),
          ...(input.description !== null && input.description !== undefined
            ? { description: input.description }
            : {}),
        },
        { actor: ctx.actor },
      );
      return caseParent(ctx, id);
    },
    deleteCase: (_, { id }, ctx) => ctx.store.deleteCase(id, { actor: ctx.actor }),
  },
  Case: {
    id: (parent) => parent.record.id,
    name: (parent) => parent.record.name,
    description: (parent) => parent.record.description,
    createdAt: (parent) => parent.record.createdAt,
    updatedAt: (parent) => parent.record.updatedAt,
    createdBy: (parent) => parent.record.createdBy,
    counts: (parent, _, ctx) => ctx.store.caseCounts(parent.record.id),
    entity: (parent, args, ctx, info) => caseQuestions.entity(enter(parent, ctx, info), args),
    entities: (parent, args, ctx, info) => caseQuestions.entities(enter(parent, ctx, info), args),
    search: (parent, args, ctx, info) => caseQuestions.search(enter(parent, ctx, info), args),
    neighborhood: (parent, args, ctx, info) => caseQuestions.neighborhood(enter(parent, ctx, info), args),
    shortestPath: (parent, args, ctx, info) => caseQuestions.shortestPath(enter(parent, ctx, info), args),
    paths: (parent, args, ctx, info) => caseQuestions.paths(enter(parent, ctx, info), args),
    subgraph: (parent, args, ctx, info) => caseQuestions.subgraph(enter(parent, ctx, info), args),
    relation: (parent, args, ctx, info) => caseQuestions.relation(enter(parent, ctx, info), args),
    relations: (parent, args, ctx, info) => caseQuestions.relations(enter(parent, ctx, info), args),
    source: (parent, args, ctx, info) => caseQuestions.source(enter(parent, ctx, info), args),
    sources: (parent, _, ctx, info) => caseQuestions.sources(enter(parent, ctx, info)),
    timeline: (parent, args, ctx, info) => caseQuestions.timeline(enter(parent, ctx, info), args),
    summary: (parent, _, ctx, info) => caseQuestions.summary(enter(parent, ctx, info)),
    exportGraph: (parent, args) => exportAs(parent.store, args),
    formats: () => formatList(),
  },
};
