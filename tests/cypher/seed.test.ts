/**
 * cypher/seed/kursk.cypher: in step with the case's JSON, and a faithful copy of what the store
 * writes. The script is run on the engine of the run (tests/support/engines.ts: the embedded engine,
 * or Neo4j, where it runs whole, schema statements included, as cypher-shell would run it) and the
 * result compared, node by node and relationship by relationship, with the store's own import of
 * the same JSON into an empty engine of the same kind.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CypherEngine, PlainValue } from '../../server/engine/cypher-engine.ts';
import { neo4jSchemaStatements, splitCypherStatements } from '../../server/engine/cypher-files.ts';
import { InvalidIdentifierError } from '../../server/engine/statement.ts';
import {
  cypherLiteral,
  caseRecordStatement,
  graphToCypherScript,
  graphToCypherStatements,
} from '../../server/formats/cypher-script.ts';
import { parseGraphFile } from '../../server/model/case-format.ts';
import { loadKurskCase } from '../../server/seed/kursk.ts';
import { KURSK_CASE } from '../../server/store/cases/upgrade.ts';
import { GraphStore } from '../../server/store/graph-store.ts';
import { KURSK_SEED_FILE, renderKurskSeed } from '../../scripts/generate-cypher-seed.ts';
import { openTestEngine } from '../support/engines.ts';

let engineOpen = false;

/**
 * Runs `work` on an empty test engine and cleans the engine up afterwards, whatever happens. One
 * at a time: on Neo4j every test engine is the same database (a second one would see the first
 * one's data, and tests/support/engines.ts refuses it), so what two engines are compared on is
 * read from the first, which is cleaned up before the second opens.
 */
async function onFreshEngine<T>(work: (engine: CypherEngine) => Promise<T>): Promise<T> {
  if (engineOpen) throw new Error('onFreshEngine() inside onFreshEngine(): use one test engine at a time');
  engineOpen = true;
  try {
    const { engine, cleanup } = await openTestEngine();
    try {
      return await work(engine);
    } finally {
      await cleanup();
    }
  } finally {
    engineOpen = false;
  }
}

interface Dump {
  nodes: string[];
  relationships: string[];
}

/** Every node and relationship with its labels or type and all its properties, in a stable order. */
async function snapshot(engine: CypherEngine): Promise<Dump> {
  const stable = (value: PlainValue): string =>
    JSON.stringify(value, (_key, inner: PlainValue) =>
      inner && typeof inner === 'object' && !Array.isArray(inner)
        ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1)))
        : inner,
    );
  return engine.read(async (tx) => {
    const nodes = await tx.run({
      name: 'dump-nodes',
      text: 'MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties',
    });
    const relationships = await tx.run({
      name: 'dump-relationships',
      text: 'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS properties',
    });
    return {
      nodes: nodes.map((row) => stable({ ...row, labels: [...(row.labels as string[])].sort() })).sort(),
      relationships: relationships.map(stable).sort(),
    };
  });
}

/**
 * What was written since `baseline` (a snapshot of the engine as it was opened): every node and
 * relationship, less those of the baseline, each of which must still be there as it was. The
 * embedded engine starts empty; Neo4j's database also holds the test marker and a graph of another
 * application (tests/support/foreign-graph.ts), which Redstring's statements must leave alone.
 */
async function dump(engine: CypherEngine, baseline: Dump): Promise<Dump> {
  const now = await snapshot(engine);
  const since = (lines: string[], before: string[]) => {
    const rest = [...lines];
    for (const line of before) {
      const at = rest.indexOf(line);
      expect(at, `${line} was there before and must still be, unchanged`).toBeGreaterThanOrEqual(0);
      rest.splice(at, 1);
    }
    return rest;
  };
  // The store's own records (its audit log) are not the graph: a script has no one to attribute.
  const graphOnly = (line: string) => !line.startsWith('{"labels":["Redstring');
  return {
    nodes: since(now.nodes, baseline.nodes).filter(graphOnly),
    relationships: since(now.relationships, baseline.relationships),
  };
}

async function runScript(engine: CypherEngine, statements: string[]): Promise<void> {
  for (const [index, text] of statements.entries())
    await engine.write((tx) => tx.run({ name: `script statement ${index + 1}`, text }));
}

