/** Rows as statements return them, read into the store's types. */
import type { PlainValue, Row } from '../engine/cypher-engine.ts';
import { toRelation } from './mapping.ts';
import type { Relation } from './types.ts';

/** Rows per statement when writing many records: large enough to amortise a round trip. */
const WRITE_CHUNK = 2_000;

export function chunks<T>(items: readonly T[], size = WRITE_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export const asRecord = (value: PlainValue | undefined): Record<string, PlainValue> =>
  value && typeof value === 'object' && !Array.isArray(value) ? value : {};

/** A relation from a row with `relation`, `type`, `from` and `to`. */
export function rowToRelation(row: Row): Relation {
  return toRelation(asRecord(row.relation), String(row.type), String(row.from), String(row.to));
}
