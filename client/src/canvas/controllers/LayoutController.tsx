/**
 * Runs the layout the store asks for. Force-directed is the default and is computed in a web worker
 * (canvas/layout/): fcose for small canvases, d3-force for large ones, so no layout freezes the page;
 * the page only applies the positions it answers. Until it answers, nodes stay where they were, and
 * newcomers where the elements controller put them (among their neighbours, or on a spiral), never
 * in columns. An incremental request settles newcomers among nodes that keep roughly their places,
 * pinned nodes stay fixed, and a `keep` request moves nothing.
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
import { canvasJob, FCOSE_MAX_NODES, nodePositions } from '../layout/canvas-job.ts';
import type { JobAlgorithm } from '../layout/layout-job.ts';
import { createLayoutWorker } from '../layout/layout-worker-client.ts';
import { placeNewNode, readPositions } from '../positions.ts';

/** Above this many nodes layouts jump to their result instead of animating. */
export const ANIMATE_MAX_NODES = 250;
/** Above this many nodes an incremental request only places newcomers near their neighbours. */
export const INCREMENTAL_MAX_NODES = 300;

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

/**
 * The worker's algorithm when `request` asks for a force layout (also "as in the file" when the file
 * placed nothing shown), or null when it does not or there is nothing to move.
 */
export function forcePlan(request: LayoutRequest, cy: Core, doc: GraphDoc): JobAlgorithm | null {
  if (request.mode === 'keep') return null;
  if (request.name !== 'fcose' && !(request.name === 'file' && request.mode === 'full')) return null;
  if (request.name === 'file' && !filePlacement(cy, doc).nodes.empty()) return null;
  const n = cy.nodes(':visible').length;
  if (request.mode === 'incremental' && n > INCREMENTAL_MAX_NODES) return null;
  return n <= FCOSE_MAX_NODES ? 'fcose' : 'force';
}

/**
 * Moves the nodes to the worker's positions: animated on small canvases, in one batch on large ones
 * (one redraw: moving them a slice per frame was tried and redrew the whole canvas every frame).
 */
function applyPositions(cy: Core, positions: Record<string, Position>, done: () => void): Layouts {
  const nodes = cy.nodes(':visible').filter((n) => positions[n.id()] !== undefined);
  const layout = nodes.layout({
    name: 'preset',
    animate: nodes.length <= ANIMATE_MAX_NODES,
    animationDuration: 450,
    fit: false,
    positions: (node: NodeSingular) => positions[node.id()] ?? node.position(),
  } as LayoutOptions);
  layout.one('layoutstop', done);
  layout.run();
  return layout;
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
      // Nothing here has a position from the file: the default force layout runs instead (forcePlan).
      if (placed.empty()) return null;
      return {
        name: 'preset',
        ...common,
        positions: (node: NodeSingular) => positions[node.id()] ?? node.position(),
      } as LayoutOptions;
    }
    case 'fcose':
      // Computed by the layout worker (see forcePlan); never on the page.
      return null;
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
    const worker = createLayoutWorker();

    const finish = (request: LayoutRequest) => {
      // On a large canvas the nodes alone: their box is the drawing's (edges run between them), and
      // measuring thousands of edges just moved costs the page a long task.
      const large = cy.nodes(':visible').length > ANIMATE_MAX_NODES;
      const visible = cy.elements(large ? 'node:visible' : ':visible');
      // Newcomers out of sight are no use, and a graph shrunk to an island is hard to read: frame it.
      // Before reporting the stop, so that a framing request waiting on it animates after this fit.
      if (request.fit || (request.mode === 'incremental' && needsFit(cy, visible))) fitTo(cy, visible);
      store.getState().layoutFinished(request.seq, readPositions(cy));
    };

    const run = (request: LayoutRequest) => {
      worker.cancel();
      running?.stop();
      running = null;
      if (cy.nodes().length === 0) {
        store.getState().layoutFinished(request.seq, null);
        return;
      }
      const doc = store.getState().doc;
      const algorithm = forcePlan(request, cy, doc);
      if (algorithm) {
        store.getState().layoutStarted(request.seq);
        const { job, below } = canvasJob(cy, request.seq, algorithm, request.mode === 'incremental');
        worker.run(job).then(
          (answer) => {
            // Superseded by a later request, or the canvas is gone: that one reports, not this.
            if (!answer) return;
            // A jump (no animation) stops before applyPositions returns: only a moving one is `running`.
            const step: { layout: Layouts | null; stopped: boolean } = { layout: null, stopped: false };
            step.layout = applyPositions(cy, nodePositions(answer.positions, below), () => {
              step.stopped = true;
              if (running === step.layout) running = null;
              finish(request);
            });
            if (!step.stopped) running = step.layout;
          },
          (error: unknown) => {
            // A failed layout leaves the nodes where they are; the canvas stays usable.
            console.error(error);
            finish(request);
          },
        );
        return;
      }
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
      worker.dispose();
      layout?.stop();
      const { layoutRunning, layoutFinished } = store.getState();
      if (layoutRunning !== null) layoutFinished(layoutRunning, null);
    };
  }, [cy, store]);
  return null;
}
