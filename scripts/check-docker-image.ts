/**
 * Checks that the Docker image builds and runs, without Docker: replays the Dockerfile's stages on
 * this machine, then starts what they built against a live Neo4j and asks it for the Kursk case.
 *
 *   NEO4J_URI=bolt://127.0.0.1:7687 npx tsx scripts/check-docker-image.ts [--verbose] [--keep]
 *
 * Runs as root (CI does): it adds the user `node` if this machine lacks it, binds folders in a
 * private mount namespace and changes users. Needs the npm registry, and a Neo4j at NEO4J_URI
 * (default bolt://127.0.0.1:7687; NEO4J_USER and NEO4J_PASSWORD default to neo4j and
 * redstring-dev) that is empty or holds the Kursk case, since the server seeds only an empty
 * database. Two to three minutes, most of it npm install. --verbose prints each step and its time,
 * --keep leaves the replayed stages (in /dev/shm, or /tmp).
 *
 * What stands for what:
 * - The base image node:20-bookworm-slim is this machine, which is Debian 12 (bookworm) with
 *   Node 20 (both checked first): RUN steps run the host's /bin/sh, node and npm. Its users are
 *   root and node (`useradd node` when this machine has none). Its ENV is PATH, and HOME from USER.
 * - Each stage gets a temporary folder that stands for its WORKDIR (/app). Every RUN, and the
 *   server, run in a private mount namespace (unshare) where that folder is bound at /app, with
 *   private /root, /home (holding node's home) and /tmp, as an image has its own: commands and
 *   paths run as written. The rest of the filesystem (/usr, /etc, ...) is the host's.
 * - COPY takes from the build context, the repository with .dockerignore applied by
 *   @balena/dockerignore (a port of Docker's own matcher, a pinned development dependency; rsync's
 *   rules differ: there `data` would also leave out server/x/data); the
 *   copies become root's and keep their modes, as Docker's do. COPY --from takes from that stage's
 *   folder. RUN is `/bin/sh -c` (or the JSON form) as the USER of that point, through setpriv,
 *   with the ENV of that point.
 * - Whatever else a Dockerfile can say (another instruction or flag, ARG, a heredoc, a `$` to
 *   substitute, a wildcard, a path outside WORKDIR) fails the check before anything runs, naming
 *   the line: the replay must not drift from the Dockerfile.
 * - Then the final stage's CMD runs as its USER, in its WORKDIR, with its ENV plus what
 *   docker-compose.yml's app service gets (REDSTRING_STORE=neo4j, NEO4J_*) and a free PORT. The
 *   check waits for /health to report the engine up, asks GraphQL for a Kursk entity, fetches the
 *   client and GraphiQL, checks which user every process of the server runs as, that it listens on
 *   every interface, that it can write its data folder and nothing else of /app, and that no
 *   development dependency shipped; then sends SIGTERM and expects exit code 0.
 *
 * TypeScript rather than bash: the Dockerfile needs a real parser that refuses what it does not
 * know (continuations, JSON forms, ENV quoting), the .dockerignore matcher is a JavaScript
 * library, and starting the server, HTTP, /proc and exit codes are plain Node; `npm test`
 * type-checks and lints it with the rest of scripts/.
 */
import { spawn, spawnSync, type ChildProcess, type SpawnSyncOptions } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  copyFileSync,
  existsSync,
  lchownSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmdirSync,
  rmSync,
  statfsSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import dockerignoreMatcher from '@balena/dockerignore';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DOCKERFILE = join(ROOT, 'Dockerfile');
const DOCKERIGNORE = join(ROOT, '.dockerignore');
/** The one base image this machine can stand for. */
const BASE_IMAGE = 'node:20-bookworm-slim';
const BASE_NODE_MAJOR = 20;
const BASE_DEBIAN_MAJOR = 12;
const BASE_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
/** The users the base image has (node is uid 1000 there). */
const BASE_USERS = ['root', 'node'];
/** How this machine reaches the registry; Docker hands the proxy variables to RUN likewise. */
const NETWORK_ENV = [
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  'ALL_PROXY',
  'http_proxy',
  'https_proxy',
  'no_proxy',
  'all_proxy',
  'NODE_EXTRA_CA_CERTS',
];
const RUN_TIMEOUT_MS = 20 * 60_000;
const HEALTH_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 30_000;
const KURSK_QUERY = '{ entity(id: "kim-jong-un") { name } }';
const KURSK_NAME = 'Kim Jong Un';

const verbose = process.argv.includes('--verbose');
const keep = process.argv.includes('--keep');
const started = performance.now();

class CheckError extends Error {}

function fail(message: string): never {
  throw new CheckError(message);
}

function progress(message: string): void {
  if (verbose) process.stderr.write(`check-docker-image: ${message}\n`);
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

/** A command's output for a failure message: all of it when short, else its errors and its end. */
function excerpt(output: string): string {
  const all = output.trimEnd().split('\n');
  let shown = all;
  if (all.length > 80) {
    const errors = all.filter((line) => /\berror\b|ERR!|Error:|failed/i.test(line)).slice(0, 40);
    shown = [...errors, `… (the last 25 of ${all.length} lines:)`, ...all.slice(-25)];
  }
  return shown.map((line) => `    ${line}`).join('\n');
}

function run(command: string, args: string[], options: SpawnSyncOptions = {}): string {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.error) fail(`${command} could not run: ${result.error.message}`);
  if (result.status !== 0)
    fail(
      `${command} ${args.join(' ')} failed (${result.status ?? result.signal}):\n${excerpt(`${result.stdout}${result.stderr}`)}`,
    );
  return String(result.stdout);
}

