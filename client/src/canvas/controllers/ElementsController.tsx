/**
 * Draws the store's document: adds, removes and updates elements in one `cy.batch` per change, shows
 * or hides them as the filters say, locks pinned nodes, and applies positions that come from outside
 * the canvas (undo, a shared link). Reports what it drew to the store (`canvasDrew`), which is what a
 * waiting layout or framing request waits for. Renders nothing.
 */
import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import { useEffect } from 'react';
import { visibleIds, type Filters } from '../../state/filters.ts';
import type { CanvasEntity, CanvasRelation, GraphDoc } from '../../state/graph-model.ts';
import { useExplorer } from '../../state/ExplorerProvider.tsx';
import type { RedstringState } from '../../state/store.ts';
import { hintedSize, nodeSize, relationLabel, typeStyle } from '../entity-style.ts';
import { placeNewNode } from '../positions.ts';

function nodeData(e: CanvasEntity) {
  const style = typeStyle(e.type);
  const hints = e.hints;
  return {
    id: e.id,
    label: e.name,
    type: e.type,
    degree: e.degree,
    // The file's colour and size, when it gave them, over the type's: they are what its author chose.
    color: hints?.color ?? style.color,
    shape: style.shape,
    size: hints?.size !== undefined ? hintedSize(hints.size) : nodeSize(e.degree),
    sizeLarge: hints?.size !== undefined ? hintedSize(hints.size, true) : nodeSize(e.degree, true),
  };
}

function edgeData(r: CanvasRelation) {
  return {
    id: r.id,
    source: r.from,
    target: r.to,
    type: r.type,
    label: relationLabel(r.type),
    status: r.status ?? 'none',
    date: r.date ?? r.startDate ?? r.endDate ?? '',
  };
}

/**
 * Makes the canvas show `doc` under `filters`. With `applyPositions`, the document's positions win over
 * where the nodes are drawn.
 */
export function syncElements(cy: Core, doc: GraphDoc, filters: Filters, applyPositions: boolean): void {
  const visible = visibleIds(doc, filters);
  const pinned = new Set(doc.pinned);
  const added: string[] = [];
  cy.batch(() => {
    cy.edges().forEach((edge) => {
      if (!doc.relations[edge.id()]) edge.remove();
    });
    cy.nodes().forEach((node) => {
      if (!doc.entities[node.id()]) node.remove();
    });

    const newNodes: ElementDefinition[] = [];
    for (const e of Object.values(doc.entities)) {
      const node = cy.getElementById(e.id);
      if (node.empty()) {
        const p = doc.positions[e.id];
        newNodes.push({ group: 'nodes', data: nodeData(e), ...(p ? { position: { ...p } } : {}) });
        if (!p) added.push(e.id);
      } else if (node.scratch('_entity') !== e) {
        node.data(nodeData(e));
      }
    }
    const addedNodes = cy.add(newNodes);
    addedNodes.forEach((n) => {
      const entity = doc.entities[n.id()];
      n.scratch('_entity', entity);
    });

    const newEdges: ElementDefinition[] = [];
    for (const r of Object.values(doc.relations)) {
      const edge = cy.getElementById(r.id);
      if (edge.empty()) newEdges.push({ group: 'edges', data: edgeData(r) });
      else if (edge.scratch('_relation') !== r) edge.data(edgeData(r));
    }
    cy.add(newEdges).forEach((edge) => {
      edge.scratch('_relation', doc.relations[edge.id()]);
    });

    if (added.length > 0) {
      const placed = new Set(cy.nodes().map((n) => n.id()));
      for (const id of added) placed.delete(id);
      added.forEach((id, i) => {
        placeNewNode(cy, cy.getElementById(id) as NodeSingular, placed, i);
        placed.add(id);
      });
    }

    // Positions from outside the canvas (undo, redo, a shared view) win over what is drawn.
    if (applyPositions) {
      for (const [id, p] of Object.entries(doc.positions)) {
        const node = cy.getElementById(id);
        if (node.empty()) continue;
        const at = node.position();
        if (Math.abs(at.x - p.x) > 0.5 || Math.abs(at.y - p.y) > 0.5) node.position({ x: p.x, y: p.y });
      }
    }

    cy.nodes().forEach((node) => {
      const id = node.id();
      const show = visible.entities.has(id);
      if (show === node.hasClass('filtered')) node.toggleClass('filtered', !show);
      const isPinned = pinned.has(id);
      if (isPinned !== node.locked()) {
        if (isPinned) node.lock();
        else node.unlock();
        node.toggleClass('pinned', isPinned);
      }
    });
    cy.edges().forEach((edge) => {
      const show = visible.relations.has(edge.id());
      if (show === edge.hasClass('filtered')) edge.toggleClass('filtered', !show);
    });
  });
}

export function ElementsController({ cy }: { cy: Core }) {
  const { store } = useExplorer();
  useEffect(() => {
    // The positions object the canvas shows: the last one it applied, or the last one it reported
    // through the store (after a layout or a drag), whichever came later.
    let shown: GraphDoc['positions'] | null = null;
    let reported = store.getState().canvasPositions;
    let last: RedstringState | null = null;
    const draw = (state: RedstringState) => {
      if (state.canvasPositions !== reported) {
        reported = state.canvasPositions;
        shown = reported;
      }
      if (last && state.doc === last.doc && state.filters === last.filters) return;
      last = state;
      // Not while a layout moves the nodes: it reports where they end up when it stops.
      const applyPositions = state.doc.positions !== shown && state.layoutRunning === null;
      syncElements(cy, state.doc, state.filters, applyPositions);
      if (applyPositions) shown = state.doc.positions;
      state.canvasDrew(state.doc, state.filters);
    };
    draw(store.getState());
    // The latest state, not the listener's argument: a report made by another listener during the same
    // update would otherwise reach this one after the newer state it made.
    return store.subscribe(() => draw(store.getState()));
  }, [cy, store]);
  return null;
}
