/**
 * Every Cypher statement the store sends lives in a `.cypher` file under `cypher/queries/`, read
 * once when the store opens (cypher/README.md).
 */
import { join } from 'node:path';
import { CYPHER_DIR, readStatementFiles } from '../engine/cypher-files.ts';
import type { Statement } from '../engine/statement.ts';

export const QUERIES_DIR = join(CYPHER_DIR, 'queries');

export function loadStatements(dir: string = QUERIES_DIR): ReadonlyMap<string, Statement> {
  return readStatementFiles(dir);
}

/** The store's statements by file name; a name without its file is a bug, reported as one. */
export class Queries {
  constructor(private readonly statements: ReadonlyMap<string, Statement> = loadStatements()) {}

  get(name: string): Statement {
    const statement = this.statements.get(name);
    if (!statement) throw new Error(`cypher/queries/${name}.cypher is missing`);
    return statement;
  }
}
