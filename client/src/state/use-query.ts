/**
 * Runs a typed operation for a panel and tracks its loading, error and data. A newer request (other
 * variables, or another case) aborts the older one, so a slow answer never overwrites a fresh one.
 * `useCaseQuery` asks the open case (the operations that take `$case`); `useQuery` asks the server
 * itself (the start page, which is in no case).
 */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { useCallback, useEffect, useState } from 'react';
import { errorText } from './explorer.ts';
import { useExplorer, useRedstring } from './ExplorerProvider.tsx';

export type QueryState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; error: string }
  | { status: 'done'; data: T };

/**
 * Runs `run` once per variables (null: not now), case and `refresh`; what answers an earlier
 * request is never shown for a later one.
 */
function useRun<TResult, TVariables>(
  run: (variables: TVariables, signal: AbortSignal) => Promise<TResult>,
  variables: TVariables | null,
  caseId: string | null,
  refresh: number,
): QueryState<TResult> {
  const key = variables === null ? null : JSON.stringify([caseId, variables]);
  // The last answer with the request it answers: anything else asked since is still loading.
  const [answer, setAnswer] = useState<{ key: string; refresh: number; state: QueryState<TResult> } | null>(
    null,
  );
  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    const settle = (state: QueryState<TResult>) => {
      if (!controller.signal.aborted) setAnswer({ key, refresh, state });
    };
    const [, vars] = JSON.parse(key) as [string | null, TVariables];
    run(vars, controller.signal).then(
      (data) => settle({ status: 'done', data }),
      (error: unknown) => settle({ status: 'error', error: errorText(error) }),
    );
    return () => controller.abort();
  }, [run, key, refresh]);
  if (key === null) return { status: 'idle' };
  if (answer?.key !== key || answer.refresh !== refresh) return { status: 'loading' };
  return answer.state;
}

/** An operation of the server's, in no case (the list of cases). */
export function useQuery<TResult, TVariables>(
  document: DocumentTypeDecoration<TResult, TVariables>,
  variables: TVariables | null,
  /** Bump to run the same query again (e.g. after the graph changed). */
  refresh = 0,
): QueryState<TResult> {
  const { api } = useExplorer();
  const run = useCallback(
    (vars: TVariables, signal: AbortSignal) => api.request(document, vars, signal),
    [api, document],
  );
  return useRun(run, variables, null, refresh);
}

/** An operation asked of the open case, with its variables but `$case`. */
export function useCaseQuery<TResult, TVariables extends { case: unknown }>(
  document: DocumentTypeDecoration<TResult, TVariables>,
  variables: Omit<TVariables, 'case'> | null,
  /** Bump to run the same query again (e.g. after the graph changed). */
  refresh = 0,
): QueryState<TResult> {
  const { caseApi } = useExplorer();
  const caseId = useRedstring((s) => s.openCase?.id ?? null);
  const run = useCallback(
    (vars: Omit<TVariables, 'case'>, signal: AbortSignal) => caseApi.request(document, vars, signal),
    [caseApi, document],
  );
  return useRun(run, variables, caseId, refresh);
}
