/**
 * Starts the explorer: one API client, one store, one explorer, handed to the React tree (the start
 * page and the case pages, shell/Routes.tsx), and the inspection handle for browser tests and
 * benchmarks (canvas/inspection.ts).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from './api/client.ts';
import { exposeForInspection } from './canvas/inspection.ts';
import { createExplorer } from './state/explorer.ts';
import { ExplorerProvider } from './state/ExplorerProvider.tsx';
import { createRedstringStore } from './state/store.ts';
import { Routes } from './shell/Routes.tsx';
import { SessionGate } from './shell/SessionGate.tsx';
import './styles.css';

function start(root: HTMLElement): void {
  const store = createRedstringStore();
  const api = createApiClient({ onUnauthenticated: () => store.getState().sessionEnded() });
  const explorer = createExplorer({ api, store });
  exposeForInspection(explorer);
  createRoot(root).render(
    <StrictMode>
      <ExplorerProvider explorer={explorer}>
        <SessionGate>
          <Routes />
        </SessionGate>
      </ExplorerProvider>
    </StrictMode>,
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
start(root);
