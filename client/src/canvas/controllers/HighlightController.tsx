/**
 * Marks a highlighted path (or set of paths) on the canvas and fades everything else, so the chain
 * reads at a glance. Renders nothing.
 */
import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import type { Highlight } from '../../state/selection-slice.ts';
import { useExplorer } from '../../state/ExplorerProvider.tsx';

function apply(cy: Core, highlight: Highlight | null): void {
  cy.batch(() => {
    cy.elements('.path, .faded').removeClass('path faded');
    if (!highlight) return;
    const on = new Set([...highlight.entities, ...highlight.relations]);
    cy.elements().forEach((ele) => {
      ele.addClass(on.has(ele.id()) ? 'path' : 'faded');
    });
  });
}

export function HighlightController({ cy }: { cy: Core }) {
  const { store } = useExplorer();
  useEffect(() => {
    let last = store.getState();
    apply(cy, last.highlight);
    return store.subscribe((state) => {
      // Elements added after the highlight was set must be faded or marked too.
      if (state.highlight === last.highlight && state.doc === last.doc) return;
      last = state;
      apply(cy, state.highlight);
    });
  }, [cy, store]);
  return null;
}
