/**
 * The one component that owns the Cytoscape instance: created on mount, destroyed on unmount (and
 * re-created when the renderer switches between canvas and WebGL, which Cytoscape fixes at start).
 * Its children are controllers that render nothing and coordinate through the store (the canvas slice),
 * never through each other; the rest of the app never touches `cy` but goes through the store or the
 * canvas handle's methods.
 */
import cytoscape, { type Core } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import { useEffect, useRef, useState } from 'react';
import { useExplorer } from '../state/ExplorerProvider.tsx';
import { makeCanvasHandle } from './canvas-handle.ts';
import { canvasStyle } from './cy-style.ts';
import { FocusController } from './controllers/FocusController.tsx';
import { ElementsController } from './controllers/ElementsController.tsx';
import { EventsController } from './controllers/EventsController.tsx';
import { HighlightController } from './controllers/HighlightController.tsx';
import { LabelController } from './controllers/LabelController.tsx';
import { CANVAS_HELP_ID, KeyboardController } from './controllers/KeyboardController.tsx';
import { LayoutController } from './controllers/LayoutController.tsx';
import { SelectionController } from './controllers/SelectionController.tsx';
import { Minimap } from './Minimap.tsx';
import { readPositions } from './positions.ts';

let extensionsRegistered = false;
function registerExtensions(): void {
  if (extensionsRegistered) return;
  // fcose runs in the layout worker (canvas/layout/), not here.
  cytoscape.use(dagre);
  extensionsRegistered = true;
}

/** The canvas's element: the skip link's target. */
export const GRAPH_CANVAS_ID = 'graph-canvas';

export interface GraphCanvasProps {
  /** Draw with Cytoscape's WebGL renderer (large canvases). */
  webgl: boolean;
  /** Use the lighter stylesheet (no edge labels, straight edges). */
  large: boolean;
}

export function GraphCanvas({ webgl, large }: GraphCanvasProps) {
  const explorer = useExplorer();
  const container = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);
  // The stylesheet a new instance starts with; kept current by an effect declared before the one that
  // creates the instance, so a renderer switch in the same render sees the new value.
  const largeRef = useRef(large);
  useEffect(() => {
    largeRef.current = large;
  }, [large]);
  const viewportRef = useRef<{ zoom: number; pan: { x: number; y: number } } | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    registerExtensions();
    const instance = cytoscape({
      container: element,
      style: canvasStyle(largeRef.current),
      minZoom: 0.03,
      maxZoom: 4,
      boxSelectionEnabled: true,
      selectionType: 'single',
      // The WebGL renderer is chosen at start; the canvas renderer stays the default below the threshold.
      ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    } as cytoscape.CytoscapeOptions);
    if (viewportRef.current) instance.viewport(viewportRef.current);
    const handle = makeCanvasHandle(instance);
    explorer.attachCanvas(handle);
    setCy(instance);
    return () => {
      // Remember where everything was, for the next renderer or a later mount.
      if (instance.nodes().length > 0) explorer.store.getState().syncPositions(readPositions(instance));
      viewportRef.current = { zoom: instance.zoom(), pan: { ...instance.pan() } };
      if (explorer.canvas() === handle) explorer.attachCanvas(null);
      setCy(null);
      instance.destroy();
    };
  }, [explorer, webgl]);

  useEffect(() => {
    cy?.style(canvasStyle(large));
  }, [cy, large]);

  return (
    <div className="canvas-wrap">
      <div
        ref={container}
        id={GRAPH_CANVAS_ID}
        className="graph-canvas"
        // Focusable, and an application: its arrow keys move the selection (KeyboardController).
        tabIndex={0}
        role="application"
        aria-label="Graph canvas"
        aria-describedby={CANVAS_HELP_ID}
        data-renderer={webgl ? 'webgl' : 'canvas'}
      />
      {cy && (
        <>
          <ElementsController cy={cy} />
          <LayoutController cy={cy} />
          <EventsController cy={cy} />
          <SelectionController cy={cy} />
          <HighlightController cy={cy} />
          <LabelController cy={cy} />
          <FocusController cy={cy} />
          <KeyboardController cy={cy} />
          <Minimap cy={cy} />
        </>
      )}
    </div>
  );
}
