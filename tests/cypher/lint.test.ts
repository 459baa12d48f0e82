/**
 * Every statement Redstring sends to Neo4j, checked by Neo4j's own parser and semantic analysis
 * (`lintCypherQuery` from @neo4j-cypher/language-support, Cypher 5): the files of cypher/queries,
 * the statements the store actually sends with the parameters it actually sends (recorded while
 * it runs every operation against the engine of this run: the embedded engine, and real Neo4j in
 * the `neo4j` project, which must also accept and run each of them), the schema file, the
 * adapter's and the test support's own statements, and the generated seed script. Errors fail; warnings fail unless
 * listed in ACCEPTED_WARNINGS with the reason they stay.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintCypherQuery, parseParameters, testData, type DbSchema } from '@neo4j-cypher/language-support';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CypherEngine, CypherTransaction, Params } from '../../server/engine/cypher-engine.ts';
import { CYPHER_DIR, NEO4J_SCHEMA_FILE, readStatementFiles } from '../../server/engine/cypher-files.ts';
import { NEO4J_HEALTH_STATEMENT } from '../../server/engine/neo4j-engine.ts';
import {
  parseGraphFile,
  type EntityInput,
  type GraphFile,
  type RelationInput,
} from '../../server/model/case-format.ts';
import { loadKurskCase } from '../../server/seed/kursk.ts';
import { GraphStore } from '../../server/store/graph-store.ts';
import { writeLegacyLayout } from '../support/legacy-evidence.ts';
import { entityProps, relationProps, sourceProps } from '../../server/store/mapping.ts';
import { withIdentifier, type Statement } from '../../server/engine/statement.ts';
import { loadStatements } from '../../server/store/statements.ts';
import { KURSK_SEED_FILE } from '../../scripts/generate-cypher-seed.ts';
import { NEO4J_TEST_STATEMENTS, TEST_DATABASE_LABEL, openTestEngine } from '../support/engines.ts';
import { FOREIGN_STATEMENTS } from '../support/foreign-graph.ts';

/** Warnings that stay, each with its reason. Empty: every warning so far was fixed in the file. */
const ACCEPTED_WARNINGS: { where: RegExp; message: RegExp; reason: string }[] = [];

/**
 * Warnings on the embedded engine's own files that stay: Grafeo names records by `id()`, which
 * Neo4j 5 deprecates for `elementId()` (Grafeo's handles are the integers `id()` gives), and these
 * files run on Grafeo only.
 */
