/**
 * `npm run neo4j`: a local Neo4j 5.26 Community server on bolt://127.0.0.1:7687, for those without
 * Docker, and what CI runs every Neo4j suite against.
 *
 * The server is the small Maven project in neo4j-local/ (Neo4j embedded from Maven Central's
 * org.neo4j artifacts, with Bolt open on loopback). This script builds it when its sources changed
 * (the first build downloads Neo4j, a few minutes), then runs it in the foreground: the one line
 * it prints says Bolt is ready, and Ctrl-C or SIGTERM shut the database down cleanly.
 *
 *   npm run neo4j                          database in ./data/neo4j
 *   npm run neo4j -- --data /tmp/x         database in /tmp/x (a new folder is an empty database)
 *   npm run neo4j -- --port 7688           another port, for a second server beside the first
 *
 * The user is `neo4j` and the password NEO4J_PASSWORD or `redstring-dev`, as in docker-compose.yml.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError } from 'commander';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const project = join(root, 'neo4j-local');
const target = join(project, 'target');
const stampFile = join(target, 'redstring-build.sha256');
const mainClass = 'dev.redstring.neo4j.LocalNeo4j';

function fail(message: string): never {
  process.stderr.write(`npm run neo4j: ${message}\n`);
  process.exit(1);
}

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 65_535) throw new InvalidArgumentError('expected a port number');
  return n;
}

function size(value: string): string {
  if (!/^\d+[kmg]$/i.test(value)) throw new InvalidArgumentError('expected a size such as 512m or 2g');
  return value;
}

/** Every file the build reads: when this changes, the jars and classes in target/ are stale. */
function sourcesDigest(): string {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(path.slice(project.length)).update(readFileSync(path));
    }
  };
  hash.update(readFileSync(join(project, 'pom.xml')));
  walk(join(project, 'src'));
  return hash.digest('hex');
}

function build(): void {
  const digest = sourcesDigest();
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === digest) return;
  process.stderr.write(
    'Building the local Neo4j with Maven (the first build downloads Neo4j from Maven Central)…\n',
  );
  const mvn = spawnSync(
    'mvn',
    ['-q', '-B', '-Dstyle.color=never', '-f', join(project, 'pom.xml'), 'package'],
    { stdio: 'inherit' },
  );
  if (mvn.error) fail(`could not run Maven (${mvn.error.message}); install Maven and a JDK 17 or newer`);
  if (mvn.status !== 0) fail(`the Maven build in ${project} failed (see above)`);
  mkdirSync(target, { recursive: true });
  writeFileSync(stampFile, digest);
}

/** Neo4j's own error for a taken port is a long stack trace; say it in one line first. */
async function ensureFree(bolt: number): Promise<void> {
  const server = createServer();
  const free = await new Promise<boolean>((done) => {
    server.once('error', () => done(false));
    server.listen(bolt, '127.0.0.1', () => server.close(() => done(true)));
  });
  if (!free) fail(`port ${bolt} on 127.0.0.1 is in use (another Neo4j?); stop it or pass --port`);
}

const options = new Command('npm run neo4j')
  .description('Runs a local Neo4j 5.26 Community server on Bolt, built from Maven Central.')
  .option(
    '--data <dir>',
    'folder of the database (a new folder is an empty database)',
    join(root, 'data', 'neo4j'),
  )
  .option('--port <port>', 'Bolt port on 127.0.0.1', port, 7687)
  .option('--heap <size>', 'Java heap', size, '2g')
  .option('--page-cache <size>', "Neo4j's page cache (the store files it keeps in memory)", size, '1g')
  .parse()
  .opts<{ data: string; port: number; heap: string; pageCache: string }>();

build();
await ensureFree(options.port);
const home = resolve(options.data);
mkdirSync(home, { recursive: true });
const password = process.env.NEO4J_PASSWORD || 'redstring-dev';
const classPath = [join(target, 'classes'), join(target, 'lib', '*')].join(':');
const java = spawn(
  'java',
  [
    `-Xmx${options.heap}`,
    '-cp',
    classPath,
    mainClass,
    home,
    String(options.port),
    password,
    options.pageCache,
  ],
  { stdio: ['ignore', 'inherit', 'inherit'] },
);
java.on('error', (error) => fail(`could not run java (${error.message}); install a JDK 17 or newer`));
// The JVM shuts Neo4j down on SIGINT and SIGTERM; pass both on and wait for it to finish.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => java.kill(signal));
java.on('exit', (code, signal) =>
  process.exit(code ?? (signal === 'SIGINT' || signal === 'SIGTERM' ? 0 : 1)),
);
