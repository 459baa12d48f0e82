/**
 * Who a request comes from: a bearer token's secret or a session id, turned into an Actor. Tokens
 * are looked up by the hash of their secret and kept for a few seconds, so that a burst of
 * requests costs one read, while a token revoked by another process (the CLI on Neo4j) stops
 * working within RECHECK_MS. Sessions live in this process's memory: a restart signs everyone out.
 */
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { Actor } from '../store/actor.ts';
import { TOUCH_INTERVAL_MS, type StoredToken, type TokenStore } from '../store/token-store.ts';
import { MAX_SECRET_LENGTH, hashTokenSecret, sameHash } from './token-secret.ts';

export interface AuthenticatorOptions {
  tokens: TokenStore;
  logger: Logger;
  /** How long a session lasts after sign-in, whatever happens. @default 12 hours */
  sessionMaxAgeMs?: number;
  /** How long a token found (or not found) is trusted before it is read again. @default 5 s */
  recheckMs?: number;
}

interface Checked {
  token: StoredToken | null;
  at: number;
}

interface Session {
  hash: string;
  expiresAt: number;
}

export const DEFAULT_SESSION_MAX_AGE_MS = 12 * 60 * 60_000;
const RECHECK_MS = 5_000;
/** Enough sessions for any team; a flood of sign-ins cannot grow memory without end. */
const MAX_SESSIONS = 10_000;

export class Authenticator {
  private readonly checked = new Map<string, Checked>();
  private readonly sessions = new Map<string, Session>();
  private readonly touched = new Map<string, number>();
  readonly sessionMaxAgeMs: number;
  private readonly recheckMs: number;

  constructor(private readonly options: AuthenticatorOptions) {
    this.sessionMaxAgeMs = options.sessionMaxAgeMs ?? DEFAULT_SESSION_MAX_AGE_MS;
    this.recheckMs = options.recheckMs ?? RECHECK_MS;
    // Revoked here: forget it now rather than within RECHECK_MS.
    options.tokens.onRevoke(() => this.checked.clear());
  }

  /** The actor a token's secret stands for; null for a wrong, unknown or revoked one. */
  async actorForSecret(secret: string): Promise<Actor | null> {
    if (secret.length === 0 || secret.length > MAX_SECRET_LENGTH) return null;
    return this.actorForHash(hashTokenSecret(secret));
  }

  /** A new session for a valid secret: its id (for the cookie) and who it is; null otherwise. */
  async startSession(secret: string): Promise<{ id: string; actor: Actor } | null> {
    const actor = await this.actorForSecret(secret);
    if (!actor) return null;
    this.dropExpired();
    if (this.sessions.size >= MAX_SESSIONS) {
      // The oldest goes: Map keeps insertion order.
      const oldest = this.sessions.keys().next().value;
      if (oldest !== undefined) this.sessions.delete(oldest);
    }
    const id = randomBytes(32).toString('base64url');
    this.sessions.set(id, { hash: hashTokenSecret(secret), expiresAt: Date.now() + this.sessionMaxAgeMs });
    return { id, actor };
  }

  /** The actor of a live session; null when it is unknown, expired or its token was revoked. */
  async actorForSession(id: string): Promise<Actor | null> {
    const session = this.sessions.get(id);
    if (!session) return null;
    if (session.expiresAt <= Date.now()) {
      this.sessions.delete(id);
      return null;
    }
    const actor = await this.actorForHash(session.hash);
    if (!actor) this.sessions.delete(id);
    return actor;
  }

  endSession(id: string): void {
    this.sessions.delete(id);
  }

  private async actorForHash(hash: string): Promise<Actor | null> {
    const now = Date.now();
    let checked = this.checked.get(hash);
    if (!checked || now - checked.at > this.recheckMs) {
      const token = await this.options.tokens.findByHash(hash);
      checked = { token: token && sameHash(token.hash, hash) ? token : null, at: now };
      // Unknown hashes are not kept: a guesser must not fill memory with them.
      if (checked.token) this.checked.set(hash, checked);
      else this.checked.delete(hash);
    }
    const { token } = checked;
    if (!token || token.revokedAt !== null) return null;
    this.touch(token, now);
    return { name: token.name, role: token.role, tokenId: token.id };
  }

  /** Records the use, at most once per TOUCH_INTERVAL_MS per token, without holding the request. */
  private touch(token: StoredToken, now: number): void {
    const last = this.touched.get(token.id) ?? (token.lastUsedAt ? Date.parse(token.lastUsedAt) : 0);
    if (now - last < TOUCH_INTERVAL_MS) return;
    this.touched.set(token.id, now);
    void this.options.tokens
      .touch(token.id, new Date(now))
      .catch((error: unknown) =>
        this.options.logger.warn({ err: error, tokenId: token.id }, 'could not record when a token was used'),
      );
  }

  private dropExpired(): void {
    const now = Date.now();
    for (const [id, session] of this.sessions) if (session.expiresAt <= now) this.sessions.delete(id);
  }
}