// ---------------------------------------------------------------------------------------------
// The Dockerfile, parsed and planned: everything it says is checked before anything runs.

interface Instruction {
  /** 1-based line of the instruction's first line. */
  line: number;
  keyword: string;
  args: string;
  /** As written, continuations joined, for messages. */
  text: string;
}

function where(instruction: Instruction): string {
  const text = instruction.text.replace(/\s+/g, ' ');
  return `Dockerfile:${instruction.line} \`${text.length > 100 ? `${text.slice(0, 97)}...` : text}\``;
}

/** Docker's line syntax: comments, continuations; parser directives and heredocs refused. */
function parseDockerfile(text: string): Instruction[] {
  const instructions: Instruction[] = [];
  let pending: { line: number; parts: string[] } | null = null;
  // Directives (`# escape=`, `# syntax=`) count only before any other line, blank or comment.
  let directives = true;
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    const trimmed = line.trim();
    if (!pending) {
      if (directives && /^#\s*[a-zA-Z]+\s*=/.test(trimmed))
        fail(`Dockerfile:${index + 1}: the parser directive \`${trimmed}\` is not replayed`);
      directives = false;
      if (trimmed === '' || trimmed.startsWith('#')) return;
      pending = { line: index + 1, parts: [] };
    } else if (trimmed.startsWith('#') || trimmed === '') {
      return; // Docker drops comments and empty lines inside a continued instruction.
    }
    const continued = /\\\s*$/.test(line);
    pending.parts.push(continued ? line.replace(/\\\s*$/, '') : line);
    if (!continued) {
      const joined = pending.parts.join('').trim();
      const match = /^(\S+)\s*(.*)$/s.exec(joined)!;
      instructions.push({
        line: pending.line,
        keyword: match[1]!.toUpperCase(),
        args: match[2]!.trim(),
        text: joined,
      });
      pending = null;
    }
  });
  if (pending) fail(`Dockerfile:${(pending as { line: number }).line}: the last instruction ends with \\`);
  return instructions;
}

/** An instruction's leading --flags (only those allowed), and the rest. */
function flags(instruction: Instruction, allowed: string[]): { given: Map<string, string>; rest: string } {
  const given = new Map<string, string>();
  let rest = instruction.args;
  const flag = /^--([a-z-]+)(?:=(\S*))?\s+/;
  for (let match = flag.exec(rest); match; match = flag.exec(rest)) {
    if (!allowed.includes(match[1]!)) fail(`${where(instruction)}: the flag --${match[1]} is not replayed`);
    given.set(match[1]!, match[2] ?? '');
    rest = rest.slice(match[0].length);
  }
  return { given, rest };
}

/** The JSON (exec) form, or null for the shell form. */
function execForm(instruction: Instruction, args: string): string[] | null {
  if (!args.startsWith('[')) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(args);
  } catch {
    fail(`${where(instruction)}: starts like the JSON form but is not JSON`);
  }
  if (!Array.isArray(parsed) || parsed.length === 0 || !parsed.every((x) => typeof x === 'string'))
    fail(`${where(instruction)}: the JSON form must be a non-empty array of strings`);
  return parsed as string[];
}

