/**
 * The store's front: it opens the database, holds its cases (one CaseStore each, with its own
 * search index, timeline and summary: case-store.ts), the API tokens and the audit log, and
 * creates, renames and deletes cases (docs/architecture.md, "Cases").
 *
 * Its graph operations (search, importGraph, ...) answer from the store's only case and are
 * refused with CASE_REQUIRED once there are several: the one meaning they keep for callers
 * written before cases (tests, scripts, the CLI's `--case` left out). Everything else names its
 * case through `inCase`.
 */
import type { CypherEngine, CypherTransaction } from '../engine/cypher-engine.ts';
import { LOCAL_ACTOR } from './actor.ts';
import { readAuditLog, recordAudit, type AuditFilter, type AuditRecord, type WriteOptions } from './audit.ts';
import { caseEngine } from './case-engine.ts';
import { CaseStore } from './case-store.ts';
import {
  caseInputSchema,
  caseNotFound,
  caseUpdateSchema,
  checkCaseId,
  createCaseRecord,
  parseCaseInput,
  readCases,
  toCaseRecord,
  type CaseInput,
  type CaseRecord,
  type CaseUpdate,
} from './cases/case-records.ts';
import { upgradeToCases } from './cases/upgrade.ts';
import { migrateLegacyEvidence } from './legacy-evidence.ts';
import { alsoAppearsIn, matchesIn, type CaseMatch, type MatchesPage } from './matches/case-matches.ts';
import { DEFAULT_STORE_LIMITS, type StoreLimits } from './limits.ts';
import type { Page } from './types.ts';
import { StoreInputError } from './types.ts';
import { WriteGate } from './since-last-write.ts';
import { Queries } from './statements.ts';
import { TokenStore } from './token-store.ts';

export type { AuditFilter, AuditRecord, WriteOptions } from './audit.ts';
export type { ImportOptions } from './import-graph.ts';
export type { StoreLimits } from './limits.ts';
export type { CaseInput, CaseRecord, CaseUpdate } from './cases/case-records.ts';
export { CaseStore } from './case-store.ts';

/** A case with what it holds. */
export interface CaseCounts {
  entities: number;
  relations: number;
  sources: number;
}

/** What deleting a case removed. */
export interface CaseDeletion extends CaseCounts {
  id: string;
}

export interface OpenOptions {
  /**
   * The case a store without any gets when it opens (a new store, or one written before cases
   * that does not hold the seed's Kursk graph). @default { id: 'case-1', name: 'Case 1' }
   */
  firstCase?: CaseInput;
  /**
   * The case a new store starts with instead, when it has no graph to upgrade: the CLI's
   * `import --case X` on a new data folder makes X, not an empty `case-1` beside it.
   */
  newStoreCase?: CaseInput;
}

const DEFAULT_FIRST_CASE = { id: 'case-1', name: 'Case 1' };

/** How long a store that others may write trusts the case records it read (see `kept`). */
const CASE_LIST_TTL_MS = 1_000;

export class GraphStore {
  private readonly queries = new Queries();
  private readonly gate = new WriteGate();
  private readonly opened = new Map<string, Promise<CaseStore>>();
  /**
   * The case records as last read: until this process's next case write when it is the only
   * writer (the embedded engine), else (Neo4j, which others may write) for CASE_LIST_TTL_MS, so
   * that a request does not read them once per field that enters a case.
   */
  private kept: { cases: CaseRecord[]; at: number } | null = null;
  /** API tokens (token-store.ts): beside the graph, never part of it. */
  readonly tokens: TokenStore;
  /** Whether opening the store created its first case (a new store): main.ts seeds it then. */
  createdFirstCase = false;

  private constructor(
    readonly engine: CypherEngine,
    readonly limits: StoreLimits,
  ) {
    this.tokens = new TokenStore({ engine, queries: this.queries });
  }

