/**
 * The audit log: one record per write, kept in the store as :RedstringAudit nodes that no read of
 * the graph matches (every graph statement names :Entity or :Source). A record is written by the
 * transaction of the write it records (`recordAudit`), so a write that rolls back leaves none and a
 * committed write always has one. Nothing in the API writes or deletes a record otherwise.
 */
import type { CypherTransaction, Params, PlainValue } from '../engine/cypher-engine.ts';
import type { Actor, Role } from './actor.ts';
import { decodeCursor, encodeCursor } from './cursors.ts';
import { pageSize } from './limits.ts';
import { readRows, type StoreParts } from './parts.ts';
import type { Queries } from './statements.ts';
import { StoreInputError, type Page } from './types.ts';

/** What was done. Token actions are recorded by the token store, in its own write transaction. */
export type AuditAction =
  | 'entity.upsert'
  | 'relation.upsert'
  | 'source.upsert'
  | 'entities.delete'
  | 'relations.delete'
  | 'sources.delete'
  | 'entities.merge'
  | 'graph.import'
  | 'graph.undo-import'
  | 'token.create'
  | 'token.revoke'
  | 'case.create'
  | 'case.update'
  | 'case.delete'
  | 'case.upgrade';

/**
 * Ids a record lists at most. A large import touches millions; the record keeps the first ones in
 * the order written, with `idCount` for all of them, so that it stays a few kilobytes at most
 * (100 ids of at most 128 characters).
 */
export const AUDIT_ID_LIMIT = 100;

/** What every write of the store takes: who makes it. */
export interface WriteOptions {
  /**
   * Who writes, for the audit log: the API passes the request's actor, the CLI `cli:<user>`.
   * @default LOCAL_ACTOR (the person at the machine: tests, the seed)
   */
  actor?: Actor;
}

/** What a write tells the log; the actor and the time are added by `recordAudit`. */
export interface AuditEntry {
  action: AuditAction;
  /**
   * The case written to. A write through a case's engine gets its case without it (the engine
   * sets `$caseId` on every statement, case-engine.ts); token writes have none.
   */
  case?: string | null;
  /** The ids touched, in the order written; only the first AUDIT_ID_LIMIT are kept. */
  ids: readonly string[];
  /** How many ids were touched in all, when more than `ids` holds (an import that counted them). */
  idCount?: number;
  /** A few counts or names that say more (an import's report, a merge's moves), kept as JSON. */
  detail?: Record<string, string | number | boolean | null>;
}

export interface AuditRecord {
  seq: number;
  /** The case written to; null for writes of no case (tokens). */
  case: string | null;
  /** Server time, ISO 8601 in UTC. */
  at: string;
  action: string;
  actor: { name: string; role: Role; tokenId: string | null };
  ids: string[];
  idCount: number;
  /** How many ids touched are not in `ids`. */
  idsOmitted: number;
  detail: Record<string, unknown> | null;
}

export interface AuditFilter {
  /** Records of writes to this case. */
  case?: string | null;
  actor?: string | null;
  action?: string | null;
  /** Records whose listed ids include this one. */
  id?: string | null;
  /** Records at or after this time (ISO 8601). */
  since?: string | null;
  /** Records before this time (ISO 8601). */
  until?: string | null;
}

/** Keeps the first AUDIT_ID_LIMIT ids of a stream, and counts them all. */
export class AuditIds {
  readonly ids: string[] = [];
  count = 0;

  add(id: string): void {
    if (this.ids.length < AUDIT_ID_LIMIT) this.ids.push(id);
    this.count++;
  }
}

/**
 * Appends a record for `entry` by `actor` in `tx`, the write transaction of what it records. For
 * the token store (`// audit: token.create`) as for the store's own writes: one statement.
 */
export async function recordAudit(
  tx: CypherTransaction,
  queries: Queries,
  actor: Actor,
  entry: AuditEntry,
): Promise<number> {
  const ids = entry.ids.slice(0, AUDIT_ID_LIMIT);
  const rows = await tx.run(queries.get('audit-record'), {
    at: new Date().toISOString(),
    action: entry.action,
    actorName: actor.name,
    actorRole: actor.role,
    actorTokenId: actor.tokenId,
    ids,
    idCount: Math.max(entry.idCount ?? entry.ids.length, ids.length),
    detail: entry.detail ? JSON.stringify(entry.detail) : null,
    caseId: entry.case ?? null,
  });
  return Number(rows[0]?.seq);
}

/** One page of the log, newest first, filtered; the cursor is the last record's number. */
export async function readAuditLog(
  parts: Pick<StoreParts, 'queries' | 'limits'> & { engine: Pick<StoreParts['engine'], 'read'> },
  options: AuditFilter & { first?: number | null; after?: string | null },
): Promise<Page<AuditRecord>> {
  const limit = pageSize(parts.limits, options.first, 50);
  const [before] = decodeCursor(options.after, 1) ?? [null];
  const params: Params = {
    before: before === null || before === undefined ? null : Number(before),
    actor: options.actor ?? null,
    action: options.action ?? null,
    auditCase: options.case ?? null,
    id: options.id ?? null,
    since: instant(options.since, 'since'),
    until: instant(options.until, 'until'),
    // One more than asked: whether another page follows.
    limit: limit + 1,
  };
  const rows = await readRows(parts, 'audit-log', params);
  const records = rows.slice(0, limit).map((row) => toAuditRecord(row.record ?? null));
  const last = records.at(-1);
  return {
    items: records,
    hasNextPage: rows.length > limit,
    endCursor: last ? encodeCursor([String(last.seq)]) : null,
    // Counting every match would scan the whole log for each page; the page says what it holds.
    totalCount: records.length,
  };
}

/** A time filter as the store writes times (ISO 8601, UTC, milliseconds), so that they compare. */
function instant(value: string | null | undefined, what: string): string | null {
  if (value === null || value === undefined) return null;
  const time = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(time))
    throw new StoreInputError(`${what} must be an ISO 8601 date or time, e.g. 2025-01-31T12:00:00Z`);
  return new Date(time).toISOString();
}

function toAuditRecord(value: PlainValue): AuditRecord {
  const record = (value ?? {}) as Record<string, PlainValue>;
  const ids = Array.isArray(record.ids) ? record.ids.map(String) : [];
  const idCount = Number(record.idCount ?? ids.length);
  return {
    seq: Number(record.seq),
    case: typeof record.caseId === 'string' ? record.caseId : null,
    at: String(record.at),
    action: String(record.action),
    actor: {
      name: String(record.actorName),
      role: String(record.actorRole) as Role,
      tokenId: typeof record.actorTokenId === 'string' ? record.actorTokenId : null,
    },
    ids,
    idCount,
    idsOmitted: Math.max(idCount - ids.length, 0),
    detail: typeof record.detail === 'string' ? (JSON.parse(record.detail) as Record<string, unknown>) : null,
  };
}
