/**
 * The explorer of the open case: header; filters and paths on the left; the canvas in the middle;
 * details on the right; timeline and query console in a drawer below. On a narrow screen the canvas
 * takes the width and the side panel and details become drawers over it (use-panel-drawers.ts).
 * A skip link, the first stop of Tab, leads to the canvas. Chooses the renderer by canvas size.
 * Mounted once the case's record has loaded (CasePage.tsx), afresh for every case.
 */
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import {
  CanvasControls,
  CanvasStatus,
  EmptyCanvas,
  HighlightBanner,
  Legend,
} from '../canvas/CanvasControls.tsx';
import { ContextMenu } from '../canvas/ContextMenu.tsx';
import { GRAPH_CANVAS_ID, GraphCanvas } from '../canvas/GraphCanvas.tsx';
import { webglSupport } from '../canvas/webgl-support.ts';
import { DetailsPanel } from '../panels/DetailsPanel.tsx';
import type { EntityComboboxHandle } from '../panels/EntityCombobox.tsx';
import { FiltersPanel } from '../panels/FiltersPanel.tsx';
import { PathsPanel } from '../panels/PathsPanel.tsx';
import { TimelinePanel } from '../panels/TimelinePanel.tsx';
import type { BottomTab, SideTab } from '../state/ui-slice.ts';
import { useExplorer, useRedstring } from '../state/ExplorerProvider.tsx';
import { HelpDialog, Notices, ProgressBar } from './Overlays.tsx';
import { DrawerHead, drawerId, PanelButtons } from './PanelDrawerControls.tsx';
import { TopBar } from './TopBar.tsx';
import { useNarrowScreen } from './use-narrow-screen.ts';
import { usePanelDrawers } from './use-panel-drawers.ts';
import { useShortcuts } from './use-shortcuts.ts';
import { openFromUrl, useUrlSync } from './use-url-sync.ts';

const QueryConsole = lazy(() =>
  import('../console/QueryConsole.tsx').then((m) => ({ default: m.QueryConsole })),
);

/** From this many nodes (or edges) on, Cytoscape draws with WebGL; below the lower mark it goes back. */
export const WEBGL_ON = { nodes: 1000, edges: 2500 };
export const WEBGL_OFF = { nodes: 700, edges: 1800 };
/** From this size on, the lighter stylesheet (no edge labels, straight edges). */
export const LARGE = { nodes: 300, edges: 800 };

/** `?renderer=canvas` or `?renderer=webgl` pins the renderer (benchmarks compare the two in one run). */
function forcedRenderer(): 'canvas' | 'webgl' | null {
  const value = new URLSearchParams(window.location.search).get('renderer');
  return value === 'canvas' || value === 'webgl' ? value : null;
}

export interface RenderMode {
  webgl: boolean;
  large: boolean;
  /** Why a large canvas is not on WebGL, when it is not. */
  note: string | null;
}

function useRenderMode(): RenderMode {
  const size = useRedstring((s) => ({
    nodes: Object.keys(s.doc.entities).length,
    edges: Object.keys(s.doc.relations).length,
  }));
  const [forced] = useState(forcedRenderer);
  const [webgl, setWebgl] = useState(forced === 'webgl');
  const big = size.nodes >= WEBGL_ON.nodes || size.edges >= WEBGL_ON.edges;
  // Adjusted while rendering (not in an effect), so the canvas never draws once with the wrong
  // renderer; the two thresholds apart keep it from flipping at the boundary.
  if (!forced) {
    if (!webgl && big && webglSupport().hardware) setWebgl(true);
    else if (webgl && size.nodes < WEBGL_OFF.nodes && size.edges < WEBGL_OFF.edges) setWebgl(false);
  }
  const support = big && !webgl ? webglSupport() : null;
  const note = !support
    ? null
    : forced === 'canvas'
      ? 'canvas renderer (forced)'
      : !support.available
        ? 'canvas renderer: this browser has no WebGL 2'
        : 'canvas renderer: WebGL here runs without a GPU, and is slower';
  return { webgl, large: size.nodes >= LARGE.nodes || size.edges >= LARGE.edges, note };
}

const SIDE_TABS: { id: SideTab; label: string }[] = [
  { id: 'filters', label: 'Filters' },
  { id: 'paths', label: 'Paths' },
];

const BOTTOM_TABS: { id: BottomTab; label: string; key: string }[] = [
  { id: 'timeline', label: 'Timeline', key: 'T' },
  { id: 'console', label: 'GraphQL console', key: 'Q' },
];

