/**
 * Filters say what the investigator wants to see. They hide what is already on the canvas and are sent
 * with every traversal (expand, neighbourhood, paths) as the API's TraversalFilter, so that what comes
 * back obeys them too. Exclusions are stored (not inclusions) so that a type first met later shows.
 */
import type { RelationStatus, TraversalFilter } from '../generated/graphql.ts';
import { inDateWindow } from './dates.ts';
import type { CanvasEntity, CanvasRelation, GraphDoc } from './graph-model.ts';

export const ALL_STATUSES: readonly RelationStatus[] = ['reported', 'confirmed', 'estimated', 'denied'];

export interface Filters {
  excludedEntityTypes: readonly string[];
  excludedRelationTypes: readonly string[];
  excludedStatuses: readonly RelationStatus[];
  /** Sources whose word is set aside; a relation stays while one of its sources is not excluded. */
  excludedSources: readonly string[];
  /** Date window, partial ISO dates; null for an open end. */
  dateFrom: string | null;
  dateTo: string | null;
  includeUndated: boolean;
  /**
   * Keep drawing the entities the filters leave without any visible relation. Off by default: a
   * filtered canvas full of unconnected dots says nothing, and the layout would tile them in a grid.
   * It is a way of showing, not a filter: traversals ignore it.
   */
  keepOrphans: boolean;
}

export const defaultFilters: Filters = {
  excludedEntityTypes: [],
  excludedRelationTypes: [],
  excludedStatuses: [],
  excludedSources: [],
  dateFrom: null,
  dateTo: null,
  includeUndated: true,
  keepOrphans: false,
};

/** Whether nothing is filtered out (`keepOrphans` only says how to show what is). */
export function isDefaultFilters(f: Filters): boolean {
  return (
    f.excludedEntityTypes.length === 0 &&
    f.excludedRelationTypes.length === 0 &&
    f.excludedStatuses.length === 0 &&
    f.excludedSources.length === 0 &&
    !f.dateFrom &&
    !f.dateTo &&
    f.includeUndated
  );
}

export function entityPasses(e: CanvasEntity, f: Filters): boolean {
  return !f.excludedEntityTypes.includes(e.type);
}

export function relationPasses(r: CanvasRelation, f: Filters): boolean {
  if (f.excludedRelationTypes.includes(r.type)) return false;
  if (r.status && f.excludedStatuses.includes(r.status)) return false;
  if (
    f.excludedSources.length > 0 &&
    r.sources.length > 0 &&
    r.sources.every((s) => f.excludedSources.includes(s))
  )
    return false;
  return inDateWindow(r, { from: f.dateFrom, to: f.dateTo, includeUndated: f.includeUndated });
}

export interface Visible {
  entities: Set<string>;
  relations: Set<string>;
  /** Entities hidden because the filters left them without a visible relation (none with `keepOrphans`). */
  orphans: Set<string>;
}

/**
 * Ids of what is drawn: not hidden by hand and passing the filters (a relation needs both ends drawn).
 * An entity that has relations on the canvas (to entities not hidden by hand) but none left visible
 * is an orphan of the filters and is hidden too, unless `keepOrphans`; one that had no relation to
 * begin with (a lone search result) was not orphaned by a filter and stays.
 */
export function visibleIds(doc: GraphDoc, f: Filters): Visible {
  const hidden = new Set(doc.hidden);
  const entities = new Set<string>();
  for (const e of Object.values(doc.entities))
    if (!hidden.has(e.id) && entityPasses(e, f)) entities.add(e.id);
  const relations = new Set<string>();
  const related = new Set<string>();
  const linked = new Set<string>();
  for (const r of Object.values(doc.relations)) {
    if (!doc.entities[r.from] || !doc.entities[r.to] || hidden.has(r.from) || hidden.has(r.to)) continue;
    related.add(r.from);
    related.add(r.to);
    if (entities.has(r.from) && entities.has(r.to) && relationPasses(r, f)) {
      relations.add(r.id);
      linked.add(r.from);
      linked.add(r.to);
    }
  }
  const orphans = new Set<string>();
  if (!f.keepOrphans)
    for (const id of entities)
      if (related.has(id) && !linked.has(id)) {
        orphans.add(id);
        entities.delete(id);
      }
  return { entities, relations, orphans };
}

/** The universe the exclusions are taken from (the case's types and sources). */
export interface FilterUniverse {
  entityTypes: readonly string[];
  relationTypes: readonly string[];
  sources: readonly string[];
}

/** The API's TraversalFilter for these filters; undefined when nothing is filtered. */
export function toTraversalFilter(f: Filters, universe: FilterUniverse): TraversalFilter | undefined {
  if (isDefaultFilters(f)) return undefined;
  const filter: TraversalFilter = {};
  if (f.excludedEntityTypes.length > 0)
    filter.entityTypes = universe.entityTypes.filter((t) => !f.excludedEntityTypes.includes(t));
  if (f.excludedRelationTypes.length > 0)
    filter.relationTypes = universe.relationTypes.filter((t) => !f.excludedRelationTypes.includes(t));
  if (f.excludedStatuses.length > 0)
    filter.statuses = ALL_STATUSES.filter((s) => !f.excludedStatuses.includes(s));
  if (f.excludedSources.length > 0)
    filter.sources = universe.sources.filter((s) => !f.excludedSources.includes(s));
  if (f.dateFrom) filter.from = f.dateFrom;
  if (f.dateTo) filter.to = f.dateTo;
  if (!f.includeUndated) filter.includeUndated = false;
  return filter;
}
