/**
 * The formats the API offers are the registry's (server/formats/registry.ts is the truth): the
 * GraphQL enum GraphFormat has a value for each, and none besides.
 */
import { GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../server/formats/registry.ts';
import { buildSchema } from '../../server/graphql/schema.ts';

describe('GraphFormat', () => {
  it('has one value per format of the registry, in its order, and no other', () => {
    const type = buildSchema().getType('GraphFormat');
    expect(type).toBeInstanceOf(GraphQLEnumType);
    const values = (type as GraphQLEnumType).getValues();
    expect(values.map((value) => value.value)).toEqual(Object.keys(FORMATS));
    expect(values.map((value) => value.name)).toEqual([
      'JSON',
      'FTM',
      'GRAPHML',
      'GEXF',
      'CYTOSCAPE',
      'CSV',
      'UN_SANCTIONS',
      'CYPHER',
    ]);
  });
});
