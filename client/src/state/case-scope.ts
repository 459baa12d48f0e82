/**
 * The open case, for the API: every question about a case is asked under `case(id: $case)`, and
 * this is the one place that fills `$case` in. Opening another case aborts what was asked of the
 * previous one, and an answer that arrives after all is dropped (an AbortError, which the explorer
 * ignores), so nothing of one case is ever drawn into another.
 */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { ApiError, type ApiClient } from '../api/client.ts';

export interface CaseScope {
  /** The open case; null on the start page. */
  readonly id: string | null;
  /** Aborted when another case opens (or none). */
  readonly signal: AbortSignal;
}

export interface CaseScopes {
  current(): CaseScope;
  /** Makes `id` the open case; what was asked of the previous one is aborted. */
  open(id: string | null): CaseScope;
}

export function createCaseScopes(): CaseScopes {
  let controller = new AbortController();
  let scope: CaseScope = { id: null, signal: controller.signal };
  return {
    current: () => scope,
    open(id) {
      controller.abort();
      controller = new AbortController();
      scope = { id, signal: controller.signal };
      return scope;
    },
  };
}

/** The API of the open case: the operations that take `$case`, without it. */
export interface CaseApi {
  request<TResult, TVariables extends { case: unknown }>(
    document: DocumentTypeDecoration<TResult, TVariables>,
    variables: Omit<TVariables, 'case'>,
    signal?: AbortSignal,
  ): Promise<TResult>;
}

function closed(): DOMException {
  return new DOMException('Another case was opened.', 'AbortError');
}

export function createCaseApi(api: ApiClient, scopes: CaseScopes): CaseApi {
  return {
    async request<TResult, TVariables extends { case: unknown }>(
      document: DocumentTypeDecoration<TResult, TVariables>,
      variables: Omit<TVariables, 'case'>,
      signal?: AbortSignal,
    ): Promise<TResult> {
      const scope = scopes.current();
      if (scope.id === null) throw new ApiError('No case is open.');
      // The variables with their case are what the generated type describes; TypeScript cannot
      // see that an Omit put back together is the whole.
      const withCase = { ...variables, case: scope.id } as unknown as TVariables;
      const data = await api.request(
        document,
        withCase,
        signal ? AbortSignal.any([scope.signal, signal]) : scope.signal,
      );
      if (scope.signal.aborted) throw closed();
      return data;
    },
  };
}
