/**
 * `redstring case list | create | rename | delete`: the store's cases from the command line
 * (docs/architecture.md, "Cases"), and how `import` and `export` find the case they name.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { ID_PATTERN } from '../model/case-format.ts';
import type { Actor } from '../store/actor.ts';
import type { CaseStore, GraphStore } from '../store/graph-store.ts';

export interface CaseCommandIo {
  stdout: NodeJS.WritableStream;
  withStore<T>(work: (store: GraphStore) => Promise<T>): Promise<T>;
  actor: Actor;
  done(code: number): void;
}

/** A case id as an option or argument: refused before the store opens when it breaks the rule. */
export function parseCaseId(value: string): string {
  if (!ID_PATTERN.test(value))
    throw new InvalidArgumentError(
      'case ids are letters, digits and _.:- (up to 128), starting with a letter or digit',
    );
  return value;
}

/**
 * The case a command names, or the store's only case when it names none. With `create`, a case
 * that does not exist is created, and `told` hears so.
 */
export async function targetCase(
  store: GraphStore,
  id: string | undefined,
  options: { create?: { actor: Actor; told: (message: string) => void } } = {},
): Promise<CaseStore> {
  if (id === undefined) return store.only();
  if (options.create && !(await store.getCase(id))) {
    await store.createCase({ id, name: id }, { actor: options.create.actor });
    options.create.told(`Created case ${id}\n`);
  } else if (options.create && store.createdFirstCase) {
    // A new store opened with this case as its first (`newStoreCase`).
    options.create.told(`Created case ${id}\n`);
  }
  return store.inCase(id);
}

/** Columns padded to their widest cell, for the listing commands. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}

export function addCaseCommands(cli: Command, io: CaseCommandIo): void {
  const cases = cli.command('case').description('List, create, rename and delete cases.');

  cases
    .command('list')
    .description('List the cases with what they hold and when they last changed.')
    .option('--json', 'print the cases as JSON', false)
    .action(async (options: { json: boolean }) => {
      const listed = await io.withStore(async (store) =>
        Promise.all(
          (await store.listCases()).map(async (record) => ({
            ...record,
            counts: await store.caseCounts(record.id),
          })),
        ),
      );
      io.stdout.write(
        options.json
          ? `${JSON.stringify(listed, null, 2)}\n`
          : table(
              ['ID', 'NAME', 'ENTITIES', 'RELATIONS', 'SOURCES', 'CHANGED'],
              listed.map((c) => [
                c.id,
                c.name,
                String(c.counts.entities),
                String(c.counts.relations),
                String(c.counts.sources),
                c.updatedAt.slice(0, 16),
              ]),
            ),
      );
      io.done(0);
    });

  cases
    .command('create')
    .description('Create an empty case.')
    .argument('<id>', 'its id: letters, digits and _.:-', parseCaseId)
    .option('--name <name>', 'its name (the id when omitted)')
    .option('--description <text>', 'what it is about')
    .action(async (id: string, options: { name?: string; description?: string }) => {
      const record = await io.withStore((store) =>
        store.createCase(
          {
            id,
            name: options.name ?? id,
            ...(options.description ? { description: options.description } : {}),
          },
          { actor: io.actor },
        ),
      );
      io.stdout.write(`Created case ${record.id} (${record.name})\n`);
      io.done(0);
    });

  cases
    .command('rename')
    .description('Rename a case.')
    .argument('<id>', 'the case', parseCaseId)
    .argument('<name>', 'its new name')
    .action(async (id: string, name: string) => {
      const record = await io.withStore((store) => store.updateCase(id, { name }, { actor: io.actor }));
      io.stdout.write(`Renamed case ${record.id} to ${record.name}\n`);
      io.done(0);
    });

  cases
    .command('delete')
    .description('Delete a case with everything in it, atomically. The last case cannot be deleted.')
    .argument('<id>', 'the case', parseCaseId)
    .action(async (id: string) => {
      const removed = await io.withStore((store) => store.deleteCase(id, { actor: io.actor }));
      io.stdout.write(
        `Deleted case ${removed.id}: ${removed.entities} entities, ${removed.relations} relations, ${removed.sources} sources\n`,
      );
      io.done(0);
    });
}
