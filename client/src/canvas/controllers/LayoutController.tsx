/**
 * Runs the layout the store asks for. Force-directed (fcose) is the default; an incremental request
 * settles newcomers among nodes that keep roughly their places, and a `keep` request moves nothing.
 * "As in the file" puts nodes where the imported file drew them (Cytoscape's preset layout) and the
 * others near their neighbours. Past a size nothing is animated and incremental requests only place
 * newcomers, so large canvases stay responsive. A request waits in the store until the canvas has
 * drawn the document that asked for it; the controller reports when it starts and stops (the canvas
 * slice), which framing and drags wait on. Renders nothing.
 */
import type { Core, Layouts, LayoutOptions, NodeCollection, NodeSingular } from 'cytoscape';
import { useEffect } from 'react';
import { isDrawn, pendingLayout } from '../../state/canvas-slice.ts';
import { useExplorer } from '../../state/ExplorerProvider.tsx';
import { scaledFilePositions } from '../../state/file-layout.ts';
import type { GraphDoc, Position } from '../../state/graph-model.ts';
import type { LayoutRequest } from '../../state/view-slice.ts';
import { fitTo, needsFit } from '../fit.ts';
import { placeNewNode, readPositions } from '../positions.ts';

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

/** Concentric rings: about this many, whatever the spread of degrees. */
const CONCENTRIC_RINGS = 4;

/** What places a node among the concentric rings: its degree in the case, on a log scale. */
function ringValue(node: NodeSingular): number {
  return Math.log2(1 + (Number(node.data('degree')) || 0));
}

/** The visible nodes the file placed, with where the file's picture (scaled) puts them. */
function filePlacement(
  cy: Core,
  doc: GraphDoc,
): { nodes: NodeCollection; positions: Record<string, Position> } {
  const visible = cy.nodes(':visible');
  const entities = visible.map((node) => doc.entities[node.id()]).filter((e) => e !== undefined);
  const positions = scaledFilePositions(entities);
  return { nodes: visible.filter((node) => positions[node.id()] !== undefined), positions };
}

/** Puts the visible nodes the file did not place near their neighbours, after the file's picture stands. */
function placeTheRest(cy: Core, placedByFile: NodeCollection): void {
  const visible = cy.nodes(':visible');
  // Pinned nodes stay where they are, so they are anchors too.
  const placed = new Set([
    ...placedByFile.map((n) => n.id()),
    ...visible.filter((n) => n.locked()).map((n) => n.id()),
  ]);
  const rest = visible.filter((n) => !placed.has(n.id()));
  if (rest.empty()) return;
  cy.batch(() => {
    rest.forEach((node, i) => {
      placeNewNode(cy, node, placed, i);
      placed.add(node.id());
    });
  });
}

export function layoutOptions(request: LayoutRequest, cy: Core, doc: GraphDoc): LayoutOptions | null {
  if (request.mode === 'keep') return null;
  const nodes = cy.nodes(':visible');
  const n = nodes.length;
  const animate = n <= ANIMATE_MAX_NODES;
  // The controller frames the result itself (fitTo leaves room for the overlays).
  const common = { animate, animationDuration: 450, fit: false };
  switch (request.name) {
    case 'file': {
      // Newcomers were put near their neighbours as they arrived: the file's picture is left as it is.
      if (request.mode === 'incremental') return null;
      const { nodes: placed, positions } = filePlacement(cy, doc);
      // Nothing here has a position from the file: lay it out as the default does.
      if (placed.empty()) return layoutOptions({ ...request, name: 'fcose' }, cy, doc);
      return {
        name: 'preset',
        ...common,
        positions: (node: NodeSingular) => positions[node.id()] ?? node.position(),
      } as LayoutOptions;
    }
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
        // Rings by the entity's degree in the case, hubs in the middle. On a log scale: degrees are
        // skewed (a few hubs, many leaves), and equal steps of degree left nearly every node on the
        // outer ring, which then grew wide enough to shrink the whole drawing.
        concentric: (node: NodeSingular) => ringValue(node),
        // A fixed width of 3 made a ring of one or two nodes per degree step, every ring starting at
        // the top: a cross. A few rings spanning the whole spread keep rings full and round.
        levelWidth: (ringNodes: NodeCollection) => {
          const values = ringNodes.nodes().map(ringValue);
          const spread = Math.max(...values, 0) - Math.min(...values, 0);
          // Never 0: Cytoscape starts a new ring whenever the difference reaches the width.
          return spread > 0 ? spread / CONCENTRIC_RINGS : 1;
        },
        // Spacing measured with the labels, which are far wider than the nodes.
        nodeDimensionsIncludeLabels: true,
        minNodeSpacing: 24,
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
      const doc = store.getState().doc;
      const options = layoutOptions(request, cy, doc);
      if (!options) {
        finish(request);
        return;
      }
      store.getState().layoutStarted(request.seq);
      // The file's picture moves only the nodes the file placed (the rest go near their neighbours
      // once these stand); every other layout places everything shown.
      const eles = options.name === 'preset' ? filePlacement(cy, doc).nodes : cy.elements(':visible');
      const layout = eles.layout(options);
      running = layout;
      layout.one('layoutstop', () => {
        if (running === layout) running = null;
        if (options.name === 'preset') placeTheRest(cy, eles.nodes());
        if (
          options.name === 'fcose' &&
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
