/**
 * Where Redstring's time goes on Neo4j, question by question, on a Neo4j that holds the
 * benchmark's graph (`npm run bench -- --store neo4j --keep`, then `npm run neo4j -- --data
 * $TMPDIR/redstring-bench-neo4j-medium --port 7712`): Neo4j's own time for each statement (the
 * driver's result summary) against the wall time around it, the rows each sends back, PROFILE's
 * database hits, and candidate statements measured on the same inputs with their answers compared.
 * The store and GraphQL layers above the statements: profile-graphql.ts --neo4j-uri.
 *
 *   npx tsx tests/bench/neo4j-profile.ts --neo4j-uri bolt://127.0.0.1:7712 --kind among
 *   npx tsx tests/bench/neo4j-profile.ts --neo4j-uri bolt://127.0.0.1:7712 --size large --count 200
 */
import { parseArgs } from 'node:util';
import neo4j, { type Driver, type ProfiledPlan, type ResultSummary } from 'neo4j-driver';
import type { Params, Row } from '../../server/engine/cypher-engine.ts';
import { fromNeo4j, toNeo4jParams } from '../../server/engine/neo4j-values.ts';
import { relationsAmongCap } from '../../server/store/limits.ts';
import { filterParams, toEntity, toRelation } from '../../server/store/mapping.ts';
import { loadStatements } from '../../server/store/statements.ts';
import { neighborhood, shortestPath, type Expand, type Walk } from '../../server/store/traversal.ts';
import type { Entity, Relation } from '../../server/store/types.ts';
import { GraphGenerator, SIZES, type GraphSize } from '../support/generate.ts';
import { CAPS, DIRECT, directParams } from './neo4j-workload.ts';
import { percentile } from './stats.ts';
import { makeInputs, type Inputs } from './workload.ts';

const { values } = parseArgs({
  options: {
    'neo4j-uri': { type: 'string', default: 'bolt://127.0.0.1:7712' },
    size: { type: 'string', default: 'medium' },
    seed: { type: 'string', default: '42' },
    count: { type: 'string', default: '100' },
    kind: { type: 'string', default: 'among,neighborhood2,shortestPath,entity' },
  },
});

const size = SIZES[values.size as GraphSize['name']];
if (!size) throw new Error(`--size ${values.size}: use small, medium or large`);
const count = Number(values.count);
const gen = new GraphGenerator(size, Number(values.seed));
const inputs: Inputs = makeInputs(gen, gen.adjacency());
const driver: Driver = neo4j.driver(
  values['neo4j-uri'],
  neo4j.auth.basic('neo4j', process.env.NEO4J_PASSWORD || 'redstring-dev'),
);
const statements = loadStatements();
const text = (name: string) => statements.get(name)!.text;

interface Timed {
  rows: Row[];
  /** Wall time around the read transaction. */
  wallMs: number;
  /** Neo4j's own: until the first row was ready, plus streaming the rest. */
  serverMs: number;
  summary: ResultSummary;
}

async function timed(statement: string, params: Params): Promise<Timed> {
  const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
  try {
    const t0 = performance.now();
    const result = await session.executeRead((tx) => tx.run(statement, toNeo4jParams(params)));
    const rows = result.records.map((r) => {
      const row: Row = {};
      for (const key of r.keys) row[String(key)] = fromNeo4j(r.get(key));
      return row;
    });
    const wallMs = performance.now() - t0;
    const summary = result.summary;
    const serverMs = summary.resultAvailableAfter.toNumber() + summary.resultConsumedAfter.toNumber();
    return { rows, wallMs, serverMs, summary };
  } finally {
    await session.close();
  }
}

