/** Timeline items as the store pages them: with the sort key and id a cursor is made of. */
import type { Entity, Relation, TimelineItem } from '../types.ts';

/** A timeline item with its sort key (the stored spanStart) and id. */
export type TimelineRow = TimelineItem & { key: string; id: string };

export function relationItem(relation: Relation, start: string): TimelineRow {
  return {
    kind: 'relation',
    date: relation.startDate ?? relation.date ?? start,
    relation,
    key: start,
    id: relation.id,
  };
}

export function entityItem(entity: Entity, start: string): TimelineRow {
  const date = entity.properties.date ?? entity.properties.startDate ?? start;
  return { kind: 'entity', date: String(date), entity, key: start, id: entity.id };
}
