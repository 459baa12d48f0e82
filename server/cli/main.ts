/**
 * The `redstring` command: import and export graph files, read the audit log, and serve the explorer. It reads the
 * same configuration as the server (the environment: REDSTRING_STORE, REDSTRING_DATA, NEO4J_*),
 * so `redstring import` writes to the store `npm start` serves.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { SingleBar } from 'cli-progress';
import { Command, InvalidArgumentError, Option } from 'commander';
import { readConfig } from '../config.ts';
import { createEngine } from '../engine/create-engine.ts';
import { exportGraphAs } from '../formats/export-file.ts';
import { importFiles, type ImportProgress } from '../formats/import-file.ts';
import { describeMapping, type ImportMappingEntry } from '../formats/import-mapping.ts';
import { FORMATS, isGraphFormat } from '../formats/registry.ts';
import {
  CSV_FIELDS,
  GRAPH_FORMATS,
  type CsvField,
  type ExportedPart,
  type GraphFormat,
} from '../formats/types.ts';
import { GraphStore, type OpenOptions } from '../store/graph-store.ts';
import type { ImportReport } from '../store/types.ts';
import { addCaseCommands, parseCaseId, targetCase } from './case-commands.ts';
import { addImportCommands } from './import-commands.ts';
import { addTokenCommands } from './token-commands.ts';
import { cliActor, formatAuditTable, readAudit } from './audit.ts';

/** Where the command writes; tests pass their own. */
export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

async function withStore<T>(
  env: NodeJS.ProcessEnv,
  work: (store: GraphStore) => Promise<T>,
  options: OpenOptions = {},
): Promise<T> {
  const config = readConfig(env);
  const store = await GraphStore.open(await createEngine(config), {}, options);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

function parseFormat(value: string): GraphFormat {
  if (!isGraphFormat(value)) throw new InvalidArgumentError(`one of ${GRAPH_FORMATS.join(', ')}`);
  return value;
}

function parseLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a whole number of at least 1');
  return n;
}

function parseColumns(value: string): Partial<Record<CsvField, string>> {
  const out: Partial<Record<CsvField, string>> = {};
  for (const pair of value.split(',')) {
    const eq = pair.indexOf('=');
    const field = pair.slice(0, eq).trim();
    if (eq < 1 || !(CSV_FIELDS as readonly string[]).includes(field))
      throw new InvalidArgumentError(
        `expected field=Column pairs separated by commas; fields are ${CSV_FIELDS.join(', ')}`,
      );
    out[field as CsvField] = pair.slice(eq + 1).trim();
  }
  return out;
}

function progressBar(io: CliIo): { update(p: ImportProgress): void; stop(): void } {
  // Only on a terminal: a log file or a pipe should get the report, not bar redraws.
  if (!io.stderr.isTTY) return { update: () => undefined, stop: () => undefined };
  const bar = new SingleBar({
    stream: io.stderr,
    format: 'importing [{bar}] {percentage}% | {mb}/{totalMb} MB | {records} records | {rate} records/s',
    hideCursor: true,
    clearOnComplete: true,
  });
  const started = Date.now();
  let running = false;
  return {
    update(p) {
      const payload = {
        mb: (p.bytesRead / 1e6).toFixed(1),
        totalMb: (p.totalBytes / 1e6).toFixed(1),
        records: p.records,
        rate: Math.round(p.records / Math.max((Date.now() - started) / 1000, 0.001)),
      };
      if (!running) {
        bar.start(Math.max(p.totalBytes, 1), 0, payload);
        running = true;
      }
      bar.update(p.bytesRead, payload);
    },
    stop: () => running && bar.stop(),
  };
}

export function formatReport(
  report: ImportReport & { format: GraphFormat; mapping?: readonly ImportMappingEntry[] },
  files: string,
  seconds: number,
  caseId?: string,
): string {
  const row = (label: string, c: ImportReport['entities']) =>
    `  ${label.padEnd(10)}${String(c.created).padStart(10)}${String(c.updated).padStart(10)}${String(c.unchanged).padStart(11)}`;
  const lines = [
    `${report.dryRun ? 'Dry run of' : 'Imported'} ${files} (${FORMATS[report.format].label}) in ${seconds.toFixed(1)} s${report.dryRun ? ': nothing was written' : ''}`,
    `  ${''.padEnd(10)}${'created'.padStart(10)}${'updated'.padStart(10)}${'unchanged'.padStart(11)}`,
    row('sources', report.sources),
    row('entities', report.entities),
    row('relations', report.relations),
  ];
  if (report.mapping?.length)
    lines.push('Read from the file:', ...report.mapping.map((m) => `  - ${describeMapping(m)}`));
  if (report.warnings.length > 0) lines.push('Warnings:', ...report.warnings.map((w) => `  - ${w}`));
  if (report.importId)
    lines.push(
      `Recorded as ${report.importId}: \`redstring undo ${report.importId}${caseId ? ` --case ${caseId}` : ''}\` takes it back.`,
    );
  return `${lines.join('\n')}\n`;
}

