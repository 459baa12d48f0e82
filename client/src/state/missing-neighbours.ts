/**
 * Which neighbours of an entity are not on the canvas, from its relations as the server lists them
 * (EntityNeighboursQuery): all of them, by entity type and by relation type and direction, for the
 * context menu's "166 more neighbours: show all / by type / by relation". Counted from the
 * relations themselves, not from the degree, so that parallel relations to one neighbour, relations
 * among entities already drawn and relations to itself count no neighbour. Pure.
 */
import type { Direction } from '../generated/graphql.ts';

export interface ListedRelation {
  id: string;
  type: string;
  from: { id: string; type: string };
  to: { id: string; type: string };
}

export interface NeighbourGroup {
  /** The entity type, or the relation type. */
  type: string;
  /** For a group by relation: which way the relation points from the entity. */
  direction?: Extract<Direction, 'IN' | 'OUT'>;
  ids: string[];
}

export interface MissingNeighbours {
  /** Neighbours not on the canvas, each once. */
  ids: string[];
  byType: NeighbourGroup[];
  byRelation: NeighbourGroup[];
  /**
   * Relations the server did not list (it lists 500 of one entity): the neighbours at their ends
   * are not counted, so `ids` is then a lower bound.
   */
  unlisted: number;
}

function group(map: Map<string, NeighbourGroup>, key: string, make: () => NeighbourGroup, id: string) {
  let g = map.get(key);
  if (!g) map.set(key, (g = make()));
  if (!g.ids.includes(id)) g.ids.push(id);
}

const bySize = (a: NeighbourGroup, b: NeighbourGroup) =>
  b.ids.length - a.ids.length || a.type.localeCompare(b.type);

export function missingNeighbours(
  entity: { id: string; degree: number; relations: readonly ListedRelation[] },
  onCanvas: (id: string) => boolean,
): MissingNeighbours {
  const ids = new Set<string>();
  const byType = new Map<string, NeighbourGroup>();
  const byRelation = new Map<string, NeighbourGroup>();
  for (const r of entity.relations) {
    const out = r.from.id === entity.id;
    const other = out ? r.to : r.from;
    if (other.id === entity.id || onCanvas(other.id)) continue;
    ids.add(other.id);
    group(byType, other.type, () => ({ type: other.type, ids: [] }), other.id);
    const direction = out ? 'OUT' : 'IN';
    group(byRelation, `${r.type} ${direction}`, () => ({ type: r.type, direction, ids: [] }), other.id);
  }
  return {
    ids: [...ids],
    byType: [...byType.values()].sort(bySize),
    byRelation: [...byRelation.values()].sort(bySize),
    unlisted: Math.max(0, entity.degree - entity.relations.length),
  };
}
