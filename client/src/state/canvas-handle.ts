/**
 * What the canvas lends the rest of the app while it is mounted: a few methods, never the Cytoscape
 * instance itself, so that only canvas/ knows Cytoscape. Everything else the canvas does (layouts,
 * selection, framing a path) is asked for through the store.
 */
export interface CanvasHandle {
  /** Fits the viewport to these entities (all visible elements when omitted). */
  fit(ids?: readonly string[]): void;
  /** Zooms about the middle of the canvas by this factor (above 1 zooms in), within the zoom limits. */
  zoomBy(factor: number): void;
  /** The canvas as a PNG picture (full graph, not only the viewport). */
  png(): Promise<Blob>;
  /** The canvas as Cytoscape JSON (elements, positions, style, viewport). */
  json(): object;
}