/** `KEY=value KEY2="a b"`: Docker's ENV words, without variable substitution. */
function envPairs(instruction: Instruction): [string, string][] {
  const words: string[] = [];
  let word: string | null = null;
  const text = instruction.args;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '$') fail(`${where(instruction)}: variable substitution ($) is not replayed`);
    if (/\s/.test(ch)) {
      if (word !== null) words.push(word);
      word = null;
      continue;
    }
    word ??= '';
    if (ch === '\\') word += text[++i] ?? '';
    else if (ch === "'" || ch === '"') {
      const end = text.indexOf(ch, i + 1);
      if (end < 0) fail(`${where(instruction)}: an unclosed quote`);
      const quoted = text.slice(i + 1, end);
      word += ch === '"' ? quoted.replace(/\\(["\\])/g, '$1') : quoted;
      i = end;
    } else word += ch;
  }
  if (word !== null) words.push(word);
  if (words.length === 0) fail(`${where(instruction)}: ENV without a variable`);
  return words.map((w) => {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(w);
    if (!match) fail(`${where(instruction)}: only the ENV KEY=value form is replayed, not \`${w}\``);
    return [match[1]!, match[2]!];
  });
}

type Step = { instruction: Instruction } & (
  | { kind: 'copy'; from: Stage | null; sources: string[]; dest: string }
  | { kind: 'run'; argv: string[]; user: string; env: Record<string, string> }
);

interface Stage {
  index: number;
  name: string | null;
  from: Instruction;
  workdir: string | null;
  steps: Step[];
  /** ENV, USER, EXPOSE and CMD as they stand at the end of the stage. */
  env: Map<string, string>;
  envLines: Map<string, Instruction>;
  user: string;
  userLine: Instruction | null;
  exposed: { port: number; instruction: Instruction }[];
  cmd: { argv: string[]; instruction: Instruction } | null;
  /** The folders that stand for WORKDIR, /tmp, /root and /home, once the stage runs. */
  root: string;
  tmp: string;
  rootHome: string;
  home: string;
}

/** The path inside the stage, absolute; only WORKDIR and what is under it are modelled. */
function inWorkdir(stage: Stage, path: string, instruction: Instruction): string {
  const workdir = stage.workdir ?? fail(`${where(instruction)}: the replay needs WORKDIR before this`);
  const absolute = posix.normalize(path.startsWith('/') ? path : posix.join(workdir, path));
  if (absolute !== workdir && !absolute.startsWith(`${workdir}/`))
    fail(
      `${where(instruction)}: ${absolute} is outside WORKDIR (${workdir}), which is all the replay models`,
    );
  return absolute;
}

function plan(instructions: Instruction[]): Stage[] {
  const stages: Stage[] = [];
  let stage: Stage | null = null;
  for (const instruction of instructions) {
    if (instruction.keyword !== 'FROM' && !stage)
      fail(`${where(instruction)}: an instruction before the first FROM is not replayed`);
    const current = stage!;
    switch (instruction.keyword) {
      case 'FROM': {
        const { rest } = flags(instruction, []);
        const match = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(rest);
        if (!match) fail(`${where(instruction)}: expected FROM image [AS name]`);
        if (match[1] !== BASE_IMAGE)
          fail(
            `${where(instruction)}: the replay stands this machine in for ${BASE_IMAGE} only, not ${match[1]}`,
          );
        stage = {
          index: stages.length,
          name: match[2] ?? null,
          from: instruction,
          workdir: null,
          steps: [],
          env: new Map(),
          envLines: new Map(),
          user: 'root',
          userLine: null,
          exposed: [],
          cmd: null,
          root: '',
          tmp: '',
          rootHome: '',
          home: '',
        };
        stages.push(stage);
        break;
      }
      case 'WORKDIR': {
        const path = instruction.args;
        if (!path.startsWith('/') || path.includes('$') || /\s/.test(path))
          fail(`${where(instruction)}: the replay needs an absolute WORKDIR without variables`);
        if (current.workdir !== null || current.steps.length > 0)
          fail(`${where(instruction)}: the replay models one WORKDIR per stage, before any COPY or RUN`);
        current.workdir = posix.normalize(path);
        break;
      }
      case 'ENV':
        for (const [key, value] of envPairs(instruction)) {
          current.env.set(key, value);
          current.envLines.set(key, instruction);
        }
        break;
      case 'COPY': {
        const { given, rest } = flags(instruction, ['from']);
        if (rest.includes('$')) fail(`${where(instruction)}: variable substitution ($) is not replayed`);
        if (/<<-?\s*["']?[A-Za-z_]/.test(rest)) fail(`${where(instruction)}: heredocs are not replayed`);
        const words = execForm(instruction, rest) ?? rest.split(/\s+/);
        if (words.length < 2) fail(`${where(instruction)}: COPY needs a source and a destination`);
        const sources = words.slice(0, -1);
        const dest = words.at(-1)!;
        if (sources.some((s) => /[*?[\]]/.test(s)))
          fail(`${where(instruction)}: wildcards in sources are not replayed`);
        if (sources.length > 1 && !dest.endsWith('/'))
          fail(
            `${where(instruction)}: with several sources the destination must end with / (Docker says so too)`,
          );
        const fromName = given.get('from');
        const from =
          fromName === undefined
            ? null
            : stages.find((s) => s.name === fromName || String(s.index) === fromName);
        if (from === undefined || from === current)
          fail(
            `${where(instruction)}: --from=${fromName} is not an earlier stage (an image is not replayed)`,
          );
        inWorkdir(current, dest, instruction);
        if (from) for (const source of sources) inWorkdir(from, source, instruction);
        current.steps.push({ kind: 'copy', instruction, from, sources, dest });
        break;
      }
      case 'RUN': {
        const { rest } = flags(instruction, []);
        if (/<<-?\s*["']?[A-Za-z_]/.test(rest)) fail(`${where(instruction)}: heredocs are not replayed`);
        if (!current.workdir) fail(`${where(instruction)}: the replay needs WORKDIR before RUN`);
        const argv = execForm(instruction, rest) ?? ['/bin/sh', '-c', rest];
        current.steps.push({
          kind: 'run',
          instruction,
          argv,
          user: current.user,
          env: Object.fromEntries(current.env),
        });
        break;
      }
      case 'USER': {
        const name = instruction.args;
        if (!/^[a-z_][a-z0-9_-]*$/.test(name))
          fail(`${where(instruction)}: only USER name is replayed (no uid, no group)`);
        if (!BASE_USERS.includes(name))
          fail(
            `${where(instruction)}: ${BASE_IMAGE} has no user ${name} (the replay knows ${BASE_USERS.join(', ')})`,
          );
        current.user = name;
        current.userLine = instruction;
        break;
      }
      case 'EXPOSE':
        for (const port of instruction.args.split(/\s+/)) {
          const match = /^(\d+)(\/tcp)?$/.exec(port);
          if (!match) fail(`${where(instruction)}: only EXPOSE port[/tcp] is replayed`);
          current.exposed.push({ port: Number(match[1]), instruction });
        }
        break;
      case 'CMD': {
        const argv = execForm(instruction, instruction.args);
        if (!argv)
          fail(
            `${where(instruction)}: CMD must use the JSON form, so that SIGTERM reaches the server, not a shell`,
          );
        current.cmd = { argv, instruction };
        break;
      }
      default:
        fail(
          `${where(instruction)}: the replay does not know ${instruction.keyword}; teach scripts/check-docker-image.ts it`,
        );
    }
  }
  if (stages.length === 0) fail('the Dockerfile has no FROM');

  // What the final stage promises about running, checked before the build.
  const final = stages.at(-1)!;
  const cmd = final.cmd ?? fail(`${where(final.from)}: the final stage has no CMD`);
  if (!final.workdir) fail(`${where(final.from)}: the final stage needs a WORKDIR`);
  if (final.user === 'root')
    fail(`${where(final.userLine ?? final.from)}: the final stage runs as root; it must run as node`);
  if (final.env.get('HOST') !== '0.0.0.0')
    fail(
      `${where(final.envLines.get('HOST') ?? final.from)}: the image must set HOST=0.0.0.0, or a published port reaches nothing`,
    );
  const portLine = final.envLines.get('PORT');
  for (const { port, instruction } of final.exposed)
    if (portLine && Number(final.env.get('PORT')) !== port)
      fail(
        `${where(instruction)}: exposes ${port} but ${where(portLine)} sets PORT=${final.env.get('PORT')}`,
      );
  inWorkdir(
    final,
    final.env.get('REDSTRING_DATA') ?? 'data',
    final.envLines.get('REDSTRING_DATA') ?? cmd.instruction,
  );
  return stages;
}

// ---------------------------------------------------------------------------------------------
// Users, folders, and the namespace that stands for an image's filesystem

interface User {
  name: string;
  uid: number;
  gid: number;
  groups: number[];
  home: string;
}

function lookUpUser(name: string): User | null {
  const entry = spawnSync('getent', ['passwd', name], { encoding: 'utf8' });
  if (entry.status !== 0) return null;
  const [, , uid, gid] = entry.stdout.trim().split(':');
  const groups = run('id', ['-G', name]).trim().split(/\s+/).map(Number);
  // HOME as in the image, whatever this machine's passwd says.
  return {
    name,
    uid: Number(uid),
    gid: Number(gid),
    groups,
    home: name === 'root' ? '/root' : `/home/${name}`,
  };
}

function ensureUser(name: string): User {
  const known = lookUpUser(name);
  if (known) return known;
  // As in the base image: a group of the same name, uid 1000 when free, home /home/node.
  const free1000 =
    spawnSync('getent', ['passwd', '1000']).status !== 0 &&
    spawnSync('getent', ['group', '1000']).status !== 0;
  run('useradd', [
    ...(free1000 ? ['--uid', '1000'] : []),
    '--user-group',
    '--no-create-home',
    '--home-dir',
    `/home/${name}`,
    '--shell',
    '/bin/bash',
    name,
  ]);
  progress(`added the user ${name} to this machine, as ${BASE_IMAGE} has it`);
  return lookUpUser(name) ?? fail(`useradd ${name} did not add the user`);
}

let workRoot: string | null = null;
const createdMountPoints: string[] = [];

/** The stage's folders: its WORKDIR, and the /tmp, /root and /home (with node's home) of an image. */
function materialize(stage: Stage): void {
  const base = join(workRoot!, `stage-${stage.index}`);
  Object.assign(stage, {
    root: join(base, 'workdir'),
    tmp: join(base, 'tmp'),
    rootHome: join(base, 'root'),
    home: join(base, 'home'),
  });
  mkdirSync(stage.root, { recursive: true, mode: 0o755 });
  mkdirSync(stage.tmp);
  chmodSync(stage.tmp, 0o1777);
  mkdirSync(stage.rootHome, { mode: 0o700 });
  mkdirSync(stage.home, { mode: 0o755 });
  const node = ensureUser('node');
  mkdirSync(join(stage.home, 'node'), { mode: 0o755 });
  chownSync(join(stage.home, 'node'), node.uid, node.gid);
  if (stage.workdir) {
    // The mount point on this machine; the folder is bound there only inside the namespaces.
    if (!existsSync(stage.workdir)) {
      mkdirSync(stage.workdir, { recursive: true, mode: 0o755 });
      createdMountPoints.push(stage.workdir);
    } else if (!statSync(stage.workdir).isDirectory())
      fail(`${where(stage.from)}: ${stage.workdir} exists on this machine and is not a folder`);
  }
}

/** The folder on this machine that stands for a path in the stage (under WORKDIR). */
function hostPath(stage: Stage, path: string, instruction: Instruction): string {
  const absolute = inWorkdir(stage, path, instruction);
  return absolute === stage.workdir
    ? stage.root
    : join(stage.root, absolute.slice(stage.workdir!.length + 1));
}

/**
 * The command line that runs argv "in the image": a private mount namespace with the stage's
 * folder at WORKDIR and its own /root, /home and /tmp (/tmp last, in case the others are under
 * this machine's /tmp), in WORKDIR, as the user.
 */
function inImage(stage: Stage, user: User, argv: string[]): [string, string[]] {
  const script =
    'set -e; if [ -n "$2" ]; then mount --bind "$1" "$2"; fi; mount --bind "$3" /root; ' +
    'mount --bind "$4" /home; mount --bind "$5" /tmp; cd "${2:-/}"; shift 5; exec "$@"';
  const become =
    user.uid === 0 ? [] : ['setpriv', `--reuid=${user.uid}`, `--regid=${user.gid}`, '--init-groups', '--'];
  const bind = [stage.root, stage.workdir ?? '', stage.rootHome, stage.home, stage.tmp];
  return [
    'unshare',
    [
      '--mount',
      '--propagation',
      'private',
      '--',
      '/bin/sh',
      '-c',
      script,
      'image',
      ...bind,
      ...become,
      ...argv,
    ],
  ];
}

/** The environment of a process in the image: the base image's, the ENV, then `extra`. */
function imageEnv(
  user: User,
  env: Record<string, string>,
  extra: Record<string, string> = {},
): Record<string, string> {
  return { PATH: BASE_PATH, HOME: user.home, ...env, ...extra };
}

/** Process groups of ours still running, to end on the way out. */
const groups = new Set<number>();

/** Starts a command in a process group of its own, so that its helpers can be ended with it. */
function spawnGroup(command: string, args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const pid = child.pid;
  if (pid) {
    groups.add(pid);
    child.once('exit', () => groups.delete(pid));
  }
  return child;
}

/** SIGKILL to the group: what the command started goes too, and with it the output pipes. */
function killGroup(pid: number | undefined): void {
  try {
    if (pid) process.kill(-pid, 'SIGKILL');
  } catch {
    // Gone already.
  }
}

function spawnCollect(
  command: string,
  args: string[],
  env: Record<string, string>,
  timeoutMs: number,
): Promise<{ code: number | null; signal: string | null; output: string }> {
  return new Promise((done, reject) => {
    const child = spawnGroup(command, args, env);
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => killGroup(child.pid), timeoutMs);
    // As Docker ends a RUN's container with its command: nothing it left behind lives on.
    child.once('exit', () => killGroup(child.pid));
    child.once('error', reject);
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, output });
    });
  });
}

