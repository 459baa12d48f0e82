/**
 * Where the import dialog writes: the open case (the default), another case, or a new one, whose id
 * and name are asked for here and which the dialog creates before it imports.
 */
import type { CaseInfo } from '../state/case-slice.ts';
import { NewCaseFields, type NewCase } from './NewCaseFields.tsx';

export type ImportTarget = { kind: 'case'; id: string } | { kind: 'new'; draft: NewCase };

/** The option that stands for a new case: `+` cannot be in a case id, so no case has this value. */
const NEW = '+new';

export function ImportTargetField({
  value,
  onChange,
  openCase,
  cases,
  disabled,
}: {
  value: ImportTarget;
  onChange(value: ImportTarget): void;
  openCase: CaseInfo;
  /** Every case; the open one is listed first whatever this holds. */
  cases: readonly CaseInfo[];
  disabled: boolean;
}) {
  const others = cases.filter((c) => c.id !== openCase.id);
  // A case made a moment ago may not be in the list yet: it is still the one chosen.
  const unlisted =
    value.kind === 'case' && value.id !== openCase.id && !others.some((c) => c.id === value.id)
      ? value.id
      : null;
  return (
    <div className="import-target">
      <div className="field">
        <label htmlFor="import-target">Import into</label>
        <select
          id="import-target"
          value={value.kind === 'new' ? NEW : value.id}
          disabled={disabled}
          onChange={(e) =>
            onChange(
              e.target.value === NEW
                ? { kind: 'new', draft: { id: '', name: '' } }
                : { kind: 'case', id: e.target.value },
            )
          }
        >
          <option value={openCase.id}>{openCase.name} (this case)</option>
          {unlisted && <option value={unlisted}>{unlisted}</option>}
          {others.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
          <option value={NEW}>A new case…</option>
        </select>
      </div>
      {value.kind === 'new' && (
        <NewCaseFields
          value={value.draft}
          onChange={(draft) => onChange({ kind: 'new', draft })}
          idPrefix="import-new-case"
        />
      )}
    </div>
  );
}
