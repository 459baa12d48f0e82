/**
 * Databases written before evidence moved onto its subject hold one :Evidence node per quote.
 * `migrateLegacyEvidence` moves them, in one transaction, the first time such a database is
 * opened; then there are none and it is one empty read.
 */
import type { EvidenceRef } from './types.ts';
import { evidenceProps } from './mapping.ts';
import type { Queries } from './statements.ts';
import { asRecord, chunks } from './rows.ts';
import type { WriteCounter } from './since-last-write.ts';

export async function migrateLegacyEvidence(queries: Queries, writes: WriteCounter): Promise<void> {
  await writes.run(async (tx) => {
    const rows = await tx.run(queries.get('legacy-evidence'));
    if (rows.length === 0) return;
    const entities = new Map<string, EvidenceRef[]>();
    const relations = new Map<string, { from: string; to: string; evidence: EvidenceRef[] }>();
    for (const row of rows) {
      const ev = asRecord(row.evidence);
      const ref = {
        source: String(ev.source),
        quote: String(ev.quote),
        locator: typeof ev.locator === 'string' ? ev.locator : null,
      };
      if (typeof ev.entity === 'string') {
        const list = entities.get(ev.entity) ?? [];
        list.push(ref);
        entities.set(ev.entity, list);
      } else if (typeof ev.relation === 'string') {
        const entry = relations.get(ev.relation) ?? {
          from: String(ev.from),
          to: String(ev.to),
          evidence: [],
        };
        entry.evidence.push(ref);
        relations.set(ev.relation, entry);
      }
    }
    const listsOf = (evidence: EvidenceRef[]) => ({
      evidenceLocators: null,
      ...evidenceProps(evidence.map((ev) => ({ ...ev, locator: ev.locator ?? undefined }))),
    });
    for (const batch of chunks([...entities]))
      await tx.run(queries.get('entities-set-evidence'), {
        rows: batch.map(([id, evidence]) => ({ id, ...listsOf(evidence) })),
      });
    for (const batch of chunks([...relations]))
      await tx.run(queries.get('relations-set-evidence'), {
        rows: batch.map(([id, { from, to, evidence }]) => ({ id, from, to, ...listsOf(evidence) })),
      });
    await tx.run(queries.get('legacy-evidence-delete'));
  });
}
