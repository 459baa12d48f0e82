/**
 * What an expansion says it did, truthfully: how many entities and relations it added and how many
 * relations of the expanded entities are still not on the canvas (never "nothing new" while some
 * are missing), with the reason when one is known. Pure.
 */
import type { GraphDoc } from './graph-model.ts';
import { formatCount } from './coverage.ts';
import { CANVAS_BUDGET } from './whole-case.ts';

/**
 * Relations of `ids` that are not on the canvas: each one's degree (its relations in the whole
 * case) less those drawn. A relation between two of `ids` is on the canvas (both ends are), so
 * none is counted twice.
 */
export function relationsOffCanvas(doc: GraphDoc, ids: readonly string[]): number {
  const wanted = new Set(ids);
  const drawn = new Map<string, number>();
  for (const r of Object.values(doc.relations)) {
    if (r.from === r.to) continue;
    if (wanted.has(r.from)) drawn.set(r.from, (drawn.get(r.from) ?? 0) + 1);
    if (wanted.has(r.to)) drawn.set(r.to, (drawn.get(r.to) ?? 0) + 1);
  }
  let off = 0;
  for (const id of wanted) {
    const e = doc.entities[id];
    if (e) off += Math.max(0, e.degree - (drawn.get(id) ?? 0));
  }
  return off;
}

export interface ExpansionOutcome {
  added: number;
  newRelations: number;
  /** Relations of the expanded entities still not on the canvas (relationsOffCanvas). */
  offCanvas: number;
  /** The server left neighbours out (its limit or its cap per entity). */
  truncated: boolean;
  /** The filters narrowed what was followed. */
  filtered: boolean;
  /** The canvas reached its budget. */
  full: boolean;
}

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

export function expansionMessage(o: ExpansionOutcome): string {
  const did =
    o.added > 0 || o.newRelations > 0
      ? `Added ${plural(o.added, 'entity', 'entities')} and ${plural(o.newRelations, 'relation', 'relations')}.`
      : 'Nothing added.';
  if (o.offCanvas === 0)
    return o.added > 0 || o.newRelations > 0
      ? `${did} Every relation of the expanded entities is on the canvas.`
      : 'Nothing new to add: every relation of these entities is already on the canvas.';
  const why = o.full
    ? ` The canvas is full: it holds at most ${formatCount(CANVAS_BUDGET)} entities and relations.`
    : o.truncated
      ? " The server's limits on one expansion left some out: right-click an entity to show all its neighbours."
      : o.filtered
        ? ' The filters leave them out.'
        : '';
  return `${did} ${plural(o.offCanvas, 'more relation', 'more relations')} of the expanded entities ${o.offCanvas === 1 ? 'is' : 'are'} not on the canvas.${why}`;
}
