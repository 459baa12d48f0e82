/**
 * Starts Redstring: reads the environment, opens the store (seeding the Kursk case into an empty
 * one), and listens. Everything else is built by `createApp`.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createServerAdapter } from '@whatwg-node/server';
import { pino, type Logger } from 'pino';
import { createApp, type App } from './app.ts';
import { Authenticator } from './auth/authenticator.ts';
import { FailedAttempts } from './auth/failed-attempts.ts';
import { ensureFirstAdmin } from './auth/first-admin.ts';
import { readConfig, type Config } from './config.ts';
import { createEngine, retryDelayMs, type EngineHooks } from './engine/create-engine.ts';
import { createAuthHttp } from './http/auth-http.ts';
import { guard } from './http/guard.ts';
import { isLoopbackHost, type NetworkPolicy } from './http/network-policy.ts';
import { loadKurskCase } from './seed/kursk.ts';
import { KURSK_CASE } from './store/cases/upgrade.ts';
import { GraphStore } from './store/graph-store.ts';

export interface RunningServer {
  server: Server;
  store: GraphStore | null;
  url: string;
  close(): Promise<void>;
}

const RETRY_MS = 5_000;

/**
 * Opens the store; seeds the Kursk case when it is the store's only case and holds nothing (a new
 * store, or one whose first start stopped before the seed was written).
 */
export async function openStore(
  config: Config,
  logger: Logger,
  hooks: EngineHooks = {},
): Promise<GraphStore> {
  const seeding = config.seed === 'kursk';
  const store = await GraphStore.open(
    await createEngine(config, hooks),
    {},
    seeding ? { firstCase: KURSK_CASE } : {},
  );
  try {
    const cases = await store.listCases();
    if (seeding && cases.length === 1 && cases[0]!.id === KURSK_CASE.id) {
      const kursk = await store.inCase(KURSK_CASE.id);
      if (await kursk.isEmpty()) {
        const report = await kursk.importGraph(loadKurskCase(), {
          file: 'server/seed/kursk-case.json',
          format: 'json',
          // The audit log says the server put the case there, not a person.
          actor: { name: 'seed', role: 'admin', tokenId: null },
        });
        logger.info(
          { entities: report.entities.created, relations: report.relations.created },
          'seeded the Kursk case',
        );
      }
    }
  } catch (error) {
    // The caller retries with a new store; this one (a Neo4j driver) must not be left open.
    await store.close().catch(() => undefined);
    throw error;
  }
  return store;
}

