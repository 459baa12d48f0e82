/**
 * Resolvers of matches.graphql: matching across cases (store/matches/). A match's entity is of
 * another case than the field that found it: `CaseMatch.entity` and `CaseMatch.case` enter that
 * case, so the fields below them (relations, evidence, ...) answer there (context.ts, CaseScopes).
 */
import type { Context } from './context.ts';
import type { Resolvers } from './generated/resolvers-types.ts';
import type { CaseParent } from './parents.ts';

async function caseOf(ctx: Context, id: string): Promise<CaseParent> {
  const store = await ctx.store.inCase(id);
  const record = await ctx.store.getCase(id);
  // inCase found it a moment ago; a case deleted in between is not found either way.
  if (!record) throw new Error(`case ${id} vanished`);
  return { record, store };
}

export const matchResolvers: Resolvers = {
  MatchKind: { IDENTIFIER: 'identifier', NAME: 'name' },
  MatchHow: { EXACT: 'exact', NORMALISED: 'normalised', TRANSLITERATED: 'transliterated', CLOSE: 'close' },
  Entity: {
    alsoAppearsIn: (entity, args, ctx, info) =>
      ctx.store.alsoAppearsIn(ctx.scopes.at(info.path).store.id, entity.id, args.first),
  },
  Case: {
    matchesIn: (parent, args, ctx, info) => {
      ctx.scopes.enter(info.path, parent.store);
      return ctx.store.matchesIn(parent.record.id, args.case, { first: args.first, after: args.after });
    },
  },
  CaseMatchConnection: {
    edges: (page) => page.items,
    pageInfo: (page) => ({ hasNextPage: page.hasNextPage, endCursor: page.endCursor }),
  },
  CaseMatchEdge: {
    node: (edge) => edge.entity,
  },
  CaseMatch: {
    case: (match, _, ctx) => caseOf(ctx, match.caseId),
    entity: async (match, _, ctx, info) => {
      ctx.scopes.enter(info.path, await ctx.store.inCase(match.caseId));
      return match.entity;
    },
  },
};