/** This machine can stand for the base image: Debian 12, and Node 20 on the image's PATH. */
async function checkBase(stage: Stage): Promise<void> {
  const debian = readFileSync('/etc/debian_version', 'utf8').trim();
  if (Number.parseInt(debian, 10) !== BASE_DEBIAN_MAJOR)
    fail(
      `${where(stage.from)}: this machine is Debian ${debian}, not ${BASE_DEBIAN_MAJOR}, so it cannot stand for it`,
    );
  const root = ensureUser('root');
  const [command, args] = inImage(stage, root, ['node', '-p', 'process.versions.node']);
  const result = await spawnCollect(command, args, imageEnv(root, {}), 60_000);
  if (result.code !== 0)
    fail(`${where(stage.from)}: node does not run in the replayed image:\n${excerpt(result.output)}`);
  const version = result.output.trim();
  if (Number.parseInt(version, 10) !== BASE_NODE_MAJOR)
    fail(
      `${where(stage.from)}: this machine's node is ${version}, not ${BASE_NODE_MAJOR}.x, so it cannot stand for it`,
    );
}

// ---------------------------------------------------------------------------------------------
// COPY

/** .dockerignore's matcher: Docker's own rules (@balena/dockerignore, a port of Docker's matcher). */
function loadDockerignore(): { ignores(path: string): boolean; hasExceptions: boolean } {
  const text = existsSync(DOCKERIGNORE) ? readFileSync(DOCKERIGNORE, 'utf8') : '';
  // Docker matches case-sensitively on Linux; the package's default is the other way.
  const matcher = dockerignoreMatcher({ ignorecase: false }).add(text);
  return {
    ignores: (path) => matcher.ignores(path),
    hasExceptions: text.split('\n').some((line) => line.trim().startsWith('!')),
  };
}

