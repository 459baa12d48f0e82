/**
 * The cost of an operation from the sizes it asks for, with its variables' values: a page size
 * passed as `$first` costs what it would return, which a static count cannot see. Sizes are
 * declared in the SDL with `@listSize` (cost.graphql), beside the fields they describe.
 */
import {
  GraphQLError,
  getDirectiveValues,
  getNamedType,
  isLeafType,
  isListType,
  isNonNullType,
  type DocumentNode,
  type GraphQLDirective,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { DEFAULT_STORE_LIMITS } from '../store/limits.ts';

export interface ListSize {
  assumedSize?: number | null;
  slicingArguments?: readonly string[] | null;
  sizedByParent?: boolean | null;
}

/** The most items any one list is served with (a neighbourhood's limit, a subgraph's ids). */
const LARGEST_SERVED = DEFAULT_STORE_LIMITS.maxNeighborhoodSize;

/** A list of objects or interfaces (not of scalars), whose items each carry a selection. */
export function isObjectList(type: GraphQLOutputType): boolean {
  const inner = isNonNullType(type) ? type.ofType : type;
  return isListType(inner) && !isLeafType(getNamedType(inner));
}

/** The field's `@listSize`, if it has one. */
export function listSizeOf(schema: GraphQLSchema, field: GraphQLField<unknown, unknown>): ListSize | null {
  const directive = schema.getDirective('listSize');
  if (!directive || !field.astNode) return null;
  return (getDirectiveValues(directive as GraphQLDirective, field.astNode) as ListSize | undefined) ?? null;
}

/** How many items a field returns, from its arguments' values, or null for a single object. */
function sizeOf(
  schema: GraphQLSchema,
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  largestPage: number,
): number | null {
  // A size past what the store serves is refused by the store, before any work and with a more
  // precise message (`limit must be between 1 and 2000`): count it at the most it could return.
  const served = Math.max(largestPage, LARGEST_SERVED);
  const declared = listSizeOf(schema, field);
  if (declared?.sizedByParent) return null;
  for (const name of declared?.slicingArguments ?? []) {
    const value = args[name];
    if (typeof value === 'number') return Math.min(Math.max(value, 0), served);
    if (Array.isArray(value)) return value.length;
  }
  if (declared?.assumedSize != null) return declared.assumedSize;
  // An undeclared list of objects is counted as the largest page: a new field cannot escape.
  return isObjectList(field.type) ? largestPage : null;
}

/** Each field costs 1, plus what is selected under it times the items it returns. */
export function listSizeEstimator(schema: GraphQLSchema, largestPage: number) {
  return ({ field, args, childComplexity }: ComplexityEstimatorArgs): number =>
    1 + childComplexity * (sizeOf(schema, field, args, largestPage) ?? 1);
}

/**
 * The operation's cost with these variables. Variables that do not fit their types are reported
 * as execution would report them (a GraphQLError is thrown).
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
  largestPage: number,
): number {
  return getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    operationName,
    estimators: [listSizeEstimator(schema, largestPage)],
  });
}

export function costError(cost: number, limit: number): GraphQLError {
  const n = (value: number) => value.toLocaleString('en-US');
  return new GraphQLError(
    `The query has a cost of ${n(cost)}, over the limit of ${n(limit)}: ask for smaller pages (first, limit) or fewer nested lists.`,
    { extensions: { code: 'QUERY_TOO_COSTLY', cost, limit } },
  );
}
