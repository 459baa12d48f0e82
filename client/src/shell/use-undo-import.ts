/**
 * Undoing an import from the explorer: the mutation, a notice saying what it did, and, when the
 * import was into the open case, the canvas, summary and timeline brought in line with the store.
 */
import { useState } from 'react';
import { UndoImportMutation } from '../api/import-operations.ts';
import type { UndoImportMutation as UndoImportResult } from '../generated/graphql.ts';
import { errorText } from '../state/explorer.ts';
import { useExplorer } from '../state/ExplorerProvider.tsx';

type Outcome = UndoImportResult['undoImport'];

export type UndoResult =
  | { kind: 'undone'; outcome: Outcome }
  | { kind: 'blocked'; outcome: Outcome }
  | { kind: 'failed'; error: string };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "3 entities, 1 relation" for the kinds that are not zero; "nothing" otherwise. */
export function kindCounts(c: Outcome['removed']): string {
  const parts = [
    c.entities > 0 && plural(c.entities, 'entity', 'entities'),
    c.relations > 0 && plural(c.relations, 'relation', 'relations'),
    c.sources > 0 && plural(c.sources, 'source', 'sources'),
  ].filter((part): part is string => typeof part === 'string');
  return parts.length > 0 ? parts.join(', ') : 'nothing';
}

export function useUndoImport(): {
  busy: boolean;
  /** Undoes import `id` of case `caseId` (null: the open case). */
  run(id: string, caseId: string | null): Promise<UndoResult>;
} {
  const explorer = useExplorer();
  const [busy, setBusy] = useState(false);
  const run = async (id: string, caseId: string | null): Promise<UndoResult> => {
    const s = explorer.store.getState();
    const open = s.openCase?.id ?? null;
    const target = caseId ?? open;
    if (target === null) return { kind: 'failed', error: 'No case is open.' };
    setBusy(true);
    try {
      const outcome = (await explorer.api.request(UndoImportMutation, { case: target, id })).undoImport;
      if (!outcome.undone) return { kind: 'blocked', outcome };
      s.notify(
        'info',
        `Undid the import of ${outcome.import.file ?? 'a graph'}: removed ${kindCounts(outcome.removed)}, restored ${kindCounts(outcome.restored)}.`,
      );
      if (target === open) await explorer.refresh();
      return { kind: 'undone', outcome };
    } catch (error) {
      return { kind: 'failed', error: errorText(error) };
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}
