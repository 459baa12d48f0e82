/**
 * Builds the whole HTTP application from its dependencies: the GraphQL endpoint, the health
 * endpoint and the built client. Nothing here listens; `main.ts` does. Tests call `app.fetch`.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { GraphQLError, getOperationAST } from 'graphql';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Config } from './config.ts';
import { EngineUnavailableError } from './engine/cypher-engine.ts';
import { FormatError } from './formats/types.ts';
import { GraphFileError } from './model/case-format.ts';
import { LOCAL_ACTOR } from './store/actor.ts';
import type { GraphStore } from './store/graph-store.ts';
import { InvalidIdentifierError } from './engine/statement.ts';
import { StoreInputError } from './store/types.ts';
import type { Context } from './graphql/context.ts';
import { EXAMPLE_OPERATIONS } from './graphql/examples.ts';
import { createLoaders } from './graphql/loaders.ts';
import { buildSchema } from './graphql/schema.ts';
import { guard } from './http/guard.ts';
import { LOOPBACK_POLICY, type NetworkPolicy } from './http/network-policy.ts';
import { graphiqlCsp } from './http/security-headers.ts';

/** Limits on the shape of a GraphQL document; each refusal is a GraphQL error naming the limit. */
export interface QueryLimits {
  /** @default 12 */
  maxDepth: number;
  /** @default 30 */
  maxAliases: number;
  /**
   * graphql-armor's static cost (objects and scalars weighted by depth). It multiplies by a
   * literal `first` but not by one passed as a variable, so it is a guard against absurd documents;
   * page sizes and traversal limits are enforced by the store.
   * @default 50000
   */
  maxCost: number;
  /** @default 3000 */
  maxTokens: number;
  /** @default 20 */
  maxDirectives: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxCost: 50_000,
  maxTokens: 3_000,
  maxDirectives: 20,
};

export interface AppOptions {
  store: GraphStore;
  config: Pick<Config, 'requestTimeoutMs'>;
  logger: Logger;
  /** @default DEFAULT_QUERY_LIMITS */
  limits?: Partial<QueryLimits>;
  /**
   * Which Host names are answered and which origins may read answers.
   * @default loopback names only, no cross-origin reads
   */
  network?: NetworkPolicy;
  /**
   * Largest request body accepted, in bytes; larger ones get 413 before they are read.
   * @default 33554432 (32 MiB, room for a graph file sent to importGraph)
   */
  maxBodyBytes?: number;
  /**
   * Folder of the built client, served at `/`.
   * @default client/dist of this repository
   */
  clientDir?: string;
}

export interface App {
  fetch(request: Request): Promise<Response>;
  yoga: YogaServerInstance<Record<string, unknown>, Context>;
}

const DEFAULT_CLIENT_DIR = fileURLToPath(new URL('../client/dist/', import.meta.url));

/** Errors that describe what the caller asked for wrongly; their message is safe and useful. */
function isUserError(error: unknown): error is Error {
  return (
    error instanceof StoreInputError ||
    error instanceof GraphFileError ||
    error instanceof InvalidIdentifierError ||
    error instanceof EngineUnavailableError ||
    error instanceof FormatError
  );
}

function errorCode(error: Error): string {
  if (error instanceof EngineUnavailableError) return 'STORE_UNAVAILABLE';
  if (error instanceof StoreInputError) return error.code === 'BAD_INPUT' ? 'BAD_USER_INPUT' : error.code;
  return 'BAD_USER_INPUT';
}

/**
 * Ends an operation that runs past the budget with a clear error instead of holding the
 * connection. The engine's work is not cancelled, but every traversal is bounded by the store's
 * limits, so it ends soon after.
 */
function useTimeBudget(ms: number): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn, args: executeArgs }) {
      // A write is not cancelled by answering early, so telling the client it failed would be
      // false: mutations run to the end (the store bounds them), queries get the budget.
      const operation = getOperationAST(executeArgs.document, executeArgs.operationName);
      if (operation?.operation === 'mutation') return;
      setExecuteFn((args) => {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise((resolve) => {
          timer = setTimeout(
            () =>
              resolve({
                errors: [
                  new GraphQLError(
                    `The request ran past its time budget of ${ms} ms; narrow it (depth, limit, filter).`,
                    {
                      extensions: { code: 'TIME_BUDGET_EXCEEDED' },
                    },
                  ),
                ],
              }),
            ms,
          );
        });
        return Promise.race([Promise.resolve(executeFn(args)), timeout]).finally(() =>
          clearTimeout(timer),
        ) as ReturnType<typeof executeFn>;
      });
    },
  };
}

