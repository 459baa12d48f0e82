/**
 * Turns gestures on the canvas into store changes: tap shows details, double-tap expands, right-click
 * opens the context menu, dragging a node is an undoable move. Renders nothing.
 */
import type { Core, EventObject } from 'cytoscape';
import { useEffect } from 'react';
import type { Position } from '../../state/graph-model.ts';
import { useExplorer } from '../../state/ExplorerProvider.tsx';

export function EventsController({ cy }: { cy: Core }) {
  const explorer = useExplorer();
  const { store } = explorer;
  useEffect(() => {
    const onTapNode = (event: EventObject) => {
      store.getState().setContextMenu(null);
      store.getState().setFocus({ kind: 'entity', id: event.target.id() });
    };
    const onTapEdge = (event: EventObject) => {
      store.getState().setContextMenu(null);
      store.getState().setFocus({ kind: 'relation', id: event.target.id() });
    };
    const onTapBackground = (event: EventObject) => {
      if (event.target !== cy) return;
      store.getState().setContextMenu(null);
    };
    const onDoubleTap = (event: EventObject) => {
      void explorer.expand([event.target.id()]);
    };
    const onContext = (event: EventObject) => {
      const node = event.target;
      if (!node.selected()) {
        cy.elements(':selected').unselect();
        node.select();
      }
      const rect = cy.container()?.getBoundingClientRect();
      const at = event.renderedPosition ?? node.renderedPosition();
      store.getState().setContextMenu({
        entityId: node.id(),
        x: (rect?.left ?? 0) + at.x,
        y: (rect?.top ?? 0) + at.y,
      });
    };
    const onContextBackground = (event: EventObject) => {
      if (event.target === cy) store.getState().setContextMenu(null);
    };
    // Dragging several selected nodes fires once per node: commit the move once, as one undo step.
    let dragTimer: ReturnType<typeof setTimeout> | null = null;
    const commitDrag = () => {
      dragTimer = null;
      // A layout moving the nodes reports where they end up itself.
      if (store.getState().layoutRunning !== null) return;
      const known = store.getState().doc.positions;
      const moved: Record<string, Position> = {};
      cy.nodes().forEach((n) => {
        const was = known[n.id()];
        const p = n.position();
        if (!was || Math.abs(was.x - p.x) > 0.5 || Math.abs(was.y - p.y) > 0.5)
          moved[n.id()] = { x: p.x, y: p.y };
      });
      if (Object.keys(moved).length === 0) return;
      store.getState().moveNodes(moved);
    };
    const onDragFree = () => {
      if (!dragTimer) dragTimer = setTimeout(commitDrag, 0);
    };
    const onViewport = () => {
      if (store.getState().contextMenu) store.getState().setContextMenu(null);
    };

    cy.on('tap', 'node', onTapNode);
    cy.on('tap', 'edge', onTapEdge);
    cy.on('tap', onTapBackground);
    cy.on('dbltap', 'node', onDoubleTap);
    cy.on('cxttap', 'node', onContext);
    cy.on('cxttap', onContextBackground);
    cy.on('dragfreeon', 'node', onDragFree);
    cy.on('viewport', onViewport);
    return () => {
      cy.off('tap', 'node', onTapNode);
      cy.off('tap', 'edge', onTapEdge);
      cy.off('tap', onTapBackground);
      cy.off('dbltap', 'node', onDoubleTap);
      cy.off('cxttap', 'node', onContext);
      cy.off('cxttap', onContextBackground);
      cy.off('dragfreeon', 'node', onDragFree);
      cy.off('viewport', onViewport);
      if (dragTimer) clearTimeout(dragTimer);
    };
  }, [cy, explorer, store]);
  return null;
}
