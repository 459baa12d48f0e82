/**
 * Frames what the store asks to be looked at (a found path, an item picked on the timeline) once the
 * canvas has drawn it and any layout it set off has stopped, as the canvas slice says; then reports it
 * framed. A layout that never stops is waited on for GIVE_UP_MS at most. Renders nothing.
 */
import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { isDrawn, layoutBusy, pendingFocus } from '../../state/canvas-slice.ts';
import { useExplorer } from '../../state/ExplorerProvider.tsx';
import type { FocusRequest } from '../../state/view-slice.ts';
import { fitTo } from '../fit.ts';

const GIVE_UP_MS = 8000;

export function FocusController({ cy }: { cy: Core }) {
  const { store } = useExplorer();
  useEffect(() => {
    let giveUp: ReturnType<typeof setTimeout> | null = null;
    let waitingFor: FocusRequest | null = null;

    const frame = (request: FocusRequest) => {
      if (giveUp) clearTimeout(giveUp);
      giveUp = null;
      waitingFor = null;
      let eles = cy.collection();
      for (const id of request.ids) eles = eles.union(cy.getElementById(id));
      fitTo(cy, eles.filter(':visible'));
      store.getState().focusFramed(request.seq);
    };

    const consider = () => {
      const state = store.getState();
      const request = pendingFocus(state);
      if (!request) return;
      if (!layoutBusy(state) && isDrawn(state)) {
        frame(request);
        return;
      }
      if (waitingFor === request) return;
      waitingFor = request;
      if (giveUp) clearTimeout(giveUp);
      giveUp = setTimeout(() => {
        giveUp = null;
        if (pendingFocus(store.getState()) === request) frame(request);
      }, GIVE_UP_MS);
    };

    // A request made before this canvas existed is passed over, as the view it asked for is gone.
    const initial = pendingFocus(store.getState());
    if (initial) store.getState().focusFramed(initial.seq);
    const unsubscribe = store.subscribe(consider);
    return () => {
      unsubscribe();
      if (giveUp) clearTimeout(giveUp);
    };
  }, [cy, store]);
  return null;
}
