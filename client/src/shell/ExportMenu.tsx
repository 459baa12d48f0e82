/**
 * Exports: the canvas as a PNG picture (the whole graph at twice the screen's resolution) or as
 * Cytoscape JSON (elements, positions, style, viewport), both through the canvas handle; and the graph
 * data of the entities on the canvas, or of the whole case, in every format the server writes
 * (exportGraph).
 */
import { useEffect, useRef, useState } from 'react';
import { ExportGraphQuery, GraphFormatsQuery } from '../api/operations.ts';
import { useCaseQuery } from '../state/use-query.ts';
import type { GraphFormat } from '../generated/graphql.ts';
import { errorText } from '../state/explorer.ts';
import { download, fileStamp } from './download.ts';
import { useExplorer, useRedstring } from '../state/ExplorerProvider.tsx';

export function ExportMenu() {
  const explorer = useExplorer();
  const [open, setOpen] = useState(false);
  const [wholeCase, setWholeCase] = useState(false);
  const empty = useRedstring((s) => Object.keys(s.doc.entities).length === 0);
  const formats = useCaseQuery(GraphFormatsQuery, open ? {} : null);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (ref.current && !ref.current.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    window.addEventListener('mousedown', onDown);
    window.addEventListener('keydown', onKey);
    ref.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    return () => {
      window.removeEventListener('mousedown', onDown);
      window.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const exportPng = async () => {
    setOpen(false);
    const canvas = explorer.canvas();
    if (!canvas) return;
    try {
      download(await canvas.png(), `redstring-${fileStamp()}.png`);
    } catch (error) {
      explorer.store.getState().notify('error', `The picture could not be made: ${errorText(error)}`);
    }
  };
  const exportJson = () => {
    setOpen(false);
    const canvas = explorer.canvas();
    if (!canvas) return;
    const blob = new Blob([JSON.stringify(canvas.json(), null, 2)], { type: 'application/json' });
    download(blob, `redstring-${fileStamp()}.cy.json`);
  };
  const exportData = async (format: GraphFormat, label: string) => {
    setOpen(false);
    const s = explorer.store.getState();
    const ids = wholeCase ? null : Object.keys(s.doc.entities);
    s.begin();
    try {
      const data = await explorer.caseApi.request(ExportGraphQuery, { format, ids });
      for (const file of data.case.exportGraph.files)
        download(new Blob([file.content], { type: file.mediaType }), file.fileName);
      s.notify(
        'info',
        `Exported ${wholeCase ? 'the whole case' : `${ids?.length ?? 0} entities`} as ${label}.`,
      );
    } catch (error) {
      s.notify('error', `Export as ${label} failed: ${errorText(error)}`);
    } finally {
      s.end();
    }
  };

  const dataFormats = formats.status === 'done' ? formats.data.case.formats.filter((f) => f.canExport) : [];
  return (
    <div className="menu-anchor" ref={ref}>
      <button type="button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        Export ▾
      </button>
      {open && (
        <div className="dropdown" role="menu" aria-label="Export">
          <div className="menu-heading">The canvas</div>
          <button type="button" role="menuitem" disabled={empty} onClick={() => void exportPng()}>
            Picture (PNG)
          </button>
          <button type="button" role="menuitem" disabled={empty} onClick={exportJson}>
            Cytoscape JSON (with positions)
          </button>
          <div className="menu-separator" role="separator" />
          <div className="menu-heading">Graph data</div>
          <button
            type="button"
            role="menuitemcheckbox"
            aria-checked={wholeCase}
            className="menu-check"
            onClick={() => setWholeCase((w) => !w)}
          >
            <span className="checkmark" aria-hidden="true">
              {wholeCase ? '☑' : '☐'}
            </span>
            Whole case, not only the canvas
          </button>
          {formats.status === 'loading' && <div className="menu-note">Loading formats…</div>}
          {formats.status === 'error' && <div className="menu-note error">{formats.error}</div>}
          {dataFormats.map((f) => (
            <button
              key={f.format}
              type="button"
              role="menuitem"
              disabled={empty && !wholeCase}
              onClick={() => void exportData(f.format, f.label)}
            >
              {f.label}
              <span className="menu-ext">{f.extensions.join(' ')}</span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
