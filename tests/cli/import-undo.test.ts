/**
 * `redstring imports` and `redstring undo` as users run them (the npm bin in a child process): each
 * import says how to take it back, a blocked undo names what blocks it and writes nothing, and
 * undoing the later import first lets the earlier one go too, back to an empty case.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphFile } from '../../server/model/case-format.ts';
import { runCli } from '../support/cli.ts';
import { dataFile } from '../formats/helpers.ts';

let dir: string;
const run = (args: string[]) => runCli(join(dir, 'data'), args);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'redstring-cli-undo-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const recorded = (stdout: string) =>
  /Recorded as (import-\S+): `redstring undo \1 --case mis` takes it back\./.exec(stdout)?.[1];

describe('redstring undo', () => {
  it('lists the imports of a case and undoes them, refusing while a later one stands', async () => {
    // A new data folder: the import makes its first case, and no other.
    const first = await run(['import', dataFile('gexf/les_miserables.gexf'), '--case', 'mis']);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('Created case mis');
    const firstId = recorded(first.stdout)!;
    expect(firstId).toBeDefined();

    // A second import renames one character of the first.
    const graph = JSON.parse((await run(['export', '--case', 'mis'])).stdout) as GraphFile;
    const valjean = graph.entities.find((e) => e.name === 'Valjean')!;
    const edit = join(dir, 'rename.json');
    writeFileSync(
      edit,
      JSON.stringify({ sources: [], entities: [{ ...valjean, name: 'Jean Valjean' }], relations: [] }),
    );
    const second = await run(['import', edit, '--case', 'mis']);
    const secondId = recorded(second.stdout)!;

    const listed = await run(['imports', '--case', 'mis']);
    const rows = listed.stdout.trimEnd().split('\n');
    expect(rows[0]).toMatch(/^ID\s+FILE\s+FORMAT\s+AT\s+BY\s+ENTITIES\s+RELATIONS\s+SOURCES\s+UNDONE$/);
    expect(
      rows.slice(1).map((row) => row.split(/\s{2,}/).filter((_, i) => [0, 1, 2, 5, 6].includes(i))),
    ).toEqual([
      [secondId, 'rename.json', 'json', '+0 ~1', '+0 ~0'],
      [
        firstId,
        'les_miserables.gexf',
        'gexf',
        `+${graph.entities.length} ~0`,
        `+${graph.relations.length} ~0`,
      ],
    ]);

    const blocked = await run(['undo', firstId, '--case', 'mis']);
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toBe(
      `Cannot undo ${firstId}: 1 record was touched since; nothing was written.\n  entity ${valjean.id}: changed since this import created it\n`,
    );

    expect((await run(['undo', secondId, '--case', 'mis'])).stdout).toBe(
      `Undid ${secondId}: removed 0 entities, 0 relations, 0 sources; restored 1 entities, 0 relations, 0 sources\n`,
    );
    const undone = await run(['undo', firstId, '--case', 'mis']);
    expect(undone.code).toBe(0);
    expect(undone.stdout).toBe(
      `Undid ${firstId}: removed ${graph.entities.length} entities, ${graph.relations.length} relations, 0 sources; restored 0 entities, 0 relations, 0 sources\n`,
    );
    const cases = await run(['case', 'list']);
    expect(cases.stdout.trimEnd().split('\n').slice(1)).toEqual([
      expect.stringMatching(/^mis\s+mis\s+0\s+0\s+0\s/),
    ]);
    const again = await run(['undo', firstId, '--case', 'mis']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/was undone already/);
  }, 120_000);
});
