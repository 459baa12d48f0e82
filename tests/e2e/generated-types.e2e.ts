/**
 * The client's GraphQL types are generated from the server's SDL and committed; this fails when they
 * are stale (the schema or an operation changed without `npm run codegen`).
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { REPO } from './support/server.ts';

describe('generated GraphQL types', () => {
  it('match the server schema and the client operations (run `npm run codegen` when this fails)', () => {
    const run = spawnSync('npx', ['graphql-codegen', '--config', 'codegen.ts', '--check'], {
      cwd: REPO,
      encoding: 'utf8',
      timeout: 60_000,
    });
    const output = `${run.stdout}${run.stderr}`;
    expect(
      run.status,
      `client/src/generated is stale; run \`npm run codegen\` and commit it:\n${output.slice(-2000)}`,
    ).toBe(0);
  });
});
