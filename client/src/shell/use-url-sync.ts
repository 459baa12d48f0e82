/**
 * Keeps the canvas in the URL fragment (debounced, with replaceState so the back button is not flooded)
 * and opens the view a link carries: on start, and when another link is pasted into the same tab.
 */
import { useEffect } from 'react';
import type { Explorer } from '../state/explorer.ts';
import { removeEntities } from '../state/graph-model.ts';
import { decodeView, encodeView, viewOf } from '../state/url-state.ts';

const DEBOUNCE_MS = 400;

export async function openFromUrl(explorer: Explorer): Promise<void> {
  const view = await decodeView(window.location.hash);
  if (view && view.entityIds.length > 0) await explorer.restore(view);
  else await explorer.loadOverview();
}

export function useUrlSync(explorer: Explorer): void {
  useEffect(() => {
    const { store } = explorer;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let written = window.location.hash;
    let last = store.getState();

    const write = async () => {
      timer = null;
      const s = store.getState();
      const hash =
        Object.keys(s.doc.entities).length === 0
          ? ''
          : await encodeView(viewOf(s.doc, s.filters, s.layout.name));
      if (hash === written) return;
      written = hash;
      window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}${hash}`);
    };
    const unsubscribe = store.subscribe((s) => {
      if (s.doc === last.doc && s.filters === last.filters && s.layout.name === last.layout.name) return;
      last = s;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void write(), DEBOUNCE_MS);
    });
    const onHashChange = () => {
      if (window.location.hash === written) return;
      written = window.location.hash;
      void decodeView(window.location.hash).then((view) => {
        if (!view) return;
        store.getState().commit((doc) => removeEntities(doc, Object.keys(doc.entities)), null);
        void explorer.restore(view);
      });
    };
    window.addEventListener('hashchange', onHashChange);
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
      window.removeEventListener('hashchange', onHashChange);
    };
  }, [explorer]);
}
