/**
 * Child process of the Neo4j benchmark: Redstring as `REDSTRING_STORE=neo4j npm start` serves it
 * (the engine from the environment, `GraphStore.open`, the real app from `createApp`) on loopback,
 * timing the store's open (schema statements, the search index rebuilt from Neo4j). The parent is
 * the load generator; this process answers its questions about memory and shuts down on request.
 *
 *   neo4j-serve-phase.ts <bolt uri>
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServerAdapter } from '@whatwg-node/server';
import { pino } from 'pino';
import { createApp } from '../../server/app.ts';
import { readConfig } from '../../server/config.ts';
import { createEngine } from '../../server/engine/create-engine.ts';
import { GraphStore } from '../../server/store/graph-store.ts';
import { neo4jEnv } from './neo4j-workload.ts';
import { answerParent } from './processes.ts';

export interface Neo4jReadyMessage {
  type: 'ready';
  url: string;
  /** `GraphStore.open`: the schema statements and the search index read from Neo4j and built. */
  storeOpenMs: number;
  rssBytes: number;
  peakRssBytes: number;
}

async function main() {
  const uri = process.argv[2];
  if (!uri) throw new Error('usage: neo4j-serve-phase.ts <bolt uri>');
  const t0 = performance.now();
  const store = await GraphStore.open(await createEngine(readConfig(neo4jEnv(uri))));
  const storeOpenMs = performance.now() - t0;
  // A generous budget: the benchmark wants the time a slow query takes, not the timeout's error.
  const app = createApp({ store, config: { requestTimeoutMs: 60_000 }, logger: pino({ level: 'warn' }) });
  const server = createServer(createServerAdapter((request: Request) => app.fetch(request)).requestListener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  answerParent(server, () => store.close());
  // Requests while Neo4j restarts fail, and must not take the server down (main.ts logs them too).
  process.on('unhandledRejection', (reason) => console.error('unhandled rejection', reason));
  process.send?.({
    type: 'ready',
    url: `http://127.0.0.1:${port}/graphql`,
    storeOpenMs,
    rssBytes: process.memoryUsage.rss(),
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  } satisfies Neo4jReadyMessage);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