export function App() {
  const explorer = useExplorer();
  // CasePage mounts the explorer only for an open case, and anew for another one.
  const caseId = useRedstring((s) => s.openCase?.id ?? '');
  const search = useRef<EntityComboboxHandle>(null);
  const sideTab = useRedstring((s) => s.sideTab);
  const bottomTab = useRedstring((s) => s.bottomTab);
  const { webgl, large, note } = useRenderMode();
  const focusSearch = useCallback(() => search.current?.focus(), []);

  useShortcuts(explorer, focusSearch);
  useUrlSync(explorer, caseId);
  // Once per case, also under StrictMode's double effects in development.
  const started = useRef<string | null>(null);
  useEffect(() => {
    if (started.current === caseId) return;
    started.current = caseId;
    void explorer.loadSummary();
    void explorer.loadTimeline();
    void openFromUrl(explorer, caseId);
  }, [explorer, caseId]);

  // Paths chosen from the canvas open the path finder.
  const pathFrom = useRedstring((s) => s.pathFrom);
  const pathTo = useRedstring((s) => s.pathTo);
  useEffect(() => {
    if (pathFrom || pathTo) explorer.store.getState().setSideTab('paths');
  }, [pathFrom, pathTo, explorer]);

  const narrow = useNarrowScreen();
  const focus = useRedstring((s) => s.focus);
  const drawers = usePanelDrawers({
    narrow,
    focusKey: focus ? `${focus.kind}:${focus.id}` : null,
    pathKey: pathFrom || pathTo ? `${pathFrom?.id ?? ''}>${pathTo?.id ?? ''}` : null,
    onDetailsClosed: () => explorer.store.getState().setFocus(null),
  });

  const st = explorer.store.getState();
  return (
    <div className={`app ${bottomTab ? 'drawer-open' : ''}`} data-panel-drawer={drawers.open ?? undefined}>
      <a
        className="skip-link"
        href={`#${GRAPH_CANVAS_ID}`}
        onClick={(event) => {
          // Not a jump to the fragment: the address keeps the view (use-url-sync.ts).
          event.preventDefault();
          document.getElementById(GRAPH_CANVAS_ID)?.focus();
        }}
      >
        Skip to the graph
      </a>
      <TopBar ref={search} panelButtons={<PanelButtons drawers={drawers} />} />
      <ProgressBar />
      <nav className="side-panel" id={drawerId('side')} aria-label="Filters and paths">
        <DrawerHead drawer="side" title="Filters and paths" onClose={drawers.close} />
        <div className="tabs" role="tablist" aria-label="Side panel">
          {SIDE_TABS.map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              id={`side-tab-${t.id}`}
              aria-selected={sideTab === t.id}
              aria-controls={`side-panel-${t.id}`}
              onClick={() => st.setSideTab(t.id)}
            >
              {t.label}
            </button>
          ))}
        </div>
        <div
          className="side-body"
          role="tabpanel"
          id={`side-panel-${sideTab}`}
          aria-labelledby={`side-tab-${sideTab}`}
        >
          {sideTab === 'filters' ? <FiltersPanel /> : <PathsPanel />}
        </div>
      </nav>
      <main className="canvas-area" aria-label="Canvas">
        <GraphCanvas webgl={webgl} large={large} />
        <HighlightBanner />
        <CanvasControls />
        <Legend />
        <CanvasStatus webgl={webgl} note={note} />
        <EmptyCanvas />
      </main>
      <div className="details-drawer" id={drawerId('details')}>
        <DrawerHead drawer="details" title="Details" onClose={drawers.close} />
        <DetailsPanel />
      </div>
      <section className="drawer" aria-label="Timeline and query console">
        <div className="drawer-tabs" role="tablist" aria-label="Drawer">
          {BOTTOM_TABS.map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              aria-selected={bottomTab === t.id}
              onClick={() => st.setBottomTab(bottomTab === t.id ? null : t.id)}
            >
              {t.label} <kbd>{t.key}</kbd>
            </button>
          ))}
          {bottomTab && (
            <button
              type="button"
              className="icon-button drawer-close"
              aria-label="Close drawer"
              onClick={() => st.setBottomTab(null)}
            >
              ⌄
            </button>
          )}
        </div>
        {bottomTab === 'timeline' && <TimelinePanel />}
        {bottomTab === 'console' && (
          <Suspense fallback={<div className="drawer-loading">Loading the editor…</div>}>
            <QueryConsole />
          </Suspense>
        )}
      </section>
      {/* A tap beside an open drawer closes it (and does not reach the canvas). */}
      {drawers.open && <div className="drawer-scrim" aria-hidden="true" onClick={drawers.close} />}
      <ContextMenu />
      <Notices />
      <HelpDialog />
    </div>
  );
}
