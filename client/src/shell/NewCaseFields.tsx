/**
 * The id and name of a new case, as the start page and the import dialog ask for them. The id is
 * checked against the identifier rule before anything is sent (`newCaseProblem`), so that a bad one
 * is refused here, with words, rather than by the server.
 */
import { caseIdProblem } from '../state/case-id.ts';

export interface NewCase {
  id: string;
  name: string;
}

export const emptyNewCase: NewCase = { id: '', name: '' };

/** What keeps `value` from being created, fit to show; null when nothing does. */
export function newCaseProblem(value: NewCase): string | null {
  return caseIdProblem(value.id.trim()) ?? (value.name.trim() === '' ? 'Give the case a name.' : null);
}

export function NewCaseFields({
  value,
  onChange,
  idPrefix,
}: {
  value: NewCase;
  onChange(value: NewCase): void;
  /** Makes the fields' ids unique where two forms could be on one page. */
  idPrefix: string;
}) {
  return (
    <div className="new-case-fields">
      <div className="field">
        <label htmlFor={`${idPrefix}-id`}>Case id</label>
        <input
          id={`${idPrefix}-id`}
          type="text"
          value={value.id}
          onChange={(e) => onChange({ ...value, id: e.target.value })}
          placeholder="e.g. kursk-2024"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${idPrefix}-id-hint`}
        />
        <span id={`${idPrefix}-id-hint`} className="muted small">
          Letters, digits and _ . : - ; it names the case in links.
        </span>
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-name`}>Case name</label>
        <input
          id={`${idPrefix}-name`}
          type="text"
          value={value.name}
          onChange={(e) => onChange({ ...value, name: e.target.value })}
          placeholder="e.g. Procurement network 2024"
          autoComplete="off"
          maxLength={200}
        />
      </div>
    </div>
  );
}