/** Database hits and rows of a PROFILE, with the operators that made most of the hits. */
async function profile(statement: string, params: Params): Promise<string> {
  const { summary } = await timed(`PROFILE ${statement}`, params);
  const plan = summary.profile;
  if (!plan) return 'no profile';
  const operators: { name: string; hits: number; rows: number }[] = [];
  const walk = (node: ProfiledPlan) => {
    operators.push({ name: node.operatorType, hits: node.dbHits, rows: node.rows });
    node.children.forEach(walk);
  };
  walk(plan);
  const total = operators.reduce((sum, o) => sum + o.hits, 0);
  const top = [...operators]
    .sort((a, b) => b.hits - a.hits)
    .slice(0, 4)
    .map((o) => `${o.name} ${o.hits} hits / ${o.rows} rows`)
    .join('; ');
  return `${total} db hits, ${plan.rows} rows out; ${top}`;
}

const fmt = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return `median ${percentile(sorted, 50).toFixed(1)}, p95 ${percentile(sorted, 95).toFixed(1)}`;
};
const record = (value: unknown): Record<string, never> =>
  (value && typeof value === 'object' ? value : {}) as Record<string, never>;
const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && new Set([...a, ...b]).size === new Set(a).size;

// ------------------------------------------------------------------ relations among a canvas

/**
 * Candidates for relations-among.cypher, same parameters and answer. The store's expands every
 * relationship of every member and reads the other end's id to test it against the list; a hub in
 * the canvas (10 000 relationships at the medium size, 98 000 at the large) is most of the work.
 */
const AMONG_VARIANTS: Record<string, string> = {
  store: text('relations-among'),
  // The members as nodes, once; the other end tested by identity against them (no property read).
  members: `UNWIND $ids AS id
MATCH (n:Entity {id: id})
WITH collect(n) AS members
UNWIND members AS a
MATCH (a)-[r]->(b)
WHERE b IN members
  AND ($relationTypes IS NULL OR type(r) IN $relationTypes)
  AND ($statuses IS NULL OR r.status IN $statuses)
  AND ($sources IS NULL OR any(s IN coalesce(r.evidenceSources, []) WHERE s IN $sources))
  AND ($from IS NULL OR (r.spanEnd IS NULL AND $includeUndated) OR r.spanEnd >= $from)
  AND ($to IS NULL OR (r.spanStart IS NULL AND $includeUndated) OR r.spanStart <= $to)
RETURN r {.*} AS relation, type(r) AS type, a.id AS from, b.id AS to
LIMIT $limit`,
  // Both ends found through the index, joined on the node: the planner's hash join, no property read of b.
  join: `MATCH (a:Entity)-[r]->(b:Entity)
USING JOIN ON b
WHERE a.id IN $ids AND b.id IN $ids
  AND ($relationTypes IS NULL OR type(r) IN $relationTypes)
  AND ($statuses IS NULL OR r.status IN $statuses)
  AND ($sources IS NULL OR any(s IN coalesce(r.evidenceSources, []) WHERE s IN $sources))
  AND ($from IS NULL OR (r.spanEnd IS NULL AND $includeUndated) OR r.spanEnd >= $from)
  AND ($to IS NULL OR (r.spanStart IS NULL AND $includeUndated) OR r.spanStart <= $to)
RETURN r {.*} AS relation, type(r) AS type, a.id AS from, b.id AS to
LIMIT $limit`,
  // Every pair checked for a relationship between them (ExpandInto), from the smaller side.
  into: `MATCH (a:Entity) WHERE a.id IN $ids
MATCH (b:Entity) WHERE b.id IN $ids
MATCH (a)-[r]->(b)
WHERE ($relationTypes IS NULL OR type(r) IN $relationTypes)
  AND ($statuses IS NULL OR r.status IN $statuses)
  AND ($sources IS NULL OR any(s IN coalesce(r.evidenceSources, []) WHERE s IN $sources))
  AND ($from IS NULL OR (r.spanEnd IS NULL AND $includeUndated) OR r.spanEnd >= $from)
  AND ($to IS NULL OR (r.spanStart IS NULL AND $includeUndated) OR r.spanStart <= $to)
RETURN r {.*} AS relation, type(r) AS type, a.id AS from, b.id AS to
LIMIT $limit`,
};

