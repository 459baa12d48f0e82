/**
 * Importing a file: choose it (the format is detected unless chosen) and the case it goes into (the
 * open one, another, or a new one made here), check what would change with a dry run, then import.
 * The file is uploaded (multipart) and imported by a job on the server, which this dialog follows: a
 * progress bar, a cancel button, then the report or the error naming the line or element. The import
 * is atomic: a failed or cancelled one writes nothing. Imported into another case, it offers to open
 * that case.
 */
import { useEffect, useRef, useState } from 'react';
import {
  CancelImportMutation,
  CasesQuery,
  CreateCaseMutation,
  GraphFormatsQuery,
  ImportJobQuery,
  StartImportMutation,
} from '../api/operations.ts';
import { useCaseQuery, useQuery } from '../state/use-query.ts';
import type { GraphFormat, StartImportMutation as StartResult } from '../generated/graphql.ts';
import type { CaseInfo } from '../state/case-slice.ts';
import { errorText } from '../state/explorer.ts';
import { useExplorer } from '../state/ExplorerProvider.tsx';
import { UndoThisImport } from './UndoThisImport.tsx';
import { ImportReportView, type ImportReport } from './ImportReport.tsx';
import { ImportTargetField, type ImportTarget } from './ImportTarget.tsx';
import { Link } from './Link.tsx';
import { newCaseProblem } from './NewCaseFields.tsx';
import { casePath } from './route.ts';

type Job = StartResult['startImport'];

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

export function ImportDialog({
  open,
  onClose,
  openCase,
}: {
  open: boolean;
  onClose(): void;
  /** The case the explorer shows: where the import goes unless another is chosen. */
  openCase: CaseInfo;
}) {
  const explorer = useExplorer();
  const dialog = useRef<HTMLDialogElement>(null);
  const formats = useCaseQuery(GraphFormatsQuery, open ? {} : null);
  const [casesSeen, setCasesSeen] = useState(0);
  const cases = useQuery(CasesQuery, open ? {} : null, casesSeen);
  const [target, setTarget] = useState<ImportTarget>({ kind: 'case', id: openCase.id });
  /** The case the last import went into, when it is not the open one: the dialog offers to open it. */
  const [elsewhere, setElsewhere] = useState<{ id: string; name: string } | null>(null);
  /** The case the last import went into, for undoing it from here. */
  const [imported, setImported] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<GraphFormat | ''>('');
  const [report, setReport] = useState<ImportReport | null>(null);
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
      setTarget({ kind: 'case', id: openCase.id });
      setElsewhere(null);
      setImported(null);
    }
  }

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
    if (!open) following.current = null;
  }, [open]);

  const importable = formats.status === 'done' ? formats.data.case.formats.filter((f) => f.canImport) : [];
  const caseList = cases.status === 'done' ? cases.data.cases : [];
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

  /**
   * The id of the case to import into; a new one is created first (its id checked before it is
   * sent), and from then on is chosen like any other, so that a second try does not create it again.
   */
  const targetCase = async (): Promise<string | null> => {
    if (target.kind === 'case') return target.id;
    const problem = newCaseProblem(target.draft);
    if (problem) {
      setError(problem);
      return null;
    }
    const id = target.draft.id.trim();
    await explorer.api.request(CreateCaseMutation, { input: { id, name: target.draft.name.trim() } });
    setTarget({ kind: 'case', id });
    setCasesSeen((n) => n + 1);
    return id;
  };

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    setReport(null);
    setElsewhere(null);
    setImported(null);
    try {
      const into = await targetCase();
      if (!into) return;
      // Names its case itself: it may not be the open one (case-scope.ts fills in only that).
      const started = await explorer.api.upload(
        StartImportMutation,
        { case: into, format: format || null, dryRun },
        [file],
      );
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
        setImported(ended.case);
        const e = finished.entities;
        const into = ended.case;
        const name =
          into === openCase.id
            ? openCase.name
            : (caseList.find((c) => c.id === into)?.name ??
              (target.kind === 'new' ? target.draft.name.trim() : into));
        explorer.store
          .getState()
          .notify(
            'info',
            `Imported ${file.name} into ${name}: ${e.created} new and ${e.updated} changed entities.`,
          );
        if (into === openCase.id) {
          void explorer.loadSummary();
          void explorer.loadTimeline();
        } else {
          setElsewhere({ id: into, name });
          setCasesSeen((n) => n + 1);
        }
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
      <ImportTargetField
        value={target}
        onChange={(next) => {
          setTarget(next);
          setReport(null);
          setError(null);
          setDone(false);
        }}
        openCase={openCase}
        cases={caseList}
        disabled={busy}
      />
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
        <ImportReportView report={report}>
          {done && report.importId && (
            <UndoThisImport id={report.importId} caseId={imported ?? openCase.id} />
          )}
          {elsewhere && (
            <p className="import-elsewhere">
              It went into “{elsewhere.name}”, not the case open here.{' '}
              <Link to={casePath(elsewhere.id)}>Open “{elsewhere.name}”</Link>
            </p>
          )}
        </ImportReportView>
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
        <button
          type="button"
          disabled={!file || busy || done || target.kind === 'new'}
          title={
            target.kind === 'new' ? 'A new case is empty: everything in the file would be new.' : undefined
          }
          onClick={() => void run(true)}
        >
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
