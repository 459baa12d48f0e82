/**
 * What reading records costs a freshly opened Grafeo database, in time and in resident memory:
 * records by handle (`getEdge`, `getNode`, what traversals and the timeline index read) against
 * Cypher scans of the same relationships. Opens the database a `--keep` bench run left. This is
 * where the serving memory goes (docs/performance.md, "What stays short").
 *
 *   npx tsx tests/bench/probe-record-loading.ts --size large
 *   npx tsx tests/bench/probe-record-loading.ts --size large --scans-first
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import grafeo from '@grafeo-db/js';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'medium' },
    dir: { type: 'string' },
    'scans-first': { type: 'boolean', default: false },
  },
});
const dir = values.dir ?? join(tmpdir(), `redstring-bench-${values.size}`);

const gib = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
let started = performance.now();
const db = grafeo.GrafeoDB.open(join(dir, 'redstring.grafeo'));
const show = (what: string) => {
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(`${what.padEnd(46)} ${seconds.padStart(6)} s   resident ${gib(process.memoryUsage.rss())}`);
  started = performance.now();
};
show('open');

const edges = db.edgeCount();
const nodes = db.nodeCount();
/** `count` handles spread over the whole range, the same ones for the same `seed`. */
const spread = (count: number, seed: number, of: number) =>
  Array.from({ length: count }, (_, i) =>
    Math.floor(((((i + 1) * 2654435761 + seed) % 2 ** 32) / 2 ** 32) * of),
  );

async function scans(): Promise<void> {
  await db.executeCypher('MATCH ()-[r]->() RETURN count(r) AS count');
  show('Cypher: count every relationship');
  await db.executeCypher('MATCH ()-[r]->() WHERE r.spanStart IS NOT NULL RETURN count(*) AS count');
  show('Cypher: count the dated ones (reads spanStart)');
  const rows = await db.executeCypher(
    'MATCH ()-[r]->() WHERE r.spanStart IS NOT NULL RETURN id(r) AS handle, r.spanStart AS start LIMIT 500000',
  );
  show(`Cypher: list ${rows.length} of them`);
}

function byHandle(): void {
  for (const handle of spread(2_000, 1, edges)) db.getEdge(handle);
  show('getEdge: 2 000 handles, the first reads');
  for (const handle of spread(2_000, 1, edges)) db.getEdge(handle);
  show('getEdge: the same 2 000 again');
  for (const handle of spread(20_000, 7, edges)) db.getEdge(handle);
  show('getEdge: 20 000 other handles');
  for (const handle of spread(20_000, 9, nodes)) db.getNode(handle);
  show('getNode: 20 000 handles, the first reads');
}

if (values['scans-first']) {
  await scans();
  byHandle();
} else {
  byHandle();
  await scans();
}
db.close();