let dockerignore: ReturnType<typeof loadDockerignore> | null = null;

/** The build context's entries under `rel` that .dockerignore keeps, parents before children. */
function contextEntries(rel: string, out: string[] = []): string[] {
  for (const name of readdirSync(join(ROOT, rel)).sort()) {
    const child = rel === '' ? name : `${rel}/${name}`;
    const ignored = dockerignore!.ignores(child);
    if (!ignored) out.push(child);
    // An ignored folder can hold kept files only when some pattern is an exception (!).
    if (lstatSync(join(ROOT, child)).isDirectory() && (!ignored || dockerignore!.hasExceptions))
      contextEntries(child, out);
  }
  return out;
}

/** Missing parents of a destination, as Docker makes them: root's, mode 0755. */
function mkdirParents(path: string): void {
  if (existsSync(path)) return;
  mkdirParents(dirname(path));
  mkdirSync(path);
  chmodSync(path, 0o755);
}

/** One file, folder or link, made root's with its mode kept, as COPY does. */
function copyOne(from: string, to: string, instruction: Instruction): void {
  const info = lstatSync(from);
  if (info.isSymbolicLink()) {
    if (lstatSync(to, { throwIfNoEntry: false })) rmSync(to, { recursive: true, force: true });
    symlinkSync(readlinkSync(from), to);
    lchownSync(to, 0, 0);
    return;
  }
  if (info.isDirectory()) {
    if (!existsSync(to)) mkdirSync(to);
  } else if (info.isFile()) copyFileSync(from, to);
  else fail(`${where(instruction)}: ${from} is neither a file, a folder nor a link`);
  chmodSync(to, info.mode & 0o7777);
  chownSync(to, 0, 0);
}

function copyTree(from: string, to: string, instruction: Instruction): void {
  copyOne(from, to, instruction);
  if (lstatSync(from).isDirectory())
    for (const name of readdirSync(from)) copyTree(join(from, name), join(to, name), instruction);
}

