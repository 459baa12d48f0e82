/**
 * The app's chrome: requests in flight, notices, which tabs are open, the help and the context menu.
 * Pure producers.
 */

export interface Notice {
  id: number;
  kind: 'info' | 'error';
  text: string;
}

export type SideTab = 'filters' | 'paths';
export type BottomTab = 'timeline' | 'console';

export interface ContextMenuState {
  entityId: string;
  /** Where to open, in page pixels. */
  x: number;
  y: number;
}

export interface UiSlice {
  /** Requests in flight; the UI shows a progress bar while above zero. */
  pending: number;
  notices: readonly Notice[];
  /** The id the next notice gets. */
  nextNoticeId: number;
  sideTab: SideTab;
  bottomTab: BottomTab | null;
  helpOpen: boolean;
  contextMenu: ContextMenuState | null;
}

/** Notices shown at once; older ones make room. */
export const NOTICES_SHOWN = 4;

export const initialUi: UiSlice = {
  pending: 0,
  notices: [],
  nextNoticeId: 1,
  sideTab: 'filters',
  bottomTab: null,
  helpOpen: false,
  contextMenu: null,
};

export function begin<S extends UiSlice>(s: S): S {
  return { ...s, pending: s.pending + 1 };
}

export function end<S extends UiSlice>(s: S): S {
  return { ...s, pending: Math.max(0, s.pending - 1) };
}

/** Adds a notice; the same text said again replaces the older one instead of repeating it. */
export function notify<S extends UiSlice>(s: S, kind: Notice['kind'], text: string): S {
  const notice = { id: s.nextNoticeId, kind, text };
  return {
    ...s,
    notices: [...s.notices.filter((n) => n.text !== text), notice].slice(-NOTICES_SHOWN),
    nextNoticeId: s.nextNoticeId + 1,
  };
}

export function dismiss<S extends UiSlice>(s: S, id: number): S {
  return { ...s, notices: s.notices.filter((n) => n.id !== id) };
}

export function setSideTab<S extends UiSlice>(s: S, sideTab: SideTab): S {
  return { ...s, sideTab };
}

export function setBottomTab<S extends UiSlice>(s: S, bottomTab: BottomTab | null): S {
  return { ...s, bottomTab };
}

export function setHelpOpen<S extends UiSlice>(s: S, helpOpen: boolean): S {
  return { ...s, helpOpen };
}

export function setContextMenu<S extends UiSlice>(s: S, contextMenu: ContextMenuState | null): S {
  return { ...s, contextMenu };
}
