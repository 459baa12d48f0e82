/**
 * What is on the canvas, as plain immutable data, and the pure producers that change it. The canvas
 * component draws this document; undo and redo swap whole documents; the URL stores a digest of it.
 */
import type { CanvasEntityFragment, CanvasRelationFragment, RelationStatus } from '../generated/graphql.ts';
import { styleHints, type StyleHints } from './style-hints.ts';

export interface CanvasEntity {
  id: string;
  type: string;
  name: string;
  aliases: readonly string[];
  /** Relations in the whole case (not only on the canvas): sizes the node. */
  degree: number;
  /** Position, colour and size the imported file gave it, when it gave any. */
  hints?: StyleHints;
}

export interface CanvasRelation {
  id: string;
  type: string;
  from: string;
  to: string;
  date: string | null;
  startDate: string | null;
  endDate: string | null;
  status: RelationStatus | null;
  /** Ids of the sources its evidence cites (the source filter needs them). */
  sources: readonly string[];
}

export interface Position {
  x: number;
  y: number;
}

export interface GraphDoc {
  readonly entities: Readonly<Record<string, CanvasEntity>>;
  readonly relations: Readonly<Record<string, CanvasRelation>>;
  /** Last known node positions; nodes without one are placed near their neighbours. */
  readonly positions: Readonly<Record<string, Position>>;
  /** Entities kept on the canvas but not drawn. */
  readonly hidden: readonly string[];
  /** Entities that layouts must not move. */
  readonly pinned: readonly string[];
}

export interface SubgraphLike {
  entities: readonly CanvasEntity[];
  relations: readonly CanvasRelation[];
}

export const emptyDoc: GraphDoc = { entities: {}, relations: {}, positions: {}, hidden: [], pinned: [] };

export function toCanvasEntity(e: CanvasEntityFragment): CanvasEntity {
  const entity: CanvasEntity = { id: e.id, type: e.type, name: e.name, aliases: e.aliases, degree: e.degree };
  // The API's style field, read as the properties it comes from: one check of what is drawable.
  const style = e.style;
  const hints =
    style && styleHints({ vizX: style.x, vizY: style.y, vizSize: style.size, vizColor: style.color });
  return hints ? { ...entity, hints } : entity;
}

/** A relation as the API gives it; evidence is optional (lists that do not ask for it). */
export type RelationLike = Omit<CanvasRelationFragment, 'evidence'> & {
  evidence?: CanvasRelationFragment['evidence'];
};

export function toCanvasRelation(r: RelationLike): CanvasRelation {
  return {
    id: r.id,
    type: r.type,
    from: r.from.id,
    to: r.to.id,
    date: r.date ?? null,
    startDate: r.startDate ?? null,
    endDate: r.endDate ?? null,
    status: r.status ?? null,
    sources: [...new Set((r.evidence ?? []).map((e) => e.source.id))],
  };
}

export function toSubgraph(sub: {
  entities: readonly CanvasEntityFragment[];
  relations: readonly CanvasRelationFragment[];
}): SubgraphLike {
  return { entities: sub.entities.map(toCanvasEntity), relations: sub.relations.map(toCanvasRelation) };
}

function without<T>(record: Readonly<Record<string, T>>, ids: ReadonlySet<string>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [key, value] of Object.entries(record)) if (!ids.has(key)) out[key] = value;
  return out;
}

/**
 * Adds entities and relations (a relation only when both its ends are, or become, on the canvas).
 * Entities that were hidden and come again are shown: asking for them again means wanting them.
 */
export function mergeSubgraph(doc: GraphDoc, sub: SubgraphLike): { doc: GraphDoc; added: string[] } {
  const entities = { ...doc.entities };
  const added: string[] = [];
  for (const e of sub.entities) {
    if (!entities[e.id]) added.push(e.id);
    entities[e.id] = e;
  }
  const relations = { ...doc.relations };
  for (const r of sub.relations) if (entities[r.from] && entities[r.to]) relations[r.id] = r;
  const incoming = new Set(sub.entities.map((e) => e.id));
  const hidden = doc.hidden.filter((id) => !incoming.has(id));
  return { doc: { ...doc, entities, relations, hidden }, added };
}

/**
 * The canvas brought in line with the store after the graph changed under it (an import undone):
 * `sub` is what the store now holds of the canvas's entities. Entities it lacks go with their
 * relations, the rest take its names and types, and relations are exactly its relations among them.
 * Positions, hidden and pinned entities are kept for what stays.
 */
