/**
 * Frames what the store asks to be looked at (a found path, an item picked on the timeline) once the
 * canvas has drawn it and any layout it set off has stopped. Renders nothing.
 */
import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { useExplorer } from '../../shell/ExplorerProvider.tsx';
import type { CanvasSync } from '../canvas-sync.ts';
import { fitTo } from '../fit.ts';

const POLL_MS = 50;
const GIVE_UP_MS = 8000;

export function FocusController({ cy, sync }: { cy: Core; sync: CanvasSync }) {
  const { store } = useExplorer();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let last = store.getState().focusRequest;
    const frame = (ids: readonly string[], started: number) => {
      timer = null;
      if ((sync.layoutPending || sync.layoutRunning) && Date.now() - started < GIVE_UP_MS) {
        timer = setTimeout(() => frame(ids, started), POLL_MS);
        return;
      }
      let eles = cy.collection();
      for (const id of ids) eles = eles.union(cy.getElementById(id));
      fitTo(cy, eles.filter(':visible'));
    };
    const unsubscribe = store.subscribe((state) => {
      if (state.focusRequest === last || !state.focusRequest) return;
      last = state.focusRequest;
      if (timer) clearTimeout(timer);
      // Give the layout the change set off a tick to start.
      const ids = state.focusRequest.ids;
      timer = setTimeout(() => frame(ids, Date.now()), POLL_MS);
    });
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, [cy, store, sync]);
  return null;
}
