/**
 * Runs a typed operation for a panel and tracks its loading, error and data. A newer request (other
 * variables) aborts the older one, so a slow answer never overwrites a fresh one.
 */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { useEffect, useState } from 'react';
import { errorText } from './explorer.ts';
import { useExplorer } from './ExplorerProvider.tsx';

export type QueryState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; error: string }
  | { status: 'done'; data: T };

export function useQuery<TResult, TVariables>(
  document: DocumentTypeDecoration<TResult, TVariables>,
  variables: TVariables | null,
  /** Bump to run the same query again (e.g. after the graph changed). */
  refresh = 0,
): QueryState<TResult> {
  const { api } = useExplorer();
  const key = variables === null ? null : JSON.stringify(variables);
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
    api.request(document, JSON.parse(key) as TVariables, controller.signal).then(
      (data) => settle({ status: 'done', data }),
      (error: unknown) => settle({ status: 'error', error: errorText(error) }),
    );
    return () => controller.abort();
  }, [api, document, key, refresh]);
  if (key === null) return { status: 'idle' };
  if (answer?.key !== key || answer.refresh !== refresh) return { status: 'loading' };
  return answer.state;
}
