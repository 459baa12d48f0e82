/**
 * The limits that need the variables' values, applied after validation and before any resolver
 * runs: nesting of variables, length of list arguments, and the operation's cost. Each refusal is
 * one small GraphQL error naming the limit, never the input.
 */
import { GraphQLError } from 'graphql';
import { getComplexity, type ComplexityEstimatorArgs } from 'graphql-query-complexity';
import type { Plugin } from 'graphql-yoga';
import { costError, listSizeEstimator } from './cost.ts';
import {
  checkListArguments,
  documentTooDeepError,
  tooDeepInDocument,
  tooDeepVariable,
  variableTooDeepError,
} from './input-limits.ts';

export interface InputLimits {
  /** Most cost an operation may have (cost.ts). @default 100000 */
  maxCost: number;
  /** Most items in any list argument (ids, types, sources). @default 2000 */
  maxListItems: number;
  /** Deepest nesting of brackets in a document and of lists and objects in a variable. @default 64 */
  maxNesting: number;
  /** The page size a list without a declared size is counted at. */
  largestPage: number;
}

export function useInputLimits(limits: InputLimits): Plugin {
  return {
    onParse({ params }) {
      // The parser recurses: a document nested thousands deep used to end as "Unexpected error.".
      const source = typeof params.source === 'string' ? params.source : params.source.body;
      const where = tooDeepInDocument(source, limits.maxNesting);
      if (where) throw documentTooDeepError(where, limits.maxNesting);
    },
    onExecute({ args, setResultAndStopExecution }) {
      const refuse = (error: GraphQLError) => setResultAndStopExecution({ errors: [error] });
      const variables = (args.variableValues ?? {}) as Record<string, unknown>;
      const deep = tooDeepVariable(variables, limits.maxNesting);
      if (deep) return refuse(variableTooDeepError(deep, limits.maxNesting));
      const sized = listSizeEstimator(args.schema, limits.largestPage);
      let cost: number;
      try {
        cost = getComplexity({
          schema: args.schema,
          query: args.document,
          variables,
          operationName: args.operationName ?? undefined,
          estimators: [
            ({ field, args: values, node }: ComplexityEstimatorArgs) =>
              void checkListArguments(node.name.value, field.args, values, limits.maxListItems),
            sized,
          ],
        });
      } catch (error) {
        // A list too long, or variables that do not fit their types (execution would say the same).
        if (error instanceof GraphQLError)
          return refuse(
            new GraphQLError(error.message, {
              extensions: { code: 'BAD_USER_INPUT', ...error.extensions },
            }),
          );
        throw error;
      }
      if (cost > limits.maxCost) return refuse(costError(cost, limits.maxCost));
    },
  };
}