export function createApp(options: AppOptions): App {
  const { store, logger } = options;
  const limits = { ...DEFAULT_QUERY_LIMITS, ...options.limits };
  // Set when yoga renders GraphiQL: the policy allows that page's inline script by its hash.
  let graphiqlPolicy: string | null = null;
  const yoga = createYoga<Record<string, unknown>, Context>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    context: () => ({ actor: LOCAL_ACTOR, store, loaders: createLoaders(store) }),
    logging: {
      debug: (...args) => logger.debug(args.map(String).join(' ')),
      info: (...args) => logger.info(args.map(String).join(' ')),
      warn: (...args) => logger.warn(args.map(String).join(' ')),
      error: (...args) => logger.error({ err: args[0] }, args.map(String).join(' ')),
    },
    graphiql: {
      title: 'Redstring GraphQL',
      defaultTabs: EXAMPLE_OPERATIONS.map((op) => ({ query: op.query })),
    },
    renderGraphiQL: (options) => {
      const html = renderGraphiQL(options);
      graphiqlPolicy = graphiqlCsp(html);
      return html;
    },
    // Cross-origin reads are decided in front of yoga (http/guard.ts), which never reflects an
    // origin; yoga's own CORS would.
    cors: false,
    maskedErrors: {
      maskError(error, message) {
        const original = error instanceof GraphQLError ? error.originalError : error;
        // Resolvers and scalars throw GraphQLErrors with a code on purpose; graphql-js wraps them
        // once more (for a variable, with a better message naming the field): keep both.
        if (error instanceof GraphQLError && original instanceof GraphQLError)
          return new GraphQLError(error.message, {
            nodes: error.nodes,
            path: error.path,
            extensions: { ...original.extensions, ...error.extensions },
          });
        // Yoga reports unparsable JSON (a GET's variables, say) as a SyntaxError: the caller's fault.
        if (original instanceof SyntaxError)
          return new GraphQLError(`Malformed request: ${original.message}`, {
            extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
          });
        if (isUserError(original))
          return new GraphQLError(original.message, {
            extensions: {
              code: errorCode(original),
              // Where in the file, so a client can point at it.
              ...(original instanceof FormatError
                ? { file: original.file, at: original.at, field: original.field }
                : {}),
            },
            ...(error instanceof GraphQLError ? { nodes: error.nodes, path: error.path } : {}),
          });
        if (error instanceof GraphQLError && !error.originalError) return error;
        logger.error({ err: original }, 'internal error');
        return new GraphQLError(message, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      },
    },
    plugins: [
      EnvelopArmorPlugin({
        maxDepth: { n: limits.maxDepth, exposeLimits: true },
        // armor lets aliases of __typename through by default; 500 of them are still abuse.
        maxAliases: { n: limits.maxAliases, exposeLimits: true, allowList: [] },
        costLimit: { maxCost: limits.maxCost, exposeLimits: true },
        maxTokens: { n: limits.maxTokens, exposeLimits: true },
        maxDirectives: { n: limits.maxDirectives, exposeLimits: true },
        // Suggestions help people who write queries by hand; the schema is public anyway.
        blockFieldSuggestion: { enabled: false },
      }),
      useTimeBudget(options.config.requestTimeoutMs),
    ],
  });

  const maxBodyBytes = options.maxBodyBytes ?? 32 * 1024 * 1024;
  const clientDir = resolve(options.clientDir ?? DEFAULT_CLIENT_DIR);

  async function health(): Promise<Response> {
    // Where the data lives (a folder, a URI) is for the operator's log, not for anyone who asks.
    const { location: _location, durability, ...engine } = await store.engine.health();
    // Lost commits do not take the server down (what was recovered stays readable), but they
    // are not "ok" either: docs/architecture.md, "Durability".
    const lost = durability?.status === 'lost-commits';
    return Response.json(
      {
        status: engine.status !== 'up' ? 'unavailable' : lost ? 'degraded' : 'ok',
        engine,
        ...(durability ? { durability } : {}),
      },
      { status: engine.status === 'up' ? 200 : 503 },
    );
  }

  async function staticFile(pathname: string): Promise<Response> {
    const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
    const file = join(clientDir, relative);
    if (!file.startsWith(clientDir + sep) && file !== clientDir)
      return new Response('Not found', { status: 404 });
    const candidate = (await isFile(file)) ? file : extname(relative) ? null : join(clientDir, 'index.html');
    if (!candidate || !(await isFile(candidate))) {
      if (!extname(relative))
        return new Response('The client is not built. Run `npm run build`, or use the API at /graphql.', {
          status: 503,
          headers: { 'content-type': 'text/plain; charset=utf-8' },
        });
      return new Response('Not found', { status: 404 });
    }
    const body = await readFile(candidate);
    const hashed = candidate.includes(`${sep}assets${sep}`);
    return new Response(body, {
      headers: {
        'content-type': MEDIA_TYPES[extname(candidate)] ?? 'application/octet-stream',
        'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      },
    });
  }

  async function route(incoming: Request): Promise<Response> {
    const url = new URL(incoming.url);
    const tooLarge = (size: string) =>
      Response.json(
        { errors: [{ message: `Request body of ${size} is over the limit of ${maxBodyBytes} bytes` }] },
        { status: 413 },
      );
    const declared = Number(incoming.headers.get('content-length'));
    if (declared > maxBodyBytes) return tooLarge(`${declared} bytes`);
    let request = incoming;
    if (incoming.body && !(declared >= 0 && incoming.headers.has('content-length'))) {
      // No length given (a chunked body): read it here, up to the limit, before yoga does.
      const body = await readUpTo(incoming.body, maxBodyBytes);
      if (!body) return tooLarge('more bytes');
      // A new request from its parts: the platform's Request constructor does not accept the
      // server adapter's Request as input (that was a 500 for every chunked POST).
      const headers = new Headers(incoming.headers);
      headers.delete('transfer-encoding');
      request = new Request(incoming.url, { method: incoming.method, headers, body });
    }
    if (url.pathname === '/graphql' || url.pathname.startsWith('/graphql/')) {
      if (isCrossSiteCandidate(request))
        return Response.json(
          {
            errors: [
              {
                message:
                  'POST requests to /graphql must have content-type application/json (or the header x-graphql-yoga-csrf); this protects against cross-site request forgery.',
                extensions: { code: 'CSRF_PREVENTED' },
              },
            ],
          },
          { status: 403 },
        );
      return yoga.fetch(request);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return new Response('Method not allowed', { status: 405, headers: { allow: 'GET, HEAD' } });
    if (url.pathname === '/health') return health();
    return staticFile(url.pathname);
  }

  return {
    yoga,
    fetch: guard(
      {
        policy: options.network ?? LOOPBACK_POLICY,
        logger,
        htmlCsp: (pathname) => (pathname.startsWith('/graphql') ? graphiqlPolicy : null),
      },
      route,
    ),
  };
}

/**
 * CSRF prevention: a browser sends a cross-site POST without a preflight only with a "simple"
 * content type (form, multipart, plain text). Requiring JSON or a custom header for POST makes
 * every cross-site write need a preflight, which this server does not grant. GET stays open:
 * yoga refuses mutations over GET, so a GET cannot change anything.
 */
function isCrossSiteCandidate(request: Request): boolean {
  if (request.method !== 'POST') return false;
  if (request.headers.has('x-graphql-yoga-csrf') || request.headers.has('apollo-require-preflight'))
    return false;
  const mediaType = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  return !['application/json', 'application/graphql+json', 'application/graphql-response+json'].includes(
    mediaType,
  );
}

/** The whole stream, or null as soon as it passes `limit` bytes (the rest is not read). */
async function readUpTo(stream: ReadableStream<Uint8Array>, limit: number): Promise<ArrayBuffer | null> {
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) {
      const whole = Buffer.concat(parts);
      return whole.buffer.slice(whole.byteOffset, whole.byteOffset + whole.byteLength) as ArrayBuffer;
    }
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return null;
    }
    parts.push(value);
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

const MEDIA_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};
