/**
 * Keeps the canvas in the URL fragment (debounced, with replaceState so the back button is not flooded)
 * and opens the view a link carries: on start, and when another link is pasted into the same tab. Each
 * case also remembers its last view in the browser (last-views.ts): a case opened without a view in
 * its link shows the one left there, and only then the overview.
 */
import { useEffect } from 'react';
import type { Explorer } from '../state/explorer.ts';
import { removeEntities } from '../state/graph-model.ts';
import { browserStorage, lastView, rememberView } from '../state/last-views.ts';
import type { RedstringState } from '../state/store.ts';
import { decodeView, encodeView, viewOf } from '../state/url-state.ts';

const DEBOUNCE_MS = 400;

export async function openFromUrl(explorer: Explorer, caseId: string): Promise<void> {
  const view =
    (await decodeView(window.location.hash)) ?? (await decodeView(lastView(browserStorage(), caseId) ?? ''));
  // Decoding takes a moment: another case may be open by now, and this view is not its.
  if (explorer.store.getState().openCase?.id !== caseId) return;
  if (view && view.entityIds.length > 0) await explorer.restore(view);
  else await explorer.loadOverview();
  if (view?.source) explorer.store.getState().showSource(view.source);
}

function hashOf(s: RedstringState): Promise<string> {
  return Object.keys(s.doc.entities).length === 0 && !s.shownSource
    ? Promise.resolve('')
    : encodeView(viewOf(s.doc, s.filters, s.layout.name, s.shownSource));
}

/** Follows the canvas of case `caseId` while the explorer shows it. */
export function useUrlSync(explorer: Explorer, caseId: string): void {
  useEffect(() => {
    const { store } = explorer;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let written = window.location.hash;
    let last = store.getState();
    // False once the explorer has left this case: a write under way must not touch the next page's URL.
    let live = true;
    const ours = (s: RedstringState) => s.openCase?.id === caseId;

    const write = async () => {
      timer = null;
      const s = store.getState();
      if (!ours(s)) return;
      const hash = await hashOf(s);
      if (!live) return;
      rememberView(browserStorage(), caseId, hash);
      if (hash === written) return;
      written = hash;
      window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}${hash}`);
    };
    const unsubscribe = store.subscribe((s) => {
      if (!ours(s)) return;
      if (
        s.doc === last.doc &&
        s.filters === last.filters &&
        s.layout.name === last.layout.name &&
        s.shownSource === last.shownSource
      )
        return;
      last = s;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void write(), DEBOUNCE_MS);
    });
    const onHashChange = () => {
      if (window.location.hash === written) return;
      written = window.location.hash;
      void decodeView(window.location.hash).then((view) => {
        if (!view || !live) return;
        store.getState().commit((doc) => removeEntities(doc, Object.keys(doc.entities)), null);
        store.getState().showSource(view.source ?? null);
        void explorer.restore(view);
      });
    };
    window.addEventListener('hashchange', onHashChange);
    return () => {
      live = false;
      unsubscribe();
      // Leaving the case before the debounce ran: its last view is still remembered (not put in the
      // URL, which is the next page's by now).
      if (timer) {
        clearTimeout(timer);
        const seen = last;
        void hashOf(seen).then((hash) => rememberView(browserStorage(), caseId, hash));
      }
      window.removeEventListener('hashchange', onHashChange);
    };
  }, [explorer, caseId]);
}
