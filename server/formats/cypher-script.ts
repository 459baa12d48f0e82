/**
 * A graph as a Cypher script with literal values: what a Neo4j user pastes into Neo4j Browser or
 * pipes to cypher-shell to get exactly the nodes, labels, relationships and properties the store
 * writes. The storage layout comes from server/store/mapping.ts (the functions the store itself
 * writes with), so the script and the store cannot disagree about it.
 *
 * Used for cypher/seed/kursk.cypher (scripts/generate-cypher-seed.ts) and as the "Cypher script"
 * export format.
 */
import type { PlainValue } from '../engine/cypher-engine.ts';
import { neo4jSchemaStatements } from '../engine/cypher-files.ts';
import { IDENTIFIER_PATTERN, InvalidIdentifierError } from '../engine/statement.ts';
import type { GraphFile } from '../model/case-format.ts';
import { entityProps, relationProps, sourceProps } from '../store/mapping.ts';

/** A Cypher string literal: single-quoted, with every character that could end or bend it escaped. */
export function cypherString(value: string): string {
  let out = "'";
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (char === '\\') out += '\\\\';
    else if (char === "'") out += "\\'";
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    // Other control characters, and the line and paragraph separators some tools break lines at.
    else if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029)
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += char;
  }
  return `${out}'`;
}

/**
 * A Cypher number literal of the same type the Neo4j adapter sends a parameter as (see toNeo4j in
 * server/engine/neo4j-values.ts): an integer within 2^53 is an INTEGER, any other number a FLOAT.
 */
export function cypherNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`${value} cannot be written as a Cypher literal`);
  if (Number.isSafeInteger(value)) return String(value);
  const text = String(value).replace('e+', 'e');
  return /[.e]/.test(text) ? text : `${text}.0`;
}

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Cypher's reserved words (Neo4j's list). Neo4j reads them as map keys unquoted but the embedded
 * engine does not (`{when: ...}` is a syntax error there), and free-form properties may use them.
 */
const RESERVED_WORDS: ReadonlySet<string> = new Set(
  (
    'call create delete detach foreach load match merge optional remove return set start union unwind with ' +
    'limit order skip where yield asc ascending assert by csv desc descending on all case count else end ' +
    'exists then when and as contains distinct ends in is not or starts xor constraint drop index node key ' +
    'unique join scan using false null true add do for mandatory of require scalar'
  ).split(' '),
);

/** A property key, backtick-quoted when it is not a plain name or is a reserved word. */
function cypherKey(key: string): string {
  return PLAIN_KEY.test(key) && !RESERVED_WORDS.has(key.toLowerCase())
    ? key
    : `\`${key.replaceAll('`', '``')}\``;
}

/** Any plain value as a Cypher literal; `null` entries of maps are left out, as the store does. */
export function cypherLiteral(value: PlainValue): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'number') return cypherNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(', ')}]`;
  const entries = Object.entries(value).filter(([, inner]) => inner !== null);
  return `{${entries.map(([key, inner]) => `${cypherKey(key)}: ${cypherLiteral(inner)}`).join(', ')}}`;
}

/** A label or relationship type, backtick-quoted after the identifier rule, as the store splices it. */
function identifier(value: string, what: string): string {
  if (!IDENTIFIER_PATTERN.test(value)) throw new InvalidIdentifierError(what, value);
  return `\`${value}\``;
}

/**
 * The data statements of a graph, without comments: sources, then entities, then relations, each
 * merged on its id with its properties (evidence included) replaced whole.
 */
export function graphToCypherStatements(graph: GraphFile, caseId: string): string[] {
  const inCase = `caseId: ${cypherString(caseId)}`;
  const statements: string[] = [];
  for (const source of graph.sources) {
    statements.push(
      [
        `MERGE (s:Source {${inCase}, id: ${cypherString(source.id)}})`,
        `SET s = ${cypherLiteral({ ...sourceProps(source), caseId })}`,
      ].join('\n'),
    );
  }
  for (const entity of graph.entities) {
    statements.push(
      [
        `MERGE (n:Entity {${inCase}, id: ${cypherString(entity.id)}})`,
        `SET n = ${cypherLiteral({ ...entityProps(entity), caseId })}`,
        `SET n:${identifier(entity.type, 'entity type')}`,
      ].join('\n'),
    );
  }
  for (const relation of graph.relations) {
    statements.push(
      [
        `MATCH (a:Entity {${inCase}, id: ${cypherString(relation.from)}})`,
        `MATCH (b:Entity {${inCase}, id: ${cypherString(relation.to)}})`,
        `MERGE (a)-[r:${identifier(relation.type, 'relation type')} {id: ${cypherString(relation.id)}}]->(b)`,
        `SET r = ${cypherLiteral({ ...relationProps(relation), caseId })}`,
      ].join('\n'),
    );
  }
  return statements;
}

