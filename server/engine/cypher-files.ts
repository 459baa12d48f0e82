/**
 * Cypher text kept in files under `cypher/` (cypher/README.md): read once, comments stripped, so
 * that every statement an engine or the store sends is a file a Neo4j user can read and run.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Statement } from './statement.ts';

export const CYPHER_DIR = fileURLToPath(new URL('../../cypher/', import.meta.url));

/** The Neo4j schema file: constraints and indexes, applied by the Neo4j adapter at start. */
export const NEO4J_SCHEMA_FILE = join(CYPHER_DIR, 'schema', 'neo4j.cypher');

/** Every `.cypher` file of `dir` (not its subfolders) as one statement, by file name. */
export function readStatementFiles(dir: string): ReadonlyMap<string, Statement> {
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
 * Splits a script into its statements at the semicolons that end them, leaving alone semicolons
 * inside strings, quoted identifiers and comments. Comments are dropped; empty statements too.
 */
export function splitCypherStatements(script: string): string[] {
  const statements: string[] = [];
  let current = '';
  let i = 0;
  const push = () => {
    // Only the ends are trimmed: a string literal may span lines, and its text must stay as it is.
    const text = current.trim();
    if (text) statements.push(text);
    current = '';
  };
  while (i < script.length) {
    const char = script[i]!;
    const next = script[i + 1];
    if (char === '/' && next === '/') {
      const end = script.indexOf('\n', i);
      i = end === -1 ? script.length : end;
      continue;
    }
    if (char === '/' && next === '*') {
      const end = script.indexOf('*/', i + 2);
      i = end === -1 ? script.length : end + 2;
      current += ' ';
      continue;
    }
    if (char === "'" || char === '"' || char === '`') {
      // Backslash escapes apply inside string literals; a quoted identifier escapes a backtick by
      // doubling it, which this loop reads as two adjacent quoted parts, the same text.
      let j = i + 1;
      while (j < script.length && script[j] !== char) j += char !== '`' && script[j] === '\\' ? 2 : 1;
      current += script.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (char === ';') {
      push();
      i++;
      continue;
    }
    current += char;
    i++;
  }
  push();
  return statements;
}

/** The statements of cypher/schema/neo4j.cypher, in order. */
export function neo4jSchemaStatements(file: string = NEO4J_SCHEMA_FILE): string[] {
  return splitCypherStatements(readFileSync(file, 'utf8'));
}
