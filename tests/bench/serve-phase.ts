/**
 * Child process of the benchmark: reopens the store the import phase wrote (timing the engine's
 * open and the search index rebuild), serves the real app on loopback, and on request runs the
 * raw-engine baseline: the store's own Cypher statements sent straight to Grafeo, with no GraphQL,
 * no HTTP and no store around them. It holds the database alone (the file is locked), so both the
 * API and the baseline run here, one after the other.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServerAdapter } from '@whatwg-node/server';
import { pino } from 'pino';
import { createApp } from '../../server/app.ts';
import type { Params, Row } from '../../server/engine/cypher-engine.ts';
import { GrafeoEngine, toPlain } from '../../server/engine/grafeo-engine.ts';
import { GraphStore, type CaseStore } from '../../server/store/graph-store.ts';
import { relationsAmongCap } from '../../server/store/limits.ts';
import { filterParams, toEntity, toRelation } from '../../server/store/mapping.ts';
import type { SearchIndex } from '../../server/store/search-index.ts';
import { loadStatements } from '../../server/store/statements.ts';
import { neighborhood, shortestPath, simplePaths, type Expand } from '../../server/store/traversal.ts';
import type { Entity, TraversalFilter } from '../../server/store/types.ts';
import { withoutCapabilities } from '../support/plain-engine.ts';
import { PLAIN } from './plain-flag.ts';
import { runLoad, type LoadOptions, type Summary } from './stats.ts';
import { variablesFor, type Inputs, type QueryKind } from './workload.ts';

export interface ReadyMessage {
  type: 'ready';
  url: string;
  engineOpenMs: number;
  storeOpenMs: number;
  rssBytes: number;
  /** The process's peak so far: the open's own transient memory (the search index's read). */
  peakRssBytes: number;
  /** The engine's read-ahead after the open, which `npm start` runs in the background. */
  warmUpMs: number;
}
export type ServeRequest =
  | { type: 'raw'; kind: QueryKind; inputs: Inputs; options: LoadOptions }
  | { type: 'memory' }
  | { type: 'close' };
export type ServeReply =
  | { type: 'raw'; kind: QueryKind; summary: Summary }
  | { type: 'memory'; rssBytes: number; peakRssBytes: number };

const record = (value: unknown): Record<string, never> =>
  (value && typeof value === 'object' ? value : {}) as Record<string, never>;

/**
 * The raw-engine workloads: what each API operation sends to the engine, minus everything above it.
 * Every statement of cypher/queries matches its case, so the baseline names the case the API asks.
 */