async function among() {
  console.log(`\n## relations among a canvas (${size.name}), ${count} canvases of up to 500 ids`);
  const canvases = inputs.canvases.slice(0, count);
  const params = (ids: string[]) => ({ ...filterParams({}), ids, limit: relationsAmongCap(ids.length) + 1 });
  const reference: string[][] = [];
  for (const [name, statement] of Object.entries(AMONG_VARIANTS)) {
    // Warm the plan cache and the page cache for this statement.
    for (const ids of canvases.slice(0, 5)) await timed(statement, params(ids));
    const wall: number[] = [];
    const server: number[] = [];
    const convert: number[] = [];
    let rows = 0;
    let differs = 0;
    for (const [i, ids] of canvases.entries()) {
      const t = await timed(statement, params(ids));
      wall.push(t.wallMs);
      server.push(t.serverMs);
      rows += t.rows.length;
      // What the store does with each row after the driver (rowToRelation).
      const c0 = performance.now();
      t.rows.map((row) =>
        toRelation(record(row.relation), String(row.type), String(row.from), String(row.to)),
      );
      convert.push(performance.now() - c0);
      const found = t.rows.map((row) => String(record(row.relation).id));
      if (name === 'store') reference[i] = found;
      else if (!sameSet(found, reference[i] ?? [])) differs++;
    }
    console.log(
      `- ${name}: wall ${fmt(wall)} ms; in Neo4j ${fmt(server)} ms; store's conversion ${fmt(convert)} ms; ` +
        `${(rows / canvases.length).toFixed(0)} rows per canvas${name === 'store' ? '' : `; ${differs} answers differ`}`,
    );
  }
  // PROFILE the canvas the store's statement is slowest on.
  let slowest = { ms: 0, ids: canvases[0]! };
  for (const ids of canvases) {
    const t = await timed(AMONG_VARIANTS.store!, params(ids));
    if (t.serverMs > slowest.ms) slowest = { ms: t.serverMs, ids };
  }
  for (const [name, statement] of Object.entries(AMONG_VARIANTS))
    console.log(`- PROFILE ${name}, slowest canvas: ${await profile(statement, params(slowest.ids))}`);
}

// ------------------------------------------------------------------ neighbourhood depth 2

/** An Expand over expand.cypher that records what each hop cost and sent back. */
function recordingExpand(
  log: { rows: number; wallMs: number; serverMs: number }[],
  statement = text('expand'),
): Expand {
  return async (ids, direction, fanout) => {
    if (ids.length === 0) return [];
    const t = await timed(statement, { ...filterParams({}), ids, direction, fanout });
    log.push({ rows: t.rows.length, wallMs: t.wallMs, serverMs: t.serverMs });
    return t.rows.map((row) => ({
      origin: String(row.origin),
      relation: toRelation(record(row.relation), String(row.type), String(row.from), String(row.to)),
      neighbor: toEntity(record(row.neighbor)),
    }));
  };
}

/**
 * A candidate `expand-ids.cypher`: the same hop, the same order and caps, returning ids only. The
 * walk keeps ids and reads at the end only the entities and relations it kept (entities-by-id,
 * relations-at-endpoints), as the embedded engine's walk reads by handle.
 */
const EXPAND_IDS = `UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[r]-(m:Entity)
  WHERE ($relationTypes IS NULL OR type(r) IN $relationTypes)
    AND ($entityTypes IS NULL OR m.type IN $entityTypes)
    AND ($statuses IS NULL OR r.status IN $statuses)
    AND ($sources IS NULL OR any(s IN coalesce(r.evidenceSources, []) WHERE s IN $sources))
    AND ($from IS NULL OR (r.spanEnd IS NULL AND $includeUndated) OR r.spanEnd >= $from)
    AND ($to IS NULL OR (r.spanStart IS NULL AND $includeUndated) OR r.spanStart <= $to)
    AND ($direction = 'BOTH' OR ($direction = 'OUT' AND startNode(r) = n) OR ($direction = 'IN' AND endNode(r) = n))
  RETURN r, m
  ORDER BY r.id
  LIMIT $fanout
}
RETURN id AS origin, r.id AS relation, CASE WHEN startNode(r) = n THEN id ELSE m.id END AS from,
  CASE WHEN startNode(r) = n THEN m.id ELSE id END AS to, m.id AS neighbor`;

