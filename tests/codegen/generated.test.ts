/**
 * The GraphQL types generated from the server's SDL (client/src/generated for the client's
 * operations, server/graphql/generated for the resolvers) are committed; this fails when they are
 * stale: the schema or an operation changed without `npm run codegen`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import { CLIENT_OUT, SERVER_OUT, codegenConfig } from '../../codegen.ts';

const REPO = resolve(import.meta.dirname, '../..');

function filesUnder(folder: string): string[] {
  return readdirSync(join(REPO, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(REPO, join(entry.parentPath, entry.name)));
}

describe('generated GraphQL types', () => {
  it('are what `npm run codegen` writes from the schema and the client operations', async () => {
    // Generated in memory, exactly as `npm run codegen` would write them, and compared with the
    // committed files.
    // (Typed here: `generate` declares `any` for its watch mode.)
    const outputs: { filename: string; content: string }[] = await generate(
      { ...codegenConfig(), cwd: REPO, silent: true },
      false,
    );
    const generated = new Map(
      outputs.map((output) => [relative(REPO, resolve(REPO, output.filename)), output.content]),
    );
    const committed = [...filesUnder(CLIENT_OUT), ...filesUnder(dirname(SERVER_OUT))];
    const stale = 'is stale: run `npm run codegen` and commit the result';
    expect(committed.sort(), `the generated folders hold other files than codegen writes`).toEqual(
      [...generated.keys()].sort(),
    );
    for (const [file, content] of generated)
      expect(readFileSync(join(REPO, file), 'utf8'), `${file} ${stale}`).toBe(content);
  });
});
