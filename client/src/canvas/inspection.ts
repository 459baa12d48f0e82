/**
 * `window.__redstring = { cy, store, explorer, renderer }`, so that browser tests and benchmarks can
 * inspect the canvas (it costs nothing and holds no secret). The app itself never reads it: the rest of
 * the app sees the canvas only through its handle's methods.
 */
import type { Core } from 'cytoscape';
import type { Explorer } from '../state/explorer.ts';
import type { RedstringStore } from '../state/store.ts';
import { cytoscapeOf } from './canvas-handle.ts';
import { webglSupport, type WebglSupport } from './webgl-support.ts';

export interface RedstringHandle {
  /** The live Cytoscape instance (it changes when the renderer switches), or null before mount. */
  readonly cy: Core | null;
  readonly store: RedstringStore;
  readonly explorer: Explorer;
  /** Which renderer draws the canvas now, and what WebGL this browser has. */
  readonly renderer: { current: 'canvas' | 'webgl' | null; webgl: WebglSupport };
}

declare global {
  interface Window {
    __redstring?: RedstringHandle;
  }
}

export function exposeForInspection(explorer: Explorer): void {
  window.__redstring = {
    get cy() {
      return cytoscapeOf(explorer.canvas());
    },
    store: explorer.store,
    explorer,
    get renderer() {
      const attr = cytoscapeOf(explorer.canvas())?.container()?.getAttribute('data-renderer');
      const current: 'canvas' | 'webgl' | null =
        attr === 'webgl' ? 'webgl' : attr === 'canvas' ? 'canvas' : null;
      return { current, webgl: webglSupport() };
    },
  };
}
