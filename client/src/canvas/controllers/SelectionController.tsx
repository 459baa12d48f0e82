/**
 * Keeps the canvas selection and the store's selection the same, whichever side changed it (a click
 * on the canvas, or a panel such as the timeline or search). Renders nothing.
 */
import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { useExplorer } from '../../state/ExplorerProvider.tsx';

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((x) => set.has(x));
}

export function SelectionController({ cy }: { cy: Core }) {
  const { store } = useExplorer();
  useEffect(() => {
    // Select and unselect fire once per element: read the canvas once, in a microtask, so the store is
    // up to date before the next input event (a key pressed right after a click acts on the new selection).
    let queued = false;
    let live = true;
    // True while this controller applies the store's selection to the canvas (not a change to report).
    let applying = false;
    const readCanvas = () => {
      queued = false;
      if (!live) return;
      const nodes = cy.nodes(':selected').map((n) => n.id());
      const edges = cy.edges(':selected').map((e) => e.id());
      const { selection } = store.getState();
      if (sameSet(nodes, selection.entities) && sameSet(edges, selection.relations)) return;
      store.getState().select(nodes, edges);
    };
    const onSelect = () => {
      if (applying) return;
      if (!queued) {
        queued = true;
        queueMicrotask(readCanvas);
      }
    };

    const apply = (entities: readonly string[], relations: readonly string[]) => {
      const want = new Set([...entities, ...relations]);
      applying = true;
      cy.batch(() => {
        cy.elements(':selected').forEach((ele) => {
          if (!want.has(ele.id())) ele.unselect();
        });
        for (const id of want) {
          const ele = cy.getElementById(id);
          if (ele.nonempty() && !ele.selected()) ele.select();
        }
      });
      applying = false;
    };

    let last = store.getState().selection;
    apply(last.entities, last.relations);
    const unsubscribe = store.subscribe((state) => {
      if (state.selection === last) return;
      last = state.selection;
      apply(last.entities, last.relations);
    });
    cy.on('select unselect', onSelect);
    return () => {
      unsubscribe();
      cy.off('select unselect', onSelect);
      live = false;
    };
  }, [cy, store]);
  return null;
}
