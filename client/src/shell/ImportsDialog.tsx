/**
 * The open case's imports, newest first: which file, in what format, when, by whom, and what each
 * created and changed. An editor can undo one that stands; when later writes block it, the dialog
 * lists what blocks it, record by record, and nothing was written.
 */
import { useEffect, useRef, useState } from 'react';
import { CaseImportsQuery } from '../api/import-operations.ts';
import type { ImportRecordFieldsFragment } from '../generated/graphql.ts';
import { useCaseQuery } from '../state/use-query.ts';
import { UndoOutcomeView } from './UndoOutcome.tsx';
import { useUndoImport, type UndoResult } from './use-undo-import.ts';

/** Imports listed; the oldest beyond are left to the API and the CLI. */
const LISTED = 50;

function counts(c: ImportRecordFieldsFragment['entities']): string {
  return c.updated > 0 ? `${c.created} new, ${c.updated} changed` : `${c.created} new`;
}

function ImportRow({
  listed,
  canUndo,
  result,
  onResult,
}: {
  listed: ImportRecordFieldsFragment;
  canUndo: boolean;
  /** What undoing it did, kept by the dialog. */
  result: UndoResult | undefined;
  onResult: (result: UndoResult) => void;
}) {
  const undo = useUndoImport();
  const [asking, setAsking] = useState(false);
  // Once undone, the record as the undo returned it (when and by whom), without asking the list again.
  const record = result?.kind === 'undone' ? result.outcome.import : listed;
  const name = record.file ?? 'Graph sent through the API';
  const run = async () => {
    setAsking(false);
    onResult(await undo.run(record.id, null));
  };
  return (
    <li className="import-record" aria-label={`Import of ${name}`}>
      <div className="import-record-head">
        <strong>{name}</strong>
        {record.format && <span className="muted small"> · {record.format}</span>}
      </div>
      <div className="muted small">
        {new Date(record.at).toLocaleString()} by {record.by}
      </div>
      <div className="small">
        Entities: {counts(record.entities)} · Relations: {counts(record.relations)} · Sources:{' '}
        {counts(record.sources)}
      </div>
      {record.undoneAt ? (
        <div className="small import-undone">
          Undone {new Date(record.undoneAt).toLocaleString()} by {record.undoneBy}
        </div>
      ) : (
        canUndo &&
        (asking ? (
          <div className="import-confirm" role="group" aria-label="Confirm undo">
            <span className="small">
              Remove what this import created and put back what it changed?
              {record.wholeCase ? ' It loaded the whole case: the case will be empty.' : ''}
            </span>
            <button type="button" onClick={() => setAsking(false)}>
              Keep it
            </button>
            <button type="button" className="danger" disabled={undo.busy} onClick={() => void run()}>
              Undo it
            </button>
          </div>
        ) : (
          <button type="button" disabled={undo.busy} onClick={() => setAsking(true)}>
            {undo.busy ? 'Undoing…' : 'Undo this import'}
          </button>
        ))
      )}
      {result && <UndoOutcomeView result={result} />}
    </li>
  );
}

export function ImportsDialog({
  open,
  onClose,
  canUndo,
}: {
  open: boolean;
  onClose: () => void;
  canUndo: boolean;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const imports = useCaseQuery(CaseImportsQuery, open ? { first: LISTED } : null);
  const [results, setResults] = useState<Record<string, UndoResult>>({});

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  const records = imports.status === 'done' ? imports.data.case.imports.edges.map((e) => e.node) : [];
  return (
    <dialog ref={dialog} className="import-dialog imports-dialog" aria-label="Imports" onClose={onClose}>
      <header>
        <h2>Imports into this case</h2>
        <button type="button" className="icon-button" aria-label="Close imports" onClick={onClose}>
          ×
        </button>
      </header>
      <p className="muted small">
        Undoing an import removes what it created and puts back what it changed, as long as nothing has
        touched those records since.
      </p>
      {imports.status === 'loading' && <p className="muted small">Loading…</p>}
      {imports.status === 'error' && (
        <p className="panel-error" role="alert">
          {imports.error}
        </p>
      )}
      {imports.status === 'done' && records.length === 0 && (
        <p className="muted small">Nothing has been imported into this case.</p>
      )}
      <ul className="import-records">
        {records.map((record) => (
          <ImportRow
            key={record.id}
            listed={record}
            canUndo={canUndo}
            result={results[record.id]}
            onResult={(result) => setResults((all) => ({ ...all, [record.id]: result }))}
          />
        ))}
      </ul>
      {imports.status === 'done' && imports.data.case.imports.pageInfo.hasNextPage && (
        <p className="muted small">
          The {LISTED} latest are listed; `redstring imports --first N` lists more.
        </p>
      )}
      <footer>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </footer>
    </dialog>
  );
}