function rawWorkloads(engine: GrafeoEngine, store: CaseStore) {
  const db = engine.handle();
  const statements = loadStatements();
  const text = (name: string) => {
    const statement = statements.get(name);
    if (!statement) throw new Error(`no statement ${name}`);
    return statement.text;
  };
  const run = async (name: string, params: Params): Promise<Row[]> => {
    const result = await db.executeCypher(text(name), { ...params, caseId: store.id });
    return result.toArray().map((row) => {
      const out: Row = {};
      for (const [key, value] of Object.entries(row)) out[key] = toPlain(value);
      return out;
    });
  };
  const toRel = (row: Row) =>
    toRelation(record(row.relation), String(row.type), String(row.from), String(row.to));
  const filter: TraversalFilter = {};
  const expand: Expand = async (ids, direction, fanout) => {
    if (ids.length === 0) return [];
    const rows = await run('expand', { ...filterParams(filter), ids, direction, fanout });
    return rows.map((row) => ({
      origin: String(row.origin),
      relation: toRel(row),
      neighbor: toEntity(record(row.neighbor)),
    }));
  };
  const entities = async (ids: string[]): Promise<Entity[]> =>
    (await run('entities-by-id', { ids })).map((row) => toEntity(record(row.entity)));
  // The store keeps its search index private; the baseline reads the same one rather than build a second.
  const searchIndex = (store as unknown as { searchIndex: SearchIndex }).searchIndex;
  const limits = store.limits;

  return async (kind: QueryKind, inputs: Inputs, i: number): Promise<void> => {
    const v = variablesFor(kind, inputs, i);
    switch (kind) {
      case 'search': {
        const matches = searchIndex.search(String(v.text), { limit: 10 });
        await entities(matches.map((m) => m.id));
        return;
      }
      case 'entity': {
        const id = String(v.id);
        // The entity's evidence comes with it (lists on the node): no statement of its own.
        await entities([id]);
        await run('entity-degrees', { ids: [id] });
        const hops = await expand([id], 'BOTH', 20);
        await entities([...new Set(hops.flatMap((h) => [h.relation.from, h.relation.to]))]);
        return;
      }
      case 'neighborhood1':
      case 'neighborhood2': {
        const seeds = await entities([String(v.id)]);
        await neighborhood(expand, seeds, {
          depth: kind === 'neighborhood1' ? 1 : 2,
          limit: 500,
          fanout: limits.fanout,
          direction: 'BOTH',
        });
        return;
      }
      case 'shortestPath': {
        const [a, b] = await entities([String(v.from), String(v.to)]);
        if (!a || !b) throw new Error('missing endpoint');
        await shortestPath(expand, a, b, {
          maxDepth: 6,
          direction: 'BOTH',
          fanout: limits.pathFanout,
          maxFrontier: 200_000,
        });
        return;
      }
      case 'paths': {
        const [a, b] = await entities([String(v.from), String(v.to)]);
        if (!a || !b) throw new Error('missing endpoint');
        await simplePaths(expand, a, b, {
          maxLength: 4,
          direction: 'BOTH',
          fanout: limits.fanout,
          first: 20,
          maxBall: 20_000,
        });
        return;
      }
      case 'timeline': {
        const [from, to] = inputs.windows[i % inputs.windows.length]!;
        const params = {
          ...filterParams({ from, to }),
          afterStart: null,
          afterId: null,
          limit: 51,
        };
        await run('timeline-relations', params);
        await run('timeline-entities', params);
        return;
      }
      case 'among': {
        const ids = inputs.canvases[i % inputs.canvases.length]!;
        const rows = await run('relations-among', {
          ...filterParams(filter),
          ids,
          limit: relationsAmongCap(ids.length),
        });
        // Converted as the store converts the statement's rows.
        rows.map(toRel);
        return;
      }
    }
  };
}

async function main() {
  // The case the raw baselines ask (the API's documents name theirs): the store's only one by default.
  const [dir, caseId] = process.argv.slice(2);
  if (!dir) throw new Error('usage: serve-phase.ts <dir> [case id]');
  const t0 = performance.now();
  const engine = GrafeoEngine.open({ dataDir: dir });
  const t1 = performance.now();
  const store = await GraphStore.open(PLAIN ? withoutCapabilities(engine) : engine);
  const t2 = performance.now();
  const logger = pino({ level: 'warn' });
  // A generous budget: the benchmark wants the time a slow query takes, not the timeout's error.
  const app = createApp({ store, config: { requestTimeoutMs: 60_000 }, logger });
  const server = createServer(createServerAdapter((request: Request) => app.fetch(request)).requestListener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const raw = rawWorkloads(engine, caseId ? await store.inCase(caseId) : await store.only());
  // Measured after the open's memory: `npm start` warms up in the background while it serves
  // (main.ts); here it runs alone, so that the first requests measure a warm store either way.
  const rssBytes = process.memoryUsage.rss();
  const peakRssBytes = process.resourceUsage().maxRSS * 1024;
  const t3 = performance.now();
  await engine.warmUp();
  const warmUpMs = performance.now() - t3;

  process.on('message', (message: ServeRequest) => {
    void (async () => {
      switch (message.type) {
        case 'raw': {
          const summary = await runLoad((i) => raw(message.kind, message.inputs, i), message.options);
          process.send?.({ type: 'raw', kind: message.kind, summary } satisfies ServeReply);
          return;
        }
        case 'memory':
          process.send?.({
            type: 'memory',
            rssBytes: process.memoryUsage.rss(),
            peakRssBytes: process.resourceUsage().maxRSS * 1024,
          } satisfies ServeReply);
          return;
        case 'close':
          server.closeAllConnections();
          server.close();
          await store.close();
          process.exit(0);
      }
    })();
  });
  const ready: ReadyMessage = {
    type: 'ready',
    url: `http://127.0.0.1:${port}/graphql`,
    engineOpenMs: t1 - t0,
    storeOpenMs: t2 - t1,
    rssBytes,
    peakRssBytes,
    warmUpMs,
  };
  process.send?.(ready);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
