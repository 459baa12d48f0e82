/**
 * Importing a file: choose it (the format is detected unless chosen), check what would change with a
 * dry run, then import. The file is uploaded (multipart) and imported by a job on the server, which
 * this dialog follows: a progress bar, a cancel button, then the report or the error naming the
 * line or element. The import is atomic: a failed or cancelled one writes nothing.
 */
import { useEffect, useRef, useState } from 'react';
import {
  CancelImportMutation,
  GraphFormatsQuery,
  ImportJobQuery,
  StartImportMutation,
} from '../api/operations.ts';
import { useQuery } from '../state/use-query.ts';
import type { GraphFormat, StartImportMutation as StartResult } from '../generated/graphql.ts';
import { errorText } from '../state/explorer.ts';
import { useExplorer } from '../state/ExplorerProvider.tsx';

type Job = StartResult['startImport'];
type Report = NonNullable<Job['report']>;

/** How often a running job is asked for its progress. */
const POLL_MS = 400;

const PHASES: Record<NonNullable<Job['phase']>, string> = {
  READING: 'Reading',
  PLANNING: 'Comparing with the store',
  WRITING: 'Writing',
  COMMITTING: 'Committing',
};

function JobProgress({ job }: { job: Job }) {
  const percent = job.totalBytes > 0 ? Math.round((100 * job.bytesRead) / job.totalBytes) : 0;
  return (
    <section className="import-progress" aria-label="Import progress">
      <progress max={job.totalBytes || 1} value={job.bytesRead} aria-label="Bytes read" />
      <p className="muted small" aria-live="polite">
        {job.phase ? PHASES[job.phase] : job.state === 'QUEUED' ? 'Starting' : 'Finishing'}: {percent}% read,{' '}
        {job.records.toLocaleString()} records
      </p>
    </section>
  );
}

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
  const [job, setJob] = useState<Job | null>(null);
  // Set while this dialog follows a job; a closed dialog stops following it.
  const following = useRef<string | null>(null);

  // Each opening starts from a clean form; reset while rendering, so the old report never shows.
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) {
      setFile(null);
      setReport(null);
      setError(null);
      setDone(false);
      setFormat('');
      setJob(null);
    }
  }

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
    if (!open) following.current = null;
  }, [open]);

  const importable = formats.status === 'done' ? formats.data.graphFormats.filter((f) => f.canImport) : [];
  const accept = importable.flatMap((f) => f.extensions).join(',');

  /** Polls the job until it ends; its last state, or null when the dialog stopped following it. */
  const follow = async (started: Job): Promise<Job | null> => {
    following.current = started.id;
    let current = started;
    setJob(current);
    while (current.state === 'QUEUED' || current.state === 'RUNNING') {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      if (following.current !== started.id) return null;
      const data = await explorer.api.request(ImportJobQuery, { id: started.id });
      if (!data.importJob) throw new Error('The server no longer knows this import.');
      current = data.importJob;
      setJob(current);
    }
    following.current = null;
    return current;
  };

  const cancel = async () => {
    if (!job) return;
    try {
      await explorer.api.request(CancelImportMutation, { id: job.id });
    } catch (err) {
      setError(errorText(err));
    }
  };

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    setReport(null);
    try {
      const started = await explorer.api.upload(StartImportMutation, { format: format || null, dryRun }, [
        file,
      ]);
      const ended = await follow(started.startImport);
      if (!ended) return;
      if (ended.state === 'CANCELLED') {
        setError('The import was cancelled; nothing was written.');
        return;
      }
      if (ended.error || !ended.report) {
        setError(ended.error?.message ?? 'The import failed.');
        return;
      }
      const finished = ended.report;
      setReport(finished);
      if (!dryRun) {
        setDone(true);
        const e = finished.entities;
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
      setJob(null);
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
      {job && <JobProgress job={job} />}
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
        {job ? (
          <button type="button" onClick={() => void cancel()}>
            Stop import
          </button>
        ) : (
          <button type="button" onClick={onClose}>
            {done ? 'Close' : 'Cancel'}
          </button>
        )}
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
