/**
 * `redstring token create | list | revoke` as an operator runs them (the npm bin in a child
 * process), and the tokens they make working against the real server started afterwards.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';
import { startServer, stopServer } from '../support/server-process.ts';

let dir: string;

const run = (args: string[]) => runCli(dir, args);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'redstring-cli-token-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('redstring token', () => {
  it('creates a token and prints its secret once; list never shows it; revoke by name', async () => {
    const created = await run(['token', 'create', '--role', 'viewer', '--name', 'alice']);
    expect(created.code).toBe(0);
    const secret = /^\s+(rs_[A-Za-z0-9_-]{43})$/m.exec(created.stdout)?.[1];
    expect(secret).toBeDefined();
    expect(created.stdout).toMatch(/Authorization: Bearer/);

    const list = await run(['token', 'list']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^ID\s+NAME\s+ROLE\s+CREATED\s+LAST USED\s+REVOKED$/m);
    expect(list.stdout).toMatch(/^tok_[0-9a-f]{12}\s+alice\s+viewer\s+\d{4}-\d\d-\d\dT\d\d:\d\d\s+-\s+-$/m);
    expect(list.stdout).not.toContain(secret!);
    const json = await run(['token', 'list', '--json']);
    expect(JSON.stringify(JSON.parse(json.stdout))).not.toMatch(/hash|rs_/);

    const duplicate = await run(['token', 'create', '--role', 'admin', '--name', 'alice']);
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toMatch(/A token named "alice" already exists/);
    const badRole = await run(['token', 'create', '--role', 'boss', '--name', 'x']);
    expect(badRole.code).not.toBe(0);
    expect(badRole.stderr).toMatch(/one of viewer, editor, admin/);

    const revoked = await run(['token', 'revoke', 'alice']);
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toMatch(/Revoked token tok_[0-9a-f]{12} "alice" \(viewer\)/);
    const again = await run(['token', 'revoke', 'alice']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/No token that is not revoked has the id or name "alice"/);
  });

  it('makes tokens the server accepts, and says clearly that the running server holds the database', async () => {
    const created = await run(['token', 'create', '--role', 'editor', '--name', 'bob']);
    const secret = /^\s+(rs_[A-Za-z0-9_-]{43})$/m.exec(created.stdout)![1]!;
    const server = await startServer(dir, { REDSTRING_AUTH: 'on' });
    try {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
        body: JSON.stringify({ query: '{ me { name role } }' }),
      });
      expect(await response.json()).toEqual({ data: { me: { name: 'bob', role: 'EDITOR' } } });
      // A token existed, so no first admin was made.
      expect(server.output()).not.toMatch(/first-admin-token/);
      const busy = await run(['token', 'list']);
      expect(busy.code).toBe(1);
      expect(busy.stderr).toMatch(/in use by another process: the running server holds it\. Stop the server/);
      expect(busy.stderr).toMatch(/createToken/);
    } finally {
      await stopServer(server, 'SIGTERM');
    }
  }, 90_000);
});
