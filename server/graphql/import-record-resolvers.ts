/**
 * Resolvers of imports.graphql: a case's recorded imports and undoing one (server/store/imports/).
 */
import { encodeCursor } from '../store/cursors.ts';
import type { Resolvers } from './generated/resolvers-types.ts';

export const importRecordResolvers: Resolvers = {
  Case: {
    imports: async (parent, args) => {
      const page = await parent.store.imports(args);
      return {
        edges: page.items.map((node) => ({ node, cursor: encodeCursor([String(node.seq)]) })),
        pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      };
    },
    import: (parent, { id }) => parent.store.getImport(id),
  },
  Mutation: {
    undoImport: async (_, { case: caseId, id }, ctx) => {
      const store =
        caseId === null || caseId === undefined ? await ctx.store.only() : await ctx.store.inCase(caseId);
      return store.undoImport(id, { actor: ctx.actor });
    },
  },
  ImportRecord: {
    // `format` is the registry's name of a format (import-file.ts writes it), which the
    // GraphFormat enum's values map (graph-format-enum.ts).
    by: (record) => record.actor.name,
    undoneAt: (record) => record.undone?.at ?? null,
    undoneBy: (record) => record.undone?.by ?? null,
  },
};
