/**
 * The one store of an app: the slices (document and history, view and filters, selection, paths, the
 * open case with its summary and timeline, UI, what the canvas reports back, the open source) composed
 * into one zustand store.
 * It is created per app (never at module scope) and passed down through React context; the canvas
 * controllers subscribe to it and render nothing. Every action is a thin call of a pure producer of
 * the slice files; the few that span slices are the pure functions below. Document changes go through
 * `commit`, which keeps the undo history. See docs/architecture.md.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { RelationStatus } from '../generated/graphql.ts';
import * as canvasSlice from './canvas-slice.ts';
import * as caseSlice from './case-slice.ts';
import * as documentSlice from './document-slice.ts';
import type { Filters } from './filters.ts';
import { withPositions, type GraphDoc, type Position } from './graph-model.ts';
import * as pathsSlice from './paths-slice.ts';
import * as selectionSlice from './selection-slice.ts';
import * as sessionSlice from './session-slice.ts';
import * as sourceSlice from './source-slice.ts';
import * as uiSlice from './ui-slice.ts';
import * as viewSlice from './view-slice.ts';

/** Everything the store holds, without the actions. */
export type RedstringData = documentSlice.DocumentSlice &
  viewSlice.ViewSlice &
  selectionSlice.SelectionSlice &
  pathsSlice.PathsSlice &
  caseSlice.CaseSlice &
  uiSlice.UiSlice &
  canvasSlice.CanvasSlice &
  sessionSlice.SessionSlice &
  sourceSlice.SourceSlice;

export interface RedstringActions {
  /**
   * Applies a change to the canvas document, remembering the old one for undo, and asks for a layout
   * of that mode (none when null). False when the change changed nothing.
   */
  commit(change: (doc: GraphDoc) => GraphDoc, layout?: viewSlice.LayoutRequest['mode'] | null): boolean;
  /** Records where the canvas put the nodes (after a layout); not an undo step of its own. */
  syncPositions(positions: Readonly<Record<string, Position>>): void;
  /** Records nodes the investigator dragged: one undo step. */
  moveNodes(moved: Readonly<Record<string, Position>>): void;
  undo(): void;
  redo(): void;
  setFilters(patch: Partial<Filters>): void;
  toggleExcluded(key: viewSlice.ExclusionList, value: string): void;
  toggleStatus(status: RelationStatus): void;
  select(
    entities: readonly string[],
    relations?: readonly string[],
    focus?: selectionSlice.Focus | null,
  ): void;
  setFocus(focus: selectionSlice.Focus | null): void;
  setHighlight(highlight: selectionSlice.Highlight | null): void;
  /** Opens a source in the details panel (null closes it, back to what the panel showed before). */
  showSource(id: string | null): void;
  requestFocus(ids: readonly string[]): void;
  requestLayout(name?: viewSlice.LayoutName, mode?: viewSlice.LayoutRequest['mode'], fit?: boolean): void;
  /**
   * Another case (or, with null, none: the start page): the canvas, its history and everything
   * loaded about the previous case are dropped; notices, requests in flight and the session stay.
   */
  switchCase(openCase: caseSlice.OpenCase | null): void;
  /** How opening the case went (loaded, missing, failed); ignored once another case is open. */
  caseSettled(openCase: caseSlice.OpenCase): void;
  setSummary(summary: caseSlice.CaseSummary): void;
  setTimeline(timeline: caseSlice.CaseTimeline): void;
  begin(): void;
  end(): void;
  notify(kind: uiSlice.Notice['kind'], text: string): void;
  dismiss(id: number): void;
  setSideTab(tab: uiSlice.SideTab): void;
  setBottomTab(tab: uiSlice.BottomTab | null): void;
  setHelpOpen(open: boolean): void;
  setContextMenu(menu: uiSlice.ContextMenuState | null): void;
  setPathEnd(end: 'from' | 'to', entity: pathsSlice.EntityRef | null): void;
  setPathResults(results: pathsSlice.PathResults | null): void;
  /** The canvas reports that it shows this document under these filters. */
  canvasDrew(doc: GraphDoc, filters: Filters): void;
  /** The canvas reports that it started running layout request `seq`. */
  layoutStarted(seq: number): void;
  /**
   * The canvas reports that it is done with layout request `seq`, with where the nodes ended up (none
   * when it moved nothing).
   */
  layoutFinished(seq: number, positions: Readonly<Record<string, Position>> | null): void;
  /** The canvas reports that it framed (or passed over) focus request `seq`. */
  focusFramed(seq: number): void;
  /** What the server says of the session: whether it requires a token, and who is signed in. */
  setSession(authRequired: boolean, actor: sessionSlice.SessionActor | null): void;
  /** The server refused the session (401): back to sign-in. */
  sessionEnded(): void;
}

export type RedstringState = RedstringData & RedstringActions;
export type RedstringStore = StoreApi<RedstringState>;

export interface StoreOptions {
  doc?: GraphDoc;
  filters?: Filters;
  layout?: viewSlice.LayoutName;
}

export function initialData(options: StoreOptions = {}): RedstringData {
  return {
    ...documentSlice.initialDocument(options.doc),
    ...viewSlice.initialView(options),
    ...selectionSlice.initialSelection,
    ...pathsSlice.initialPaths,
    ...caseSlice.initialCase,
    ...uiSlice.initialUi,
    ...canvasSlice.initialCanvas,
    ...sessionSlice.initialSession,
    ...sourceSlice.initialSource,
  };
}

