/**
 * Who does something. Every write names its actor, and the audit log records it; the roles decide
 * what an actor may do (docs/architecture.md, security model).
 */
import { StoreInputError } from './types.ts';

/** viewer reads; editor also writes and imports; admin also manages tokens and deletes wholesale. */
export type Role = 'viewer' | 'editor' | 'admin';

/** In order of what they allow: each role may do what the ones before it may. */
export const ROLES: readonly Role[] = ['viewer', 'editor', 'admin'];

export interface Actor {
  /** The token's name (`alice`), or `local` / `cli:<user>` when no token is involved. */
  name: string;
  role: Role;
  /** The id of the token that authenticated the request; null without authentication. */
  tokenId: string | null;
}

/**
 * The person at the machine when authentication is off (loopback without REDSTRING_AUTH): they
 * could open the data folder anyway, so they may do everything, and their writes say so.
 */
export const LOCAL_ACTOR: Actor = { name: 'local', role: 'admin', tokenId: null };

export function allows(actor: Actor, role: Role): boolean {
  return ROLES.indexOf(actor.role) >= ROLES.indexOf(role);
}

/** Refuses, with a reason naming the role needed, what the actor's role does not allow. */
export function requireRole(actor: Actor, role: Role, what: string): void {
  if (!allows(actor, role))
    throw new StoreInputError(
      `${what} needs the ${role} role; ${actor.name} has the ${actor.role} role`,
      'FORBIDDEN',
    );
}
