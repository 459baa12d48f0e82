/**
 * A Cypher statement as the engine port takes it, and the identifier rule: the only text ever
 * spliced into a statement is a label or relationship type that passed it, backtick-quoted.
 * Statements take parameters for every value.
 */

export interface Statement {
  /** The file name without `.cypher`, so that an error points at the file. */
  readonly name: string;
  readonly text: string;
}

/** The identifier rule (docs/architecture.md) for anything spliced into Cypher text. */
export const IDENTIFIER_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

export class InvalidIdentifierError extends Error {
  constructor(what: string, value: string) {
    super(`${what} ${JSON.stringify(value)} is not allowed: it must match ${IDENTIFIER_PATTERN.source}`);
    this.name = 'InvalidIdentifierError';
  }
}

/**
 * Returns the statement with `placeholder` (e.g. `__TYPE__`) replaced by `value` as a quoted
 * identifier. The value must pass the identifier rule; anything else is refused before it could
 * reach an engine.
 */
export function withIdentifier(
  statement: Statement,
  placeholder: string,
  value: string,
  what: string,
): Statement {
  if (!IDENTIFIER_PATTERN.test(value)) throw new InvalidIdentifierError(what, value);
  if (!statement.text.includes(placeholder)) {
    throw new Error(`${statement.name}.cypher has no ${placeholder} to replace`);
  }
  return { name: statement.name, text: statement.text.replaceAll(placeholder, `\`${value}\``) };
}
