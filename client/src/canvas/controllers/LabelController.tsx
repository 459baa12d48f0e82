/**
 * Declutters labels by zoom and degree. Node labels are drawn only for the nodes this controller
 * marks `labelled` (cy-style.ts): the most connected nodes in view first, then more as there is room,
 * never one on top of another (label-choice.ts). On a large canvas the labels it draws keep a readable
 * on-screen size when zoomed out (a font-size bypass on those few nodes), where the stylesheet alone
 * would shrink them to nothing. Edge labels are marked `labelled` on small canvases once zoomed in
 * far enough to read them; a selected or highlighted relation's label is shown at any zoom, at a
 * readable size. Runs a short while after the view or the elements stop changing, so zooming and
 * layouts never wait for it. Renders nothing.
 */
import type { Core, EdgeCollection, NodeCollection } from 'cytoscape';
import { useEffect } from 'react';
import { useExplorer } from '../../state/ExplorerProvider.tsx';
import { EDGE_FONT_PX, EDGE_MIN_SCREEN_PX, NODE_FONT_PX, NODE_WRAP_PX } from '../cy-style.ts';
import { chooseLabels, type LabelCandidate } from '../label-choice.ts';
import { FCOSE_MAX_NODES } from '../layout/canvas-job.ts';

/** Smallest on-screen size of a node label or of a selected relation's label. */
const MIN_SCREEN_PX = 11;
/** Most node labels drawn at once: past this the canvas is a wall of text whatever the room. */
const MAX_LABELS = 250;
/** How long the view must rest before labels are chosen again. */
const REST_MS = 120;

/** What the controller last applied. */
interface Applied {
  labelled: NodeCollection;
  sized: EdgeCollection;
  /** Model font size of the node labels drawn, and of the picked relations' labels. */
  font: number;
  edgeFont: number;
}

function update(cy: Core, state: Applied): void {
  const zoom = cy.zoom();
  const nodes = cy.nodes(':visible');
  // Small canvases are laid out with room for each label at the stylesheet's size (fcose, see
  // canvas-job.ts): grown labels would no longer fit that room, so they keep their size there.
  const grow = nodes.length > FCOSE_MAX_NODES;
  const fontModel = grow ? Math.max(NODE_FONT_PX, MIN_SCREEN_PX / zoom) : NODE_FONT_PX;
  const scale = fontModel / NODE_FONT_PX;
  const ext = cy.extent();
  const margin = 40 / zoom;
  const candidates: LabelCandidate[] = [];
  nodes.forEach((n) => {
    const p = n.position();
    if (p.x < ext.x1 - margin || p.x > ext.x2 + margin || p.y < ext.y1 - margin || p.y > ext.y2 + margin)
      return;
    const r = n.renderedPosition();
    candidates.push({
      id: n.id(),
      x: r.x,
      y: r.y,
      radius: (n.outerHeight() * zoom) / 2,
      text: String(n.data('label') ?? ''),
      priority: Number(n.data('degree')) || 0,
      forced: n.selected(),
    });
  });
  const chosen = chooseLabels(candidates, {
    fontPx: fontModel * zoom,
    wrapPx: NODE_WRAP_PX * scale * zoom,
    limit: MAX_LABELS,
  });
  const labelled = cy.nodes().filter((n) => chosen.has(n.id()));
  const sized = cy.edges('.path:visible, :selected');
  const edgeFont = Math.max(EDGE_FONT_PX, MIN_SCREEN_PX / zoom);
  // Edge labels on small canvases, once zoomed in far enough to draw them at a readable size; never
  // on large ones, where thousands of them would cost more than they tell.
  const readable = !grow && EDGE_FONT_PX * zoom >= EDGE_MIN_SCREEN_PX;
  const edgesOff = readable ? cy.collection() : cy.edges('.labelled');
  const edgesOn = readable ? cy.edges().not('.labelled') : cy.collection();
  if (edgesOff.nonempty() || edgesOn.nonempty())
    cy.batch(() => {
      edgesOff.removeClass('labelled');
      edgesOn.addClass('labelled');
    });
  // Only what changed: every style change makes Cytoscape redraw, which at thousands of elements is
  // the costliest thing the page does.
  const added = labelled.difference(state.labelled);
  const dropped = state.labelled.difference(labelled);
  const resize = fontModel !== state.font ? labelled : added;
  const addedEdges = sized.difference(state.sized);
  const resizeEdges = edgeFont !== state.edgeFont ? sized : addedEdges;
  if (dropped.empty() && resize.empty() && resizeEdges.empty() && state.sized.same(sized)) return;
  cy.batch(() => {
    dropped.removeClass('labelled').removeStyle('font-size text-max-width');
    added.addClass('labelled');
    if (scale > 1) resize.style({ 'font-size': fontModel, 'text-max-width': `${NODE_WRAP_PX * scale}px` });
    else resize.removeStyle('font-size text-max-width');
    state.sized.difference(sized).removeStyle('font-size');
    if (edgeFont > EDGE_FONT_PX) resizeEdges.style('font-size', edgeFont);
    else resizeEdges.removeStyle('font-size');
  });
  state.labelled = labelled;
  state.sized = sized;
  state.font = fontModel;
  state.edgeFont = edgeFont;
}

export function LabelController({ cy }: { cy: Core }) {
  const { store } = useExplorer();
  useEffect(() => {
    const state: Applied = {
      labelled: cy.collection() as NodeCollection,
      sized: cy.collection() as EdgeCollection,
      font: NODE_FONT_PX,
      edgeFont: EDGE_FONT_PX,
    };
    let timer: ReturnType<typeof setTimeout> | null = null;
    const schedule = () => {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        if (!cy.destroyed()) update(cy, state);
      }, REST_MS);
    };
    const events = 'viewport add remove data position select unselect';
    cy.on(events, schedule);
    // Filters and highlights change classes, which raise no event of their own.
    const unsubscribe = store.subscribe(schedule);
    schedule();
    return () => {
      cy.off(events, schedule);
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
  }, [cy, store]);
  return null;
}
