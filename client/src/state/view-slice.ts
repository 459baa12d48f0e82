/**
 * What the investigator asks of the view: the filters, the layout to run and the elements to frame.
 * Layout and framing are requests with a sequence number, so that asking twice runs twice; the canvas
 * reports back what it did with them (canvas-slice.ts). Pure producers.
 */
import type { RelationStatus } from '../generated/graphql.ts';
import { defaultFilters, type Filters } from './filters.ts';

export type LayoutName = 'file' | 'fcose' | 'concentric' | 'dagre' | 'grid' | 'circle';

export const LAYOUTS: readonly { name: LayoutName; label: string }[] = [
  // The positions an imported file gave (GEXF viz, cyjs position, yEd or Gephi GraphML).
  { name: 'file', label: 'As in the file' },
  { name: 'fcose', label: 'Force-directed' },
  { name: 'concentric', label: 'Concentric (by degree)' },
  { name: 'dagre', label: 'Hierarchical' },
  { name: 'grid', label: 'Grid' },
  { name: 'circle', label: 'Circle' },
];

export interface LayoutRequest {
  /** Bumped for every request, so that asking twice for the same layout runs it twice. */
  seq: number;
  name: LayoutName;
  /**
   * `incremental` settles new nodes among the placed ones; `full` lays everything out afresh; `keep`
   * moves nothing (every node has its place already, as in a reopened view) and only frames.
   */
  mode: 'full' | 'incremental' | 'keep';
  fit: boolean;
}

/** Elements the view should frame once the canvas has settled (a path, a revealed item). */
export interface FocusRequest {
  seq: number;
  ids: readonly string[];
}

export type ExclusionList = 'excludedEntityTypes' | 'excludedRelationTypes' | 'excludedSources';

export interface ViewSlice {
  filters: Filters;
  layout: LayoutRequest;
  /** The last framing asked for; the canvas says in `framedSeq` when it has done it. */
  focusRequest: FocusRequest | null;
}

export function initialView(options: { filters?: Filters; layout?: LayoutName } = {}): ViewSlice {
  return {
    filters: options.filters ?? defaultFilters,
    layout: { seq: 0, name: options.layout ?? 'fcose', mode: 'full', fit: true },
    focusRequest: null,
  };
}

export function setFilters<S extends ViewSlice>(s: S, patch: Partial<Filters>): S {
  return { ...s, filters: { ...s.filters, ...patch } };
}

function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/** Excludes the value if it is shown, shows it if it is excluded. */
export function toggleExcluded<S extends ViewSlice>(s: S, key: ExclusionList, value: string): S {
  return { ...s, filters: { ...s.filters, [key]: toggled(s.filters[key], value) } };
}

export function toggleStatus<S extends ViewSlice>(s: S, status: RelationStatus): S {
  return { ...s, filters: { ...s.filters, excludedStatuses: toggled(s.filters.excludedStatuses, status) } };
}

/** Asks for a layout (the current one when no name is given). */
export function requestLayout<S extends ViewSlice>(
  s: S,
  name?: LayoutName,
  mode: LayoutRequest['mode'] = 'full',
  fit = true,
): S {
  return { ...s, layout: { seq: s.layout.seq + 1, name: name ?? s.layout.name, mode, fit } };
}

export function requestFocus<S extends ViewSlice>(s: S, ids: readonly string[]): S {
  return { ...s, focusRequest: { seq: (s.focusRequest?.seq ?? 0) + 1, ids: [...ids] } };
}
