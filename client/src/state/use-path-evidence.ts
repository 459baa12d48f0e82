/**
 * Loads what supports each relation of a path card: every relation by id, with its two ends (so the
 * server finds it through them, not by looking through every relation), all at once. A relation
 * deleted since the path was found answers null.
 */
import { useEffect, useState } from 'react';
import { RelationDetailsQuery } from '../api/operations.ts';
import { errorText } from './explorer.ts';
import { useExplorer } from './ExplorerProvider.tsx';
import type { PathCard } from './path-cards.ts';
import type { EvidencedRelation } from './path-evidence.ts';
import type { QueryState } from './use-query.ts';

export type PathEvidence = ReadonlyMap<string, EvidencedRelation | null>;

/** The relations a card asks about, each with its ends as the relation points. */
function asks(card: PathCard): { id: string; from: string | null; to: string | null }[] {
  return card.steps.flatMap((options, i) =>
    options.map((step) => {
      const here = card.entities[i] ?? null;
      const next = card.entities[i + 1] ?? null;
      return { id: step.relation, from: step.forward ? here : next, to: step.forward ? next : here };
    }),
  );
}

/** The card's evidence; the component that shows it is mounted per card, so it loads once. */
export function usePathEvidence(card: PathCard): QueryState<PathEvidence> {
  const { caseApi } = useExplorer();
  const [state, setState] = useState<QueryState<PathEvidence>>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    const loads = asks(card).map(async (vars) => {
      const data = await caseApi.request(RelationDetailsQuery, vars, controller.signal);
      return [vars.id, data.case.relation ?? null] as const;
    });
    const settle = (next: QueryState<PathEvidence>) => {
      if (!controller.signal.aborted) setState(next);
    };
    Promise.all(loads).then(
      (pairs) => settle({ status: 'done', data: new Map(pairs) }),
      (error: unknown) => settle({ status: 'error', error: errorText(error) }),
    );
    return () => controller.abort();
  }, [caseApi, card]);
  return state;
}
