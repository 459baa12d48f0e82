/**
 * The one small store the panels read and change. It is created per app (never at module scope) and
 * passed down through React context; the canvas controllers subscribe to it and render nothing.
 * Document changes go through `commit`, which keeps the undo history.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { RelationStatus, TimelineQuery } from '../generated/graphql.ts';
import { defaultFilters, type Filters } from './filters.ts';
import { emptyDoc, withPositions, type GraphDoc, type Position } from './graph-model.ts';

export type LayoutName = 'fcose' | 'concentric' | 'dagre' | 'grid' | 'circle';

export const LAYOUTS: readonly { name: LayoutName; label: string }[] = [
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
  /** `incremental` settles new nodes among the placed ones; `full` lays everything out afresh. */
  mode: 'full' | 'incremental';
  fit: boolean;
}

export type Focus = { kind: 'entity'; id: string } | { kind: 'relation'; id: string };

export interface Highlight {
  entities: readonly string[];
  relations: readonly string[];
  label: string;
}

export interface TypeCount {
  type: string;
  count: number;
}

export interface SourceInfo {
  id: string;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
}

export interface CaseSummary {
  entityCount: number;
  relationCount: number;
  sourceCount: number;
  entityTypes: readonly TypeCount[];
  relationTypes: readonly TypeCount[];
  sources: readonly SourceInfo[];
  earliest: string | null;
  latest: string | null;
}

export interface Notice {
  id: number;
  kind: 'info' | 'error';
  text: string;
}

export interface EntityRef {
  id: string;
  name: string;
  type: string;
}

export interface PathResult {
  entities: readonly string[];
  relations: readonly string[];
  names: readonly string[];
  length: number;
}

export type TimelineEntry = TimelineQuery['timeline']['items'][number];

export interface CaseTimeline {
  items: readonly TimelineEntry[];
  /** True when the case has more dated items than were loaded. */
  truncated: boolean;
}

export type SideTab = 'filters' | 'paths';
export type BottomTab = 'timeline' | 'console';

export interface ContextMenuState {
  entityId: string;
  /** Where to open, in page pixels. */
  x: number;
  y: number;
}

export interface RedstringState {
  doc: GraphDoc;
  past: readonly GraphDoc[];
  future: readonly GraphDoc[];
  filters: Filters;
  selection: { entities: readonly string[]; relations: readonly string[] };
  /** What the details panel shows. */
  focus: Focus | null;
  highlight: Highlight | null;
  /** Elements the view should frame once the canvas has settled (a path, a revealed item). */
  focusRequest: { seq: number; ids: readonly string[] } | null;
  layout: LayoutRequest;
  summary: CaseSummary | null;
  /** Every dated relation and event of the case (the timeline and the date histogram). */
  timeline: CaseTimeline | null;
  /** Requests in flight; the UI shows a progress bar while above zero. */
  pending: number;
  notices: readonly Notice[];
  sideTab: SideTab;
  bottomTab: BottomTab | null;
  helpOpen: boolean;
  contextMenu: ContextMenuState | null;
  pathFrom: EntityRef | null;
  pathTo: EntityRef | null;
  pathResults: { label: string; paths: readonly PathResult[]; truncated: boolean } | null;

  /** Applies a change to the canvas document, remembering the old one for undo. */
  commit(change: (doc: GraphDoc) => GraphDoc, layout?: LayoutRequest['mode'] | null): boolean;
  /** Records where the canvas put the nodes (after a layout); not an undo step of its own. */
  syncPositions(positions: Readonly<Record<string, Position>>): void;
  undo(): void;
  redo(): void;
  setFilters(patch: Partial<Filters>): void;
  toggleExcluded(
    key: 'excludedEntityTypes' | 'excludedRelationTypes' | 'excludedSources',
    value: string,
  ): void;
  toggleStatus(status: RelationStatus): void;
  select(entities: readonly string[], relations?: readonly string[], focus?: Focus | null): void;
  setFocus(focus: Focus | null): void;
  setHighlight(highlight: Highlight | null): void;
  requestFocus(ids: readonly string[]): void;
  requestLayout(name?: LayoutName, mode?: LayoutRequest['mode'], fit?: boolean): void;
  setSummary(summary: CaseSummary): void;
  setTimeline(timeline: CaseTimeline): void;
  begin(): void;
  end(): void;
  notify(kind: Notice['kind'], text: string): void;
  dismiss(id: number): void;
  setSideTab(tab: SideTab): void;
  setBottomTab(tab: BottomTab | null): void;
  setHelpOpen(open: boolean): void;
  setContextMenu(menu: ContextMenuState | null): void;
  setPathEnd(end: 'from' | 'to', entity: EntityRef | null): void;
  setPathResults(results: RedstringState['pathResults']): void;
}

