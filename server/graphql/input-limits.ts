/**
 * Bounds on what a request hands in, checked before any work and reported without echoing the
 * input: nesting in the document's text and in variables, and the length of list arguments.
 */
import {
  GraphQLError,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLInputType,
} from 'graphql';

/**
 * Where the document's brackets (`{`, `[`, `(`) nest deeper than `max`, or null. Strings and
 * comments are skipped. This runs before the parser, which recurses and would fail without
 * saying where.
 */
export function tooDeepInDocument(source: string, max: number): { line: number; column: number } | null {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\n') {
      line++;
      lineStart = i + 1;
    } else if (c === '#') {
      while (i + 1 < source.length && source[i + 1] !== '\n') i++;
    } else if (c === '"') {
      const block = source.startsWith('"""', i);
      i += block ? 3 : 1;
      while (i < source.length) {
        if (source[i] === '\\') i += 2;
        else if (block ? source.startsWith('"""', i) : source[i] === '"' || source[i] === '\n') break;
        else {
          if (source[i] === '\n') {
            line++;
            lineStart = i + 1;
          }
          i++;
        }
      }
      if (block) i += 2;
    } else if (c === '{' || c === '[' || c === '(') {
      if (++depth > max) return { line, column: i - lineStart + 1 };
    } else if (c === '}' || c === ']' || c === ')') depth--;
  }
  return null;
}

export function documentTooDeepError(where: { line: number; column: number }, max: number): GraphQLError {
  return new GraphQLError(
    `Syntax Error: the document is nested more than ${max} levels deep at line ${where.line}, column ${where.column}.`,
    { extensions: { code: 'GRAPHQL_PARSE_FAILED', line: where.line, column: where.column, limit: max } },
  );
}

/** The name of the first variable nested deeper than `max` levels (lists and objects), or null. */
export function tooDeepVariable(variables: Record<string, unknown> | undefined, max: number): string | null {
  for (const [name, value] of Object.entries(variables ?? {})) {
    // Iterative: a recursive walk would itself overflow on the values it is meant to catch.
    const stack: [unknown, number][] = [[value, 0]];
    while (stack.length > 0) {
      const [item, depth] = stack.pop()!;
      if (item === null || typeof item !== 'object') continue;
      if (depth + 1 > max) return name;
      for (const inner of Array.isArray(item) ? item : Object.values(item))
        if (inner !== null && typeof inner === 'object') stack.push([inner, depth + 1]);
    }
  }
  return null;
}

export function variableTooDeepError(name: string, max: number): GraphQLError {
  return new GraphQLError(`Variable "$${name}" is nested more than ${max} levels deep.`, {
    extensions: { code: 'BAD_USER_INPUT', variable: name, limit: max },
  });
}

/**
 * Refuses a list argument (or a list inside an input object argument) longer than `max`, naming
 * it as `argument.field` with its length; the items themselves are not repeated.
 */
export function checkListArguments(
  fieldName: string,
  definitions: readonly GraphQLArgument[],
  values: Record<string, unknown>,
  max: number,
): void {
  for (const definition of definitions)
    checkValue(fieldName, definition.name, definition.type, values[definition.name], max);
}

function checkValue(
  fieldName: string,
  path: string,
  type: GraphQLInputType,
  value: unknown,
  max: number,
): void {
  if (value === null || value === undefined) return;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    if (!Array.isArray(value)) return;
    if (value.length > max)
      throw new GraphQLError(`${fieldName}(${path}:) takes at most ${max} items, got ${value.length}.`, {
        extensions: { code: 'LIMIT', argument: path, limit: max, got: value.length },
      });
    for (const item of value) checkValue(fieldName, path, inner.ofType, item, max);
    return;
  }
  const named = getNamedType(inner);
  if (isInputObjectType(named) && typeof value === 'object')
    for (const field of Object.values(named.getFields()))
      checkValue(
        fieldName,
        `${path}.${field.name}`,
        field.type,
        (value as Record<string, unknown>)[field.name],
        max,
      );
}