describe('cypher/seed/kursk.cypher', () => {
  it('is what scripts/generate-cypher-seed.ts makes of the case now (else: npx tsx scripts/generate-cypher-seed.ts)', () => {
    expect(readFileSync(KURSK_SEED_FILE, 'utf8')).toBe(renderKurskSeed());
  });

  it('splits into the schema statements and one statement per source, entity and relation', () => {
    const graph = loadKurskCase();
    const statements = splitCypherStatements(readFileSync(KURSK_SEED_FILE, 'utf8'));
    expect(statements).toEqual([
      ...neo4jSchemaStatements(),
      caseRecordStatement(KURSK_CASE, '2025-01-01T00:00:00.000Z'),
      ...graphToCypherStatements(graph, 'kursk'),
    ]);
    expect(statements.length).toBe(
      neo4jSchemaStatements().length +
        1 +
        graph.sources.length +
        graph.entities.length +
        graph.relations.length,
    );
  });

  it('writes exactly what the store writes for the same case, and changes nothing when run twice', async () => {
    const graph = loadKurskCase();
    const script = splitCypherStatements(readFileSync(KURSK_SEED_FILE, 'utf8'));
    const fromScript = await onFreshEngine(async (engine) => {
      const baseline = await snapshot(engine);
      // Neo4j runs the file as it is, schema statements first. The embedded engine does not take
      // Neo4j's schema syntax (CREATE CONSTRAINT ... REQUIRE, FULLTEXT INDEX): its adapter applies
      // its own schema, and the script's data statements follow.
      let statements = script;
      if (engine.kind !== 'neo4j') {
        await engine.applySchema();
        statements = script.slice(neo4jSchemaStatements().length);
      }
      await runScript(engine, statements);
      const once = await dump(engine, baseline);
      await runScript(engine, statements);
      expect(await dump(engine, baseline)).toEqual(once);
      // And the store reads the script's data back: compared below with the case it came from.
      const reader = await GraphStore.open(engine);
      return { dump: once, exported: await reader.exportGraph() };
    });

    const fromStore = await onFreshEngine(async (engine) => {
      const baseline = await snapshot(engine);
      const store = await GraphStore.open(engine, {}, { firstCase: KURSK_CASE });
      await store.importGraph(graph);
      return { dump: await dump(engine, baseline), exported: await store.exportGraph() };
    });

    const once = fromScript.dump;
    // Evidence is kept on entities and relations: no node of its own.
    expect(once.nodes.length).toBe(graph.sources.length + graph.entities.length);
    expect(once.relationships.length).toBe(graph.relations.length);
    expect(once).toEqual(fromStore.dump);
    expect(fromScript.exported).toEqual(fromStore.exported);
  });
});

const TEST_CASE = { id: 'case-1', name: 'Case 1' };

describe('graphToCypherScript', () => {
  const awkward = parseGraphFile(
    {
      sources: [
        { id: 'src', title: 'It\'s a "source"; with // and /* */ and \\ and `ticks`', kind: 'article' },
      ],
      entities: [
        {
          id: 'e-1',
          type: 'Person',
          name: 'Line\nbreak\tand \u2028 Шойгу 김정은',
          aliases: ["O'Brien", ''.padEnd(3, ';')],
          properties: {
            when: 'a reserved word',
            count: 6000,
            share: 0.25,
            big: 2 ** 60,
            flags: [true, false],
          },
          evidence: [{ source: 'src', quote: "quote with ' and ;", locator: 'p. 1' }],
        },
        { id: 'e-2', type: 'Place', name: 'Somewhere', evidence: [] },
      ],
      relations: [
        {
          id: 'r-1',
          type: 'VISITED',
          from: 'e-1',
          to: 'e-2',
          properties: { end: 'another reserved word' },
          date: '2024-10',
          status: 'reported',
          evidence: [{ source: 'src', quote: 'visited' }],
        },
      ],
    },
    'awkward graph',
  );

  it('escapes strings and quotes keys so that every value comes back as it was', async () => {
    const exported = await onFreshEngine(async (engine) => {
      await engine.applySchema();
      await runScript(
        engine,
        splitCypherStatements(graphToCypherScript(awkward, { schema: false, case: TEST_CASE })),
      );
      const store = await GraphStore.open(engine);
      return store.exportGraph();
    });
    expect(exported.sources).toEqual(awkward.sources);
    expect(exported.entities).toEqual(awkward.entities);
    expect(exported.relations).toEqual(awkward.relations);
  });

  it('writes numbers with the type the Neo4j adapter sends them as', () => {
    expect(cypherLiteral(6000)).toBe('6000');
    expect(cypherLiteral(-5)).toBe('-5');
    expect(cypherLiteral(0.25)).toBe('0.25');
    expect(cypherLiteral(2 ** 60)).toBe('1152921504606847000.0');
    expect(cypherLiteral(1e21)).toBe('1e21');
    expect(cypherLiteral({ when: 1, 'odd key': 2, plain: null })).toBe('{`when`: 1, `odd key`: 2}');
  });

  it('refuses a type that does not pass the identifier rule, as the store does', () => {
    const bad = {
      sources: [],
      entities: [{ ...awkward.entities[1]!, type: 'Bad`) DETACH DELETE (x' }],
      relations: [],
    };
    expect(() => graphToCypherStatements(bad, 'c')).toThrow(InvalidIdentifierError);
  });

  it('leaves the schema out on request and keeps the header it is given', () => {
    const script = graphToCypherScript(awkward, {
      schema: false,
      header: ['Exported from a test'],
      case: TEST_CASE,
      madeAt: '2025-02-03T00:00:00.000Z',
    });
    expect(script.startsWith('// Exported from a test\n')).toBe(true);
    expect(script).not.toContain('CREATE CONSTRAINT');
    expect(splitCypherStatements(script)).toEqual([
      caseRecordStatement(TEST_CASE, '2025-02-03T00:00:00.000Z'),
      ...graphToCypherStatements(awkward, TEST_CASE.id),
    ]);
  });
});

describe('splitCypherStatements', () => {
  it('splits at the semicolons that end statements, not at those in strings, names or comments', () => {
    const script = [
      '// a comment; not a statement',
      'CREATE (:A {s: \'semi;colon\', t: "it\\"s;"});',
      '/* block; comment */ MATCH (`odd;name`) RETURN 1;',
      "RETURN 'line one;",
      "  line two' AS text",
      ';;',
    ].join('\n');
    expect(splitCypherStatements(script)).toEqual([
      'CREATE (:A {s: \'semi;colon\', t: "it\\"s;"})',
      'MATCH (`odd;name`) RETURN 1',
      "RETURN 'line one;\n  line two' AS text",
    ]);
  });
});
