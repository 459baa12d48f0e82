/**
 * `redstring audit` as users run it (the npm bin in a child process): the CLI's own imports are
 * recorded as `cli:<user>`, and the log prints as a table or JSON, filtered and limited.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';
import { dataFile } from '../formats/helpers.ts';

let dir: string;

const run = (args: string[]) => runCli(join(dir, 'data'), args);

interface Printed {
  seq: number;
  action: string;
  actor: { name: string; role: string };
  ids: string[];
  idCount: number;
  detail: Record<string, unknown>;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'redstring-cli-audit-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('redstring audit', () => {
  it('prints the CLI imports as cli:<user>, newest first, as JSON or a table, filtered and limited', async () => {
    const actor = `cli:${userInfo().username}`;
    // Opening a new store made its first case; that is its first record.
    const opened = (await run(['audit'])).stdout.trimEnd().split('\n');
    expect(opened).toHaveLength(2);
    expect(opened[1]).toMatch(/^1\s+\S+\s+local \(admin\)\s+case\.create\s+case-1$/);
    expect((await run(['import', dataFile('miserables.graphml')])).code).toBe(0);
    expect((await run(['import', dataFile('miserables.graphml'), '--dry-run'])).code).toBe(0);
    expect((await run(['import', dataFile('les_miserables.gexf')])).code).toBe(0);

    const all = await run(['audit', '--json']);
    expect(all.code).toBe(0);
    const records = JSON.parse(all.stdout) as Printed[];
    // The dry run wrote nothing and left no record.
    expect(records.map((r) => [r.seq, r.action, r.actor.name, r.actor.role])).toEqual([
      [3, 'graph.import', actor, 'admin'],
      [2, 'graph.import', actor, 'admin'],
      [1, 'case.create', 'local', 'admin'],
    ]);
    expect(records[1]!.detail.file).toMatch(/miserables\.graphml/);
    expect(records[1]!.idCount).toBeGreaterThan(records[1]!.ids.length);

    const table = await run(['audit', '--limit', '1']);
    const lines = table.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^seq\s+at\s+actor\s+action\s+ids$/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(
      new RegExp(
        `^3\\s+\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z\\s+${actor} \\(admin\\)\\s+graph\\.import\\s+.+\\+\\d+ more$`,
      ),
    );

    expect(JSON.parse((await run(['audit', '--json', '--actor', 'someone-else'])).stdout)).toEqual([]);
    expect(JSON.parse((await run(['audit', '--json', '--action', 'entities.delete'])).stdout)).toEqual([]);
    expect(JSON.parse((await run(['audit', '--json', '--since', '2999-01-01'])).stdout)).toEqual([]);
    expect(JSON.parse((await run(['audit', '--json', '--case', 'case-1'])).stdout)).toHaveLength(3);
    expect(JSON.parse((await run(['audit', '--json', '--case', 'other'])).stdout)).toEqual([]);
    const bad = await run(['audit', '--since', 'last week']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/since must be an ISO 8601 date or time/);
  });
});