  /**
   * Applies the schema, upgrades a store written before cases, makes sure there is a case and
   * opens them. The store owns the engine from here on: `close()` closes it, and so does a failure
   * to open.
   */
  static async open(
    engine: CypherEngine,
    limits: Partial<StoreLimits> = {},
    options: OpenOptions = {},
  ): Promise<GraphStore> {
    try {
      await engine.applySchema();
      const store = new GraphStore(engine, { ...DEFAULT_STORE_LIMITS, ...limits });
      const first = parseCaseInput(caseInputSchema, options.firstCase ?? DEFAULT_FIRST_CASE, 'firstCase');
      const upgraded = await upgradeToCases(engine, store.queries, first);
      if (upgraded !== null) {
        const target = await store.inCase(upgraded);
        await migrateLegacyEvidence(store.queries, target.writes);
      }
      if ((await store.listCases()).length === 0) {
        await store.createCase(
          options.newStoreCase
            ? parseCaseInput(caseInputSchema, options.newStoreCase, 'newStoreCase')
            : first,
        );
        store.createdFirstCase = true;
      }
      for (const record of await store.listCases()) await store.inCase(record.id);
      return store;
    } catch (error) {
      await engine.close().catch(() => undefined);
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.engine.close();
  }

  /** Every case, oldest first. */
  async listCases(): Promise<CaseRecord[]> {
    const kept = this.kept;
    if (kept && (this.engine.soleWriter || Date.now() - kept.at < CASE_LIST_TTL_MS)) return kept.cases;
    const cases = await this.fetchCases();
    this.kept = { cases, at: Date.now() };
    return cases;
  }

  async getCase(id: string): Promise<CaseRecord | null> {
    checkCaseId(id);
    return (await this.listCases()).find((c) => c.id === id) ?? null;
  }

  /** The case `id`; CASE_NOT_FOUND, naming it, when there is none. */
  async inCase(id: string): Promise<CaseStore> {
    if (!(await this.getCase(id))) {
      this.opened.delete(id);
      throw caseNotFound(id);
    }
    let store = this.opened.get(id);
    if (!store) {
      store = CaseStore.open(caseEngine(this.engine, id), this.queries, this.limits, this.gate);
      this.opened.set(id, store);
      store.catch(() => this.opened.delete(id));
    }
    return store;
  }

  /**
   * The store's only case, for callers that name none; CASE_REQUIRED, naming the cases, once
   * there are several.
   */
  async only(): Promise<CaseStore> {
    const cases = await this.listCases();
    if (cases.length === 1) return this.inCase(cases[0]!.id);
    const names = cases.slice(0, 10).map((c) => c.id);
    throw new StoreInputError(
      `this store has ${cases.length} cases (${names.join(', ')}${cases.length > 10 ? ', …' : ''}): name the case`,
      'CASE_REQUIRED',
    );
  }

  /** What a case holds. */
  async caseCounts(id: string): Promise<CaseCounts> {
    const store = await this.inCase(id);
    const rows = await store.engine.read((tx) => tx.run(this.queries.get('case-counts')));
    const counts: CaseCounts = { entities: 0, relations: 0, sources: 0 };
    for (const row of rows) {
      const kind = String(row.kind);
      if (kind === 'entities' || kind === 'relations' || kind === 'sources')
        counts[kind] = Number(row.count ?? 0);
    }
    return counts;
  }

  /** Creates a case; its id must be free. */
  async createCase(input: CaseInput, options: WriteOptions = {}): Promise<CaseRecord> {
    const parsed = parseCaseInput(caseInputSchema, input, 'case');
    const actor = options.actor ?? LOCAL_ACTOR;
    const record = await this.caseWrite(async (tx) => {
      if ((await readCases(tx, this.queries)).some((c) => c.id === parsed.id))
        throw new StoreInputError(`a case ${JSON.stringify(parsed.id)} exists already`, 'CONFLICT');
      const created = await createCaseRecord(tx, this.queries, parsed, actor.name);
      await recordAudit(tx, this.queries, actor, {
        action: 'case.create',
        case: parsed.id,
        ids: [parsed.id],
      });
      return created;
    });
    return record;
  }

  /** Renames a case or changes its description. */
  async updateCase(id: string, input: CaseUpdate, options: WriteOptions = {}): Promise<CaseRecord> {
    checkCaseId(id);
    const parsed = parseCaseInput(caseUpdateSchema, input, 'case');
    const actor = options.actor ?? LOCAL_ACTOR;
    return this.caseWrite(async (tx) => {
      const rows = await tx.run(this.queries.get('case-update'), {
        id,
        name: parsed.name ?? null,
        description: parsed.description ?? null,
        at: new Date().toISOString(),
      });
      if (rows.length === 0) throw caseNotFound(id);
      await recordAudit(tx, this.queries, actor, {
        action: 'case.update',
        case: id,
        ids: [id],
        detail: {
          name: parsed.name ?? null,
          description: parsed.description === undefined ? null : 'changed',
        },
      });
      return toCaseRecord(rows[0]?.record);
    });
  }

  /**
   * Deletes a case with everything in it, in one transaction, and says what it removed. The last
   * case is refused (a store always has one), as is the case an import is writing to.
   */
  async deleteCase(id: string, options: WriteOptions = {}): Promise<CaseDeletion> {
    checkCaseId(id);
    const actor = options.actor ?? LOCAL_ACTOR;
    const cases = await this.fetchCases();
    if (!cases.some((c) => c.id === id)) throw caseNotFound(id);
    if (cases.length === 1)
      throw new StoreInputError(
        `${JSON.stringify(id)} is the only case: a store keeps at least one`,
        'CONFLICT',
      );
    if (this.gate.holder !== null)
      throw new StoreInputError(
        `an import is running (${this.gate.holder}): delete the case when it has finished, or cancel it`,
        'CONFLICT',
      );
    const counts = await this.caseCounts(id);
    await this.caseWrite(async (tx) => {
      const params = { caseId: id };
      await tx.run(this.queries.get('case-delete-entities'), params);
      await tx.run(this.queries.get('case-delete-sources'), params);
      await tx.run(this.queries.get('case-delete-import-parts'), params);
      await tx.run(this.queries.get('case-delete-imports'), params);
      await tx.run(this.queries.get('case-delete-record'), params);
      await recordAudit(tx, this.queries, actor, {
        action: 'case.delete',
        case: id,
        ids: [id],
        detail: { ...counts },
      });
    });
    this.opened.delete(id);
    return { id, ...counts };
  }

  /** Entities of the other cases that seem to be entity `entityId` of case `caseId`, best first. */
  async alsoAppearsIn(caseId: string, entityId: string, first?: number | null): Promise<CaseMatch[]> {
    const here = await this.inCase(caseId);
    const others = await Promise.all((await this.listCases()).map((c) => this.inCase(c.id)));
    return alsoAppearsIn(here, entityId, others, first);
  }

  /** Which entities of case `caseId` appear in case `otherId`, a page at a time (matches/). */
  async matchesIn(
    caseId: string,
    otherId: string,
    options: { first?: number | null; after?: string | null } = {},
  ): Promise<MatchesPage> {
    const [here, other] = await Promise.all([this.inCase(caseId), this.inCase(otherId)]);
    return matchesIn(here, other, this.limits, options);
  }

  /**
   * The audit log, newest first, a page at a time (audit.ts). Who may read it is the API's
   * decision (admins); the store has no operation that changes a record.
   */
  auditLog(
    options: AuditFilter & { first?: number | null; after?: string | null } = {},
  ): Promise<Page<AuditRecord>> {
    return readAuditLog({ engine: this.engine, queries: this.queries, limits: this.limits }, options);
  }

  // The graph operations of the only case (see the top of this file).
  getEntities(...args: Parameters<CaseStore['getEntities']>): ReturnType<CaseStore['getEntities']> {
    return this.only().then((c) => c.getEntities(...args)) as ReturnType<CaseStore['getEntities']>;
  }
  getEntity(...args: Parameters<CaseStore['getEntity']>): ReturnType<CaseStore['getEntity']> {
    return this.only().then((c) => c.getEntity(...args)) as ReturnType<CaseStore['getEntity']>;
  }
  getRelations(...args: Parameters<CaseStore['getRelations']>): ReturnType<CaseStore['getRelations']> {
    return this.only().then((c) => c.getRelations(...args)) as ReturnType<CaseStore['getRelations']>;
  }
  getRelation(...args: Parameters<CaseStore['getRelation']>): ReturnType<CaseStore['getRelation']> {
    return this.only().then((c) => c.getRelation(...args)) as ReturnType<CaseStore['getRelation']>;
  }
  getSources(...args: Parameters<CaseStore['getSources']>): ReturnType<CaseStore['getSources']> {
    return this.only().then((c) => c.getSources(...args)) as ReturnType<CaseStore['getSources']>;
  }
  listSources(...args: Parameters<CaseStore['listSources']>): ReturnType<CaseStore['listSources']> {
    return this.only().then((c) => c.listSources(...args)) as ReturnType<CaseStore['listSources']>;
  }
  listEntities(...args: Parameters<CaseStore['listEntities']>): ReturnType<CaseStore['listEntities']> {
    return this.only().then((c) => c.listEntities(...args)) as ReturnType<CaseStore['listEntities']>;
  }
  listRelations(...args: Parameters<CaseStore['listRelations']>): ReturnType<CaseStore['listRelations']> {
    return this.only().then((c) => c.listRelations(...args)) as ReturnType<CaseStore['listRelations']>;
  }
  search(...args: Parameters<CaseStore['search']>): ReturnType<CaseStore['search']> {
    return this.only().then((c) => c.search(...args)) as ReturnType<CaseStore['search']>;
  }
  relationsOf(...args: Parameters<CaseStore['relationsOf']>): ReturnType<CaseStore['relationsOf']> {
    return this.only().then((c) => c.relationsOf(...args)) as ReturnType<CaseStore['relationsOf']>;
  }
  neighborsOf(...args: Parameters<CaseStore['neighborsOf']>): ReturnType<CaseStore['neighborsOf']> {
    return this.only().then((c) => c.neighborsOf(...args)) as ReturnType<CaseStore['neighborsOf']>;
  }
  relationsAmong(...args: Parameters<CaseStore['relationsAmong']>): ReturnType<CaseStore['relationsAmong']> {
    return this.only().then((c) => c.relationsAmong(...args)) as ReturnType<CaseStore['relationsAmong']>;
  }
  degrees(...args: Parameters<CaseStore['degrees']>): ReturnType<CaseStore['degrees']> {
    return this.only().then((c) => c.degrees(...args)) as ReturnType<CaseStore['degrees']>;
  }
  relationCounts(...args: Parameters<CaseStore['relationCounts']>): ReturnType<CaseStore['relationCounts']> {
    return this.only().then((c) => c.relationCounts(...args)) as ReturnType<CaseStore['relationCounts']>;
  }
  neighborhood(...args: Parameters<CaseStore['neighborhood']>): ReturnType<CaseStore['neighborhood']> {
    return this.only().then((c) => c.neighborhood(...args)) as ReturnType<CaseStore['neighborhood']>;
  }
  shortestPath(...args: Parameters<CaseStore['shortestPath']>): ReturnType<CaseStore['shortestPath']> {
    return this.only().then((c) => c.shortestPath(...args)) as ReturnType<CaseStore['shortestPath']>;
  }
  paths(...args: Parameters<CaseStore['paths']>): ReturnType<CaseStore['paths']> {
    return this.only().then((c) => c.paths(...args)) as ReturnType<CaseStore['paths']>;
  }
  evidenceFor(...args: Parameters<CaseStore['evidenceFor']>): ReturnType<CaseStore['evidenceFor']> {
    return this.only().then((c) => c.evidenceFor(...args)) as ReturnType<CaseStore['evidenceFor']>;
  }
  sourceSupports(...args: Parameters<CaseStore['sourceSupports']>): ReturnType<CaseStore['sourceSupports']> {
    return this.only().then((c) => c.sourceSupports(...args)) as ReturnType<CaseStore['sourceSupports']>;
  }
  sourcesSupport(...args: Parameters<CaseStore['sourcesSupport']>): ReturnType<CaseStore['sourcesSupport']> {
    return this.only().then((c) => c.sourcesSupport(...args)) as ReturnType<CaseStore['sourcesSupport']>;
  }
  timeline(...args: Parameters<CaseStore['timeline']>): ReturnType<CaseStore['timeline']> {
    return this.only().then((c) => c.timeline(...args)) as ReturnType<CaseStore['timeline']>;
  }
  isEmpty(...args: Parameters<CaseStore['isEmpty']>): ReturnType<CaseStore['isEmpty']> {
    return this.only().then((c) => c.isEmpty(...args)) as ReturnType<CaseStore['isEmpty']>;
  }
  summary(...args: Parameters<CaseStore['summary']>): ReturnType<CaseStore['summary']> {
    return this.only().then((c) => c.summary(...args)) as ReturnType<CaseStore['summary']>;
  }
  exportGraph(...args: Parameters<CaseStore['exportGraph']>): ReturnType<CaseStore['exportGraph']> {
    return this.only().then((c) => c.exportGraph(...args)) as ReturnType<CaseStore['exportGraph']>;
  }
  importGraph(...args: Parameters<CaseStore['importGraph']>): ReturnType<CaseStore['importGraph']> {
    return this.only().then((c) => c.importGraph(...args)) as ReturnType<CaseStore['importGraph']>;
  }
  importChunks(...args: Parameters<CaseStore['importChunks']>): ReturnType<CaseStore['importChunks']> {
    return this.only().then((c) => c.importChunks(...args)) as ReturnType<CaseStore['importChunks']>;
  }
  upsertEntity(...args: Parameters<CaseStore['upsertEntity']>): ReturnType<CaseStore['upsertEntity']> {
    return this.only().then((c) => c.upsertEntity(...args)) as ReturnType<CaseStore['upsertEntity']>;
  }
  upsertRelation(...args: Parameters<CaseStore['upsertRelation']>): ReturnType<CaseStore['upsertRelation']> {
    return this.only().then((c) => c.upsertRelation(...args)) as ReturnType<CaseStore['upsertRelation']>;
  }
  upsertSource(...args: Parameters<CaseStore['upsertSource']>): ReturnType<CaseStore['upsertSource']> {
    return this.only().then((c) => c.upsertSource(...args)) as ReturnType<CaseStore['upsertSource']>;
  }
  deleteEntities(...args: Parameters<CaseStore['deleteEntities']>): ReturnType<CaseStore['deleteEntities']> {
    return this.only().then((c) => c.deleteEntities(...args)) as ReturnType<CaseStore['deleteEntities']>;
  }
  deleteRelations(
    ...args: Parameters<CaseStore['deleteRelations']>
  ): ReturnType<CaseStore['deleteRelations']> {
    return this.only().then((c) => c.deleteRelations(...args)) as ReturnType<CaseStore['deleteRelations']>;
  }
  deleteSources(...args: Parameters<CaseStore['deleteSources']>): ReturnType<CaseStore['deleteSources']> {
    return this.only().then((c) => c.deleteSources(...args)) as ReturnType<CaseStore['deleteSources']>;
  }
  mergeEntities(...args: Parameters<CaseStore['mergeEntities']>): ReturnType<CaseStore['mergeEntities']> {
    return this.only().then((c) => c.mergeEntities(...args)) as ReturnType<CaseStore['mergeEntities']>;
  }

  private fetchCases(): Promise<CaseRecord[]> {
    return this.engine.read((tx) => readCases(tx, this.queries));
  }

  /** A write to the case records, through the gate (not during an import); the kept list is dropped. */
  private async caseWrite<T>(work: (tx: CypherTransaction) => Promise<T>): Promise<T> {
    try {
      return await this.gate.run(() => this.engine.write(work));
    } finally {
      this.kept = null;
    }
  }
}