const GRAFEO_DIALECT: RegExp[] = [
  /^Function id is deprecated\.$/,
  /^The query used a deprecated function\. \('id' has been replaced/,
];

/** Files of cypher/queries the store does not send (yet), so the recorded run cannot cover them. */
const NOT_SENT_BY_THE_STORE: Record<string, string> = {
  // Undoing a bulk load, which only the embedded engine's loader makes (tests/store/bulk-import.test.ts).
  'writes-after': 'undo of a bulk load',
};

const QUERIES_DIR = join(CYPHER_DIR, 'queries');

/** A small graph of the scenario's own, using every optional field so its layout has every key. */
const SCENARIO: GraphFile = parseGraphFile(
  {
    sources: [
      {
        id: 'lint-source',
        title: 'A source of the lint scenario',
        publisher: 'Redstring',
        url: 'https://example.org/lint',
        publishedAt: '2024-10',
        kind: 'report',
      },
    ],
    entities: [
      {
        id: 'lint-a',
        type: 'Person',
        name: 'Lint A',
        aliases: ['A'],
        description: 'First entity of the scenario',
        properties: { when: 'reserved word as a key', startDate: '2024-01', endDate: '2024-06' },
        evidence: [{ source: 'lint-source', quote: 'A exists', locator: 'p. 1' }],
      },
      {
        id: 'lint-b',
        type: 'Organization',
        name: 'Lint B',
        properties: { date: '2024-03-01' },
        evidence: [{ source: 'lint-source', quote: 'B exists' }],
      },
    ],
    relations: [
      {
        id: 'lint-r',
        type: 'MEMBER_OF',
        from: 'lint-a',
        to: 'lint-b',
        properties: { role: 'member' },
        date: '2024-05',
        startDate: '2024-01',
        endDate: '2024-12',
        status: 'reported',
        evidence: [{ source: 'lint-source', quote: 'A is a member of B', locator: 'p. 2' }],
      },
    ],
  },
  'lint scenario',
);

function entityAt(graph: GraphFile, index: number): EntityInput {
  const entity = graph.entities[index];
  if (!entity) throw new Error(`the graph has no entity ${index}`);
  return entity;
}

function relationAt(graph: GraphFile, index: number): RelationInput {
  const relation = graph.relations[index];
  if (!relation) throw new Error(`the graph has no relation ${index}`);
  return relation;
}

/**
 * The schema declared to the linter: what the store writes for the Kursk case and the scenario, so
 * that a property, label or type no record can have is reported.
 */
/** The audit log's labels and the keys of its records (audit-record.cypher). */
const AUDIT_LABELS = ['RedstringAudit', 'RedstringAuditSequence'];
const AUDIT_KEYS = [
  'seq',
  'at',
  'action',
  'actorName',
  'actorRole',
  'actorTokenId',
  'ids',
  'idCount',
  'detail',
  'last',
  'caseId',
];
/** An import's record and its parts (server/store/imports/import-records.ts). */
const IMPORT_LABELS = ['RedstringImport', 'RedstringImportPart'];
const IMPORT_KEYS = ['file', 'format', 'counts', 'wholeCase', 'undoneAt', 'undoneBy', 'importId', 'changes'];
/** A case's record (server/store/cases/case-records.ts); `caseId` is on every record of a case. */
const CASE_KEYS = ['id', 'name', 'description', 'createdAt', 'updatedAt', 'createdBy', 'caseId'];

function declaredSchema(graphs: GraphFile[]): DbSchema {
  // :Evidence nodes (subject, ord) and a relation's `sources` list are what legacy databases hold:
  // the store looks for them on open and moves them (legacy-evidence.cypher).
  // The audit log (server/store/audit.ts): its records and their counter; API tokens.
  const labels = new Set([
    'Entity',
    'Source',
    'Evidence',
    'RedstringToken',
    'RedstringCase',
    TEST_DATABASE_LABEL,
    ...AUDIT_LABELS,
    ...IMPORT_LABELS,
  ]);
  const relationshipTypes = new Set<string>();
  // `from` and `to` are keys of parameter maps (row.from), which the linter checks as property keys.
  const propertyKeys = new Set([
    'claimedAt',
    'subject',
    'ord',
    'sources',
    'from',
    'to',
    ...AUDIT_KEYS,
    ...CASE_KEYS,
    ...IMPORT_KEYS,
  ]);
  // API tokens (store/token-store.ts).
  for (const key of [
    'name',
    'role',
    'hash',
    'createdAt',
    'createdBy',
    'lastUsedAt',
    'revokedAt',
    'revokedBy',
  ])
    propertyKeys.add(key);
  const keysOf = (record: Record<string, unknown>) =>
    Object.keys(record).forEach((key) => propertyKeys.add(key));
  for (const graph of graphs) {
    graph.sources.forEach((source) => keysOf(sourceProps(source)));
    for (const entity of graph.entities) {
      labels.add(entity.type);
      keysOf(entityProps(entity));
    }
    for (const relation of graph.relations) {
      relationshipTypes.add(relation.type);
      keysOf(relationProps(relation));
    }
  }
  const pick = <T>(registry: Record<string, T> | undefined, keep: (name: string, item: T) => boolean) =>
    Object.fromEntries(Object.entries(registry ?? {}).filter(([name, item]) => keep(name, item)));
  return {
    labels: [...labels],
    relationshipTypes: [...relationshipTypes],
    propertyKeys: [...propertyKeys],
    // Neo4j's own catalogue as the package records it, less plugins (APOC, GDS): Community has none.
    functions: { 'CYPHER 5': pick(testData.mockSchema.functions?.['CYPHER 5'], (_, fn) => fn.isBuiltIn) },
    procedures: {
      'CYPHER 5': pick(testData.mockSchema.procedures?.['CYPHER 5'], (name) => /^(db|dbms|tx)\./.test(name)),
    },
    defaultLanguage: 'CYPHER 5',
  };
}

interface Finding {
  severity: 'error' | 'warning';
  where: string;
  message: string;
}

function lint(schema: DbSchema, text: string, params: Record<string, unknown>, where: string): Finding[] {
  const { diagnostics } = lintCypherQuery(text, { ...schema, parameters: params });
  return diagnostics.map((d) => ({
    severity: d.severity === 1 ? 'error' : 'warning',
    where: `${where}:${d.range.start.line + 1}:${d.range.start.character + 1}`,
    message: typeof d.message === 'string' ? d.message : d.message.value,
  }));
}

/** Errors, and warnings nobody accepted; what remains must be empty. */
function unaccepted(findings: Finding[]): string[] {
  return findings
    .filter(
      (f) =>
        f.severity === 'error' ||
        !ACCEPTED_WARNINGS.some((a) => a.where.test(f.where) && a.message.test(f.message)),
    )
    .map((f) => `${f.where} ${f.severity}: ${f.message}`);
}

/**
 * The engine of this run, passing everything through and noting each statement sent. It offers
 * none of the embedded engine's optional capabilities (adjacency, bulk loading, sole writer), so
 * the store takes the Cypher path that it takes on Neo4j.
 */
class RecordingEngine implements CypherEngine {
  readonly sent: { statement: Statement; params: Params }[] = [];
  constructor(private readonly inner: CypherEngine) {}
  get kind() {
    return this.inner.kind;
  }
  read<T>(work: (tx: CypherTransaction) => Promise<T>): Promise<T> {
    return this.inner.read((tx) => work(this.recording(tx)));
  }
  write<T>(work: (tx: CypherTransaction) => Promise<T>): Promise<T> {
    return this.inner.write((tx) => work(this.recording(tx)));
  }
  applySchema() {
    return this.inner.applySchema();
  }
  health() {
    return this.inner.health();
  }
  close() {
    return this.inner.close();
  }
  private recording(tx: CypherTransaction): CypherTransaction {
    return {
      run: (statement, params = {}) => {
        this.sent.push({ statement, params });
        return tx.run(statement, params);
      },
    };
  }
}

/** Runs every store operation once, reads and writes, on the Kursk case and the scenario's graph. */
async function exerciseStore(store: GraphStore, kursk: GraphFile): Promise<void> {
  const first = relationAt(kursk, 0);
  const last = relationAt(kursk, kursk.relations.length - 1);
  const someSource = kursk.sources[0]?.id ?? 'none';
  expect((await store.importGraph(kursk)).entities.created).toBe(kursk.entities.length);
  await store.importGraph(kursk, { dryRun: true });
  await store.importGraph(SCENARIO);

  await store.getEntities([first.from, 'no-such-entity']);
  await store.getRelations([first.id]);
  await store.getSources([someSource]);
  await store.listSources();
  const page = await store.listEntities({ first: 3 });
  await store.listEntities({ first: 3, after: page.endCursor, types: [entityAt(kursk, 0).type] });
  const filter = { statuses: ['reported' as const], sources: [someSource], from: '2020', to: '2026-06' };
  const relations = await store.listRelations({ first: 3, filter });
  await store.listRelations({ first: 3, after: relations.endCursor });
  await store.search(entityAt(kursk, 0).name);
  await store.relationsOf([first.from], { direction: 'OUT', relationTypes: [first.type] });
  await store.neighborsOf([first.from], { entityTypes: [entityAt(kursk, 0).type] });
  await store.relationsAmong([first.from, first.to], filter);
  await store.relationCounts([first.from]);
  await store.neighborhood([first.from], { depth: 2, filter: { direction: 'BOTH' } });
  await store.shortestPath(first.from, last.to);
  await store.paths(first.from, last.to, { maxLength: 3 });
  await store.evidenceFor([`entity:${first.from}`, `relation:${first.id}`]);
  await store.sourceSupports(someSource);
  const timeline = await store.timeline({ first: 3, filter });
  await store.timeline({ first: 3, after: timeline.endCursor });
  await store.summary();
  await store.exportGraph();
  await store.exportGraph([first.from, first.to]);
  // An import of more than one chunk of relations reads the stored relation ids once
  // (relation-ids.cypher) instead of scanning per chunk.
  const extra = (id: string) => ({ sources: [], entities: [], relations: [{ ...first, id }] });
  await store.importChunks([extra('lint-extra-1'), extra('lint-extra-2')], { dryRun: true });

  // Upserts go through importGraph with the records they cite, since upsertEntity and
  // upsertRelation validate the one record as a whole file (its source and endpoints must be in it).
  const a = entityAt(SCENARIO, 0);
  const r = relationAt(SCENARIO, 0);
  const retyped = { ...SCENARIO, entities: [{ ...a, type: 'Group' }], relations: [] };
  await store.importGraph(retyped);
  await store.importGraph({ ...SCENARIO, relations: [{ ...r, properties: { role: 'founder' } }] });
  // A relation that moved to other endpoints: looked up by id across all relationships.
  await store.importGraph({ ...SCENARIO, relations: [{ ...r, from: r.to, to: r.from }] });
  await store.upsertSource({ id: 'lint-source-2', title: 'Another source', kind: 'article' });
  const bare = (id: string): EntityInput => ({
    id,
    type: 'Person',
    name: id,
    aliases: [],
    properties: {},
    evidence: [],
  });
  await store.upsertEntity(bare('lint-c'));
  await store.upsertEntity(bare('lint-d'));
  await store.mergeEntities('lint-c', 'lint-d');
  await store.deleteRelations([r.id]);
  await store.deleteEntities(['lint-a', 'lint-b', 'lint-c']);
  await expect(store.deleteSources([someSource])).rejects.toThrow(/cited/);
  await store.deleteSources(['lint-source', 'lint-source-2']);

  // API tokens: made, found by hash, used, listed and revoked.
  const linter = { name: 'lint', role: 'admin', tokenId: null } as const;
  const hash = 'a'.repeat(64);
  const made = await store.tokens.create(linter, { name: 'lint-token', role: 'viewer', hash });
  await store.tokens.findByHash(hash);
  await store.tokens.touch(made.id);
  await store.tokens.list();
  await store.tokens.revoke(linter, 'lint-token');

  // Cases: listed, created, counted, renamed and deleted with what they hold.
  await store.listCases();
  await store.createCase({ id: 'lint-case', name: 'Lint case', description: 'for the linter' });
  const lintCase = await store.inCase('lint-case');
  const created = await lintCase.importGraph(SCENARIO);
  // Imports listed, read and undone: the later one (a change) first, then the one that created.
  const changed = await lintCase.importGraph({
    ...SCENARIO,
    entities: [{ ...entityAt(SCENARIO, 0), name: 'Renamed' }],
  });
  const imports = await lintCase.imports({ first: 1 });
  await lintCase.imports({ first: 1, after: imports.endCursor });
  await lintCase.getImport(created.importId!);
  await lintCase.undoImport(changed.importId!);
  await lintCase.undoImport(created.importId!);
  await lintCase.importGraph(SCENARIO);
  // Matching across cases reads every entity of each case once, for its match index.
  await store.matchesIn('lint-case', 'case-1', { first: 5 });
  await store.caseCounts('lint-case');
  await store.updateCase('lint-case', { name: 'Lint case, renamed', description: '' });
  await store.deleteCase('lint-case');

  // The audit log every write above appended to, read with every filter set.
  await store.auditLog({
    first: 10,
    actor: 'local',
    action: 'graph.import',
    case: 'case-1',
    id: 'lint-a',
    since: '2000-01-01',
    until: '2999-01-01',
  });
}

describe('Cypher checked by Neo4j’s analysis', () => {
  const kursk = loadKurskCase();
  const schema = declaredSchema([kursk, SCENARIO]);
  let sent: { statement: Statement; params: Params }[] = [];

  beforeAll(async () => {
    const { engine: inner, cleanup } = await openTestEngine();
    try {
      // A legacy database, so that opening it sends the statements that move its evidence.
      await writeLegacyLayout(inner);
      const engine = new RecordingEngine(inner);
      const store = await GraphStore.open(engine);
      await exerciseStore(store, kursk);
      sent = engine.sent;
    } finally {
      await cleanup();
    }
  }, 120_000);

  it('runs on this Node: reports an undefined variable, an undeclared parameter and an unknown function', () => {
    const messages = (text: string) =>
      lint(schema, text, {}, 'probe').map((f) => `${f.severity}: ${f.message}`);
    expect(messages('MATCH (n:Entity) RETURN m')).toContainEqual(
      expect.stringMatching(/^error: Variable `m` not defined/),
    );
    expect(messages('MATCH (n:Entity {id: $id}) RETURN n')).toContain('error: Parameter $id is not defined.');
    expect(messages('RETURN apoc.text.join(["a"], "") AS x')).toContainEqual(
      expect.stringMatching(/^error: Function apoc/),
    );
    expect(messages('MATCH (n:Entity) RETURN n.nmae AS name')).toContainEqual(
      expect.stringMatching(/^warning: nmae is not present/),
    );
    expect(messages('MATCH (n:Entity) RETURN n.id AS id')).toEqual([]);
  });

  it('accepts every file of cypher/queries (placeholders replaced by a declared type)', () => {
    const entityType = entityAt(kursk, 0).type;
    const relationType = relationAt(kursk, 0).type;
    const findings = [...loadStatements(QUERIES_DIR).values()].flatMap((statement) => {
      const file = `cypher/queries/${statement.name}.cypher`;
      const raw = readFileSync(join(QUERIES_DIR, `${statement.name}.cypher`), 'utf8');
      const relationPlaceholder = /\[\w*:__TYPE__/.test(raw);
      const text = raw.includes('__TYPE__')
        ? withIdentifier(
            { name: statement.name, text: raw },
            '__TYPE__',
            relationPlaceholder ? relationType : entityType,
            'type',
          ).text
        : raw;
      const params = Object.fromEntries(parseParameters(text, false).map((name) => [name, null]));
      return lint(schema, text, params, file);
    });
    expect(unaccepted(findings)).toEqual([]);
  }, 120_000);

  it('accepts every statement the store sends, with exactly the parameters it sends', () => {
    expect(sent.length).toBeGreaterThan(50);
    const unique = new Map<string, { statement: Statement; params: Params }>();
    for (const item of sent)
      unique.set(`${item.statement.text}\u0000${Object.keys(item.params).sort().join()}`, item);
    const findings = [...unique.values()].flatMap(({ statement, params }) =>
      lint(schema, statement.text, params, `sent by the store: ${statement.name}.cypher`),
    );
    expect(unaccepted(findings)).toEqual([]);
  }, 120_000);

  it('has the store send every file of cypher/queries but the ones listed as unused', () => {
    const names = new Set(sent.map((item) => item.statement.name));
    const neverSent = [...loadStatements(QUERIES_DIR).keys()].filter((name) => !names.has(name));
    expect(
      neverSent.sort(),
      'files the store never sent here: add the operation that sends them to exerciseStore, or list them in NOT_SENT_BY_THE_STORE',
    ).toEqual(Object.keys(NOT_SENT_BY_THE_STORE).sort());
  });

  it('accepts the schema file', () => {
    const text = readFileSync(NEO4J_SCHEMA_FILE, 'utf8');
    expect(unaccepted(lint(schema, text, {}, 'cypher/schema/neo4j.cypher'))).toEqual([]);
  });

  it('accepts the statements the adapter and the test support build', () => {
    // The foreign graph is someone else's data, with labels, types and keys of its own.
    const withForeign: DbSchema = {
      ...schema,
      labels: [...(schema.labels ?? []), 'Movie', 'Group'],
      relationshipTypes: [...(schema.relationshipTypes ?? []), 'ACTED_IN', 'DIRECTED'],
      propertyKeys: [
        ...(schema.propertyKeys ?? []),
        'title',
        'released',
        'tagline',
        'born',
        'roles',
        'quote',
      ],
    };
    const own = [
      { schema, statements: [NEO4J_HEALTH_STATEMENT, ...Object.values(NEO4J_TEST_STATEMENTS)] },
      { schema: withForeign, statements: Object.values(FOREIGN_STATEMENTS) },
    ];
    const findings = own.flatMap(({ schema: declared, statements }) =>
      statements.flatMap((statement) => {
        const params = Object.fromEntries(parseParameters(statement.text, false).map((name) => [name, null]));
        return lint(declared, statement.text, params, statement.name);
      }),
    );
    expect(unaccepted(findings)).toEqual([]);
  });

  it("accepts the embedded engine's own files, in Grafeo's dialect, but for what only Grafeo reads", () => {
    // The bulk load's marker is the adapter's own label (grafeo-engine.ts).
    const withMarker: DbSchema = { ...schema, labels: [...(schema.labels ?? []), 'RedstringBulkLoad'] };
    const relationType = relationAt(kursk, 0).type;
    const files = [...readStatementFiles(join(CYPHER_DIR, 'grafeo')).values()].map((statement) => ({
      where: `cypher/grafeo/${statement.name}.cypher`,
      text: statement.text.includes('__TYPE__')
        ? withIdentifier(statement, '__TYPE__', relationType, 'type').text
        : statement.text,
    }));
    expect(files.length).toBeGreaterThan(5);
    const grafeoSchema = readFileSync(join(CYPHER_DIR, 'schema', 'grafeo.cypher'), 'utf8');
    const findings = [
      ...files.flatMap(({ where, text }) => {
        const params = Object.fromEntries(parseParameters(text, false).map((name) => [name, null]));
        return lint(withMarker, text, params, where);
      }),
      ...lint(withMarker, grafeoSchema, {}, 'cypher/schema/grafeo.cypher'),
    ];
    expect(
      findings.filter((f) => !GRAFEO_DIALECT.some((a) => a.test(f.message)) || f.severity === 'error'),
    ).toEqual([]);
  });

  it('accepts the generated seed script, with no parameters at all', () => {
    const text = readFileSync(KURSK_SEED_FILE, 'utf8');
    expect(unaccepted(lint(schema, text, {}, 'cypher/seed/kursk.cypher'))).toEqual([]);
  }, 120_000);
});
