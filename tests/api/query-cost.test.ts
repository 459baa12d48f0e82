/**
 * The cost limit reads sizes from the SDL (`@listSize`) and from the variables' values. Every list
 * of objects must declare its size, so that a new one cannot escape the limit; and what the
 * explorer and the GraphiQL examples send must stay within it, with the largest variables the
 * explorer sends (or may send: 2 000 ids on a canvas).
 */
import { isObjectType, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as generated from '../../client/src/generated/graphql.ts';
import { DEFAULT_QUERY_LIMITS } from '../../server/app.ts';
import { isObjectList, listSizeOf, operationCost } from '../../server/graphql/cost.ts';
import { EXAMPLE_OPERATIONS } from '../../server/graphql/examples.ts';
import { buildSchema } from '../../server/graphql/schema.ts';
import { DEFAULT_STORE_LIMITS } from '../../server/store/limits.ts';

const schema = buildSchema();
const LARGEST_PAGE = DEFAULT_STORE_LIMITS.maxPageSize;
const canvas = Array.from({ length: DEFAULT_STORE_LIMITS.maxNeighborhoodSize }, (_, i) => `entity-${i}`);

/** The largest variables the explorer sends for each operation (client/src/state, client/src/shell). */
/** Every question of the explorer names its case (`$case`); the case list and creation do not. */
const inCase = (variables: Record<string, unknown>) => ({ case: 'kursk', ...variables });
const EXPLORER_VARIABLES: Record<string, Record<string, unknown>> = {
  Cases: {},
  CaseInfo: inCase({}),
  CreateCase: { input: { id: 'x', name: 'X' } },
  Summary: inCase({}),
  EntityDegrees: inCase({ first: 500 }),
  Search: inCase({ text: 'shoigu', first: 8 }),
  Neighborhood: inCase({ ids: canvas.slice(0, 50), depth: 1, limit: 200 }),
  EntityDetails: inCase({ id: 'sergei-shoigu' }),
  AlsoAppearsIn: inCase({ id: 'sergei-shoigu', first: 20 }),
  RelationCounts: inCase({ id: 'sergei-shoigu' }),
  RelationDetails: inCase({ id: 'r1', from: 'a', to: 'b' }),
  ShortestPath: inCase({ from: 'a', to: 'b', maxDepth: 8 }),
  Paths: inCase({ from: 'a', to: 'b', maxLength: 4, first: 50 }),
  Timeline: inCase({ first: 500 }),
  CanvasRelations: inCase({ ids: canvas }),
  Subgraph: inCase({ ids: canvas }),
  GraphFormats: inCase({}),
  ExportGraph: inCase({ format: 'JSON', ids: canvas }),
  // Files are counted by the multipart limit, not the cost; the job is polled by id.
  StartImport: inCase({ files: [], dryRun: false }),
  ImportJob: { id: 'job' },
  CancelImport: { id: 'job' },
  CaseImports: inCase({ first: 50 }),
  UndoImport: inCase({ id: 'import-x' }),
  CaseCounts: inCase({}),
  WholeCasePage: inCase({ entitiesAfter: 'a', relationsAfter: 'b', withEntities: true, withRelations: true }),
  EntityNeighbours: inCase({ id: 'sergei-shoigu' }),
  SourceDetails: inCase({ id: 'the-insider-article' }),
};

describe('the cost of a query', () => {
  it('has a declared size for every list of objects in the schema', () => {
    const undeclared: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        if (!isObjectList(field.type)) continue;
        const size = listSizeOf(schema, field);
        const declared =
          size?.sizedByParent === true ||
          size?.assumedSize != null ||
          (size?.slicingArguments ?? []).some((name) => field.args.some((arg) => arg.name === name));
        if (!declared) undeclared.push(`${type.name}.${field.name}`);
      }
    }
    expect(undeclared).toEqual([]);
  });

  it('multiplies by page sizes given as variables, and counts an undeclared list as the largest page', () => {
    const walk = parse(`query($f: Int) { sources { supports { relation { from {
      relations(first: $f) { to { relations(first: $f) { id } } } } } } } }`);
    const small = operationCost(schema, walk, { f: 1 }, undefined, LARGEST_PAGE);
    const large = operationCost(schema, walk, { f: 500 }, undefined, LARGEST_PAGE);
    expect(large).toBeGreaterThan(small * 10_000);
    expect(large).toBeGreaterThan(DEFAULT_QUERY_LIMITS.maxCost);
    // The SDL's default page size applies when no variable is given.
    const byDefault = operationCost(schema, walk, {}, undefined, LARGEST_PAGE);
    expect(byDefault).toBe(operationCost(schema, walk, { f: 50 }, undefined, LARGEST_PAGE));
  });

  it('keeps every operation the explorer sends within the limit, with its largest variables', () => {
    const costs: Record<string, number> = {};
    for (const [name, document] of Object.entries(generated)) {
      if (!name.endsWith('Document')) continue;
      const parsed = parse(String(document));
      const operation = parsed.definitions.find((d) => d.kind === 'OperationDefinition');
      const opName = operation && 'name' in operation ? operation.name?.value : undefined;
      // A new operation must say here what the explorer sends with it.
      expect(opName && EXPLORER_VARIABLES[opName], `variables for ${name}`).toBeDefined();
      costs[opName!] = operationCost(schema, parsed, EXPLORER_VARIABLES[opName!], undefined, LARGEST_PAGE);
    }
    expect(Object.keys(costs).sort()).toEqual(Object.keys(EXPLORER_VARIABLES).sort());
    const over = Object.entries(costs).filter(([, cost]) => cost > DEFAULT_QUERY_LIMITS.maxCost);
    expect(over).toEqual([]);
  });

  it('keeps every GraphiQL example within the limit', () => {
    for (const example of EXAMPLE_OPERATIONS) {
      const cost = operationCost(schema, parse(example.query), {}, undefined, LARGEST_PAGE);
      expect(cost, example.title).toBeLessThanOrEqual(DEFAULT_QUERY_LIMITS.maxCost);
    }
  });
});
