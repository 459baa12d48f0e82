/**
 * "Undo this import" under an import's report: the import just made, taken back at once (a wrong
 * file, the wrong case), and what that did or what blocks it.
 */
import { useState } from 'react';
import { UndoOutcomeView } from './UndoOutcome.tsx';
import { useUndoImport, type UndoResult } from './use-undo-import.ts';

export function UndoThisImport({ id, caseId }: { id: string; caseId: string }) {
  const undo = useUndoImport();
  const [result, setResult] = useState<UndoResult | null>(null);
  return (
    <div className="undo-this-import">
      <button
        type="button"
        disabled={undo.busy || result?.kind === 'undone'}
        onClick={() => void undo.run(id, caseId).then(setResult)}
      >
        {undo.busy ? 'Undoing…' : 'Undo this import'}
      </button>
      {result && <UndoOutcomeView result={result} />}
    </div>
  );
}
