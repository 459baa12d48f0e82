/**
 * API tokens, kept in the store so that the CLI and the server share them (on Neo4j any process
 * may write them; the embedded database is held by one process at a time). A token is a
 * `:RedstringToken` node: no graph read, search, summary or export matches that label. Only the
 * SHA-256 of the secret is stored; making and checking secrets is server/auth's concern.
 *
 * Every write of a token goes through this module and names its actor, so that the audit log
 * records it in the same transaction.
 */
import { randomBytes } from 'node:crypto';
import type { CypherEngine, Row } from '../engine/cypher-engine.ts';
import { ROLES, type Actor, type Role } from './actor.ts';
import { recordAudit } from './audit.ts';
import type { Queries } from './statements.ts';
import { StoreInputError } from './types.ts';

export interface ApiToken {
  id: string;
  name: string;
  role: Role;
  /** ISO date-times. */
  createdAt: string;
  /** Who created it (an actor's name). */
  createdBy: string;
  /** Coarse: written at most once per TOUCH_INTERVAL_MS. */
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** A token with the hash of its secret: only for authentication, never returned by the API. */
export interface StoredToken extends ApiToken {
  hash: string;
}

/** Token names: short, printable, safe in a log line and on a command line. */
export const TOKEN_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}$/;
const HASH_PATTERN = /^[0-9a-f]{64}$/;

/** How stale `lastUsedAt` may be: a write per request would make every read a write. */
export const TOUCH_INTERVAL_MS = 5 * 60_000;

function toToken(row: Row): ApiToken {
  const text = (value: unknown) => (value === null || value === undefined ? null : String(value));
  const role = String(row.role);
  return {
    id: String(row.id),
    name: String(row.name),
    // A role this version does not know gives the least rights rather than failing every request.
    role: (ROLES as readonly string[]).includes(role) ? (role as Role) : 'viewer',
    createdAt: String(row.createdAt),
    createdBy: text(row.createdBy) ?? 'unknown',
    lastUsedAt: text(row.lastUsedAt),
    revokedAt: text(row.revokedAt),
  };
}

export class TokenStore {
  private readonly revokeListeners = new Set<(id: string) => void>();

  constructor(private readonly parts: { engine: Pick<CypherEngine, 'read' | 'write'>; queries: Queries }) {}

  /** Calls `listener` with a token's id when this process revokes it (its sessions end at once). */
  onRevoke(listener: (id: string) => void): void {
    this.revokeListeners.add(listener);
  }

  list(): Promise<ApiToken[]> {
    return this.parts.engine.read(async (tx) =>
      (await tx.run(this.parts.queries.get('tokens-list'))).map(toToken),
    );
  }

  /** The token whose secret has this SHA-256 (hex), revoked or not; null when none has. */
  async findByHash(hash: string): Promise<StoredToken | null> {
    if (!HASH_PATTERN.test(hash)) return null;
    const [row] = await this.parts.engine.read((tx) =>
      tx.run(this.parts.queries.get('tokens-by-hash'), { hash }),
    );
    return row ? { ...toToken(row), hash: String(row.hash) } : null;
  }

  /**
   * Stores a new token under the hash of its secret. Names are unique among tokens not revoked, so
   * that `revoke alice` means one token.
   */
  create(actor: Actor, input: { name: string; role: Role; hash: string }): Promise<ApiToken> {
    const { name, role, hash } = input;
    if (!TOKEN_NAME_PATTERN.test(name))
      throw new StoreInputError(
        `Token name ${JSON.stringify(name.slice(0, 80))} is not valid: use 1 to 64 letters, digits, ".", "_", "-" or "@", starting with a letter or digit`,
      );
    if (!ROLES.includes(role))
      throw new StoreInputError(`Role ${JSON.stringify(role)} is not one of ${ROLES.join(', ')}`);
    if (!HASH_PATTERN.test(hash)) throw new Error('a token is stored by the hex SHA-256 of its secret');
    const id = `tok_${randomBytes(6).toString('hex')}`;
    return this.parts.engine.write(async (tx) => {
      const taken = await tx.run(this.parts.queries.get('tokens-active-by-ref'), { ref: name });
      if (taken.length > 0)
        throw new StoreInputError(
          `A token named ${JSON.stringify(name)} already exists; revoke it first or choose another name`,
          'CONFLICT',
        );
      const [row] = await tx.run(this.parts.queries.get('tokens-create'), {
        id,
        name,
        role,
        hash,
        createdAt: new Date().toISOString(),
        createdBy: actor.name,
      });
      await recordAudit(tx, this.parts.queries, actor, {
        action: 'token.create',
        ids: [id],
        detail: { name, role },
      });
      return toToken(row!);
    });
  }

  /** Revokes the token not yet revoked with this id or name; refuses when there is none. */
  async revoke(actor: Actor, ref: string): Promise<ApiToken> {
    const revoked = await this.parts.engine.write(async (tx) => {
      const found = (await tx.run(this.parts.queries.get('tokens-active-by-ref'), { ref })).map(toToken);
      const shown = JSON.stringify(ref.slice(0, 80));
      if (found.length === 0)
        throw new StoreInputError(`No token that is not revoked has the id or name ${shown}`, 'NOT_FOUND');
      if (found.length > 1)
        throw new StoreInputError(`${shown} names more than one token; revoke by id`, 'CONFLICT');
      const [row] = await tx.run(this.parts.queries.get('tokens-revoke'), {
        id: found[0]!.id,
        revokedAt: new Date().toISOString(),
        revokedBy: actor.name,
      });
      const token = toToken(row!);
      await recordAudit(tx, this.parts.queries, actor, {
        action: 'token.revoke',
        ids: [token.id],
        detail: { name: token.name, role: token.role },
      });
      return token;
    });
    for (const listener of this.revokeListeners) listener(revoked.id);
    return revoked;
  }

  /**
   * Records a use of the token. Not an actor's write (it changes no one's data), so it is not
   * audited; callers write it at most once per TOUCH_INTERVAL_MS.
   */
  async touch(id: string, at: Date = new Date()): Promise<void> {
    await this.parts.engine.write((tx) =>
      tx.run(this.parts.queries.get('tokens-touch'), { id, lastUsedAt: at.toISOString() }),
    );
  }
}
