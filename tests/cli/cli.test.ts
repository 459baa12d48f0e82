/**
 * The `redstring` command as users run it: the npm bin entry in a child process, with the same
 * environment the server reads (REDSTRING_DATA pointing at a temporary embedded store).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';
import { dataFile } from '../formats/helpers.ts';

let dir: string;

const run = (args: string[]) => runCli(join(dir, 'data'), args);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'redstring-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('redstring', () => {
  it('import --dry-run reports and writes nothing; import writes; a second import changes nothing', async () => {
    const file = dataFile('ftm/donations.ijson');
    const dry = await run(['import', file, '--dry-run', '--json']);
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({
      dryRun: true,
      format: 'ftm',
      entities: { created: 184 },
      relations: { created: 290 },
    });
    const first = await run(['import', file]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Imported donations\.ijson \(FollowTheMoney JSON lines\)/);
    expect(first.stdout).toMatch(/entities\s+184\s+0\s+0/);
    expect(first.stderr).toBe('');
    const second = await run(['import', file, '--json']);
    expect(JSON.parse(second.stdout)).toMatchObject({
      entities: { created: 0, unchanged: 184 },
      relations: { unchanged: 290 },
    });
  });

  it('export writes to standard output, or to files; CSV writes two', async () => {
    const graphml = await run(['export', '--format', 'graphml']);
    expect(graphml.code).toBe(0);
    expect(graphml.stdout).toMatch(/^<\?xml/);
    expect(graphml.stdout.match(/<node /g)).toHaveLength(184);
    const out = join(dir, 'out');
    const csv = await run(['export', '--format', 'csv', '--out', `${out}/`]);
    expect(csv.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['entities.csv', 'relations.csv']);
    expect(readFileSync(join(out, 'relations.csv'), 'utf8').trim().split('\n')).toHaveLength(291);
    const stdoutCsv = await run(['export', '--format', 'csv']);
    expect(stdoutCsv.code).toBe(1);
    expect(stdoutCsv.stderr).toMatch(/writes 2 files/);
  });

  it('a truncated file: exit code 1, a message naming file and line, the store unchanged', async () => {
    const cut = join(dir, 'cut.gexf');
    writeFileSync(cut, readFileSync(dataFile('gexf/les_miserables.gexf'), 'utf8').slice(0, 20_000));
    const result = await run(['import', cut]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^redstring: cut\.gexf: line \d+, column \d+: malformed XML/);
    const after = await run(['export', '--format', 'json']);
    const graph = JSON.parse(after.stdout) as { entities: unknown[]; relations: unknown[] };
    expect([graph.entities.length, graph.relations.length]).toEqual([184, 290]);
  });

  it('a bad option is a usage error', async () => {
    const result = await run(['import', 'x', '--format', 'docx']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/argument 'docx' is invalid/);
  });
});
