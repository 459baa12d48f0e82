/** Resolvers of audit.graphql: the audit log, for admins only. */
import { requireRole } from '../store/actor.ts';
import { encodeCursor } from '../store/cursors.ts';
import type { Resolvers } from './generated/resolvers-types.ts';

export const auditResolvers: Resolvers = {
  Query: {
    auditLog: async (_, args, { store, actor }) => {
      requireRole(actor, 'admin', 'reading the audit log');
      const page = await store.auditLog(args);
      return {
        edges: page.items.map((node) => ({ node, cursor: encodeCursor([String(node.seq)]) })),
        pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      };
    },
  },
};
