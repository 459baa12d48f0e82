/** Reading where Cytoscape has put the nodes, and placing a newcomer among them. */
import type { Core, NodeSingular } from 'cytoscape';
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

/** Where a newcomer goes: among its neighbours already placed, else near the middle of the view. */
export function placeNewNode(cy: Core, node: NodeSingular, placed: Set<string>, index: number): void {
  const anchors = node.neighborhood('node').filter((n) => placed.has(n.id()));
  let x: number;
  let y: number;
  if (anchors.length > 0) {
    x = 0;
    y = 0;
    anchors.forEach((n) => {
      x += n.position('x');
      y += n.position('y');
    });
    x /= anchors.length;
    y /= anchors.length;
  } else {
    const ext = cy.extent();
    x = (ext.x1 + ext.x2) / 2;
    y = (ext.y1 + ext.y2) / 2;
  }
  // A golden-angle spiral keeps simultaneous newcomers apart until the layout settles them.
  const angle = index * 2.39996;
  const radius = 70 + 9 * Math.sqrt(index);
  node.position({ x: x + radius * Math.cos(angle), y: y + radius * Math.sin(angle) });
}
