/** Reading where Cytoscape has put the nodes. */
import type { Core } from 'cytoscape';
import type { Position } from '../state/graph-model.ts';

/** Every node's position as drawn now. */
export function readPositions(cy: Core): Record<string, Position> {
  const out: Record<string, Position> = {};
  cy.nodes().forEach((n) => {
    const p = n.position();
    out[n.id()] = { x: p.x, y: p.y };
  });
  return out;
}
