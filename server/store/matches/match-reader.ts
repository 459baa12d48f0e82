/** How a case's match index reads the case: every entity at once, or the few a write changed. */
import { toEntity } from '../mapping.ts';
import { readRows, type StoreParts } from '../parts.ts';
import { getEntities } from '../reads.ts';
import { asRecord } from '../rows.ts';
import type { ProfileReader } from './match-index.ts';

export function matchReader(parts: StoreParts): ProfileReader {
  return {
    all: async () => (await readRows(parts, 'matches-entities')).map((row) => toEntity(asRecord(row.entity))),
    byIds: (ids) => getEntities(parts, ids),
  };
}
