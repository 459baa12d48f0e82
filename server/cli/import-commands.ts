/**
 * `redstring imports` and `redstring undo`: a case's recorded imports, and taking one back
 * (server/store/imports/). The same operations as `Case.imports` and `undoImport` in GraphQL.
 */
import type { Command } from 'commander';
import type { ImportRecord } from '../store/imports/import-records.ts';
import type { CaseCommandIo } from './case-commands.ts';
import { parseCaseId, table, targetCase } from './case-commands.ts';

const counts = (c: ImportRecord['entities']) => `+${c.created} ~${c.updated}`;

export function addImportCommands(cli: Command, io: CaseCommandIo & { stderr: NodeJS.WritableStream }): void {
  cli
    .command('imports')
    .description('List the imports into a case, newest first: what each created (+) and changed (~).')
    .option('-c, --case <id>', 'the case; may be left out while the store has one case', parseCaseId)
    .option('--first <n>', 'how many to list', (value) => Number.parseInt(value, 10), 20)
    .option('--json', 'print the imports as JSON', false)
    .action(async (options: { case?: string; first: number; json: boolean }) => {
      const page = await io.withStore(async (store) =>
        (await targetCase(store, options.case)).imports({ first: options.first }),
      );
      io.stdout.write(
        options.json
          ? `${JSON.stringify(page.items, null, 2)}\n`
          : table(
              ['ID', 'FILE', 'FORMAT', 'AT', 'BY', 'ENTITIES', 'RELATIONS', 'SOURCES', 'UNDONE'],
              page.items.map((i) => [
                i.id,
                i.file ?? '(graph)',
                i.format ?? '',
                i.at.slice(0, 19),
                i.actor.name,
                counts(i.entities),
                counts(i.relations),
                counts(i.sources),
                i.undone ? i.undone.at.slice(0, 19) : '',
              ]),
            ),
      );
      io.done(0);
    });

  cli
    .command('undo')
    .description(
      'Undo an import: remove what it created and put back what it changed, atomically, as long as nothing has touched those records since; otherwise say what blocks it.',
    )
    .argument('<import-id>', 'the import (`redstring imports` lists them)')
    .option('-c, --case <id>', 'the case; may be left out while the store has one case', parseCaseId)
    .action(async (id: string, options: { case?: string }) => {
      const outcome = await io.withStore(async (store) =>
        (await targetCase(store, options.case)).undoImport(id, { actor: io.actor }),
      );
      if (outcome.undone) {
        const { removed, restored } = outcome;
        io.stdout.write(
          `Undid ${id}: removed ${removed.entities} entities, ${removed.relations} relations, ${removed.sources} sources; restored ${restored.entities} entities, ${restored.relations} relations, ${restored.sources} sources\n`,
        );
        io.done(0);
        return;
      }
      const more = outcome.blockerCount - outcome.blockers.length;
      io.stderr.write(
        [
          `Cannot undo ${id}: ${outcome.blockerCount} record${outcome.blockerCount === 1 ? ' was' : 's were'} touched since; nothing was written.`,
          ...outcome.blockers.map((b) => `  ${b.kind} ${b.id}: ${b.reason}`),
          ...(more > 0 ? [`  and ${more} more`] : []),
        ].join('\n') + '\n',
      );
      io.done(1);
    });
}
