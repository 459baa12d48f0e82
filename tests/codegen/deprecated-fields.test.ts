/**
 * What Redstring itself sends or shows uses no deprecated field (`relationsAmong` gave way to
 * `subgraph`): the explorer's operations, and the GraphiQL tabs that investigators copy from.
 */
import { NoDeprecatedCustomRule, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as operations from '../../client/src/api/operations.ts';
import { EXAMPLE_OPERATIONS } from '../../server/graphql/examples.ts';
import { buildSchema } from '../../server/graphql/schema.ts';

const schema = buildSchema();

function deprecatedUses(document: string): string[] {
  return validate(schema, parse(document), [NoDeprecatedCustomRule]).map((error) => error.message);
}

describe('deprecated fields', () => {
  it('the explorer sends none', () => {
    const documents = Object.entries(operations);
    expect(documents.length).toBeGreaterThan(10);
    for (const [name, document] of documents) expect(deprecatedUses(document.toString()), name).toEqual([]);
  });

  it('the GraphiQL examples use none', () => {
    expect(EXAMPLE_OPERATIONS.length).toBeGreaterThan(0);
    for (const operation of EXAMPLE_OPERATIONS)
      expect(deprecatedUses(operation.query), operation.title).toEqual([]);
  });

  it('relationsAmong is deprecated for subgraph', () => {
    expect(deprecatedUses('{ relationsAmong(ids: ["a"]) { id } }')).toEqual([
      'The field Query.relationsAmong is deprecated. Use `subgraph`: the same relations, and it says whether the cap left some out.',
    ]);
  });
});
