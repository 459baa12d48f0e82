/**
 * Who is signed in, and token management for admins, so that a running embedded server (whose
 * database the CLI cannot open) can be administered. Roles are checked by role-directive.ts.
 */
import { issueToken } from '../auth/token-secret.ts';
import type { Resolvers } from './generated/resolvers-types.ts';

export const authResolvers: Resolvers = {
  Role: { VIEWER: 'viewer', EDITOR: 'editor', ADMIN: 'admin' },
  Query: {
    me: (_parent, _args, { actor }) => actor,
    tokens: (_parent, _args, { store }) => store.tokens.list(),
  },
  Mutation: {
    createToken: (_parent, { name, role }, { actor, store }) =>
      issueToken(store.tokens, actor, { name, role }),
    revokeToken: (_parent, { ref }, { actor, store }) => store.tokens.revoke(actor, ref),
  },
};