function replayCopy(stage: Stage, step: Extract<Step, { kind: 'copy' }>): void {
  const { instruction } = step;
  const destHost = hostPath(stage, step.dest, instruction);
  for (const source of step.sources) {
    let from: string;
    let contextRel: string | null = null;
    if (step.from) {
      from = hostPath(step.from, source, instruction);
    } else {
      const rel = posix.normalize(source).replace(/^\/+/, '').replace(/\/+$/, '');
      contextRel = rel === '.' ? '' : rel;
      if (contextRel === '..' || contextRel.startsWith('../'))
        fail(`${where(instruction)}: ${source} is outside the build context`);
      if (contextRel !== '' && dockerignore!.ignores(contextRel))
        fail(`${where(instruction)}: ${source} is left out of the build context by .dockerignore`);
      from = join(ROOT, contextRel);
    }
    const info = lstatSync(from, { throwIfNoEntry: false });
    if (!info)
      fail(
        `${where(instruction)}: ${source} is not in ${step.from ? `stage ${step.from.name ?? step.from.index}` : 'the build context'}`,
      );
    if (info.isDirectory()) {
      // A folder's contents go into the destination.
      mkdirParents(destHost);
      if (contextRel === null) {
        for (const name of readdirSync(from)) copyTree(join(from, name), join(destHost, name), instruction);
      } else {
        const prefix = contextRel === '' ? '' : `${contextRel}/`;
        for (const entry of contextEntries(contextRel)) {
          const to = join(destHost, entry.slice(prefix.length));
          mkdirParents(dirname(to));
          copyOne(join(ROOT, entry), to, instruction);
        }
      }
    } else {
      const into = step.dest.endsWith('/') || (existsSync(destHost) && statSync(destHost).isDirectory());
      const to = into ? join(destHost, posix.basename(source)) : destHost;
      mkdirParents(dirname(to));
      copyOne(from, to, instruction);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The replay

async function replay(stages: Stage[]): Promise<void> {
  const network = Object.fromEntries(
    NETWORK_ENV.filter((name) => process.env[name]).map((name) => [name, process.env[name]!]),
  );
  for (const stage of stages) {
    materialize(stage);
    if (stage.index === 0) await checkBase(stage);
    for (const step of stage.steps) {
      const began = performance.now();
      if (step.kind === 'copy') {
        try {
          replayCopy(stage, step);
        } catch (error) {
          if (error instanceof CheckError) throw error;
          fail(`${where(step.instruction)}: ${error instanceof Error ? error.message : String(error)}`);
        }
        progress(`${where(step.instruction)} (${seconds(began)})`);
        continue;
      }
      const user = ensureUser(step.user);
      const [command, args] = inImage(stage, user, step.argv);
      const result = await spawnCollect(command, args, imageEnv(user, step.env, network), RUN_TIMEOUT_MS);
      if (result.code !== 0)
        fail(
          `${where(step.instruction)} failed as ${user.name} (${result.code === null ? `killed by ${result.signal}` : `exit ${result.code}`}):\n${excerpt(result.output)}`,
        );
      progress(`${where(step.instruction)} as ${user.name} (${seconds(began)})`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The final stage, started

function freePort(): Promise<number> {
  return new Promise((done, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '0.0.0.0', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

function procStatus(pid: number): Map<string, string> | null {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    return new Map(
      text.split('\n').map((line) => [line.split(':')[0]!, line.slice(line.indexOf(':') + 1).trim()]),
    );
  } catch {
    return null;
  }
}

function descendants(pid: number): number[] {
  const found: number[] = [];
  let tasks: string[] = [];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return found;
  }
  for (const task of tasks) {
    let children = '';
    try {
      children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8');
    } catch {
      continue;
    }
    for (const child of children.trim().split(/\s+/).filter(Boolean).map(Number))
      found.push(child, ...descendants(child));
  }
  return found;
}

/** The local addresses of the sockets listening on `port` (IPv4 and IPv6, hex as in /proc). */
function listeningAddresses(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const found: string[] = [];
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
    for (const line of text.split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (state === '0A' && local?.endsWith(`:${hexPort}`)) found.push(local.slice(0, -5));
    }
  }
  return found;
}

/** Everything in `folder` that `user` may write, leaving out `except` and its contents. */
function writableBy(user: User, folder: string, except: string): string[] {
  const found: string[] = [];
  const walk = (path: string): void => {
    if (path === except) return;
    const info = lstatSync(path);
    if (!info.isSymbolicLink()) {
      const bits = info.uid === user.uid ? 0o200 : user.groups.includes(info.gid) ? 0o020 : 0o002;
      if (info.mode & bits) found.push(path);
    }
    if (info.isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
  };
  walk(folder);
  return found;
}

/** Only production dependencies, and all of them, in the image's node_modules. */
function checkDependencies(final: Stage): void {
  const line = final.steps.find((s) => s.kind === 'copy' && /node_modules\/?$/.test(s.dest))?.instruction;
  const at = where(line ?? final.cmd!.instruction);
  const pkg = JSON.parse(readFileSync(join(final.root, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  const modules = join(final.root, 'node_modules');
  const hiddenLock = join(modules, '.package-lock.json');
  // npm's record of the installed tree; a development dependency that a production one needs
  // stays after `npm prune --omit=dev` and is not marked dev there.
  const installed = existsSync(hiddenLock)
    ? (JSON.parse(readFileSync(hiddenLock, 'utf8')) as { packages: Record<string, { dev?: boolean }> })
        .packages
    : {};
  const dev = new Set(
    Object.entries(installed)
      .filter(([path, entry]) => path.startsWith('node_modules/') && entry.dev)
      .map(([path]) => path.slice('node_modules/'.length)),
  );
  for (const name of Object.keys(pkg.devDependencies ?? {})) {
    const entry = installed[`node_modules/${name}`];
    if (existsSync(join(modules, name)) && (!entry || entry.dev)) dev.add(name);
  }
  if (dev.size > 0)
    fail(`${at}: development dependencies reach the image: ${[...dev].slice(0, 10).join(', ')}`);
  const missing = Object.keys(pkg.dependencies ?? {}).filter((name) => !existsSync(join(modules, name)));
  if (missing.length > 0)
    fail(`${at}: production dependencies missing from the image: ${missing.join(', ')}`);
}

async function startFinal(final: Stage): Promise<string> {
  const cmd = final.cmd!;
  const user = ensureUser(final.user);
  const userLine = final.userLine ?? final.from;
  const hostLine = final.envLines.get('HOST')!;
  const dataLine = final.envLines.get('REDSTRING_DATA') ?? cmd.instruction;
  const dataDir = inWorkdir(final, final.env.get('REDSTRING_DATA') ?? 'data', dataLine);
  checkDependencies(final);

  const port = await freePort();
  const neo4jUri = process.env.NEO4J_URI || 'bolt://127.0.0.1:7687';
  // What docker-compose.yml's app service gets, and the port.
  const env = imageEnv(user, Object.fromEntries(final.env), {
    REDSTRING_STORE: 'neo4j',
    NEO4J_URI: neo4jUri,
    NEO4J_USER: process.env.NEO4J_USER || 'neo4j',
    NEO4J_PASSWORD: process.env.NEO4J_PASSWORD || 'redstring-dev',
    NEO4J_DATABASE: process.env.NEO4J_DATABASE || 'neo4j',
    PORT: String(port),
  });
  const [command, args] = inImage(final, user, cmd.argv);
  const child = spawnGroup(command, args, env);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let exit: { code: number | null; signal: string | null } | null = null;
  const exited = new Promise<void>((done) =>
    child.once('close', (code, signal) => {
      exit = { code, signal };
      done();
    }),
  );
  const at = (message: string): never =>
    fail(`${where(cmd.instruction)}: ${message}\n  The server said:\n${excerpt(output)}`);
  const base = `http://127.0.0.1:${port}`;
  const pid = child.pid ?? at('did not start');
  try {
    // /health: the engine is up.
    const deadline = Date.now() + HEALTH_TIMEOUT_MS;
    let last = 'no answer';
    for (;;) {
      if (exit) at(`exited (${JSON.stringify(exit)}) before /health said the engine is up`);
      try {
        const response = await fetch(`${base}/health`, { signal: AbortSignal.timeout(5_000) });
        const body = (await response.json()) as { status?: string; engine?: { status?: string } };
        last = `${response.status} ${JSON.stringify(body)}`;
        // With authentication on (HOST=0.0.0.0 turns it on), /health says only the status.
        if (response.ok && (body.engine?.status === 'up' || (!body.engine && body.status === 'ok'))) break;
      } catch (error) {
        last = error instanceof Error ? error.message : String(error);
      }
      if (Date.now() > deadline)
        at(
          `/health did not say the engine is up within ${HEALTH_TIMEOUT_MS / 1000} s (Neo4j at ${neo4jUri}); last: ${last}`,
        );
      await new Promise((done) => setTimeout(done, 500));
    }

    // Listening beyond loopback, the server requires a token: the first admin token it wrote.
    const tokenFile = join(hostPath(final, dataDir, dataLine), 'first-admin-token');
    if (!existsSync(tokenFile))
      at(`wrote no ${dataDir}/first-admin-token (does the Neo4j at ${neo4jUri} already hold tokens?)`);
    const authorization = `Bearer ${readFileSync(tokenFile, 'utf8').trim()}`;
    // The Kursk case, through GraphQL.
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ query: KURSK_QUERY }),
    });
    const result = (await response.json()) as { data?: { entity?: { name?: string } | null } };
    if (result.data?.entity?.name !== KURSK_NAME)
      at(
        `${KURSK_QUERY} answered ${response.status} ${JSON.stringify(result)}, not ${KURSK_NAME}` +
          (result.data?.entity === null
            ? ` (the server seeds only an empty database: is the Neo4j at ${neo4jUri} empty, or the Kursk case?)`
            : ''),
      );

    // The client and GraphiQL, which the image carries too.
    const page = await fetch(`${base}/`);
    const html = await page.text();
    if (!page.ok || !page.headers.get('content-type')?.startsWith('text/html') || !html.includes('<script'))
      at(`GET / answered ${page.status} ${html.slice(0, 200)}: the built client is not in the image`);
    const graphiql = await fetch(`${base}/graphql`, { headers: { accept: 'text/html', authorization } });
    if (!graphiql.ok || !(await graphiql.text()).toLowerCase().includes('graphiql'))
      at(`GET /graphql from a browser answered ${graphiql.status}, not GraphiQL`);

    // The user of every process, and where it listens.
    const processes = [pid, ...descendants(pid)];
    for (const p of processes) {
      const status = procStatus(p);
      if (!status) continue;
      const uids = status.get('Uid')!.split(/\s+/).map(Number);
      const gids = status.get('Gid')!.split(/\s+/).map(Number);
      if (uids.some((u) => u !== user.uid) || gids.some((g) => g !== user.gid))
        fail(
          `${where(userLine)}: process ${p} (${status.get('Name')}) runs as uid ${uids}, gid ${gids}, not ${user.name}`,
        );
    }
    const addresses = listeningAddresses(port);
    if (!addresses.some((a) => /^0+$/.test(a)))
      fail(
        `${where(hostLine)}: the server listens on ${addresses.join(', ') || 'nothing'}:${port}, not every interface`,
      );

    // Writes: its data folder, and nothing else of WORKDIR.
    const dataHost = hostPath(final, dataDir, dataLine);
    const others = writableBy(user, final.root, dataHost).map(
      (p) => final.workdir + p.slice(final.root.length),
    );
    if (others.length > 0)
      fail(
        `${where(userLine)}: ${user.name} may write ${others.slice(0, 10).join(', ')}${others.length > 10 ? ' …' : ''}`,
      );
    const targets = [
      final.workdir!,
      ...readdirSync(final.root).map((name) => posix.join(final.workdir!, name)),
    ].filter((p) => p !== dataDir);
    const probe =
      `for p in ${targets.map((t) => `'${t}'`).join(' ')}; do ` +
      'if [ -d "$p" ]; then f="$p/.write-probe"; else f="$p"; fi; ' +
      'if ( : >> "$f" ) 2>/dev/null; then echo "wrote $f"; if [ -d "$p" ]; then rm -f "$f"; fi; fi; done; ' +
      `f='${dataDir}/.write-probe'; ( : > "$f" ) && rm "$f" && echo data-written`;
    const [probeCommand, probeArgs] = inImage(final, user, ['/bin/sh', '-c', probe]);
    const probed = await spawnCollect(probeCommand, probeArgs, env, 30_000);
    const wrote = probed.output.split('\n').filter((l) => l.startsWith('wrote '));
    if (wrote.length > 0) fail(`${where(userLine)}: as ${user.name}, ${wrote.join('; ')}`);
    if (!probed.output.includes('data-written'))
      fail(
        `${where(dataLine)}: ${user.name} cannot write its data folder ${dataDir}:\n${excerpt(probed.output)}`,
      );

    // SIGTERM: a clean exit.
    process.kill(pid, 'SIGTERM');
    const stopped = await Promise.race([
      exited.then(() => true),
      new Promise<false>((done) => setTimeout(() => done(false), STOP_TIMEOUT_MS).unref()),
    ]);
    if (!stopped) at(`still running ${STOP_TIMEOUT_MS / 1000} s after SIGTERM`);
    const how = exit as unknown as { code: number | null; signal: string | null };
    if (how.code !== 0) at(`exited with ${how.code ?? how.signal} after SIGTERM, not 0`);
    // Its helpers (esbuild's service, under tsx) go once their pipes close: give them a moment.
    const survivors = () =>
      processes
        .map((p) => ({ p, status: procStatus(p) }))
        .filter(({ status }) => status?.get('Uid')?.split(/\s+/)[0] === String(user.uid))
        .map(({ p, status }) => `${p} (${status!.get('Name')})`);
    for (let i = 0; i < 50 && survivors().length > 0; i++) await new Promise((done) => setTimeout(done, 100));
    if (survivors().length > 0) at(`processes ${survivors().join(', ')} outlived the server`);
    return neo4jUri;
  } finally {
    // The server, and whatever it started, whether or not the check got this far.
    killGroup(pid);
    await exited;
  }
}

// ---------------------------------------------------------------------------------------------

function cleanUp(): void {
  for (const pid of groups) killGroup(pid);
  if (workRoot && !keep) rmSync(workRoot, { recursive: true, force: true });
  for (const path of createdMountPoints.splice(0)) {
    try {
      rmdirSync(path);
    } catch {
      // Not empty, or in use: leave it.
    }
  }
}

async function main(): Promise<void> {
  if (process.platform !== 'linux' || process.getuid?.() !== 0)
    fail(
      'run this as root on Linux: it adds the user node if missing, binds folders in a mount namespace, changes users',
    );
  const stages = plan(parseDockerfile(readFileSync(DOCKERFILE, 'utf8')));
  // In memory when there is room: this machine's disk takes most of a minute to delete the trees.
  const shm = existsSync('/dev/shm') ? statfsSync('/dev/shm') : null;
  const scratch = shm && shm.bavail * shm.bsize > 4e9 ? '/dev/shm' : tmpdir();
  workRoot = mkdtempSync(join(scratch, 'redstring-image-'));
  chmodSync(workRoot, 0o755);
  dockerignore = loadDockerignore();
  await replay(stages);
  const built = seconds(started);
  const final = stages.at(-1)!;
  const neo4jUri = await startFinal(final);
  console.log(
    `check-docker-image: the Dockerfile's ${stages.length} stages replayed in ${built}; the image's server ran as ` +
      `${final.user} on Neo4j at ${neo4jUri}, answered the Kursk case and stopped cleanly on SIGTERM (${seconds(started)} in all)`,
  );
}

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    cleanUp();
    process.exit(1);
  });

try {
  await main();
} catch (error) {
  process.exitCode = 1;
  const message =
    error instanceof CheckError ? error.message : error instanceof Error ? error.stack : String(error);
  console.error(`check-docker-image: ${message}`);
} finally {
  cleanUp();
  if (keep && workRoot) console.error(`check-docker-image: kept ${workRoot}`);
}
