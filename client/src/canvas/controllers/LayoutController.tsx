/**
 * Runs the layout the store asks for. Force-directed (fcose) is the default; an incremental request
 * settles newcomers among nodes that keep roughly their places. Past a size nothing is animated and
 * incremental requests only place newcomers, so large canvases stay responsive. A request waits in the
 * store until the canvas has drawn the document that asked for it; the controller reports when it
 * starts and stops (the canvas slice), which framing and drags wait on. Renders nothing.
 */
import type { Core, Layouts, LayoutOptions, NodeSingular } from 'cytoscape';
import { useEffect } from 'react';
import { isDrawn, pendingLayout } from '../../state/canvas-slice.ts';
import { useExplorer } from '../../state/ExplorerProvider.tsx';
import type { LayoutRequest } from '../../state/view-slice.ts';
import { fitTo, needsFit } from '../fit.ts';
import { readPositions } from '../positions.ts';

/** Above this many nodes layouts jump to their result instead of animating. */
export const ANIMATE_MAX_NODES = 250;
/** Above this many nodes an incremental request only places newcomers near their neighbours. */
export const INCREMENTAL_MAX_NODES = 300;
/**
 * Above this many nodes fcose runs its spectral stage only ("draft"), then the result is spread out:
 * its force stage costs about 1 s at 300 nodes, 6 s at 600 and a minute at 2,000 (measured in
 * headless Chromium), while the spectral stage lays out 2,000 nodes in under half a second.
 */
export const DRAFT_ABOVE_NODES = 400;
/** Room per node, in model pixels, when a draft layout is spread out. */
const DRAFT_SPACING = 46;

/** Scales a draft layout about its centre until its nodes have about DRAFT_SPACING of room each. */
function spreadOut(cy: Core): void {
  const nodes = cy.nodes(':visible').filter((n) => !n.locked());
  if (nodes.length < 2) return;
  const bb = nodes.boundingBox({ includeLabels: false });
  const side = Math.sqrt(nodes.length) * DRAFT_SPACING;
  const factor = side / Math.max(bb.w, bb.h, 1);
  if (factor <= 1) return;
  const cx = (bb.x1 + bb.x2) / 2;
  const cy0 = (bb.y1 + bb.y2) / 2;
  cy.batch(() => {
    nodes.forEach((n) => {
      const p = n.position();
      n.position({ x: cx + (p.x - cx) * factor, y: cy0 + (p.y - cy0) * factor });
    });
  });
}

export function layoutOptions(request: LayoutRequest, cy: Core): LayoutOptions | null {
  const nodes = cy.nodes(':visible');
  const n = nodes.length;
  const animate = n <= ANIMATE_MAX_NODES;
  // The controller frames the result itself (fitTo leaves room for the overlays).
  const common = { animate, animationDuration: 450, fit: false };
  switch (request.name) {
    case 'fcose': {
      if (request.mode === 'incremental' && n > INCREMENTAL_MAX_NODES) return null;
      // Only what is drawn: a pinned node the filters hide is not among the elements laid out.
      const fixed = cy
        .nodes('.pinned:visible')
        .map((node) => ({ nodeId: node.id(), position: { ...node.position() } }));
      return {
        name: 'fcose',
        ...common,
        quality: request.mode === 'incremental' ? 'proof' : n > DRAFT_ABOVE_NODES ? 'draft' : 'default',
        randomize: request.mode === 'full',
        nodeDimensionsIncludeLabels: n <= 400,
        nodeRepulsion: () => 5200,
        idealEdgeLength: () => 64,
        edgeElasticity: () => 0.45,
        nodeSeparation: 60,
        gravity: 0.35,
        numIter: n > 1000 ? 1200 : 2500,
        tile: true,
        packComponents: true,
        ...(fixed.length > 0 ? { fixedNodeConstraint: fixed } : {}),
      } as LayoutOptions;
    }
    case 'concentric':
      return {
        name: 'concentric',
        ...common,
        concentric: (node: NodeSingular) => Number(node.data('degree')) || 0,
        levelWidth: () => 3,
        minNodeSpacing: 28,
        avoidOverlap: true,
      } as LayoutOptions;
    case 'dagre':
      return {
        name: 'dagre',
        ...common,
        // Top to bottom: the canvas between the side panels is taller than wide.
        rankDir: 'TB',
        nodeSep: 30,
        rankSep: 90,
        edgeSep: 8,
      } as LayoutOptions;
    case 'grid':
      return { name: 'grid', ...common, avoidOverlap: true, avoidOverlapPadding: 24 } as LayoutOptions;
    case 'circle':
      return { name: 'circle', ...common, avoidOverlap: true } as LayoutOptions;
  }
}

export function LayoutController({ cy }: { cy: Core }) {
  const explorer = useExplorer();
  const { store } = explorer;
  useEffect(() => {
    let running: Layouts | null = null;

    const finish = (request: LayoutRequest) => {
      const visible = cy.elements(':visible');
      // Newcomers out of sight are no use, and a graph shrunk to an island is hard to read: frame it.
      // Before reporting the stop, so that a framing request waiting on it animates after this fit.
      if (request.fit || (request.mode === 'incremental' && needsFit(cy, visible))) fitTo(cy, visible);
      store.getState().layoutFinished(request.seq, readPositions(cy));
    };

    const run = (request: LayoutRequest) => {
      running?.stop();
      running = null;
      if (cy.nodes().length === 0) {
        store.getState().layoutFinished(request.seq, null);
        return;
      }
      const options = layoutOptions(request, cy);
      if (!options) {
        finish(request);
        return;
      }
      store.getState().layoutStarted(request.seq);
      const layout = cy.elements(':visible').layout(options);
      running = layout;
      layout.one('layoutstop', () => {
        if (running === layout) running = null;
        if (
          request.name === 'fcose' &&
          request.mode === 'full' &&
          cy.nodes(':visible').length > DRAFT_ABOVE_NODES
        )
          spreadOut(cy);
        finish(request);
      });
      layout.run();
    };

    // Runs the request waiting in the store once the canvas shows the document that asked for it. Not
    // again from within: stopping a layout, or one that runs to the end at once, reports to the store.
    let consuming = false;
    const consume = () => {
      if (consuming) return;
      const state = store.getState();
      const request = pendingLayout(state);
      if (!request || !isDrawn(state)) return;
      consuming = true;
      try {
        run(request);
      } finally {
        consuming = false;
      }
    };

    // Requests made before this canvas existed are passed over, not run: the document's positions stand.
    const initial = store.getState();
    if (initial.layoutSettled < initial.layout.seq || initial.layoutRunning !== null)
      initial.layoutFinished(initial.layout.seq, null);
    const unsubscribe = store.subscribe(consume);
    return () => {
      unsubscribe();
      const layout = running;
      running = null;
      layout?.stop();
      const { layoutRunning, layoutFinished } = store.getState();
      if (layoutRunning !== null) layoutFinished(layoutRunning, null);
    };
  }, [cy, store]);
  return null;
}
