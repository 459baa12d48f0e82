/**
 * Every Cypher statement the store sends lives in a `.cypher` file under `cypher/queries/`, read
 * once at start. Statements take parameters for every value; the only text ever spliced into one
 * is a label or relationship type that has passed the identifier rule, backtick-quoted.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Statement {
  /** The file name without `.cypher`, so that an error points at the file. */
  readonly name: string;
  readonly text: string;
}

export const CYPHER_DIR = fileURLToPath(new URL('../../cypher/', import.meta.url));
const QUERIES_DIR = join(CYPHER_DIR, 'queries');

/** DESIGN.md's identifier rule for anything spliced into Cypher text. */
export const IDENTIFIER_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

export class InvalidIdentifierError extends Error {
  constructor(what: string, value: string) {
    super(`${what} ${JSON.stringify(value)} is not allowed: it must match ${IDENTIFIER_PATTERN.source}`);
    this.name = 'InvalidIdentifierError';
  }
}

export function loadStatements(dir: string = QUERIES_DIR): ReadonlyMap<string, Statement> {
  const statements = new Map<string, Statement>();
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.cypher')) continue;
    const name = basename(file, '.cypher');
    // Comments are for readers of the file; strip them so engines see one clean statement.
    const text = readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .filter((line) => !line.trimStart().startsWith('//'))
      .join('\n')
      .trim();
    statements.set(name, { name, text });
  }
  return statements;
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