function leanWalk(log: { rows: number; wallMs: number; serverMs: number }[]): Walk<string, string> {
  const ends = new Map<string, { from: string; to: string }>();
  return {
    start: async (seeds) => seeds.map((seed) => seed.id),
    step: async (frontier, direction, fanout) => {
      const t = await timed(EXPAND_IDS, { ...filterParams({}), ids: frontier, direction, fanout });
      log.push({ rows: t.rows.length, wallMs: t.wallMs, serverMs: t.serverMs });
      return t.rows.map((row) => {
        const step = {
          origin: String(row.origin),
          edge: String(row.relation),
          neighbor: String(row.neighbor),
          from: String(row.from),
          to: String(row.to),
        };
        ends.set(step.edge, { from: step.from, to: step.to });
        return step;
      });
    },
    read: async (nodes, edges) => {
      const [entityRows, relationRows] = await Promise.all([
        timed(text('entities-by-id'), { ids: [...nodes] }),
        timed(text('relations-at-endpoints'), {
          rows: edges.map((id) => ({ id, ...ends.get(id)! })),
        }),
      ]);
      log.push({
        rows: entityRows.rows.length + relationRows.rows.length,
        wallMs: Math.max(entityRows.wallMs, relationRows.wallMs),
        serverMs: entityRows.serverMs + relationRows.serverMs,
      });
      const entities = new Map<string, Entity>();
      for (const row of entityRows.rows) {
        const entity = toEntity(record(row.entity));
        entities.set(entity.id, entity);
      }
      const relations = new Map<string, Relation>();
      for (const row of relationRows.rows) {
        const relation = toRelation(record(row.relation), String(row.type), String(row.from), String(row.to));
        relations.set(relation.id, relation);
      }
      return { entities, relations };
    },
  };
}

/**
 * The fan-out cap without its order: expand.cypher takes each entity's first $fanout relations
 * by id, which makes Neo4j read the id of every relationship of a hub to sort them (a country
 * hub at the medium size: 19 000). Without ORDER BY, LIMIT stops after $fanout in Neo4j's own
 * adjacency order (stable while the data is; the embedded walk takes creation order the same way).
 */
const unordered = (statement: string) =>
  statement
    .replace(/\n\s*ORDER BY r\.id\n/, '\n')
    .replace(/WITH r, m ORDER BY r\.id LIMIT/g, 'WITH r, m LIMIT')
    .replace(/WITH r, x ORDER BY r\.id LIMIT/g, 'WITH r, x LIMIT');

async function entitiesById(ids: string[]): Promise<Entity[]> {
  const t = await timed(text('entities-by-id'), { ids });
  return t.rows.map((row) => toEntity(record(row.entity)));
}