/**
 * A document change: the new document with the old one in the history, the selection cut to what is
 * still on the canvas, and the layout asked for (never fitting the view: the canvas decides that).
 */
export function committed<S extends RedstringData>(
  s: S,
  next: GraphDoc,
  layout: viewSlice.LayoutRequest['mode'] | null,
): S {
  const changed = documentSlice.commitDoc(s, next);
  const withSelection = { ...changed, selection: selectionSlice.pruneSelection(s.selection, next) };
  return layout ? viewSlice.requestLayout(withSelection, undefined, layout, false) : withSelection;
}

/** Another case: every slice back to its start but the session, the notices and the requests in flight. */
export function caseSwitched<S extends RedstringData>(s: S, openCase: caseSlice.OpenCase | null): S {
  // The layout and focus requests start again from 0 with the canvas slice: the new case's canvas is
  // a new one (the explorer remounts per case), which has run none of them.
  const reset = {
    ...s,
    ...documentSlice.initialDocument(),
    ...viewSlice.initialView(),
    ...selectionSlice.initialSelection,
    ...pathsSlice.initialPaths,
    ...canvasSlice.initialCanvas,
    ...sourceSlice.initialSource,
    helpOpen: false,
    contextMenu: null,
  };
  return caseSlice.switchCase(reset, openCase);
}

/** Positions the canvas reports: the document takes them, and they count as already drawn. */
export function positionsReported<S extends RedstringData>(
  s: S,
  positions: Readonly<Record<string, Position>>,
): S {
  const doc = withPositions(s.doc, positions);
  return { ...s, doc, canvasPositions: doc.positions };
}

export function createRedstringStore(options: StoreOptions = {}): RedstringStore {
  return createStore<RedstringState>()((set, get) => ({
    ...initialData(options),

    commit(change, layout = 'incremental') {
      const next = change(get().doc);
      if (next === get().doc) return false;
      set((s) => committed(s, next, layout));
      return true;
    },
    syncPositions(positions) {
      set((s) => positionsReported(s, positions));
    },
    moveNodes(moved) {
      set((s) => {
        const next = committed(s, withPositions(s.doc, moved), null);
        return { ...next, canvasPositions: next.doc.positions };
      });
    },
    undo: () => set(documentSlice.undoDoc),
    redo: () => set(documentSlice.redoDoc),
    setFilters: (patch) => set((s) => viewSlice.setFilters(s, patch)),
    toggleExcluded: (key, value) => set((s) => viewSlice.toggleExcluded(s, key, value)),
    toggleStatus: (status) => set((s) => viewSlice.toggleStatus(s, status)),
    // Looking at something else (a node tapped, a timeline row, a search result) closes the source it
    // was read over; a selection without a focus (a fact of the source shown) leaves it open.
    select: (entities, relations, focus) =>
      set((s) => {
        const selected = selectionSlice.select(s, entities, relations, focus);
        return focus === undefined ? selected : sourceSlice.showSource(selected, null);
      }),
    setFocus: (focus) => set((s) => sourceSlice.showSource(selectionSlice.setFocus(s, focus), null)),
    setHighlight: (highlight) => set((s) => selectionSlice.setHighlight(s, highlight)),
    showSource: (id) => set((s) => sourceSlice.showSource(s, id)),
    requestFocus: (ids) => set((s) => viewSlice.requestFocus(s, ids)),
    requestLayout: (name, mode, fit) => set((s) => viewSlice.requestLayout(s, name, mode, fit)),
    switchCase: (openCase) => set((s) => caseSwitched(s, openCase)),
    caseSettled: (openCase) => set((s) => caseSlice.caseSettled(s, openCase)),
    setSummary: (summary) => set((s) => caseSlice.setSummary(s, summary)),
    setTimeline: (timeline) => set((s) => caseSlice.setTimeline(s, timeline)),
    begin: () => set(uiSlice.begin),
    end: () => set(uiSlice.end),
    notify: (kind, text) => set((s) => uiSlice.notify(s, kind, text)),
    dismiss: (id) => set((s) => uiSlice.dismiss(s, id)),
    setSideTab: (tab) => set((s) => uiSlice.setSideTab(s, tab)),
    setBottomTab: (tab) => set((s) => uiSlice.setBottomTab(s, tab)),
    setHelpOpen: (open) => set((s) => uiSlice.setHelpOpen(s, open)),
    setContextMenu: (menu) => set((s) => uiSlice.setContextMenu(s, menu)),
    setPathEnd: (end, entity) => set((s) => pathsSlice.setPathEnd(s, end, entity)),
    setPathResults: (results) => set((s) => pathsSlice.setPathResults(s, results)),
    canvasDrew: (doc, filters) => set((s) => canvasSlice.canvasDrew(s, doc, filters)),
    layoutStarted: (seq) => set((s) => canvasSlice.layoutStarted(s, seq)),
    layoutFinished: (seq, positions) =>
      set((s) => canvasSlice.layoutSettled(positions ? positionsReported(s, positions) : s, seq)),
    focusFramed: (seq) => set((s) => canvasSlice.focusFramed(s, seq)),
    setSession: (authRequired, actor) => set((s) => sessionSlice.setSession(s, authRequired, actor)),
    sessionEnded: () => set(sessionSlice.sessionEnded),
  }));
}
