/** What `redstring audit` prints, and who the command line is in the audit log. */
import { userInfo } from 'node:os';
import type { Actor } from '../store/actor.ts';
import type { AuditFilter, AuditRecord, GraphStore } from '../store/graph-store.ts';

/**
 * The command line writes as `cli:<os user>`, an admin: whoever can run it can open the data
 * folder, and so could change the graph anyway.
 */
export function cliActor(env: NodeJS.ProcessEnv): Actor {
  let user: string;
  try {
    user = userInfo().username;
  } catch {
    // A uid without a passwd entry (some containers): the environment is all there is.
    user = env.USER ?? env.LOGNAME ?? 'unknown';
  }
  return { name: `cli:${user}`, role: 'admin', tokenId: null };
}

/** Up to `limit` records, newest first, read a page at a time. */
export async function readAudit(
  store: GraphStore,
  filter: AuditFilter,
  limit: number,
): Promise<AuditRecord[]> {
  const records: AuditRecord[] = [];
  let after: string | null = null;
  while (records.length < limit) {
    const page = await store.auditLog({
      ...filter,
      first: Math.min(limit - records.length, store.limits.maxPageSize),
      after,
    });
    records.push(...page.items);
    if (!page.hasNextPage) break;
    after = page.endCursor;
  }
  return records;
}

/** One line per record: number, time, actor, action, then the ids (and how many more). */
export function formatAuditTable(records: readonly AuditRecord[]): string {
  if (records.length === 0) return 'No audit records match.\n';
  const rows = records.map((r) => [
    String(r.seq),
    r.at,
    `${r.actor.name} (${r.actor.role})`,
    r.action,
    [
      r.ids.slice(0, 5).join(', '),
      r.idCount > Math.min(r.ids.length, 5) ? `+${r.idCount - Math.min(r.ids.length, 5)} more` : '',
    ]
      .filter(Boolean)
      .join(' '),
  ]);
  const header = ['seq', 'at', 'actor', 'action', 'ids'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}
