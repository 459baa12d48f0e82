/**
 * What the canvas shows against what it holds, for every count the explorer prints (the footer, the
 * legend, the filters panel), so that they are worked out once and cannot disagree.
 */
import type { Filters } from './filters.ts';
import { visibleIds } from './filters.ts';
import type { GraphDoc } from './graph-model.ts';

export interface ShownOf {
  shown: number;
  /** On the canvas, drawn or not (hidden by hand, filtered out or orphaned). */
  total: number;
}

export interface VisibleCounts {
  entities: ShownOf;
  relations: ShownOf;
  /** Per entity type on the canvas. */
  types: Readonly<Record<string, ShownOf>>;
  /** Entities hidden only because the filters left them without a visible relation. */
  orphans: number;
}

export function visibleCounts(doc: GraphDoc, filters: Filters): VisibleCounts {
  const visible = visibleIds(doc, filters);
  const types: Record<string, ShownOf> = {};
  for (const e of Object.values(doc.entities)) {
    const count = (types[e.type] ??= { shown: 0, total: 0 });
    count.total++;
    if (visible.entities.has(e.id)) count.shown++;
  }
  return {
    entities: { shown: visible.entities.size, total: Object.keys(doc.entities).length },
    relations: { shown: visible.relations.size, total: Object.keys(doc.relations).length },
    types,
    orphans: visible.orphans.size,
  };
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

/** "30 entities · 59 relations" when all is drawn, else "12 of 30 entities · 20 of 59 relations shown". */
export function countsText(c: VisibleCounts): string {
  const e = c.entities;
  const r = c.relations;
  if (e.shown === e.total && r.shown === r.total)
    return `${e.total} ${plural(e.total, 'entity', 'entities')} · ${r.total} ${plural(r.total, 'relation', 'relations')}`;
  return (
    `${e.shown} of ${e.total} ${plural(e.total, 'entity', 'entities')} · ` +
    `${r.shown} of ${r.total} ${plural(r.total, 'relation', 'relations')} shown`
  );
}

/** The entities' half of `countsText`, for the legend: "12 of 30 entities shown" or "30 entities". */
export function entitiesText(c: VisibleCounts): string {
  const e = c.entities;
  const noun = plural(e.total, 'entity', 'entities');
  return e.shown === e.total ? `${e.total} ${noun}` : `${e.shown} of ${e.total} ${noun} shown`;
}

/** A type's count as the legend and the filters panel print it: "3", or "3/8" when some are not drawn. */
export function shownOfText(c: ShownOf): string {
  return c.shown === c.total ? String(c.total) : `${c.shown}/${c.total}`;
}
