/**
 * Importing a file: choose it (the format is detected unless chosen), check what would change with a
 * dry run, then import. The import is atomic on the server; a malformed file comes back as an error
 * naming the line or element, and nothing is written.
 */
import { useEffect, useRef, useState } from 'react';
import { GraphFormatsQuery, ImportFileMutation } from '../api/operations.ts';
import { useQuery } from '../state/use-query.ts';
import type { GraphFormat, ImportFileMutation as ImportResult } from '../generated/graphql.ts';
import { errorText } from '../state/explorer.ts';
import { useExplorer } from '../state/ExplorerProvider.tsx';

type Report = ImportResult['importFile'];

/** Larger files go through the `redstring import` command (the API takes at most 32 MiB per request). */
const MAX_BYTES = 30 * 1024 * 1024;

function Counts({ label, counts }: { label: string; counts: Report['entities'] }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{counts.created}</td>
      <td>{counts.updated}</td>
      <td>{counts.unchanged}</td>
      <td>{counts.deleted}</td>
    </tr>
  );
}

export function ImportDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const explorer = useExplorer();
  const dialog = useRef<HTMLDialogElement>(null);
  const formats = useQuery(GraphFormatsQuery, open ? {} : null);
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<GraphFormat | ''>('');
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
    if (open) {
      setFile(null);
      setReport(null);
      setError(null);
      setDone(false);
      setFormat('');
    }
  }, [open]);

  const importable = formats.status === 'done' ? formats.data.graphFormats.filter((f) => f.canImport) : [];
  const accept = importable.flatMap((f) => f.extensions).join(',');

  const run = async (dryRun: boolean) => {
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setError(
        `${file.name} is ${Math.round(file.size / 1048576)} MB; use \`redstring import\` for files over 30 MB.`,
      );
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const content = await file.text();
      const data = await explorer.api.request(ImportFileMutation, {
        content,
        fileName: file.name,
        format: format || null,
        dryRun,
      });
      setReport(data.importFile);
      if (!dryRun) {
        setDone(true);
        const e = data.importFile.entities;
        explorer.store
          .getState()
          .notify('info', `Imported ${file.name}: ${e.created} new and ${e.updated} changed entities.`);
        void explorer.loadSummary();
        void explorer.loadTimeline();
      }
    } catch (err) {
      setReport(null);
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialog} className="import-dialog" aria-label="Import a file" onClose={onClose}>
      <header>
        <h2>Import a file</h2>
        <button type="button" className="icon-button" aria-label="Close import" onClick={onClose}>
          ×
        </button>
      </header>
      <p className="muted small">
        {importable.length > 0 ? `Reads ${importable.map((f) => f.label).join(', ')}.` : 'Loading formats…'}{' '}
        Importing the same file twice changes nothing.
      </p>
      <div className="import-fields">
        <label className="field">
          <span>File</span>
          <input
            type="file"
            aria-label="File to import"
            accept={accept || undefined}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setReport(null);
              setError(null);
              setDone(false);
            }}
          />
        </label>
        <label className="field">
          <span>Format</span>
          <select
            aria-label="Format"
            value={format}
            onChange={(e) => setFormat(e.target.value as GraphFormat | '')}
          >
            <option value="">Detect from the file</option>
            {importable.map((f) => (
              <option key={f.format} value={f.format}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {error && (
        <p className="panel-error" role="alert">
          {error}
        </p>
      )}
      {report && (
        <section
          className="import-report"
          aria-label={report.dryRun ? 'What the import would change' : 'What the import changed'}
        >
          <h3>
            {report.dryRun ? 'The import would change' : 'Imported'}
            {report.format ? ` (${report.format})` : ''}
          </h3>
          <table>
            <thead>
              <tr>
                <th />
                <th scope="col">new</th>
                <th scope="col">changed</th>
                <th scope="col">same</th>
                <th scope="col">removed</th>
              </tr>
            </thead>
            <tbody>
              <Counts label="Entities" counts={report.entities} />
              <Counts label="Relations" counts={report.relations} />
              <Counts label="Sources" counts={report.sources} />
            </tbody>
          </table>
          {report.warnings.length > 0 && (
            <ul className="warnings">
              {report.warnings.slice(0, 20).map((w) => (
                <li key={w}>{w}</li>
              ))}
              {report.warnings.length > 20 && <li>… and {report.warnings.length - 20} more</li>}
            </ul>
          )}
        </section>
      )}
      <footer>
        <button type="button" onClick={onClose}>
          {done ? 'Close' : 'Cancel'}
        </button>
        <button type="button" disabled={!file || busy || done} onClick={() => void run(true)}>
          Check
        </button>
        <button
          type="button"
          className="primary"
          disabled={!file || busy || done}
          onClick={() => void run(false)}
        >
          {busy ? 'Working…' : 'Import'}
        </button>
      </footer>
    </dialog>
  );
}
