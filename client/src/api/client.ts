/**
 * A minimal GraphQL-over-HTTP client: one POST per operation, typed by the generated documents. No
 * cache: the store is the cache, and every answer is merged into it explicitly.
 */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

/** One error of a GraphQL response, as the server sends it. */
export interface GraphQLErrorShape {
  message: string;
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown>;
}

/** Raised when the server answers with errors (or not at all); the message is fit to show. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    message: string,
    readonly errors: readonly GraphQLErrorShape[] = [],
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface RawResponse {
  data?: unknown;
  errors?: GraphQLErrorShape[];
}

export interface ApiClient {
  /** Runs a generated, typed operation; throws ApiError when the answer has errors. */
  request<TResult, TVariables>(
    document: DocumentTypeDecoration<TResult, TVariables>,
    variables: TVariables,
    signal?: AbortSignal,
  ): Promise<TResult>;
  /**
   * Runs a typed operation with files, as a multipart upload (the GraphQL multipart request spec):
   * each file becomes the variable `files[i]`.
   */
  upload<TResult, TVariables extends { files: unknown }>(
    document: DocumentTypeDecoration<TResult, TVariables>,
    variables: Omit<TVariables, 'files'>,
    files: readonly File[],
    signal?: AbortSignal,
  ): Promise<TResult>;
  /** Runs any query text (the console); returns the raw response, errors included. */
  raw(query: string, variables?: Record<string, unknown>, signal?: AbortSignal): Promise<RawResponse>;
}

export interface ApiClientOptions {
  /** Where the API listens. @default '/graphql' */
  endpoint?: string;
  /** The fetch to use (tests pass their own). @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Called when the server answers 401: the session ended (revoked, expired, restarted). */
  onUnauthenticated?: () => void;
}

function isRawResponse(value: unknown): value is RawResponse {
  return typeof value === 'object' && value !== null && ('data' in value || 'errors' in value);
}

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const endpoint = options.endpoint ?? '/graphql';
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);

  async function post(
    query: string,
    variables: unknown,
    signal?: AbortSignal,
    files: readonly File[] = [],
  ): Promise<RawResponse> {
    let response: Response;
    const accept = 'application/graphql-response+json, application/json';
    try {
      response = await doFetch(
        endpoint,
        files.length === 0
          ? {
              method: 'POST',
              headers: { 'content-type': 'application/json', accept },
              body: JSON.stringify({ query, variables }),
              ...(signal ? { signal } : {}),
            }
          : {
              method: 'POST',
              // Multipart is a type a cross-site form may send: the server wants this header too.
              headers: { accept, 'x-graphql-yoga-csrf': '1' },
              body: multipartBody(query, variables, files),
              ...(signal ? { signal } : {}),
            },
      );
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new ApiError('Cannot reach the Redstring server. Is it running?');
    }
    if (response.status === 401) {
      options.onUnauthenticated?.();
      throw new ApiError('Your session has ended; sign in again.', [], 401);
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new ApiError(
        `The server answered ${response.status} ${response.statusText} without GraphQL.`,
        [],
        response.status,
      );
    }
    if (!isRawResponse(body)) throw new ApiError('The server answered with something that is not GraphQL.');
    return body;
  }

  function dataOf(body: RawResponse): never {
    if (body.errors && body.errors.length > 0) {
      throw new ApiError(body.errors.map((e) => e.message).join('; '), body.errors);
    }
    if (body.data === undefined || body.data === null) throw new ApiError('The server returned no data.');
    // The generated types describe exactly this operation's answer.
    return body.data as never;
  }

  return {
    async request(document, variables, signal) {
      return dataOf(await post(document.toString(), variables, signal));
    },
    async upload(document, variables, files, signal) {
      return dataOf(await post(document.toString(), variables, signal, files));
    },
    raw(query, variables, signal) {
      return post(query, variables ?? {}, signal);
    },
  };
}

/** The spec's parts: `operations` with a null per file, `map` from part to variable, the files. */
function multipartBody(query: string, variables: unknown, files: readonly File[]): FormData {
  const form = new FormData();
  const withFiles = { ...(variables as Record<string, unknown>), files: files.map(() => null) };
  form.set('operations', JSON.stringify({ query, variables: withFiles }));
  form.set(
    'map',
    JSON.stringify(Object.fromEntries(files.map((_, i) => [String(i), [`variables.files.${i}`]]))),
  );
  files.forEach((file, i) => form.set(String(i), file, file.name));
  return form;
}
