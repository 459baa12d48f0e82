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
import { ImportJobs } from './formats/import-jobs.ts';
import { FormatError } from './formats/types.ts';
import { GraphFileError } from './model/case-format.ts';
import type { Actor } from './store/actor.ts';
import type { GraphStore } from './store/graph-store.ts';
import { DEFAULT_STORE_LIMITS } from './store/limits.ts';
import { InvalidIdentifierError } from './engine/statement.ts';
import { StoreInputError } from './store/types.ts';
import { CaseScopes, type Context } from './graphql/context.ts';
import { EXAMPLE_OPERATIONS } from './graphql/examples.ts';
import { useInputLimits } from './graphql/limits-plugin.ts';
import { buildSchema } from './graphql/schema.ts';
import { FailedAttempts } from './auth/failed-attempts.ts';
import {
  SESSION_PATH,
  UNKNOWN_CLIENT,
  createAuthHttp,
  type AuthHttp,
  type Client,
} from './http/auth-http.ts';
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
   * Most cost an operation may have: each field costs 1 plus what is selected under it times the
   * items it can return, from the arguments' values (variables included) or the SDL's `@listSize`
   * (server/graphql/cost.ts). Refused before anything runs.
   * @default 100000
   */
  maxCost: number;
  /** Most items in any list argument (`ids`, `types`, a filter's `sources`). @default 2000 */
  maxListItems: number;
  /** Deepest nesting of brackets in a document, and of lists and objects in a variable. @default 64 */
  maxNesting: number;
  /** @default 3000 */
  maxTokens: number;
  /** @default 20 */
  maxDirectives: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxCost: 100_000,
  maxListItems: 2_000,
  maxNesting: 64,
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
   * Largest request body accepted, in bytes, for every request that is not a multipart upload;
   * larger ones get 413 before they are read. Files come by multipart upload or the CLI.
   * @default 1048576 (1 MiB)
   */
  maxBodyBytes?: number;
  /**
   * Largest multipart/form-data body (a file upload), in bytes.
   * @default 268435456 (256 MiB)
   */
  maxUploadBytes?: number;
  /** The page size a list field without a declared size is counted at. @default the store's largest page */
  largestPage?: number;
  /**
   * Who requests come from (http/auth-http.ts).
   * @default authentication off: every request is the local admin
   */
  auth?: AuthHttp;
  /**
   * Folder of the built client, served at `/`.
   * @default client/dist of this repository
   */
  clientDir?: string;
}

export interface App {
  /** `client` is where the request came from (main.ts knows the socket); unknown when omitted. */
  fetch(request: Request, client?: Client): Promise<Response>;
  yoga: YogaServerInstance<{ actor: Actor }, Context>;
  /** The import jobs; stopping the server cancels the running one (`imports.stop()`). */
  imports: ImportJobs;
}