export function refreshFrom(doc: GraphDoc, sub: SubgraphLike): GraphDoc {
  const present = new Set(sub.entities.map((e) => e.id));
  const kept = removeEntities(
    doc,
    Object.keys(doc.entities).filter((id) => !present.has(id)),
  );
  const entities: Record<string, CanvasEntity> = {};
  for (const e of sub.entities) if (kept.entities[e.id]) entities[e.id] = e;
  const relations: Record<string, CanvasRelation> = {};
  for (const r of sub.relations) if (entities[r.from] && entities[r.to]) relations[r.id] = r;
  return { ...kept, entities, relations };
}

/** Keeps only the relations of a subgraph that join two entities already on the canvas. */
export function mergeRelationsAmong(doc: GraphDoc, relations: readonly CanvasRelation[]): GraphDoc {
  const fresh = relations.filter((r) => doc.entities[r.from] && doc.entities[r.to] && !doc.relations[r.id]);
  if (fresh.length === 0) return doc;
  const next = { ...doc.relations };
  for (const r of fresh) next[r.id] = r;
  return { ...doc, relations: next };
}

export function removeEntities(doc: GraphDoc, ids: readonly string[]): GraphDoc {
  const gone = new Set(ids);
  const relations: Record<string, CanvasRelation> = {};
  for (const [id, r] of Object.entries(doc.relations))
    if (!gone.has(r.from) && !gone.has(r.to)) relations[id] = r;
  return {
    entities: without(doc.entities, gone),
    relations,
    positions: without(doc.positions, gone),
    hidden: doc.hidden.filter((id) => !gone.has(id)),
    pinned: doc.pinned.filter((id) => !gone.has(id)),
  };
}

export function removeRelations(doc: GraphDoc, ids: readonly string[]): GraphDoc {
  return { ...doc, relations: without(doc.relations, new Set(ids)) };
}

export function hideEntities(doc: GraphDoc, ids: readonly string[]): GraphDoc {
  return { ...doc, hidden: [...new Set([...doc.hidden, ...ids.filter((id) => doc.entities[id])])] };
}

export function showAll(doc: GraphDoc): GraphDoc {
  return doc.hidden.length === 0 ? doc : { ...doc, hidden: [] };
}

export function setPinned(doc: GraphDoc, ids: readonly string[], pinned: boolean): GraphDoc {
  const set = new Set(doc.pinned);
  for (const id of ids) {
    if (!doc.entities[id]) continue;
    if (pinned) set.add(id);
    else set.delete(id);
  }
  return { ...doc, pinned: [...set] };
}

/** Entities on the canvas linked to `id`, with the relation count to each. */
export function canvasNeighbors(doc: GraphDoc, id: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of Object.values(doc.relations)) {
    const other = r.from === id ? r.to : r.to === id ? r.from : null;
    if (other && other !== id) out.set(other, (out.get(other) ?? 0) + 1);
  }
  return out;
}

/**
 * Collapsing an entity removes the neighbours that hang on it alone (linked to nothing else on the
 * canvas) and are not pinned: what expanding it brought in, and no more.
 */
export function collapse(doc: GraphDoc, ids: readonly string[]): { doc: GraphDoc; removed: string[] } {
  const centres = new Set(ids);
  const pinned = new Set(doc.pinned);
  const removed: string[] = [];
  for (const id of ids) {
    for (const neighbor of canvasNeighbors(doc, id).keys()) {
      if (centres.has(neighbor) || pinned.has(neighbor)) continue;
      const others = [...canvasNeighbors(doc, neighbor).keys()].filter((n) => !centres.has(n));
      if (others.length === 0) removed.push(neighbor);
    }
  }
  const unique = [...new Set(removed)];
  return { doc: unique.length ? removeEntities(doc, unique) : doc, removed: unique };
}

export function withPositions(doc: GraphDoc, positions: Readonly<Record<string, Position>>): GraphDoc {
  const next: Record<string, Position> = {};
  for (const id of Object.keys(doc.entities)) {
    const p = positions[id] ?? doc.positions[id];
    if (p) next[id] = p;
  }
  return { ...doc, positions: next };
}

export function entityCount(doc: GraphDoc): number {
  return Object.keys(doc.entities).length;
}