async function neighborhood2() {
  console.log(`\n## neighbourhood depth 2 (${size.name}), ${count} inputs`);
  const options = { depth: 2, limit: CAPS.limit, fanout: CAPS.fanout, direction: 'BOTH' as const };
  const store = {
    wall: [] as number[],
    level: [[], [], []] as number[][],
    server: [] as number[],
    rows: [[], []] as number[][],
  };
  const lean = { wall: [] as number[], server: [] as number[], rows: [] as number[] };
  const direct = { wall: [] as number[], server: [] as number[] };
  let differs = 0;
  for (let i = 0; i < count + 5; i++) {
    const id = inputs.entities[i % inputs.entities.length]!;
    const warm = i < 5;
    // The store's walk: expand.cypher per level, every hop read whole.
    const log: { rows: number; wallMs: number; serverMs: number }[] = [];
    const t0 = performance.now();
    const seeds = await entitiesById([id]);
    const result = await neighborhood(recordingExpand(log), seeds, options);
    const storeMs = performance.now() - t0;
    // The lean walk: ids per level, then what was kept.
    const leanLog: { rows: number; wallMs: number; serverMs: number }[] = [];
    const t1 = performance.now();
    const leanSeeds = await entitiesById([id]);
    const leanResult = await neighborhood(leanWalk(leanLog), leanSeeds, options);
    const leanMs = performance.now() - t1;
    const d = await timed(
      DIRECT.neighborhood2!,
      directParams('neighborhood2', inputs, i % inputs.entities.length),
    );
    if (warm) continue;
    store.wall.push(storeMs);
    store.server.push(log.reduce((sum, l) => sum + l.serverMs, 0));
    log.forEach((l, level) => {
      store.level[level]?.push(l.wallMs);
      store.rows[level]?.push(l.rows);
    });
    lean.wall.push(leanMs);
    lean.server.push(leanLog.reduce((sum, l) => sum + l.serverMs, 0));
    lean.rows.push(leanLog.reduce((sum, l) => sum + l.rows, 0));
    direct.wall.push(d.wallMs);
    direct.server.push(d.serverMs);
    if (
      !sameSet([...result.relations.keys()], [...leanResult.relations.keys()]) ||
      !sameSet(result.entityIds, leanResult.entityIds)
    )
      differs++;
  }
  const mean = (list: number[]) => (list.reduce((a, b) => a + b, 0) / Math.max(1, list.length)).toFixed(0);
  console.log(
    `- store's walk (expand.cypher per level): wall ${fmt(store.wall)} ms; in Neo4j ${fmt(store.server)} ms; ` +
      `level 1 ${fmt(store.level[0]!)} ms (${mean(store.rows[0]!)} rows), level 2 ${fmt(store.level[1]!)} ms (${mean(store.rows[1]!)} rows, each relation and entity whole)`,
  );
  console.log(
    `- lean walk (ids per level, then the kept records): wall ${fmt(lean.wall)} ms; in Neo4j ${fmt(lean.server)} ms; ${mean(lean.rows)} rows; ${differs} answers differ from the store's`,
  );
  console.log(`- one statement (DIRECT): wall ${fmt(direct.wall)} ms; in Neo4j ${fmt(direct.server)} ms`);
  // The same two ways without the order of the fan-out cap.
  const expandUnordered = unordered(text('expand'));
  const directUnordered = unordered(DIRECT.neighborhood2!);
  if (expandUnordered === text('expand') || directUnordered === DIRECT.neighborhood2)
    throw new Error('no ORDER BY r.id to take out');
  const u = {
    store: [] as number[],
    storeServer: [] as number[],
    direct: [] as number[],
    directServer: [] as number[],
  };
  const sizes = { ordered: [] as number[], unordered: [] as number[] };
  for (let i = 0; i < count + 5; i++) {
    const id = inputs.entities[i % inputs.entities.length]!;
    const log: { rows: number; wallMs: number; serverMs: number }[] = [];
    const t0 = performance.now();
    const result = await neighborhood(
      recordingExpand(log, expandUnordered),
      await entitiesById([id]),
      options,
    );
    const wall = performance.now() - t0;
    const d = await timed(directUnordered, directParams('neighborhood2', inputs, i % inputs.entities.length));
    if (i < 5) continue;
    u.store.push(wall);
    u.storeServer.push(log.reduce((sum, l) => sum + l.serverMs, 0));
    u.direct.push(d.wallMs);
    u.directServer.push(d.serverMs);
    sizes.unordered.push(result.relations.size);
  }
  console.log(
    `- store's walk, expand.cypher without ORDER BY r.id: wall ${fmt(u.store)} ms; in Neo4j ${fmt(u.storeServer)} ms; ` +
      `${mean(sizes.unordered)} relations per answer`,
  );
  console.log(
    `- one statement without ORDER BY r.id: wall ${fmt(u.direct)} ms; in Neo4j ${fmt(u.directServer)} ms`,
  );
  const hub = inputs.entities.find((id) => gen.indexOf(id) < 16) ?? inputs.entities[0]!;
  console.log(
    `- PROFILE expand.cypher level 1 from a country hub (${hub}): ${await profile(text('expand'), { ...filterParams({}), ids: [hub], direction: 'BOTH', fanout: CAPS.fanout + 1 })}`,
  );
}

