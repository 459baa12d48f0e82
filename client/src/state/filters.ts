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
}

export const defaultFilters: Filters = {
  excludedEntityTypes: [],
  excludedRelationTypes: [],
  excludedStatuses: [],
  excludedSources: [],
  dateFrom: null,
  dateTo: null,
  includeUndated: true,
};

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

/** Ids of what is drawn: not hidden by hand and passing the filters (a relation needs both ends drawn). */
export function visibleIds(doc: GraphDoc, f: Filters): { entities: Set<string>; relations: Set<string> } {
  const hidden = new Set(doc.hidden);
  const entities = new Set<string>();
  for (const e of Object.values(doc.entities))
    if (!hidden.has(e.id) && entityPasses(e, f)) entities.add(e.id);
  const relations = new Set<string>();
  for (const r of Object.values(doc.relations))
    if (entities.has(r.from) && entities.has(r.to) && relationPasses(r, f)) relations.add(r.id);
  return { entities, relations };
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
