/**
 * What an import did to each record it wrote, kept so that it can be undone: the record as the
 * store held it before (none when the import created it) and a fingerprint of what the import
 * wrote. Undoing compares the fingerprint with the record as it is then: equal means nothing has
 * touched it since (or touched it and put it back), so restoring the old record loses nobody's work.
 *
 * A fingerprint rather than a copy of what was written: an import of 100,000 records keeps 22
 * characters per record instead of the records a second time.
 */
import { hash } from 'node:crypto';
import type { PlainValue } from '../../engine/cypher-engine.ts';
import { canonicalRecord } from '../mapping.ts';

export type RecordKind = 'source' | 'entity' | 'relation';

/** A record as the store held it: its properties, and for a relation its type and ends. */
export interface StoredImage {
  props: Record<string, PlainValue>;
  type?: string;
  from?: string;
  to?: string;
}

export interface RecordChange {
  kind: RecordKind;
  id: string;
  /** The record before the import; null when the import created it. */
  before: StoredImage | null;
  /** `fingerprint` of what the import wrote. */
  after: string;
  /** A relation's ends as written: where undo finds it (relation ids have no index on either engine). */
  from?: string;
  to?: string;
}

/**
 * A record's content as one short string: its properties (less its case, as `sameRecord` compares
 * them) and, for a relation, its type and ends. SHA-256, cut to 128 bits: a change that keeps it
 * equal would have to be made on purpose against a hash nobody sees.
 */
export function fingerprint(image: StoredImage): string {
  const text = `${image.type ?? ''}\u0000${image.from ?? ''}\u0000${image.to ?? ''}\u0000${canonicalRecord(image.props)}`;
  return hash('sha256', text, 'base64url').slice(0, 22);
}

/**
 * The changes of one import, each record once: a record written by two chunks keeps the first
 * chunk's `before` (what the store held before the import) and the last chunk's `after`.
 */
export function foldChanges(parts: Iterable<readonly RecordChange[]>): Map<string, RecordChange> {
  const folded = new Map<string, RecordChange>();
  for (const part of parts)
    for (const change of part) {
      const key = `${change.kind}\u0000${change.id}`;
      const first = folded.get(key);
      folded.set(key, first ? { ...change, before: first.before } : change);
    }
  return folded;
}