export type RedstringStore = StoreApi<RedstringState>;

/** Undo steps kept; older ones are dropped. */
const HISTORY_LIMIT = 100;

export interface StoreOptions {
  doc?: GraphDoc;
  filters?: Filters;
  layout?: LayoutName;
}

export function createRedstringStore(options: StoreOptions = {}): RedstringStore {
  let noticeSeq = 0;
  return createStore<RedstringState>()((set, get) => ({
    doc: options.doc ?? emptyDoc,
    past: [],
    future: [],
    filters: options.filters ?? defaultFilters,
    selection: { entities: [], relations: [] },
    focus: null,
    highlight: null,
    focusRequest: null,
    layout: { seq: 0, name: options.layout ?? 'fcose', mode: 'full', fit: true },
    summary: null,
    timeline: null,
    pending: 0,
    notices: [],
    sideTab: 'filters',
    bottomTab: null,
    helpOpen: false,
    contextMenu: null,
    pathFrom: null,
    pathTo: null,
    pathResults: null,

    commit(change, layout = 'incremental') {
      const { doc, past } = get();
      const next = change(doc);
      if (next === doc) return false;
      const live = new Set(Object.keys(next.entities));
      const liveRelations = new Set(Object.keys(next.relations));
      set((s) => ({
        doc: next,
        past: [...past, doc].slice(-HISTORY_LIMIT),
        future: [],
        selection: {
          entities: s.selection.entities.filter((id) => live.has(id)),
          relations: s.selection.relations.filter((id) => liveRelations.has(id)),
        },
        layout: layout ? { ...s.layout, seq: s.layout.seq + 1, mode: layout, fit: false } : s.layout,
      }));
      return true;
    },
    syncPositions(positions) {
      set((s) => ({ doc: withPositions(s.doc, positions) }));
    },
    undo() {
      const { past, doc, future } = get();
      const previous = past[past.length - 1];
      if (!previous) return;
      set({ doc: previous, past: past.slice(0, -1), future: [doc, ...future] });
    },
    redo() {
      const { past, doc, future } = get();
      const next = future[0];
      if (!next) return;
      set({ doc: next, past: [...past, doc], future: future.slice(1) });
    },
    setFilters(patch) {
      set((s) => ({ filters: { ...s.filters, ...patch } }));
    },
    toggleExcluded(key, value) {
      set((s) => {
        const list = s.filters[key];
        return {
          filters: {
            ...s.filters,
            [key]: list.includes(value) ? list.filter((v) => v !== value) : [...list, value],
          },
        };
      });
    },
    toggleStatus(status) {
      set((s) => {
        const list = s.filters.excludedStatuses;
        return {
          filters: {
            ...s.filters,
            excludedStatuses: list.includes(status) ? list.filter((v) => v !== status) : [...list, status],
          },
        };
      });
    },
    select(entities, relations = [], focus) {
      set((s) => ({
        selection: { entities: [...entities], relations: [...relations] },
        focus: focus === undefined ? s.focus : focus,
      }));
    },
    setFocus(focus) {
      set({ focus });
    },
    setHighlight(highlight) {
      set({ highlight });
    },
    requestFocus(ids) {
      set((s) => ({ focusRequest: { seq: (s.focusRequest?.seq ?? 0) + 1, ids: [...ids] } }));
    },
    requestLayout(name, mode = 'full', fit = true) {
      set((s) => ({ layout: { seq: s.layout.seq + 1, name: name ?? s.layout.name, mode, fit } }));
    },
    setSummary(summary) {
      set({ summary });
    },
    setTimeline(timeline) {
      set({ timeline });
    },
    begin() {
      set((s) => ({ pending: s.pending + 1 }));
    },
    end() {
      set((s) => ({ pending: Math.max(0, s.pending - 1) }));
    },
    notify(kind, text) {
      const id = ++noticeSeq;
      set((s) => ({ notices: [...s.notices.filter((n) => n.text !== text), { id, kind, text }].slice(-4) }));
    },
    dismiss(id) {
      set((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
    },
    setSideTab(sideTab) {
      set({ sideTab });
    },
    setBottomTab(bottomTab) {
      set({ bottomTab });
    },
    setHelpOpen(helpOpen) {
      set({ helpOpen });
    },
    setContextMenu(contextMenu) {
      set({ contextMenu });
    },
    setPathEnd(end, entity) {
      set(end === 'from' ? { pathFrom: entity } : { pathTo: entity });
    },
    setPathResults(pathResults) {
      set({ pathResults });
    },
  }));
}