/** Where each part of an export goes: one file as named, or several beside it. */
function outputPaths(out: string, parts: readonly ExportedPart[]): string[] {
  if (parts.length === 1) return [out];
  const isDir = (() => {
    try {
      return statSync(out).isDirectory();
    } catch {
      return out.endsWith('/');
    }
  })();
  if (isDir) return parts.map((p) => join(out, p.fileName));
  const base = basename(out, extname(out));
  return parts.map((p) => join(dirname(out), `${base}.${p.fileName}`));
}

function program(io: CliIo, done: (code: number) => void): Command {
  const cli = new Command('redstring')
    .description(
      'Redstring: a knowledge-graph explorer for investigators. Reads the same environment as the server.',
    )
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .exitOverride()
    .showHelpAfterError();

  cli
    .command('import')
    .description('Import graph files into a case, atomically: all of them or nothing.')
    .argument('<files...>', 'files of one format (CSV: an entities file and/or a relations file)')
    .addOption(
      new Option(
        '-f, --format <format>',
        'the format; detected from the content and name when omitted',
      ).argParser(parseFormat),
    )
    .addOption(
      new Option(
        '-c, --case <id>',
        'the case to import into, created when it does not exist; may be left out while the store has one case',
      ).argParser(parseCaseId),
    )
    .option('-n, --dry-run', 'report what would change and write nothing', false)
    .option(
      '--columns <mapping>',
      'CSV: which column holds which field, e.g. "from=Source,to=Target,type=Label"',
      parseColumns,
    )
    .option('--json', 'print the report as JSON', false)
    .action(
      async (
        files: string[],
        options: {
          format?: GraphFormat;
          case?: string;
          dryRun: boolean;
          columns?: Partial<Record<CsvField, string>>;
          json: boolean;
        },
      ) => {
        const bar = progressBar(io);
        const started = Date.now();
        try {
          const report = await withStore(
            io.env,
            async (store) =>
              importFiles(
                // A dry run writes nothing, not even the case: it needs one that exists.
                await targetCase(
                  store,
                  options.case,
                  options.dryRun
                    ? {}
                    : { create: { actor: cliActor(io.env), told: (message) => io.stderr.write(message) } },
                ),
                files.map((path) => ({ path })),
                {
                  format: options.format ?? null,
                  dryRun: options.dryRun,
                  csvColumns: options.columns,
                  onProgress: bar.update,
                  // The CLI holds the data folder alone: no reader can see a half-done load.
                  bulk: true,
                  actor: cliActor(io.env),
                },
              ),
            // A new data folder starts with the case named, not an empty `case-1` beside it.
            options.case && !options.dryRun ? { newStoreCase: { id: options.case, name: options.case } } : {},
          );
          bar.stop();
          io.stdout.write(
            options.json
              ? `${JSON.stringify(report, null, 2)}\n`
              : formatReport(
                  report,
                  files.map((f) => basename(f)).join(', '),
                  (Date.now() - started) / 1000,
                  options.case,
                ),
          );
          done(0);
        } finally {
          bar.stop();
        }
      },
    );

  cli
    .command('audit')
    .description('Print the audit log, newest first: who wrote what, when, and the ids touched.')
    .option(
      '--since <time>',
      'only records at or after this time (ISO 8601, e.g. 2025-01-31 or 2025-01-31T12:00:00Z)',
    )
    .option('--actor <name>', 'only records by this actor (a token name, local, cli:<user>)')
    .option('--action <action>', 'only records of this action, e.g. entity.upsert or graph.import')
    .addOption(new Option('-c, --case <id>', 'only records of writes to this case').argParser(parseCaseId))
    .option('--limit <n>', 'at most this many records', parseLimit, 50)
    .option('--json', 'print the records as JSON', false)
    .action(
      async (options: {
        since?: string;
        actor?: string;
        action?: string;
        case?: string;
        limit: number;
        json: boolean;
      }) => {
        const records = await withStore(io.env, (store) =>
          readAudit(
            store,
            { since: options.since, actor: options.actor, action: options.action, case: options.case },
            options.limit,
          ),
        );
        io.stdout.write(options.json ? `${JSON.stringify(records, null, 2)}\n` : formatAuditTable(records));
        done(0);
      },
    );

  cli
    .command('export')
    .description('Export a case, or the part around some entities, to standard output or a file.')
    .addOption(
      new Option('-f, --format <format>', 'the format; from the --out name, else json').argParser(
        parseFormat,
      ),
    )
    .option(
      '-o, --out <file>',
      'write here instead of standard output (CSV: a folder, or a name its two files are put beside)',
    )
    .option('--ids <ids>', 'only these entities (comma-separated ids) and the relations among them')
    .addOption(
      new Option(
        '-c, --case <id>',
        'the case to export; may be left out while the store has one case',
      ).argParser(parseCaseId),
    )
    .action(async (options: { format?: GraphFormat; out?: string; ids?: string; case?: string }) => {
      const fromName = options.out
        ? Object.values(FORMATS).find(
            (f) => f.exporter && f.extensions.some((ext) => options.out!.toLowerCase().endsWith(ext)),
          )?.format
        : undefined;
      const format = options.format ?? fromName ?? 'json';
      const ids = options.ids
        ? options.ids
            .split(',')
            .map((id) => id.trim())
            .filter(Boolean)
        : null;
      const parts = await withStore(io.env, async (store) =>
        exportGraphAs(await targetCase(store, options.case), format, { ids }),
      );
      if (!options.out) {
        if (parts.length > 1)
          throw new Error(
            `${FORMATS[format].label} export writes ${parts.length} files (${parts.map((p) => p.fileName).join(', ')}); give --out with a folder or a file name`,
          );
        io.stdout.write(parts[0]!.content);
      } else {
        const paths = outputPaths(options.out, parts);
        parts.forEach((part, i) => {
          mkdirSync(dirname(paths[i]!), { recursive: true });
          writeFileSync(paths[i]!, part.content);
        });
        io.stderr.write(`Wrote ${paths.join(', ')}\n`);
      }
      done(0);
    });

  cli
    .command('serve')
    .description('Start the explorer and its GraphQL API (as npm start does).')
    .action(async () => {
      const { startServer } = await import('../main.ts');
      const running = await startServer(readConfig(io.env));
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await running.close();
      done(0);
    });

  addCaseCommands(cli, {
    stdout: io.stdout,
    withStore: (work) => withStore(io.env, work),
    actor: cliActor(io.env),
    done,
  });

  addImportCommands(cli, {
    stdout: io.stdout,
    stderr: io.stderr,
    withStore: (work) => withStore(io.env, work),
    actor: cliActor(io.env),
    done,
  });

  addTokenCommands(cli, {
    stdout: io.stdout,
    withStore: (work) => withStore(io.env, work),
    done,
  });

  cli
    .command('formats')
    .description('List the formats and what each can do.')
    .action(() => {
      for (const info of Object.values(FORMATS))
        io.stdout.write(
          `${info.format.padEnd(14)}${info.label.padEnd(46)}${[info.importer ? 'import' : '', info.exporter ? 'export' : ''].filter(Boolean).join(', ')}\n`,
        );
      done(0);
    });
  return cli;
}

/** Runs the command line; resolves to the exit code. */
export async function runCli(
  argv: readonly string[],
  io: CliIo = { stdout: process.stdout, stderr: process.stderr, env: process.env },
): Promise<number> {
  let code = 0;
  const cli = program(io, (c) => (code = c));
  try {
    await cli.parseAsync([...argv]);
    return code;
  } catch (error) {
    const exit = error as { exitCode?: unknown; code?: unknown };
    if (typeof exit.code === 'string' && exit.code.startsWith('commander.')) {
      return exit.code === 'commander.helpDisplayed' ||
        exit.code === 'commander.version' ||
        exit.code === 'commander.help'
        ? 0
        : typeof exit.exitCode === 'number'
          ? exit.exitCode
          : 2;
    }
    io.stderr.write(`redstring: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  process.exitCode = await runCli(process.argv);
}
