/**
 * The methods the canvas lends the app (state/canvas-handle.ts), made over one Cytoscape instance.
 * Tests and benchmarks may still reach the instance behind a handle, through inspection.ts only.
 */
import type { Core } from 'cytoscape';
import type { CanvasHandle } from '../state/canvas-handle.ts';
import { CANVAS_BACKGROUND } from './cy-style.ts';
import { fitTo } from './fit.ts';

const instances = new WeakMap<CanvasHandle, Core>();

export function makeCanvasHandle(cy: Core): CanvasHandle {
  const handle: CanvasHandle = {
    fit(ids) {
      let eles = ids && ids.length > 0 ? cy.collection() : cy.elements(':visible');
      for (const id of ids ?? []) eles = eles.union(cy.getElementById(id));
      fitTo(cy, eles);
    },
    zoomBy(factor) {
      const zoom = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), cy.zoom() * factor));
      cy.animate({
        zoom: { level: zoom, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } },
        duration: 150,
      });
    },
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
  instances.set(handle, cy);
  return handle;
}

/** The Cytoscape instance behind a handle made here (for inspection.ts). */
export function cytoscapeOf(handle: CanvasHandle | null): Core | null {
  return (handle && instances.get(handle)) ?? null;
}
