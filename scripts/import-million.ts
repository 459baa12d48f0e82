/**
 * Measures a large import end to end through the CLI path (`redstring import`): writes a CSV
 * entities file (100,000 entities) and a CSV relations file (1,000,000 relations) into a temp
 * folder, imports both in one transaction into a fresh embedded store in another temp folder, and
 * prints the time, the rate and the peak resident memory. Not part of the test suite.
 *
 *   npx tsx scripts/import-million.ts [relations] [entities] [--dry-run]
 *
 * With --dry-run the import plans everything in one read transaction and writes nothing, which
 * separates the cost of reading and checking from the cost of the write transaction.
 */
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { runCli } from '../server/cli/main.ts';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const DRY_RUN = process.argv.includes('--dry-run');
const RELATIONS = Number(args[0] ?? 1_000_000);
const ENTITIES = Number(args[1] ?? 100_000);
const TYPES = ['OWNS', 'DIRECTS', 'PAID', 'KNOWS', 'MEMBER_OF'];

/** A small deterministic generator (mulberry32), so every run imports the same graph. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function write(path: string, header: string, rows: number, row: (i: number) => string): Promise<void> {
  const out = createWriteStream(path);
  out.write(`${header}\n`);
  let buffer = '';
  for (let i = 0; i < rows; i++) {
    buffer += `${row(i)}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      buffer = '';
    }
  }
  out.write(buffer);
  await new Promise((resolve) => out.end(resolve));
}

const work = mkdtempSync(join(tmpdir(), 'redstring-million-'));
const dataDir = join(work, 'data');
const entities = join(work, 'entities.csv');
const relations = join(work, 'relations.csv');
const next = random(42);
console.log(
  `generating ${ENTITIES.toLocaleString()} entities and ${RELATIONS.toLocaleString()} relations in ${work}`,
);
await write(
  entities,
  'id,type,name,score:double',
  ENTITIES,
  (i) => `e${i},${i % 3 ? 'Company' : 'Person'},Entity ${i},${(i % 1000) / 10}`,
);
await write(relations, 'id,type,from,to,date,amount:long', RELATIONS, (i) => {
  const from = Math.floor(next() * ENTITIES);
  const to = Math.floor(next() * ENTITIES);
  return `r${i},${TYPES[i % TYPES.length]},e${from},e${to},${2000 + (i % 25)},${i % 100_000}`;
});
const bytes = statSync(entities).size + statSync(relations).size;
console.log(`files: ${(bytes / 1e6).toFixed(0)} MB`);

let peak = process.memoryUsage().rss;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 250);
let output = '';
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    output += chunk.toString();
    done();
  },
});
const started = process.hrtime.bigint();
const code = await runCli(
  ['node', 'redstring', 'import', entities, relations, '--json', ...(DRY_RUN ? ['--dry-run'] : [])],
  {
    stdout: sink,
    stderr: process.stderr,
    env: { ...process.env, REDSTRING_DATA: dataDir, REDSTRING_STORE: 'embedded' },
  },
);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
if (code !== 0) {
  console.error(`import failed with exit code ${code}`);
  process.exitCode = code;
} else {
  const report = JSON.parse(output) as { entities: { created: number }; relations: { created: number } };
  const records = report.entities.created + report.relations.created;
  console.log(
    JSON.stringify(
      {
        entitiesCreated: report.entities.created,
        relationsCreated: report.relations.created,
        seconds: Number(seconds.toFixed(1)),
        recordsPerSecond: Math.round(records / seconds),
        relationsPerSecond: Math.round(report.relations.created / seconds),
        peakRssMB: Math.round(peak / 1e6),
        dryRun: DRY_RUN,
        ...(DRY_RUN
          ? {}
          : { databaseMB: Math.round(statSync(join(dataDir, 'redstring.grafeo')).size / 1e6) }),
      },
      null,
      2,
    ),
  );
}
rmSync(work, { recursive: true, force: true });
