/**
 * The canvas by keyboard. With the canvas focused (Tab, or the skip link), the arrow keys move the
 * selection to the nearest entity in that direction (keyboard-moves.ts), Enter opens the details of
 * what is selected, and Escape clears the selection (the app-wide shortcut). A live region says what
 * is selected, however it was selected, so that a screen reader follows the moves; the help text is
 * the canvas's description. Arrows rather than Tab through neighbours: Tab keeps its usual meaning,
 * leaving the canvas for its controls.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { useEffect } from 'react';
import { useExplorer, useRedstring } from '../../state/ExplorerProvider.tsx';
import { ARROW_DIRECTIONS, nearestInDirection, nearestTo, type Point } from '../keyboard-moves.ts';
import { describeSelection } from '../selection-text.ts';

/** The id of the canvas's description (GraphCanvas.tsx points its aria-describedby here). */
export const CANVAS_HELP_ID = 'graph-canvas-help';

/** The id of the live region that says what is selected. */
export const CANVAS_SELECTION_ID = 'graph-canvas-selection';

export const CANVAS_KEYS_HELP =
  'Arrow keys move the selection to the nearest entity in that direction; Enter opens its details; ' +
  'Escape clears the selection.';

/** Room kept between a node the keyboard moved to and the canvas's edge, in screen pixels. */
const EDGE_MARGIN = 48;

function pointOf(node: NodeSingular): Point {
  const { x, y } = node.position();
  return { id: node.id(), x, y };
}

/** Pans to the node when the move took it off screen (or under the canvas's edge). */
function reveal(cy: Core, node: NodeSingular): void {
  const { x, y } = node.renderedPosition();
  if (x < EDGE_MARGIN || y < EDGE_MARGIN || x > cy.width() - EDGE_MARGIN || y > cy.height() - EDGE_MARGIN)
    cy.center(node);
}

export function KeyboardController({ cy }: { cy: Core }) {
  const { store } = useExplorer();
  const announcement = useRedstring((s) => describeSelection(s.doc, s.selection));

  useEffect(() => {
    const container = cy.container();
    if (!container) return;
    const onKey = (event: KeyboardEvent) => {
      // Keys pressed on the canvas itself, not in a control floating over it.
      if (event.target !== container || event.altKey || event.ctrlKey || event.metaKey) return;
      const { selection } = store.getState();
      const direction = ARROW_DIRECTIONS[event.key];
      if (direction) {
        event.preventDefault();
        const nodes = cy.nodes(':visible');
        const points = nodes.map(pointOf);
        const current = selection.entities.map((id) => cy.getElementById(id)).find((n) => n.visible());
        const next = current
          ? nearestInDirection(pointOf(current), points, direction)
          : nearestTo(centreOfView(cy), points);
        if (!next) return;
        store.getState().select([next.id], []);
        reveal(cy, cy.getElementById(next.id));
      } else if (event.key === 'Enter') {
        const [entity] = selection.entities;
        const [relation] = selection.relations;
        if (entity) store.getState().setFocus({ kind: 'entity', id: entity });
        else if (relation) store.getState().setFocus({ kind: 'relation', id: relation });
        else return;
        event.preventDefault();
      }
    };
    container.addEventListener('keydown', onKey);
    return () => container.removeEventListener('keydown', onKey);
  }, [cy, store]);

  return (
    <>
      <p id={CANVAS_HELP_ID} hidden>
        {CANVAS_KEYS_HELP}
      </p>
      <p id={CANVAS_SELECTION_ID} className="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}

function centreOfView(cy: Core): { x: number; y: number } {
  const { x1, x2, y1, y2 } = cy.extent();
  return { x: (x1 + x2) / 2, y: (y1 + y2) / 2 };
}
