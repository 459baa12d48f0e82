/**
 * What floats over the canvas: zoom and fit, the layout chooser, the legend of the types on the canvas,
 * the banner of a highlighted path, counts and renderer, and the empty state. Every count says what is
 * drawn of what is on the canvas (visible-counts.ts), the same way in the legend, here and in Filters.
 */
import { useState } from 'react';
import { LAYOUTS, type LayoutName } from '../state/view-slice.ts';
import { useExplorer, useRedstring } from '../state/ExplorerProvider.tsx';
import { useVisibleCounts } from '../state/use-visible-counts.ts';
import { countsText, entitiesText, shownOfText } from '../state/visible-counts.ts';
import { CaseCoverage } from './CaseCoverage.tsx';
import { ShapeIcon } from './TypeBadge.tsx';
import { typeLabel } from './entity-style.ts';

export function CanvasControls() {
  const explorer = useExplorer();
  const layout = useRedstring((s) => s.layout.name);
  // "As in the file" only where some entity on the canvas has a position from its file.
  const filePlaced = useRedstring((s) => Object.values(s.doc.entities).some((e) => e.hints?.position));
  const layouts = LAYOUTS.filter((l) => l.name !== 'file' || filePlaced || layout === 'file');
  return (
    <div className="canvas-controls" role="toolbar" aria-label="Canvas controls">
      <label className="layout-select">
        <span className="sr-only">Layout</span>
        <select
          aria-label="Layout"
          value={layout}
          onChange={(e) =>
            explorer.store.getState().requestLayout(e.target.value as LayoutName, 'full', true)
          }
        >
          {layouts.map((l) => (
            <option key={l.name} value={l.name}>
              {l.label}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="icon-button"
        aria-label="Run layout again"
        title="Run layout again (L)"
        onClick={() => explorer.store.getState().requestLayout(undefined, 'full', true)}
      >
        ⟳
      </button>
      <span className="divider" />
      <button
        type="button"
        className="icon-button"
        aria-label="Zoom in"
        title="Zoom in (+)"
        onClick={() => explorer.canvas()?.zoomBy(1.3)}
      >
        +
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label="Zoom out"
        title="Zoom out (-)"
        onClick={() => explorer.canvas()?.zoomBy(1 / 1.3)}
      >
        −
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label="Fit to screen"
        title="Fit (F)"
        onClick={() => explorer.canvas()?.fit()}
      >
        ⤢
      </button>
      <span className="divider" />
      <button
        type="button"
        className="icon-button"
        aria-label="Clear canvas"
        title="Clear the canvas (undo brings it back)"
        onClick={() => explorer.clear()}
      >
        <svg
          width="14"
          height="14"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          aria-hidden="true"
        >
          <path
            d="M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
      </button>
    </div>
  );
}

export function Legend() {
  const counts = useVisibleCounts();
  const excluded = useRedstring((s) => s.filters.excludedEntityTypes);
  const drawerOpen = useRedstring((s) => s.bottomTab !== null);
  const [open, setOpen] = useState(true);
  // The drawer leaves the canvas short: fold the legend away when it opens, and back when it
  // closes (state adjusted while rendering, as React advises, rather than in an effect).
  const [drawerWasOpen, setDrawerWasOpen] = useState(drawerOpen);
  if (drawerOpen !== drawerWasOpen) {
    setDrawerWasOpen(drawerOpen);
    setOpen(!drawerOpen);
  }
  // By what is on the canvas, not what is shown, so that entries keep their places as filters change.
  const entries = Object.entries(counts.types).sort(
    (a, b) => b[1].total - a[1].total || a[0].localeCompare(b[0]),
  );
  if (entries.length === 0) return null;
  return (
    <section className={`legend ${open ? '' : 'collapsed'}`} aria-label="Legend" data-canvas-overlay="bottom">
      <button
        type="button"
        className="legend-toggle"
        aria-expanded={open}
        aria-label={open ? 'Hide legend' : 'Show legend'}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? '–' : `Legend · ${entries.length} types`}
      </button>
      {open && (
        <>
          <ul>
            {entries.map(([type, count]) => (
              <li
                key={type}
                className={excluded.includes(type) || count.shown === 0 ? 'excluded' : ''}
                title={`${typeLabel(type)}: ${count.shown} of ${count.total} shown`}
              >
                <ShapeIcon type={type} size={12} />
                <span>{typeLabel(type)}</span>
                <span className="count">{shownOfText(count)}</span>
              </li>
            ))}
          </ul>
          <p className="legend-total">{entitiesText(counts)}</p>
        </>
      )}
    </section>
  );
}

export function HighlightBanner() {
  const explorer = useExplorer();
  const highlight = useRedstring((s) => s.highlight);
  if (!highlight) return null;
  return (
    <div className="highlight-banner" role="status">
      <span className="highlight-dot" aria-hidden="true" />
      <span className="highlight-text">{highlight.label}</span>
      <button
        type="button"
        className="link small"
        onClick={() => explorer.store.getState().setHighlight(null)}
      >
        Clear
      </button>
    </div>
  );
}

export function CanvasStatus({ webgl, note }: { webgl: boolean; note: string | null }) {
  const visible = useVisibleCounts();
  const counts = useRedstring((s) => ({
    hidden: s.doc.hidden.length,
    selected: s.selection.entities.length + s.selection.relations.length,
  }));
  const explorer = useExplorer();
  return (
    <div className="canvas-status" aria-label="Canvas status">
      <span>{countsText(visible)}</span>
      <CaseCoverage />
      {counts.selected > 0 && <span>{counts.selected} selected</span>}
      {counts.hidden > 0 && (
        <button type="button" className="link small" onClick={() => explorer.showHidden()}>
          Show {counts.hidden} hidden
        </button>
      )}
      {webgl && (
        <span className="webgl-badge" title="Large canvas: drawn with WebGL">
          WebGL
        </span>
      )}
      {note && <span className="render-note">{note}</span>}
    </div>
  );
}

export function EmptyCanvas() {
  const explorer = useExplorer();
  const empty = useRedstring((s) => Object.keys(s.doc.entities).length === 0);
  const pending = useRedstring((s) => s.pending > 0);
  const emptyCase = useRedstring((s) => s.summary?.entityCount === 0);
  if (!empty) return null;
  if (pending)
    return (
      <div className="empty-canvas" aria-busy="true">
        <div className="spinner" aria-hidden="true" />
        <p>Loading the case…</p>
      </div>
    );
  if (emptyCase)
    return (
      <div className="empty-canvas">
        <h2>This case is empty</h2>
        <p>Nothing has been imported into it yet: Import, at the top, reads GraphML, GEXF, CSV and more.</p>
      </div>
    );
  return (
    <div className="empty-canvas">
      <h2>The canvas is empty</h2>
      <p>
        Search for a person, place or organisation (press <kbd>/</kbd>), or start from the most connected
        entities.
      </p>
      <button type="button" className="primary" onClick={() => void explorer.loadOverview()}>
        Show the case overview
      </button>
    </div>
  );
}
