/**
 * Opens a store written before cases: its one graph becomes a case. The Kursk case when it holds
 * the seed's article (what `npm start` wrote), else the store's first case. Batches of 10 000
 * commit one by one, so a crash part-way resumes at the next start; the last one writes the
 * `case.upgrade` audit record.
 */
import type { CypherEngine } from '../../engine/cypher-engine.ts';
import { recordAudit } from '../audit.ts';
import { LOCAL_ACTOR } from '../actor.ts';
import type { Queries } from '../statements.ts';
import { createCaseRecord, readCases, type CaseRecord } from './case-records.ts';

/** The seed's article (server/seed/kursk-case.json): a graph holding it is the Kursk case. */
export const KURSK_MARKER_SOURCE = 'the-insider-2025-kursk-6000';
export const KURSK_CASE = {
  id: 'kursk',
  name: 'North Korean forces in Kursk',
  description:
    'North Korean deminers, construction workers and troops in Russia’s Kursk region, and the UN sanctions they breach.',
} as const;

const count = (rows: Record<string, unknown>[]) => Number(rows[0]?.count ?? 0);

/**
 * Moves every entity, source and relation of no case into a case, creating it if needed: `kursk`
 * for the seed's graph, else `fallback`. Returns the case it moved them into, or null when there
 * was nothing to move.
 */
export async function upgradeToCases(
  engine: CypherEngine,
  queries: Queries,
  fallback: { id: string; name: string; description?: string },
): Promise<string | null> {
  const pending = await engine.read((tx) => tx.run(queries.get('upgrade-pending')));
  if (count(pending) === 0) return null;
  const marked = await engine.read((tx) =>
    tx.run(queries.get('upgrade-marker'), { marker: KURSK_MARKER_SOURCE }),
  );
  const target = count(marked) > 0 ? KURSK_CASE : fallback;
  let moved = 0;
  await engine.write(async (tx) => {
    const cases: CaseRecord[] = await readCases(tx, queries);
    if (!cases.some((c) => c.id === target.id))
      await createCaseRecord(tx, queries, { ...target }, LOCAL_ACTOR.name);
  });
  for (const statement of ['upgrade-nodes', 'upgrade-relations'])
    for (;;) {
      const changed = count(
        await engine.write((tx) => tx.run(queries.get(statement), { target: target.id })),
      );
      if (changed === 0) break;
      moved += changed;
    }
  await engine.write((tx) =>
    recordAudit(tx, queries, LOCAL_ACTOR, {
      action: 'case.upgrade',
      case: target.id,
      ids: [target.id],
      detail: { records: moved },
    }),
  );
  return target.id;
}
