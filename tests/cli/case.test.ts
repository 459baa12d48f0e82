/**
 * `redstring case …` and `--case` as users run them (the npm bin in a child process): a case is
 * created by the import that names it, listed with its counts, renamed, exported on its own and
 * deleted; a store with several cases wants `--case`, and a bad id is refused before the store
 * opens.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';
import { dataFile } from '../formats/helpers.ts';

let dir: string;
const run = (args: string[]) => runCli(join(dir, 'data'), args);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'redstring-cli-case-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('redstring case', () => {
  it('creates a case on import, lists, renames, exports and deletes it, and asks for --case when there are several', async () => {
    // A new store has one case, and an import without --case goes into it.
    expect((await run(['import', dataFile('les_miserables.gexf')])).code).toBe(0);
    const imported = await run(['import', dataFile('miserables.graphml'), '--case', 'graphml']);
    expect(imported.code).toBe(0);
    expect(imported.stderr).toContain('Created case graphml');

    const listed = await run(['case', 'list']);
    const lines = listed.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+NAME\s+ENTITIES\s+RELATIONS\s+SOURCES\s+CHANGED$/);
    expect(lines.slice(1).map((line) => line.split(/\s{2,}/).slice(0, 5))).toEqual([
      ['case-1', 'Case 1', '77', '254', '0'],
      ['graphml', 'graphml', '77', '254', '0'],
    ]);

    const several = await run(['export']);
    expect(several.code).toBe(1);
    expect(several.stderr).toMatch(/this store has 2 cases \(case-1, graphml\): name the case/);

    expect((await run(['case', 'rename', 'graphml', 'Les Misérables (GraphML)'])).stdout).toBe(
      'Renamed case graphml to Les Misérables (GraphML)\n',
    );
    const exported = JSON.parse((await run(['export', '--case', 'graphml'])).stdout) as {
      entities: unknown[];
    };
    expect(exported.entities).toHaveLength(77);

    const unknown = await run(['export', '--case', 'nope']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no case "nope"');
    const bad = await run(['case', 'create', 'bad id!']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/case ids are letters, digits and _\.:-/);
    // A dry run writes nothing, not even a case.
    const dry = await run(['import', dataFile('miserables.graphml'), '--case', 'dry', '--dry-run']);
    expect(dry.code).toBe(1);
    expect(dry.stderr).toContain('no case "dry"');

    expect((await run(['case', 'delete', 'graphml'])).stdout).toBe(
      'Deleted case graphml: 77 entities, 254 relations, 0 sources\n',
    );
    const last = await run(['case', 'delete', 'case-1']);
    expect(last.code).toBe(1);
    expect(last.stderr).toContain('"case-1" is the only case: a store keeps at least one');
    // With one case again, --case may be left out.
    expect(JSON.parse((await run(['export'])).stdout).entities).toHaveLength(77);
  }, 120_000);
});