export async function startServer(config: Config = readConfig()): Promise<RunningServer> {
  const logger = pino({
    level: config.logLevel,
    ...(process.stdout.isTTY ? { transport: { target: 'pino-pretty', options: { colorize: true } } } : {}),
  });
  let app: App | null = null;
  let store: GraphStore | null = null;
  let lastError = 'starting';
  let closed = false;
  // The store's availability, as one line each time it changes (not once per retry or request).
  let lastSaid: string | null = null;
  const say = (status: 'up' | 'down', message: string) => {
    if (`${status} ${message}` === lastSaid) return;
    lastSaid = `${status} ${message}`;
    if (status === 'down') logger.error({ store: config.store, status }, message);
    else logger.info({ store: config.store, status }, message);
  };
  const hooks: EngineHooks = {
    // Until the store is open, the loop below says why it is not (once, with when it tries again).
    onAvailabilityChange: ({ status, message }) => {
      if (app) say(status, message);
    },
  };

  const beyondLoopback = !isLoopbackHost(config.host);
  if (config.auth === 'off' && beyondLoopback)
    throw new Error(
      `REDSTRING_AUTH=off with HOST=${config.host}: anyone on the network could read and change every case. Listen on loopback (HOST=127.0.0.1), or turn authentication on (REDSTRING_AUTH=on or auto).`,
    );
  const authOn = config.auth === 'on' || beyondLoopback;
  // One count of failed attempts for the life of the process, across store reconnects.
  const attempts = new FailedAttempts();
  const network: NetworkPolicy = { allowedHosts: config.allowedHosts, corsOrigins: config.corsOrigins };
  if (!isLoopbackHost(config.host) && config.allowedHosts.length === 0)
    logger.warn(
      { host: config.host },
      'listening beyond loopback, but answering only requests that name a loopback host: set REDSTRING_ALLOWED_HOSTS to the names clients use',
    );
  // Until the store is open, requests pass the same guard as the app's (host, origin, headers).
  const unavailable = guard({ policy: network, logger }, async (request: Request) => {
    // The store is not open yet (Neo4j down): say so rather than hang or crash.
    const body = {
      status: 'unavailable',
      engine: { status: 'down', engine: config.store, error: lastError },
    };
    return Response.json(
      new URL(request.url).pathname === '/health'
        ? body
        : {
            errors: [
              {
                message: `The graph store is not available: ${lastError}`,
                extensions: { code: 'STORE_UNAVAILABLE' },
              },
            ],
          },
      { status: 503 },
    );
  });
  const handler = createServerAdapter<{ req: IncomingMessage }>((request, context) =>
    app
      ? app.fetch(request, { address: context.req.socket.remoteAddress ?? 'unknown' })
      : unavailable(request),
  );
  // The adapter's Node listener answers its own errors; the handler itself returns a promise.
  const server = createServer(handler.requestListener);

  const connect = async (): Promise<void> => {
    while (!closed) {
      try {
        const opened = await openStore(config, logger, hooks);
        if (closed) {
          // close() ran while this was opening: nobody else will close it.
          await opened.close();
          return;
        }
        store = opened;
        if (authOn) await ensureFirstAdmin(store.tokens, config.dataDir, logger);
        const authenticator = authOn ? new Authenticator({ tokens: store.tokens, logger }) : null;
        const auth = createAuthHttp({ authenticator, attempts });
        app = createApp({
          store,
          config,
          logger,
          network,
          auth,
          maxUploadBytes: config.maxUploadBytes,
        });
        logger.info(
          { auth: authOn ? 'on' : 'off' },
          authOn ? 'authentication is on: requests need a token' : 'authentication is off (loopback only)',
        );
        lastSaid = null;
        logger.info({ store: config.store }, 'graph store ready');
        const { durability } = await store.engine.health();
        if (durability?.status === 'lost-commits')
          logger.error(
            { durability },
            `DATA LOSS: acknowledged writes are missing from the database: writes were acknowledged up to epoch ${durability.expectedEpoch}, but it opened at epoch ${durability.foundEpoch}. ${durability.action}`,
          );
        const started = performance.now();
        const warming = store.engine.warmUp?.();
        if (warming) {
          void warming
            .then(() => logger.info({ ms: Math.round(performance.now() - started) }, 'graph store warm'))
            .catch((error: unknown) => logger.warn({ err: error }, 'warming the graph store failed'));
        }
        return;
      } catch (error) {
        lastError = error instanceof Error ? error.message : String(error);
        if (config.store === 'embedded') throw error;
        const delayMs = retryDelayMs(error, RETRY_MS);
        // Logged again only when the reason changes, not at every attempt.
        say('down', `${lastError} (retrying every ${delayMs / 1000} s)`);
        await new Promise((resolve) => setTimeout(resolve, delayMs));
      }
    }
  };

  if (config.store === 'embedded') await connect();
  else void connect();

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://localhost:${port}`;
  logger.info(`Redstring is listening on ${url} (GraphQL at ${url}/graphql)`);

  return {
    server,
    get store() {
      return store;
    },
    url,
    async close() {
      closed = true;
      // A running import is cancelled first: it rolls back between two chunks, so the store is
      // closed as it was before the import, and promptly.
      await app?.imports.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await store?.close();
    },
  };
}

const isEntryPoint = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;

if (isEntryPoint) {
  const running = await startServer().catch((error: unknown) => {
    console.error(`Redstring could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.error(`${signal}: closing the store cleanly`);
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  // A bug in one request must not take the explorer down for everyone; log it and carry on.
  process.on('unhandledRejection', (reason) => console.error('unhandled rejection', reason));
}