/** 1 MiB: a GraphQL request, not a file; files come by multipart upload or the CLI. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
export const DEFAULT_MAX_UPLOAD_BYTES = 256 * 1024 * 1024;

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
  const imports = new ImportJobs((error, job) =>
    logger.error({ err: error, job: job.id }, 'import job failed on an internal error'),
  );
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const maxUploadBytes = options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  const auth = options.auth ?? createAuthHttp({ authenticator: null, attempts: new FailedAttempts() });
  // Requests as main.ts received them, with where they came from: the guard hands them on as they are.
  const clients = new WeakMap<Request, Client>();
  const yoga = createYoga<{ actor: Actor }, Context>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    // The actor comes from auth-http's check in route(), never from anything the client sends.
    context: ({ actor }) => ({ actor, store, scopes: new CaseScopes(), imports }),
    // The route below applies the limits (multipart or not) before yoga reads a byte.
    maxRequestBodySize: Math.max(maxBodyBytes, maxUploadBytes),
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
      // First: its parse check must run before the parser (and armor's token count) sees the text.
      useInputLimits({
        maxCost: limits.maxCost,
        maxListItems: limits.maxListItems,
        maxNesting: limits.maxNesting,
        largestPage: options.largestPage ?? DEFAULT_STORE_LIMITS.maxPageSize,
      }),
      EnvelopArmorPlugin({
        maxDepth: { n: limits.maxDepth, exposeLimits: true },
        // armor lets aliases of __typename through by default; 500 of them are still abuse.
        maxAliases: { n: limits.maxAliases, exposeLimits: true, allowList: [] },
        // Superseded by useInputLimits' cost, which reads the variables' values.
        costLimit: { enabled: false },
        maxTokens: { n: limits.maxTokens, exposeLimits: true },
        maxDirectives: { n: limits.maxDirectives, exposeLimits: true },
        // Suggestions help people who write queries by hand; the schema is public anyway.
        blockFieldSuggestion: { enabled: false },
      }),
      useTimeBudget(options.config.requestTimeoutMs),
    ],
  });

  const clientDir = resolve(options.clientDir ?? DEFAULT_CLIENT_DIR);

  async function health(request: Request, client: Client): Promise<Response> {
    // With authentication on, anyone may ask whether the server is up, but only someone signed in
    // learns more.
    if (auth.required && (await auth.identify(request, client)) instanceof Response) {
      const { status } = await store.engine.health();
      return Response.json(
        { status: status === 'up' ? 'ok' : 'unavailable' },
        { status: status === 'up' ? 200 : 503 },
      );
    }
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
    // The explorer's own routes (`/cases/<id>`) are pages, even when a case id has a dot in it.
    const page = !extname(relative) || /^cases[/\\][^/\\]+$/.test(relative);
    const candidate = (await isFile(file)) ? file : page ? join(clientDir, 'index.html') : null;
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
    const client = clients.get(incoming) ?? UNKNOWN_CLIENT;
    // A file upload has its own, larger limit; everything else is a GraphQL request or less.
    const upload = mediaTypeOf(incoming) === 'multipart/form-data';
    const limit = upload ? maxUploadBytes : maxBodyBytes;
    const tooLarge = (size: string) => bodyTooLarge(size, limit, upload);
    const declared = Number(incoming.headers.get('content-length'));
    if (declared > limit) return tooLarge(`${declared} bytes`);
    let request = incoming;
    if (incoming.body && !(declared >= 0 && incoming.headers.has('content-length'))) {
      // No length given (a chunked body): read it here, up to the limit, before yoga does.
      const body = await readUpTo(incoming.body, limit);
      if (!body) return tooLarge('more bytes');
      // A new request from its parts: the platform's Request constructor does not accept the
      // server adapter's Request as input (that was a 500 for every chunked POST).
      const headers = new Headers(incoming.headers);
      headers.delete('transfer-encoding');
      request = new Request(incoming.url, { method: incoming.method, headers, body });
    }
    if (url.pathname === SESSION_PATH) return auth.session(request, client);
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
      const actor = await auth.identify(request, client);
      if (actor instanceof Response) return actor;
      return yoga.fetch(request, { actor });
    }
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return new Response('Method not allowed', { status: 405, headers: { allow: 'GET, HEAD' } });
    if (url.pathname === '/health') return health(request, client);
    return staticFile(url.pathname);
  }

  const guarded = guard(
    {
      policy: options.network ?? LOOPBACK_POLICY,
      logger,
      htmlCsp: (pathname) => (pathname.startsWith('/graphql') ? graphiqlPolicy : null),
    },
    route,
  );
  return {
    yoga,
    imports,
    fetch(request, client = UNKNOWN_CLIENT) {
      clients.set(request, client);
      return guarded(request);
    },
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
  const mediaType = mediaTypeOf(request);
  return !['application/json', 'application/graphql+json', 'application/graphql-response+json'].includes(
    mediaType,
  );
}

function mediaTypeOf(request: Request): string {
  return (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

/** 413 naming the limit that applied and how to send something larger. */
function bodyTooLarge(size: string, limit: number, upload: boolean): Response {
  const mib = `${Math.round((limit / 1024 / 1024) * 100) / 100} MiB`;
  const hint = upload
    ? 'import larger files with the command line (`npx redstring import <file>`)'
    : 'send files as a multipart upload (the GraphQL multipart request spec) or with the command line (`npx redstring import <file>`)';
  return Response.json(
    {
      errors: [
        {
          message: `Request body of ${size} is over the limit of ${mib} (${limit} bytes) for ${upload ? 'file uploads' : 'GraphQL requests'}; ${hint}.`,
          extensions: { code: 'PAYLOAD_TOO_LARGE', limit },
        },
      ],
    },
    { status: 413 },
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
