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
  const [state, setState] = useState<QueryState<TResult>>({ status: 'idle' });
  const key = variables === null ? null : JSON.stringify(variables);
  useEffect(() => {
    if (key === null) {
      setState({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    setState({ status: 'loading' });
    api.request(document, JSON.parse(key) as TVariables, controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'done', data });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error: errorText(error) });
      },
    );
    return () => controller.abort();
  }, [api, document, key, refresh]);
  return state;
}
