/**
 * The one component that owns the Cytoscape instance: created on mount, destroyed on unmount (and
 * re-created when the renderer switches between canvas and WebGL, which Cytoscape fixes at start).
 * Its children are controllers that render nothing; panels never touch `cy` directly but go through
 * the store or the explorer's canvas handle.
 */
import cytoscape, { type Core } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import { useEffect, useRef, useState } from 'react';
import type { CanvasHandle } from '../state/explorer.ts';
import { useExplorer } from '../shell/ExplorerProvider.tsx';
import { createCanvasSync, readPositions, type CanvasSync } from './canvas-sync.ts';
import { CANVAS_BACKGROUND, canvasStyle } from './cy-style.ts';
import { FocusController } from './controllers/FocusController.tsx';
import { fitTo } from './fit.ts';
import { ElementsController } from './controllers/ElementsController.tsx';
import { EventsController } from './controllers/EventsController.tsx';
import { HighlightController } from './controllers/HighlightController.tsx';
import { LayoutController } from './controllers/LayoutController.tsx';
import { SelectionController } from './controllers/SelectionController.tsx';
import { Minimap } from './Minimap.tsx';

let extensionsRegistered = false;
function registerExtensions(): void {
  if (extensionsRegistered) return;
  cytoscape.use(fcose);
  cytoscape.use(dagre);
  extensionsRegistered = true;
}

function makeHandle(cy: Core): CanvasHandle {
  return {
    cy,
    fit(ids) {
      let eles = ids && ids.length > 0 ? cy.collection() : cy.elements(':visible');
      for (const id of ids ?? []) eles = eles.union(cy.getElementById(id));
      fitTo(cy, eles);
    },
    positions: () => readPositions(cy),
    png: () =>
      cy.png({
        output: 'blob-promise',
        full: true,
        scale: 2,
        maxWidth: 8000,
        maxHeight: 8000,
        bg: CANVAS_BACKGROUND,
      }),
    json: () => cy.json() as object,
  };
}

export interface GraphCanvasProps {
  /** Draw with Cytoscape's WebGL renderer (large canvases). */
  webgl: boolean;
  /** Use the lighter stylesheet (no edge labels, straight edges). */
  large: boolean;
}

export function GraphCanvas({ webgl, large }: GraphCanvasProps) {
  const explorer = useExplorer();
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<{ cy: Core; sync: CanvasSync } | null>(null);
  const largeRef = useRef(large);
  largeRef.current = large;
  const viewportRef = useRef<{ zoom: number; pan: { x: number; y: number } } | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    registerExtensions();
    const cy = cytoscape({
      container: element,
      style: canvasStyle(largeRef.current),
      minZoom: 0.03,
      maxZoom: 4,
      boxSelectionEnabled: true,
      selectionType: 'single',
      // The WebGL renderer is chosen at start; the canvas renderer stays the default below the threshold.
      ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    } as cytoscape.CytoscapeOptions);
    if (viewportRef.current) cy.viewport(viewportRef.current);
    const sync = createCanvasSync();
    explorer.attachCanvas(makeHandle(cy));
    setState({ cy, sync });
    return () => {
      // Remember where everything was, for the next renderer or a later mount.
      if (cy.nodes().length > 0) explorer.store.getState().syncPositions(readPositions(cy));
      viewportRef.current = { zoom: cy.zoom(), pan: { ...cy.pan() } };
      if (explorer.canvas()?.cy === cy) explorer.attachCanvas(null);
      setState(null);
      cy.destroy();
    };
  }, [explorer, webgl]);

  useEffect(() => {
    state?.cy.style(canvasStyle(large));
  }, [state, large]);

  return (
    <div className="canvas-wrap">
      <div
        ref={container}
        className="graph-canvas"
        role="img"
        aria-label="Graph canvas"
        data-renderer={webgl ? 'webgl' : 'canvas'}
      />
      {state && (
        <>
          <ElementsController cy={state.cy} sync={state.sync} />
          <LayoutController cy={state.cy} sync={state.sync} />
          <EventsController cy={state.cy} sync={state.sync} />
          <SelectionController cy={state.cy} sync={state.sync} />
          <HighlightController cy={state.cy} />
          <FocusController cy={state.cy} sync={state.sync} />
          <Minimap cy={state.cy} />
        </>
      )}
    </div>
  );
}
