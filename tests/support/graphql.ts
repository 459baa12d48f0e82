/**
 * A small GraphQL-over-HTTP client for the suites: it sends a real Request through any fetch
 * function (`app.fetch` in process, or the global fetch against a running server) and hands back
 * the status, the media type and the parsed body.
 */

export type FetchFunction = (request: Request) => Promise<Response>;

export interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string } & Record<string, unknown>;
}

export interface GraphQLResult<T> {
  status: number;
  contentType: string;
  data: T | null | undefined;
  errors: GraphQLErrorShape[];
}

export async function readResult<T>(response: Response): Promise<GraphQLResult<T>> {
  const text = await response.text();
  let body: { data?: T | null; errors?: GraphQLErrorShape[] } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    body = { errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] };
  }
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    data: body.data,
    errors: body.errors ?? [],
  };
}

/** A client bound to one fetch function and one endpoint. */
export function graphqlClient(fetchFn: FetchFunction, endpoint: string) {
  async function post<T>(
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<GraphQLResult<T>> {
    const response = await fetchFn(
      new Request(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
        body: JSON.stringify(variables ? { query, variables } : { query }),
      }),
    );
    return readResult<T>(response);
  }

  /** Like `post`, but fails the test with the errors when there are any. */
  async function data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const result = await post<T>(query, variables);
    if (result.errors.length > 0 || result.data === null || result.data === undefined)
      throw new Error(
        `GraphQL errors (${result.status}) for ${query.slice(0, 80)}: ${JSON.stringify(result.errors)}`,
      );
    return result.data;
  }

  return { post, data };
}

/** A case as a native JSON file, through the API: what "unchanged, to the byte" compares. */
export async function caseExport(client: ReturnType<typeof graphqlClient>, caseId: string): Promise<string> {
  const data = await client.data<{ case: { exportGraph: { files: { content: string }[] } } }>(
    `query ($c: ID!) { case(id: $c) { exportGraph(format: JSON) { files { content } } } }`,
    { c: caseId },
  );
  return data.case.exportGraph.files[0]!.content;
}
