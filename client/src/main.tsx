/**
 * Starts the explorer: one API client, one store, one explorer, handed to the React tree. Also exposes
 * `window.__redstring = { cy, store, explorer }` so that benchmarks and browser tests can inspect the
 * canvas (it costs nothing and holds no secret).
 */
import type { Core } from 'cytoscape';
import { webglSupport, type WebglSupport } from './canvas/webgl-support.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from './api/client.ts';
import { createExplorer, type Explorer } from './state/explorer.ts';
import { createRedstringStore, type RedstringStore } from './state/store.ts';
import { App } from './shell/App.tsx';
import { ExplorerProvider } from './shell/ExplorerProvider.tsx';
import './styles.css';

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

const store = createRedstringStore();
const explorer = createExplorer({ api: createApiClient(), store });
window.__redstring = {
  get cy() {
    return explorer.canvas()?.cy ?? null;
  },
  store,
  explorer,
  get renderer() {
    const attr = explorer.canvas()?.cy.container()?.getAttribute('data-renderer');
    const current: 'canvas' | 'webgl' | null =
      attr === 'webgl' ? 'webgl' : attr === 'canvas' ? 'canvas' : null;
    return { current, webgl: webglSupport() };
  },
};

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <ExplorerProvider explorer={explorer}>
      <App />
    </ExplorerProvider>
  </StrictMode>,
);
