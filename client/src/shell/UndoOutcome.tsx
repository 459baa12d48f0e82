/**
 * What an undo did, or what blocks it: each record touched since the import, with the reason, so
 * that the investigator can take those writes back first or keep the import.
 */
import { kindCounts, type UndoResult } from './use-undo-import.ts';

export function UndoOutcomeView({ result }: { result: UndoResult }) {
  if (result.kind === 'failed')
    return (
      <p className="panel-error" role="alert">
        {result.error}
      </p>
    );
  const { outcome } = result;
  if (result.kind === 'undone')
    return (
      <p className="small" role="status">
        Undone: removed {kindCounts(outcome.removed)}, restored {kindCounts(outcome.restored)}.
      </p>
    );
  const more = outcome.blockerCount - outcome.blockers.length;
  return (
    <div className="undo-blocked" role="alert">
      <p className="small">
        Not undone: {outcome.blockerCount === 1 ? 'one record was' : `${outcome.blockerCount} records were`}{' '}
        touched since the import. Nothing was written.
      </p>
      <ul className="small">
        {outcome.blockers.map((b) => (
          <li key={`${b.kind} ${b.id} ${b.reason}`}>
            <span className="blocker-kind">{b.kind}</span> <code>{b.id}</code>: {b.reason}
          </li>
        ))}
        {more > 0 && <li>… and {more} more</li>}
      </ul>
    </div>
  );
}