/**
 * The case's own record, created when missing (an existing one keeps its name and dates). Its
 * dates are the day the script was made: the script's output must depend on its input alone.
 */
export function caseRecordStatement(caseRef: { id: string; name: string }, madeAt: string): string {
  return [
    `MERGE (c:RedstringCase {id: ${cypherString(caseRef.id)}})`,
    `ON CREATE SET c.name = ${cypherString(caseRef.name)}, c.createdAt = ${cypherString(madeAt)}, c.updatedAt = ${cypherString(madeAt)}, c.createdBy = 'cypher-script'`,
  ].join('\n');
}

export interface CypherScriptOptions {
  /**
   * Comment lines at the top of the script, without the `//`.
   * @default ['A Redstring graph as a Cypher script.']
   */
  header?: string[];
  /**
   * Start with the constraints and indexes of cypher/schema/neo4j.cypher, so that an empty
   * database ends up exactly as Redstring would have set it up.
   * @default true
   */
  schema?: boolean;
  /** The case the script writes into (its id on every record, and its record). */
  case: { id: string; name: string };
  /**
   * When the case record says it was created, if the script creates it.
   * @default the start of the current day (UTC), so that scripts made the same day are equal
   */
  madeAt?: string;
}

/**
 * The whole graph as one Cypher script: header comments, the schema statements, then one statement
 * per source, entity and relation (see graphToCypherStatements), each ended by a semicolon. The
 * output depends only on the graph and the options, so it can be committed and compared.
 */
export function graphToCypherScript(graph: GraphFile, options: CypherScriptOptions): string {
  const header = options.header ?? ['A Redstring graph as a Cypher script.'];
  const comment = (lines: string[]) => lines.map((line) => (line ? `// ${line}` : '//')).join('\n');
  const sections = [
    comment([
      ...header,
      '',
      'It creates the layout Redstring writes: (:Entity:<Type>) nodes, relationships of the relation',
      'types and (:Source) nodes; evidence is kept on its entity or relation as three parallel lists',
      '(evidenceSources, evidenceQuotes, evidenceLocators). Sources, entities and relations are',
      'merged on their ids and their properties replaced whole, so running it twice changes nothing.',
      '',
      'Run it with: cypher-shell -a bolt://localhost:7687 -u neo4j -p <password> -f <this file>',
      'or paste it into Neo4j Browser (one statement per semicolon).',
    ]),
  ];
  const body = (statements: string[]) => statements.map((s) => `${s};`).join('\n\n');
  if (options.schema ?? true)
    sections.push(
      `${comment(['Constraints and indexes (cypher/schema/neo4j.cypher)'])}\n${body(neo4jSchemaStatements())}`,
    );
  sections.push(
    `${comment([`The case (${options.case.id})`])}\n${body([caseRecordStatement(options.case, options.madeAt ?? `${new Date().toISOString().slice(0, 10)}T00:00:00.000Z`)])}`,
  );
  const data = graphToCypherStatements(graph, options.case.id);
  const entitiesAt = graph.sources.length;
  const relationsAt = entitiesAt + graph.entities.length;
  const parts: [string, string[]][] = [
    ['Sources', data.slice(0, entitiesAt)],
    ['Entities, with their evidence', data.slice(entitiesAt, relationsAt)],
    ['Relations, with their evidence', data.slice(relationsAt)],
  ];
  for (const [title, statements] of parts)
    if (statements.length > 0) sections.push(`${comment([title])}\n${body(statements)}`);
  return `${sections.join('\n\n')}\n`;
}
