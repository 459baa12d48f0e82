/**
 * Token secrets: 256 random bits, shown once, stored only as their SHA-256. A plain hash is
 * enough (no slow KDF) because the secret is random, not a password someone chose: there is
 * nothing to guess from a leaked hash.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Actor, Role } from '../store/actor.ts';
import type { ApiToken, TokenStore } from '../store/token-store.ts';

/** The prefix makes a leaked token recognisable to secret scanners and to people. */
const PREFIX = 'rs_';
/** Longer than any secret this module makes; anything longer is refused before hashing. */
export const MAX_SECRET_LENGTH = 256;

export function newTokenSecret(): string {
  return `${PREFIX}${randomBytes(32).toString('base64url')}`;
}

export function hashTokenSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Whether two hex hashes are equal, in time that does not depend on where they differ. */
export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
}

/** Makes a token: the one place a secret exists in the clear, returned once to be shown once. */
export async function issueToken(
  tokens: TokenStore,
  actor: Actor,
  input: { name: string; role: Role },
): Promise<{ token: ApiToken; secret: string }> {
  const secret = newTokenSecret();
  const token = await tokens.create(actor, { ...input, hash: hashTokenSecret(secret) });
  return { token, secret };
}
