/**
 * On a narrow screen the side panel (filters, paths) and the details are drawers over the canvas, one
 * at a time: opened by their buttons, by picking an entity (its details) or a path end (the paths),
 * and closed by their close button, Escape, or a tap outside. Focus moves into an open drawer and
 * back to where it was when the drawer closes, so a keyboard user is never left behind it.
 */
import { useEffect, useEffectEvent, useState } from 'react';

export type PanelDrawer = 'side' | 'details';

/** The id of each drawer's close button, where focus goes when the drawer opens. */
export const DRAWER_CLOSE_ID: Record<PanelDrawer, string> = {
  side: 'side-drawer-close',
  details: 'details-drawer-close',
};

export interface PanelDrawers {
  /** The drawer open now; always null on a wide screen, where the panels are columns. */
  open: PanelDrawer | null;
  toggle(drawer: PanelDrawer): void;
  close(): void;
}

export interface DrawerTriggers {
  narrow: boolean;
  /** What the details show (kind and id), or null: a new one opens the details drawer. */
  focusKey: string | null;
  /** The path ends chosen, or null: a new choice opens the side drawer (on the paths tab). */
  pathKey: string | null;
  /** Called when the details drawer is closed: done reading, so that tapping the entity again reopens it. */
  onDetailsClosed(): void;
}

export function usePanelDrawers({
  narrow,
  focusKey,
  pathKey,
  onDetailsClosed,
}: DrawerTriggers): PanelDrawers {
  const [open, setOpen] = useState<PanelDrawer | null>(null);
  // Adjusted while rendering (as React advises for state derived from a change), not in an effect.
  const [seenFocus, setSeenFocus] = useState(focusKey);
  if (focusKey !== seenFocus) {
    setSeenFocus(focusKey);
    if (focusKey) setOpen('details');
    else if (open === 'details') setOpen(null);
  }
  const [seenPath, setSeenPath] = useState(pathKey);
  if (pathKey !== seenPath) {
    setSeenPath(pathKey);
    if (pathKey) setOpen('side');
  }
  const shown = narrow ? open : null;

  const close = () => {
    if (open === 'details') onDetailsClosed();
    setOpen(null);
  };
  const closeOnEscape = useEffectEvent(close);

  // Focus into the drawer, and back where it was on closing.
  useEffect(() => {
    if (!shown) return;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    document.getElementById(DRAWER_CLOSE_ID[shown])?.focus();
    return () => {
      if (returnTo?.isConnected) returnTo.focus();
    };
  }, [shown]);

  // Escape closes the drawer before anything else hears it (the canvas would clear its selection);
  // a modal dialog above the drawer keeps its own Escape.
  useEffect(() => {
    if (!shown) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      event.stopPropagation();
      closeOnEscape();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [shown]);

  return {
    open: shown,
    toggle: (drawer) => (shown === drawer ? close() : setOpen(drawer)),
    close,
  };
}