// ------------------------------------------------------------------ shortest path

async function shortest() {
  console.log(`\n## shortest path (${size.name}), ${count} pairs`);
  const store = { wall: [] as number[], calls: [] as number[], rows: [] as number[], server: [] as number[] };
  const native = { wall: [] as number[], server: [] as number[] };
  let differs = 0;
  for (let i = 0; i < count + 5; i++) {
    const [from, to] = inputs.pathPairs[i % inputs.pathPairs.length]!;
    const log: { rows: number; wallMs: number; serverMs: number }[] = [];
    const t0 = performance.now();
    const [a, b] = await entitiesById([from, to]);
    const steps = await shortestPath(recordingExpand(log), a!, b!, {
      maxDepth: CAPS.maxDepth,
      direction: 'BOTH',
      fanout: 5_000,
      maxFrontier: 200_000,
    });
    const storeMs = performance.now() - t0;
    const n = await timed(DIRECT.shortestPath!, { from, to });
    if (i < 5) continue;
    store.wall.push(storeMs);
    store.calls.push(log.length);
    store.rows.push(log.reduce((sum, l) => sum + l.rows, 0));
    store.server.push(log.reduce((sum, l) => sum + l.serverMs, 0));
    native.wall.push(n.wallMs);
    native.server.push(n.serverMs);
    const nativeLength = Array.isArray(n.rows[0]?.relations) ? n.rows[0].relations.length : 0;
    if ((steps?.relations.length ?? 0) !== nativeLength) differs++;
  }
  const mean = (list: number[]) => (list.reduce((a, b) => a + b, 0) / Math.max(1, list.length)).toFixed(0);
  console.log(
    `- store's search (expand.cypher per level, both ends): wall ${fmt(store.wall)} ms; in Neo4j ${fmt(store.server)} ms; ` +
      `${mean(store.calls)} statements and ${mean(store.rows)} hops read per pair (p95 ${percentile(
        [...store.rows].sort((x, y) => x - y),
        95,
      )})`,
  );
  console.log(
    `- Cypher shortestPath(): wall ${fmt(native.wall)} ms; in Neo4j ${fmt(native.server)} ms; ${differs} lengths differ`,
  );
}

// ------------------------------------------------------------------ entity page

async function entity() {
  console.log(`\n## entity page (${size.name}), ${count} inputs`);
  const names = ['entities-by-id', 'entity-degrees', 'expand'] as const;
  const times = new Map<string, { wall: number[]; server: number[] }>(
    names.map((n) => [n, { wall: [], server: [] }]),
  );
  for (let i = 0; i < count + 5; i++) {
    const id = inputs.entities[i % inputs.entities.length]!;
    const params: Record<(typeof names)[number], Params> = {
      'entities-by-id': { ids: [id] },
      'entity-degrees': { ids: [id] },
      expand: { ...filterParams({}), ids: [id], direction: 'BOTH', fanout: CAPS.pageRelations },
    };
    for (const name of names) {
      const t = await timed(text(name), params[name]);
      if (i >= 5) {
        times.get(name)!.wall.push(t.wallMs);
        times.get(name)!.server.push(t.serverMs);
      }
    }
  }
  for (const [name, t] of times)
    console.log(`- ${name}: wall ${fmt(t.wall)} ms; in Neo4j ${fmt(t.server)} ms`);
  const hub = gen.entityId(0);
  console.log(
    `- PROFILE entity-degrees of the largest hub (${hub}): ${await profile(text('entity-degrees'), { ids: [hub] })}`,
  );
}

const kinds = String(values.kind).split(',');
if (kinds.includes('among')) await among();
if (kinds.includes('neighborhood2')) await neighborhood2();
if (kinds.includes('shortestPath')) await shortest();
if (kinds.includes('entity')) await entity();
await driver.close();
