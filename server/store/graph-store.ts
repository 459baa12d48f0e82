/**
 * The store: every operation the API needs, written once over the CypherEngine port so that the
 * embedded engine and Neo4j run the same statements. It owns the search index beside the graph
 * and keeps both in step: the index changes only after the graph's transaction committed. Over
 * the embedded engine it also keeps the timeline's order (timeline-index.ts), rebuilt on the first
 * timeline page after a write.
 */
import type {
  Adjacency,
  CypherEngine,
  CypherTransaction,
  Params,
  PlainValue,
  Row,
  StoredRecord,
} from '../engine/cypher-engine.ts';
import {
  parseGraphFile,
  type EntityInput,
  type GraphFile,
  type RelationInput,
  type SourceInput,
} from '../model/case-format.ts';
import {
  calendarDay,
  entityProps,
  entityToInput,
  evidenceProps,
  filterParams,
  lazyEntity,
  lazyRelation,
  lowerBound,
  missingSource,
  relationProps,
  relationToInput,
  sameRecord,
  sourceProps,
  toEntity,
  toRelation,
  toSource,
  upperBound,
} from './mapping.ts';
import { importInBulk } from './bulk-import.ts';
import { groupBy } from './group-by.ts';
import { SearchIndex, type SearchDocument } from './search-index.ts';
import { loadStatements, withIdentifier, type Statement } from './statements.ts';
import {
  RELATION,
  TimelineIndex,
  type IdReader,
  type TimelineEntry,
  type TimelineWindow,
} from './timeline-index.ts';
import {
  adjacencyAmong,
  adjacencyExpand,
  adjacencyServes,
  adjacencyWalk,
  entitiesByHandle,
} from './native-walk.ts';
import {
  expandWalk,
  neighborhood,
  shortestPath,
  simplePaths,
  type Expand,
  type Hop,
  type PathSteps,
  type Walk,
} from './traversal.ts';
import {
  StoreInputError,
  unknownEntitiesError,
  unknownSourcesError,
  type Entity,
  type Evidence,
  type EvidenceRef,
  type GraphSummary,
  type ImportReport,
  type MergeReport,
  type Page,
  type Path,
  type Relation,
  type RelationTypeCount,
  type SearchHit,
  type Source,
  type SourceSupport,
  type Subgraph,
  type TimelineItem,
  type TimelinePage,
  type TraversalFilter,
  type TypeCount,
  type WriteCounts,
} from './types.ts';

/** Most relations `relationsAmong` gives for `count` entities: 10 per entity on average, 100 at least. */
export const relationsAmongCap = (count: number): number => Math.max(100, count * 10);

/** Limits the store enforces whatever the caller asks; the API reports them as errors. */
export interface StoreLimits {
  /** @default 3 */
  maxNeighborhoodDepth: number;
  /** Most entities one neighbourhood returns. @default 2000 */
  maxNeighborhoodSize: number;
  /** Most relations followed from one entity in one hop of a neighbourhood. @default 200 */
  fanout: number;
  /** Most relations followed from one entity during path finding. @default 5000 */
  pathFanout: number;
  /** @default 8 */
  maxPathDepth: number;
  /** @default 4 */
  maxSimplePathLength: number;
  /** Largest page of any list. @default 500 */
  maxPageSize: number;
}

export const DEFAULT_STORE_LIMITS: StoreLimits = {
  maxNeighborhoodDepth: 3,
  maxNeighborhoodSize: 2_000,
  fanout: 200,
  pathFanout: 5_000,
  maxPathDepth: 8,
  maxSimplePathLength: 4,
  maxPageSize: 500,
};

/** Rows per statement when writing many records: large enough to amortise a round trip. */
const WRITE_CHUNK = 2_000;

function chunks<T>(items: readonly T[], size = WRITE_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const asRecord = (value: PlainValue | undefined): Record<string, PlainValue> =>
  value && typeof value === 'object' && !Array.isArray(value) ? value : {};

/** The cursor of a page that ends at `parts` (an id, or a date and an id); opaque to clients. */
export const encodeCursor = (parts: (string | null)[]) =>
  Buffer.from(JSON.stringify(parts)).toString('base64url');

function decodeCursor(cursor: string | null | undefined, arity: number): (string | null)[] | null {
  if (!cursor) return null;
  try {
    const parts: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parts) &&
      parts.length === arity &&
      parts.every((p) => p === null || typeof p === 'string')
    )
      return parts as (string | null)[];
  } catch {
    // fall through to the error below
  }
  throw new StoreInputError(`cursor ${JSON.stringify(cursor)} is not one this server issued`);
}

export interface ImportOptions {
  /** Report what would change without writing. */
  dryRun?: boolean;
  /** Name of the file, for error messages. */
  file?: string;
  /**
   * Let a large stream into an empty store go through the engine's bulk loader, whose batches
   * readers can see before the end (still all or nothing: a failure empties the store again). For
   * the CLI, where nobody is reading; a running server's imports stay one transaction.
   * @default false
   */
  bulk?: boolean;
}

export class GraphStore {
  /** Writes so far (done or failed): what the caches kept beside the graph compare against. */
  private writes = 0;
  private readonly timelineIndexes = new SinceLastWrite<TimelineIndex | null>();
  private readonly summaries = new SinceLastWrite<GraphSummary>();

  private constructor(
    readonly engine: CypherEngine,
    private readonly statements: ReadonlyMap<string, Statement>,
    private readonly searchIndex: SearchIndex,
    readonly limits: StoreLimits,
  ) {}

  /**
   * Applies the schema, loads the statements and rebuilds the search index from the graph. The
   * store owns the engine from here on: `close()` closes it, and so does a failure to open.
   */
  static async open(engine: CypherEngine, limits: Partial<StoreLimits> = {}): Promise<GraphStore> {
    try {
      await engine.applySchema();
      const store = new GraphStore(engine, loadStatements(), new SearchIndex(), {
        ...DEFAULT_STORE_LIMITS,
        ...limits,
      });
      await store.migrateLegacyEvidence();
      await store.rebuildSearchIndex();
      return store;
    } catch (error) {
      await engine.close().catch(() => undefined);
      throw error;
    }
  }

  /**
   * Databases written before evidence moved onto its subject hold one :Evidence node per quote.
   * Moves them, in one transaction, the first time such a database is opened; then there are none
   * and this is one empty read.
   */
  private async migrateLegacyEvidence(): Promise<void> {
    await this.write(async (tx) => {
      const rows = await tx.run(this.statement('legacy-evidence'));
      if (rows.length === 0) return;
      const entities = new Map<string, EvidenceRef[]>();
      const relations = new Map<string, { from: string; to: string; evidence: EvidenceRef[] }>();
      for (const row of rows) {
        const ev = asRecord(row.evidence);
        const ref = {
          source: String(ev.source),
          quote: String(ev.quote),
          locator: typeof ev.locator === 'string' ? ev.locator : null,
        };
        if (typeof ev.entity === 'string') {
          const list = entities.get(ev.entity) ?? [];
          list.push(ref);
          entities.set(ev.entity, list);
        } else if (typeof ev.relation === 'string') {
          const entry = relations.get(ev.relation) ?? {
            from: String(ev.from),
            to: String(ev.to),
            evidence: [],
          };
          entry.evidence.push(ref);
          relations.set(ev.relation, entry);
        }
      }
      const listsOf = (evidence: EvidenceRef[]) => ({
        evidenceLocators: null,
        ...evidenceProps(evidence.map((ev) => ({ ...ev, locator: ev.locator ?? undefined }))),
      });
      for (const batch of chunks([...entities]))
        await tx.run(this.statement('entities-set-evidence'), {
          rows: batch.map(([id, evidence]) => ({ id, ...listsOf(evidence) })),
        });
      for (const batch of chunks([...relations]))
        await tx.run(this.statement('relations-set-evidence'), {
          rows: batch.map(([id, { from, to, evidence }]) => ({ id, from, to, ...listsOf(evidence) })),
        });
      await tx.run(this.statement('legacy-evidence-delete'));
    });
  }

  async close(): Promise<void> {
    await this.engine.close();
  }

  private statement(name: string): Statement {
    const statement = this.statements.get(name);
    if (!statement) throw new Error(`cypher/queries/${name}.cypher is missing`);
    return statement;
  }

  /** Every write of the store goes through here, so that the caches beside the graph see it. */
  private async write<T>(work: (tx: CypherTransaction) => Promise<T>): Promise<T> {
    try {
      return await this.engine.write(work);
    } finally {
      this.writes++;
    }
  }

  private read(name: string, params: Params = {}): Promise<Row[]> {
    return this.engine.read((tx) => tx.run(this.statement(name), params));
  }

  private pageSize(first: number | null | undefined, fallback: number): number {
    const size = first ?? fallback;
    if (!Number.isInteger(size) || size < 0 || size > this.limits.maxPageSize)
      throw new StoreInputError(
        `first must be between 0 and ${this.limits.maxPageSize}, got ${size}`,
        'LIMIT',
      );
    return size;
  }

  async rebuildSearchIndex(): Promise<void> {
    this.searchIndex.clear();
    const rows = await this.read('entities-search-rows');
    this.searchIndex.upsert(
      rows.map((row) => ({
        id: String(row.id),
        type: String(row.type),
        name: String(row.name ?? row.id),
        aliases: Array.isArray(row.aliases) ? row.aliases.map(String) : [],
      })),
    );
  }

  // ---------------------------------------------------------------- reads

  /** Entities by id, in the order asked, null for an unknown id (DataLoader's contract). */
  async getEntities(ids: readonly string[]): Promise<(Entity | null)[]> {
    const rows = await this.read('entities-by-id', { ids: [...new Set(ids)] });
    const byId = new Map(
      rows.map((row) => [String(asRecord(row.entity).id), toEntity(asRecord(row.entity))]),
    );
    return ids.map((id) => byId.get(id) ?? null);
  }

  async getEntity(id: string): Promise<Entity | null> {
    return (await this.getEntities([id]))[0] ?? null;
  }

  async getRelations(ids: readonly string[]): Promise<(Relation | null)[]> {
    const rows = await this.read('relations-by-id', { ids: [...new Set(ids)] });
    const byId = new Map(rows.map((row) => [String(asRecord(row.relation).id), rowToRelation(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /**
   * One relation by id, found through its ends when the caller knows them: relations-by-id looks
   * through every relationship (4 s at 5M), relations-at-endpoints goes through the entity index
   * and the ends' relations. Ends that turn out not to be its own cost the long lookup after all.
   */
  async getRelation(id: string, ends: { from: string; to: string } | null = null): Promise<Relation | null> {
    if (ends) {
      const rows = await this.read('relations-at-endpoints', { rows: [{ id, ...ends }] });
      if (rows[0]) return rowToRelation(rows[0]);
    }
    return (await this.getRelations([id]))[0] ?? null;
  }

  async getSources(ids: readonly string[]): Promise<(Source | null)[]> {
    const rows = await this.read('sources-by-id', { ids: [...new Set(ids)] });
    const byId = new Map(
      rows.map((row) => [String(asRecord(row.source).id), toSource(asRecord(row.source))]),
    );
    return ids.map((id) => byId.get(id) ?? null);
  }

  async listSources(): Promise<Source[]> {
    return (await this.read('sources-list')).map((row) => toSource(asRecord(row.source)));
  }

  async listEntities(options: {
    types?: string[] | null;
    first?: number | null;
    after?: string | null;
  }): Promise<Page<Entity>> {
    const limit = this.pageSize(options.first, 50);
    const after = decodeCursor(options.after, 1)?.[0] ?? null;
    const types = options.types && options.types.length > 0 ? options.types : null;
    const [ids, rows, count] = await this.engine.read(async (tx) => {
      const page = await tx.run(this.statement('entities-list'), { types, after, limit: limit + 1 });
      const ids = page.map((row) => String(row.id));
      return [
        ids,
        await tx.run(this.statement('entities-by-id'), { ids: ids.slice(0, limit) }),
        await tx.run(this.statement('entities-count'), { types }),
      ];
    });
    const byId = new Map(rows.map((row) => [String(asRecord(row.entity).id), row]));
    const items = ids
      .slice(0, limit)
      .map((id) => byId.get(id))
      .filter((row): row is Row => row !== undefined)
      .map((row) => toEntity(asRecord(row.entity)));
    const last = items[items.length - 1];
    return {
      items,
      hasNextPage: ids.length > limit,
      endCursor: last ? encodeCursor([last.id]) : null,
      totalCount: Number(count[0]?.count ?? 0),
    };
  }

  async listRelations(options: {
    filter?: TraversalFilter | null;
    first?: number | null;
    after?: string | null;
  }): Promise<Page<Relation>> {
    const limit = this.pageSize(options.first, 50);
    const after = decodeCursor(options.after, 1)?.[0] ?? null;
    const params = filterParams(options.filter ?? {});
    const [rows, count] = await this.engine.read(async (tx) => [
      await tx.run(this.statement('relations-list'), { ...params, after, limit: limit + 1 }),
      await tx.run(this.statement('relations-count'), params),
    ]);
    const items = rows.slice(0, limit).map(rowToRelation);
    const last = items[items.length - 1];
    return {
      items,
      hasNextPage: rows.length > limit,
      endCursor: last ? encodeCursor([last.id]) : null,
      totalCount: Number(count[0]?.count ?? 0),
    };
  }

  async search(
    text: string,
    options: { types?: string[] | null; first?: number | null } = {},
  ): Promise<SearchHit[]> {
    const limit = this.pageSize(options.first, 10);
    const matches = this.searchIndex.search(text, { types: options.types, limit });
    return this.getEntities(matches.map((m) => m.id)).then((entities) =>
      matches.flatMap((match, i) => {
        const entity = entities[i];
        return entity ? [{ entity, score: match.score, matchedAlias: match.matchedAlias }] : [];
      }),
    );
  }

  private expander(filter: TraversalFilter): Expand {
    // The embedded engine walks its adjacency lists directly (native-walk.ts).
    if (this.engine.adjacency && adjacencyServes(filter))
      return adjacencyExpand(this.engine.adjacency, filter);
    const params = filterParams(filter);
    return async (ids, direction, fanout) => {
      if (ids.length === 0) return [];
      const rows = await this.read('expand', { ...params, ids, direction, fanout });
      return rows.map((row): Hop => ({
        origin: String(row.origin),
        relation: rowToRelation(row),
        neighbor: toEntity(asRecord(row.neighbor)),
      }));
    };
  }

  /** What traversals walk: the engine's adjacency when the filter allows, else expand.cypher. */
  private walker(filter: TraversalFilter): Walk<string | number, string | number> {
    if (this.engine.adjacency && adjacencyServes(filter)) return adjacencyWalk(this.engine.adjacency, filter);
    return expandWalk(this.expander(filter));
  }

  /**
   * The entities a traversal starts from (refused when one is unknown) and the walk for `filter`.
   * Over the engine's handles each seed is looked up once, for the answer and for the walk's start.
   */
  private async traversalStart(ids: readonly string[], what: string, filter: TraversalFilter) {
    const adjacency = this.engine.adjacency;
    if (adjacency && adjacencyServes(filter)) {
      const { entities, handles } = await entitiesByHandle(adjacency, ids);
      return { seeds: refuseMissing(ids, entities, what), walk: adjacencyWalk(adjacency, filter, handles) };
    }
    return { seeds: await this.requireEntities(ids, what), walk: this.walker(filter) };
  }

  private async requireEntities(ids: readonly string[], what: string): Promise<Entity[]> {
    return refuseMissing(ids, await this.getEntities(ids), what);
  }

  /** Relations of each entity that pass the filter, at most `first` per entity (batched). */
  async relationsOf(
    ids: readonly string[],
    filter: TraversalFilter = {},
    first?: number | null,
  ): Promise<Relation[][]> {
    const limit = this.pageSize(first, 50);
    const hops = await this.expander(filter)([...new Set(ids)], filter.direction ?? 'BOTH', limit);
    const byOrigin = groupBy(hops, (hop) => hop.origin);
    return ids.map((id) => (byOrigin.get(id) ?? []).map((hop) => hop.relation));
  }

  /** Neighbours of each entity that pass the filter, at most `first` per entity (batched). */
  async neighborsOf(
    ids: readonly string[],
    filter: TraversalFilter = {},
    first?: number | null,
  ): Promise<Entity[][]> {
    const limit = this.pageSize(first, 50);
    const hops = await this.expander(filter)([...new Set(ids)], filter.direction ?? 'BOTH', limit);
    const byOrigin = groupBy(hops, (hop) => hop.origin);
    return ids.map((id) => {
      const seen = new Map<string, Entity>();
      for (const hop of byOrigin.get(id) ?? []) seen.set(hop.neighbor.id, hop.neighbor);
      return [...seen.values()];
    });
  }

  /**
   * The relations among a set of entities: what a canvas showing exactly these entities should
   * draw. At most `maxNeighborhoodSize` ids and 10 relations per id on average; `truncated` when
   * more connect them (one more is asked for, to know).
   */
  async relationsAmong(
    ids: readonly string[],
    filter: TraversalFilter = {},
  ): Promise<{ relations: Relation[]; truncated: boolean }> {
    const unique = [...new Set(ids)];
    if (unique.length > this.limits.maxNeighborhoodSize)
      throw new StoreInputError(
        `relationsAmong takes at most ${this.limits.maxNeighborhoodSize} ids, got ${unique.length}`,
        'LIMIT',
      );
    const cap = relationsAmongCap(unique.length);
    const relations =
      this.engine.adjacency && adjacencyServes(filter)
        ? await adjacencyAmong(this.engine.adjacency, unique, filter, cap + 1)
        : (await this.read('relations-among', { ...filterParams(filter), ids: unique, limit: cap + 1 })).map(
            rowToRelation,
          );
    return { relations: relations.slice(0, cap), truncated: relations.length > cap };
  }

  /**
   * Relations of each entity (0 for an unknown id). The embedded engine counts its adjacency
   * lists, which it keeps for hubs: counting a hub's 98 000 relations in Cypher took 35 ms and up
   * to a second, and a hub is what people click on. Otherwise the sum of `relationCounts`.
   */
  async degrees(ids: readonly string[]): Promise<number[]> {
    if (!this.engine.adjacency) {
      const counts = await this.relationCounts(ids);
      return counts.map((list) => list.reduce((sum, c) => sum + c.count, 0));
    }
    const adjacency = this.engine.adjacency;
    const handles = await adjacency.nodes(ids);
    return handles.map((node) => (node === null ? 0 : adjacency.edges(node, 'BOTH', null).length));
  }

  /** Relation counts of each entity per type and direction (their sum is the degree). */
  async relationCounts(ids: readonly string[]): Promise<RelationTypeCount[][]> {
    const rows = await this.read('entity-degrees', { ids: [...new Set(ids)] });
    const byId = groupBy(rows, (row) => String(row.id));
    return ids.map((id) =>
      (byId.get(id) ?? [])
        .map((row) => ({
          type: String(row.type),
          direction: row.direction === 'OUT' ? ('OUT' as const) : ('IN' as const),
          count: Number(row.count),
        }))
        .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type)),
    );
  }

  async neighborhood(
    ids: readonly string[],
    options: { depth?: number | null; filter?: TraversalFilter | null; limit?: number | null } = {},
  ): Promise<Subgraph> {
    const depth = options.depth ?? 1;
    if (!Number.isInteger(depth) || depth < 1 || depth > this.limits.maxNeighborhoodDepth)
      throw new StoreInputError(
        `depth must be between 1 and ${this.limits.maxNeighborhoodDepth}, got ${depth}`,
        'LIMIT',
      );
    const limit = options.limit ?? 200;
    if (!Number.isInteger(limit) || limit < 1 || limit > this.limits.maxNeighborhoodSize)
      throw new StoreInputError(
        `limit must be between 1 and ${this.limits.maxNeighborhoodSize}, got ${limit}`,
        'LIMIT',
      );
    if (ids.length === 0) throw new StoreInputError('neighborhood needs at least one entity id');
    const filter = options.filter ?? {};
    const { seeds, walk } = await this.traversalStart([...new Set(ids)], 'neighborhood', filter);
    const result = await neighborhood(walk, seeds, {
      depth,
      limit,
      fanout: this.limits.fanout,
      direction: filter.direction ?? 'BOTH',
    });
    return {
      entities: result.entityIds.map((id) => result.entities.get(id)).filter((e): e is Entity => !!e),
      relations: [...result.relations.values()],
      truncated: result.truncated,
    };
  }

  private checkPathDepth(value: number, max: number, what: string) {
    if (!Number.isInteger(value) || value < 1 || value > max)
      throw new StoreInputError(`${what} must be between 1 and ${max}, got ${value}`, 'LIMIT');
  }

  async shortestPath(
    from: string,
    to: string,
    options: { filter?: TraversalFilter | null; maxDepth?: number | null } = {},
  ): Promise<Path | null> {
    const maxDepth = options.maxDepth ?? 6;
    this.checkPathDepth(maxDepth, this.limits.maxPathDepth, 'maxDepth');
    const filter = options.filter ?? {};
    const { seeds, walk } = await this.traversalStart([from, to], 'shortestPath', filter);
    const steps = await shortestPath(walk, seeds[0]!, seeds[1]!, {
      maxDepth,
      direction: filter.direction ?? 'BOTH',
      fanout: this.limits.pathFanout,
      maxFrontier: 200_000,
    });
    return steps ? toPath(steps) : null;
  }

  async paths(
    from: string,
    to: string,
    options: { filter?: TraversalFilter | null; maxLength?: number | null; first?: number | null } = {},
  ): Promise<{ paths: Path[]; truncated: boolean }> {
    const maxLength = options.maxLength ?? 4;
    this.checkPathDepth(maxLength, this.limits.maxSimplePathLength, 'maxLength');
    const first = this.pageSize(options.first, 20);
    const filter = options.filter ?? {};
    const { seeds, walk } = await this.traversalStart([from, to], 'paths', filter);
    const result = await simplePaths(walk, seeds[0]!, seeds[1]!, {
      maxLength,
      direction: filter.direction ?? 'BOTH',
      fanout: this.limits.fanout,
      first,
      maxBall: 20_000,
    });
    return { paths: result.paths.map(toPath), truncated: result.truncated };
  }

  /**
   * Evidence with its sources for entities and relations named by subject ("entity:<id>" or
   * "relation:<id>"). The API reads evidence off the records it already holds; this is for callers
   * that hold only ids. A relation looked up by id alone is a scan (relations-by-id.cypher).
   */
  async evidenceFor(subjects: readonly string[]): Promise<Evidence[][]> {
    const ids = (prefix: string) =>
      subjects.filter((s) => s.startsWith(prefix)).map((s) => s.slice(prefix.length));
    const entityIds = ids('entity:');
    const relationIds = ids('relation:');
    const held = new Map<string, EvidenceRef[]>();
    if (entityIds.length > 0)
      for (const entity of await this.getEntities(entityIds))
        if (entity) held.set(`entity:${entity.id}`, entity.evidence);
    if (relationIds.length > 0)
      for (const relation of await this.getRelations(relationIds))
        if (relation) held.set(`relation:${relation.id}`, relation.evidence);
    const sources = await this.resolveSources([...held.values()].flat());
    return subjects.map((subject) =>
      (held.get(subject) ?? []).map((ev) => ({ ...ev, source: sources.get(ev.source)! })),
    );
  }

  /** The sources evidence names, with a stand-in for one that is gone. */
  private async resolveSources(evidence: readonly EvidenceRef[]): Promise<Map<string, Source>> {
    const ids = [...new Set(evidence.map((ev) => ev.source))];
    const found = ids.length > 0 ? await this.getSources(ids) : [];
    return new Map(ids.map((id, i) => [id, found[i] ?? missingSource(id)]));
  }

  /** Everything a source is evidence for, with the quotes. */
  async sourceSupports(sourceId: string): Promise<SourceSupport[]> {
    return (await this.sourcesSupport([sourceId]))[0] ?? [];
  }

  /** `sourceSupports` for several sources in one query, in the order asked (DataLoader's contract). */
  async sourcesSupport(sourceIds: readonly string[]): Promise<SourceSupport[][]> {
    const rows = await this.read('source-supports', { sources: [...new Set(sourceIds)] });
    const bySource = groupBy(rows, (row) => String(row.source));
    return sourceIds.map((id) => {
      const subjects = (bySource.get(id) ?? []).map((row) => {
        const entity = asRecord(row.entity).id ? toEntity(asRecord(row.entity)) : null;
        const relation = entity ? null : rowToRelation(row);
        return { entity, relation, evidence: (entity ?? relation)!.evidence };
      });
      // Entities before relations, each by id: the order of a source page.
      subjects.sort((a, b) => {
        const ka = a.entity ? `0${a.entity.id}` : `1${a.relation!.id}`;
        const kb = b.entity ? `0${b.entity.id}` : `1${b.relation!.id}`;
        return ka < kb ? -1 : ka > kb ? 1 : 0;
      });
      return subjects.flatMap(({ entity, relation, evidence }) =>
        evidence
          .filter((ev) => ev.source === id)
          .map((ev) => ({ evidence: { quote: ev.quote, locator: ev.locator }, entity, relation })),
      );
    });
  }

  async timeline(options: {
    filter?: TraversalFilter | null;
    first?: number | null;
    after?: string | null;
  }): Promise<TimelinePage> {
    const limit = this.pageSize(options.first, 100);
    const cursor = decodeCursor(options.after, 2);
    const filter = options.filter ?? {};
    const params = {
      ...filterParams(filter),
      afterStart: cursor?.[0] ?? null,
      afterId: cursor?.[1] ?? null,
      limit: limit + 1,
    };
    const window: TimelineWindow = {
      from: filter.from ? lowerBound(filter.from) : null,
      to: filter.to ? upperBound(filter.to) : null,
      afterStart: params.afterStart,
      afterId: params.afterId,
    };
    const items =
      (await this.timelineFromIndex(filter, window, limit + 1)) ??
      (await this.timelineFromStatements(params));
    const page = items.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map(({ key: _key, id: _id, ...item }) => item),
      hasNextPage: items.length > limit,
      endCursor: last ? encodeCursor([last.key, last.id]) : null,
    };
  }

  /** The first `limit` facts of a timeline page through the statements (any engine). */
  private async timelineFromStatements(params: Params): Promise<TimelineRow[]> {
    const [relationRows, entityRows] = await this.engine.read(async (tx) => [
      await tx.run(this.statement('timeline-relations'), params),
      await tx.run(this.statement('timeline-entities'), params),
    ]);
    const items: TimelineRow[] = [
      ...relationRows.map((row) =>
        relationItem(rowToRelation(row), String(asRecord(row.relation).spanStart)),
      ),
      ...entityRows.map((row) => {
        const stored = asRecord(row.entity);
        return entityItem(toEntity(stored), String(stored.spanStart));
      }),
    ];
    // Stable: a relation stays before an entity of the same date and id, as in the index.
    items.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return items;
  }

  /**
   * The first `count` facts of a timeline page through the timeline index, or null when the
   * statements must serve it: the engine has no handles (Neo4j, which sorts a page with a top-k of
   * its own), the stored dates are not all full days, or the filter keeps so few facts that
   * reading them one by one costs more than the statements' one scan.
   */
  private async timelineFromIndex(
    filter: TraversalFilter,
    window: TimelineWindow,
    count: number,
  ): Promise<TimelineRow[] | null> {
    const adjacency = this.engine.adjacency;
    if (!adjacency) return null;
    const index = await this.timelineIndex(adjacency);
    const walk = index?.walk(window);
    if (!index || !walk) return null;
    const test = timelineTest(filter);
    const out: TimelineRow[] = [];
    let read = 0;
    while (out.length < count) {
      const entries = index.take(walk, test ? TIMELINE_BATCH : count - out.length);
      if (entries.length === 0) break;
      read += entries.length;
      out.push(...readTimelineEntries(adjacency, entries, test));
      if (out.length < count && read >= TIMELINE_MAX_READ) return null;
    }
    return out.slice(0, count);
  }

  /** The timeline index, built on first use and again after a write. */
  private timelineIndex(adjacency: Adjacency): Promise<TimelineIndex | null> {
    return this.timelineIndexes.get(this.writes, () =>
      TimelineIndex.build((visit) => adjacency.dated(visit), handleIds(adjacency)),
    );
  }

  /**
   * Whether the store holds no entity and no source: two counts, where the summary would build
   * the timeline index (seconds at a million entities).
   */
  async isEmpty(): Promise<boolean> {
    const [entities, sources] = await this.engine.read(async (tx) => [
      await tx.run(this.statement('entities-count'), { types: null }),
      await tx.run(this.statement('summary-sources')),
    ]);
    return Number(entities[0]?.count ?? 0) === 0 && Number(sources[0]?.count ?? 0) === 0;
  }

  /**
   * Counts per type and the span of dates. On the embedded engine, whose files one process holds
   * so that every write goes through this store, it is kept until the next write. Neo4j may be
   * written by others: asked each time there.
   */
  summary(): Promise<GraphSummary> {
    if (!this.engine.adjacency) return this.computeSummary();
    return this.summaries.get(this.writes, () => this.computeSummary());
  }

  /**
   * On the embedded engine the relations are counted per type and their span comes from the
   * timeline index (which the explorer's first timeline page builds anyway): summary-relations.cypher
   * groups 5M relationships by type and ran past Grafeo's 30 s limit, so the explorer could not
   * open a million-entity graph (docs/performance.md).
   */
  private async computeSummary(): Promise<GraphSummary> {
    const adjacency = this.engine.adjacency;
    const index = adjacency ? await this.timelineIndex(adjacency) : null;
    const fromIndex = adjacency && index;
    const [entityRows, relationRows, sourceRows] = await this.engine.read(async (tx) => [
      await tx.run(this.statement('summary-entities')),
      // Without the index (no handles, or dates it cannot order) the statement counts and spans.
      fromIndex ? [] : await tx.run(this.statement('summary-relations')),
      await tx.run(this.statement('summary-sources')),
    ]);
    const byCount = (a: TypeCount, b: TypeCount) => b.count - a.count || a.type.localeCompare(b.type);
    const entityTypes = entityRows
      .map((row) => ({ type: String(row.type), count: Number(row.count) }))
      .sort(byCount);
    const relationTypes = (
      fromIndex
        ? await adjacency.relationTypes()
        : relationRows.map((row) => ({ type: String(row.type), count: Number(row.count) }))
    ).sort(byCount);
    // The statement spans each type: the earliest and latest of those.
    const dates = (key: 'earliest' | 'latest') =>
      relationRows
        .map((row) => row[key])
        .filter((d): d is string => typeof d === 'string')
        .sort();
    const span = fromIndex
      ? index.relationSpan()
      : { earliest: dates('earliest')[0] ?? null, latest: dates('latest').pop() ?? null };
    return {
      entityCount: entityTypes.reduce((sum, t) => sum + t.count, 0),
      relationCount: relationTypes.reduce((sum, t) => sum + t.count, 0),
      sourceCount: Number(sourceRows[0]?.count ?? 0),
      entityTypes,
      relationTypes,
      earliest: span?.earliest ?? null,
      latest: span?.latest ? calendarDay(span.latest) : null,
    };
  }

  /** The whole graph, or the part around `entityIds`, in the native format (for export). */
  async exportGraph(entityIds?: readonly string[] | null): Promise<GraphFile> {
    let entities: Entity[] = [];
    let relations: Relation[] = [];
    if (entityIds && entityIds.length > 0) {
      entities = await this.requireEntities([...new Set(entityIds)], 'export');
      const wanted = new Set(entities.map((e) => e.id));
      const all = await this.relationsOfAll(entities.map((e) => e.id));
      relations = all.filter((r) => wanted.has(r.from) && wanted.has(r.to));
    } else {
      for (let after: string | null = null; ;) {
        const page = await this.listEntities({ first: this.limits.maxPageSize, after });
        entities.push(...page.items);
        if (!page.hasNextPage) break;
        after = page.endCursor;
      }
      for (let after: string | null = null; ;) {
        const page = await this.listRelations({ first: this.limits.maxPageSize, after });
        relations.push(...page.items);
        if (!page.hasNextPage) break;
        after = page.endCursor;
      }
    }
    const sourceIds = new Set([...entities, ...relations].flatMap((r) => r.evidence.map((ev) => ev.source)));
    const subset = !!entityIds && entityIds.length > 0;
    const sources = (await this.listSources()).filter((s) => !subset || sourceIds.has(s.id));
    return {
      sources: sources.map((s) => ({
        id: s.id,
        title: s.title,
        kind: s.kind,
        ...(s.publisher ? { publisher: s.publisher } : {}),
        ...(s.url ? { url: s.url } : {}),
        ...(s.publishedAt ? { publishedAt: s.publishedAt } : {}),
      })),
      entities: entities.map(entityToInput),
      relations: relations.map(relationToInput),
    };
  }

  private async relationsOfAll(ids: string[]): Promise<Relation[]> {
    const hops = await this.expander({})(ids, 'BOTH', Number.MAX_SAFE_INTEGER);
    return [...new Map(hops.map((h) => [h.relation.id, h.relation])).values()];
  }

  // ---------------------------------------------------------------- writes

  /**
   * Writes a graph file in one transaction: sources, then entities, then relations, each with its
   * evidence. Records equal to what is stored are left alone, so importing twice changes nothing.
   * Relations must name entities that are in the file or already stored.
   */
  async importGraph(input: GraphFile, options: ImportOptions = {}): Promise<ImportReport> {
    // Endpoints and sources may be stored already; plan() checks them against the store.
    return this.importChunks([input], options);
  }

  /**
   * Writes a stream of graph chunks in one transaction, so that a large file is all-or-nothing
   * without being held in memory whole. A chunk may name entities and sources of earlier chunks
   * or of the store; a chunk naming one that is nowhere fails the whole import.
   */
  async importChunks(
    chunks: Iterable<GraphFile> | AsyncIterable<GraphFile>,
    options: ImportOptions = {},
  ): Promise<ImportReport> {
    const report: ImportReport = {
      dryRun: options.dryRun ?? false,
      sources: counts(),
      entities: counts(),
      relations: counts(),
      warnings: [],
    };
    const searchDocuments: SearchDocument[] = [];
    // Ids declared by earlier chunks: a dry run writes nothing, so the store cannot tell it about them.
    const declared: Declared = {
      entities: new Set(),
      sources: new Set(),
      relations: new Set(),
      created: new Set(),
      storeHadRelations: true,
    };
    const parse = (chunk: GraphFile, index: number) =>
      parseGraphFile(chunk, options.file ? `${options.file} (chunk ${index})` : undefined, {
        crossReferences: false,
      });
    // A large stream into an empty store goes through the engine's bulk loader (bulk-import.ts).
    if (!options.dryRun && options.bulk && this.engine.bulkLoad) {
      // The bulk loader writes beside `write`: it counts as a write all the same (`finally`).
      const bulk = await importInBulk(this.engine.bulkLoad, chunks, {
        report,
        declared,
        searchDocuments,
        parse,
        applyInTransaction: async (tx, graph) => {
          const plan = await this.plan(tx, graph, options, report, declared);
          await this.apply(tx, plan);
          searchDocuments.push(...plan.searchDocuments);
        },
      }).finally(() => this.writes++);
      if (bulk.done) {
        this.searchIndex.upsert(searchDocuments);
        return report;
      }
      chunks = bulk.rest;
    }
    let attempts = 0;
    const work = async (tx: CypherTransaction) => {
      // Neo4j's driver replays a transaction after a transient error; a stream read once cannot
      // be replayed, and the counts would be doubled. Refuse rather than commit half an import.
      if (++attempts > 1)
        throw new StoreInputError(
          'the import was interrupted by a transient database error and cannot be replayed from a stream; nothing was written, run it again',
          'CONFLICT',
        );
      declared.storeHadRelations = (await tx.run(this.statement('relations-any'))).length > 0;
      let index = 0;
      for await (const chunk of chunks) {
        const graph = parse(chunk, index++);
        const plan = await this.plan(tx, graph, options, report, declared);
        if (!options.dryRun) await this.apply(tx, plan);
        searchDocuments.push(...plan.searchDocuments);
      }
    };
    if (options.dryRun) await this.engine.read(work);
    else await this.write(work);
    if (!options.dryRun) this.searchIndex.upsert(searchDocuments);
    return report;
  }

  /** Works out, inside the transaction, what each record of the file changes. */
  private async plan(
    tx: CypherTransaction,
    graph: GraphFile,
    options: ImportOptions,
    report: ImportReport,
    declared: Declared = {
      entities: new Set(),
      sources: new Set(),
      relations: new Set(),
      created: new Set(),
      storeHadRelations: true,
    },
  ) {
    for (const s of graph.sources) declared.sources.add(s.id);
    for (const e of graph.entities) declared.entities.add(e.id);
    const sourcesToWrite: SourceInput[] = [];
    for (const batch of chunks(graph.sources)) {
      const rows = await tx.run(this.statement('sources-by-id'), { ids: batch.map((s) => s.id) });
      const stored = new Map(rows.map((row) => [String(asRecord(row.source).id), asRecord(row.source)]));
      for (const source of batch) {
        const existing = stored.get(source.id);
        if (existing && sameRecord(existing, sourceProps(source))) report.sources.unchanged++;
        else {
          if (existing) report.sources.updated++;
          else report.sources.created++;
          sourcesToWrite.push(source);
        }
      }
    }
    const fileSources = declared.sources;
    const citedElsewhere = [
      ...new Set(
        [...graph.entities, ...graph.relations]
          .flatMap((r) => r.evidence.map((e) => e.source))
          .filter((id) => !fileSources.has(id)),
      ),
    ];
    if (citedElsewhere.length > 0) {
      const rows = await tx.run(this.statement('sources-by-id'), { ids: citedElsewhere });
      const known = new Set(rows.map((row) => String(asRecord(row.source).id)));
      const missing = citedElsewhere.filter((id) => !known.has(id));
      if (missing.length > 0) throw unknownSourcesError(missing);
    }

    const entitiesToWrite: { entity: EntityInput; oldType: string | null }[] = [];
    for (const batch of chunks(graph.entities)) {
      const rows = await tx.run(this.statement('entities-by-id'), { ids: batch.map((e) => e.id) });
      const stored = new Map(rows.map((row) => [String(asRecord(row.entity).id), asRecord(row.entity)]));
      for (const entity of batch) {
        const existing = stored.get(entity.id);
        // The stored properties include the evidence lists: one comparison covers both.
        if (existing && sameRecord(existing, entityProps(entity))) report.entities.unchanged++;
        else {
          if (existing) report.entities.updated++;
          else {
            report.entities.created++;
            declared.created.add(entity.id);
          }
          entitiesToWrite.push({ entity, oldType: existing ? String(existing.type) : null });
        }
      }
    }

    const fileEntities = declared.entities;
    const endpointIds = [
      ...new Set(graph.relations.flatMap((r) => [r.from, r.to]).filter((id) => !fileEntities.has(id))),
    ];
    for (const batch of chunks(endpointIds)) {
      const rows = await tx.run(this.statement('entities-by-id'), { ids: batch });
      const known = new Set(rows.map((row) => String(asRecord(row.entity).id)));
      const missing = batch.filter((id) => !known.has(id));
      if (missing.length > 0) throw unknownEntitiesError(missing);
    }

    const relationsToWrite: RelationInput[] = [];
    const relationsToDelete: { id: string; from: string; to: string }[] = [];
    const relocate: string[] = [];
    // A relation touching an entity this import created cannot be stored at these endpoints yet,
    // unless an earlier chunk used its id: skip the endpoint lookup (most of a large import into a
    // new store). It may still exist elsewhere and be moving here, which `relocate` looks for.
    const cannotExist = (r: RelationInput) =>
      (declared.created.has(r.from) || declared.created.has(r.to)) && !declared.relations.has(r.id);
    for (const relation of graph.relations.filter(cannotExist)) {
      relocate.push(relation.id);
      relationsToWrite.push(relation);
    }
    for (const batch of chunks(graph.relations.filter((r) => !cannotExist(r)))) {
      const rows = await tx.run(this.statement('relations-at-endpoints'), {
        rows: batch.map((r) => ({ id: r.id, from: r.from, to: r.to })),
      });
      const stored = new Map(rows.map((row) => [String(asRecord(row.relation).id), row]));
      for (const relation of batch) {
        const existing = stored.get(relation.id);
        if (
          existing &&
          existing.type === relation.type &&
          sameRecord(existing.relation, relationProps(relation))
        ) {
          report.relations.unchanged++;
          continue;
        }
        if (existing) {
          report.relations.updated++;
          relationsToDelete.push({ id: relation.id, from: relation.from, to: relation.to });
        } else {
          relocate.push(relation.id);
        }
        relationsToWrite.push(relation);
      }
    }
    // A relation not found at its endpoints may exist elsewhere (an edited file moved it): look its
    // id up across all relationships, but only when something could be there: the store had
    // relations before this import, or an earlier chunk of it used the same id.
    const lookup = relocate.filter((id) => declared.storeHadRelations || declared.relations.has(id));
    for (const relation of graph.relations) declared.relations.add(relation.id);
    const moved = new Set<string>();
    for (const batch of chunks(lookup)) {
      const rows = await tx.run(this.statement('relations-by-id'), { ids: batch });
      for (const row of rows) moved.add(String(asRecord(row.relation).id));
    }
    for (const id of relocate) {
      if (moved.has(id)) report.relations.updated++;
      else report.relations.created++;
    }
    return {
      sourcesToWrite,
      entitiesToWrite,
      relationsToWrite,
      relationsToDelete,
      movedRelations: [...moved],
      searchDocuments: searchDocs(entitiesToWrite),
    };
  }

  private async apply(tx: CypherTransaction, plan: Awaited<ReturnType<GraphStore['plan']>>) {
    for (const batch of chunks(plan.sourcesToWrite))
      await tx.run(this.statement('sources-upsert'), { rows: batch.map(sourceProps) });

    const retyped = plan.entitiesToWrite.filter((e) => e.oldType && e.oldType !== e.entity.type);
    for (const [oldType, group] of groupBy(retyped, (e) => e.oldType!)) {
      const statement = withIdentifier(
        this.statement('entity-remove-label'),
        '__TYPE__',
        oldType,
        'entity type',
      );
      await tx.run(statement, { ids: group.map((e) => e.entity.id) });
    }
    for (const [type, group] of groupBy(plan.entitiesToWrite, (e) => e.entity.type)) {
      const statement = withIdentifier(this.statement('entities-upsert'), '__TYPE__', type, 'entity type');
      for (const batch of chunks(group))
        await tx.run(statement, {
          rows: batch.map(({ entity }) => ({ id: entity.id, props: entityProps(entity) })),
        });
    }

    for (const batch of chunks(plan.movedRelations))
      await tx.run(this.statement('relations-delete-by-id'), { ids: batch });
    for (const batch of chunks(plan.relationsToDelete))
      await tx.run(this.statement('relations-delete-at-endpoints'), { rows: batch });
    for (const [type, group] of groupBy(plan.relationsToWrite, (r) => r.type)) {
      const statement = withIdentifier(this.statement('relations-create'), '__TYPE__', type, 'relation type');
      for (const batch of chunks(group))
        await tx.run(statement, {
          rows: batch.map((r) => ({ from: r.from, to: r.to, props: relationProps(r) })),
        });
    }
  }

  async upsertEntity(entity: EntityInput): Promise<Entity> {
    await this.importGraph({ sources: [], entities: [entity], relations: [] }, { file: 'upsertEntity' });
    return (await this.getEntity(entity.id))!;
  }

  async upsertRelation(relation: RelationInput): Promise<Relation> {
    await this.importGraph({ sources: [], entities: [], relations: [relation] }, { file: 'upsertRelation' });
    return (await this.getRelation(relation.id, { from: relation.from, to: relation.to }))!;
  }

  async upsertSource(source: SourceInput): Promise<Source> {
    await this.importGraph({ sources: [source], entities: [], relations: [] }, { file: 'upsertSource' });
    return (await this.getSources([source.id]))[0]!;
  }

  /** Deletes entities with their relations (and so the evidence of both). */
  async deleteEntities(ids: readonly string[]): Promise<number> {
    const deleted = await this.write(async (tx) => {
      const result = await tx.run(this.statement('entities-delete'), { ids: [...ids] });
      return Number(result[0]?.count ?? 0);
    });
    this.searchIndex.remove(ids);
    return deleted;
  }

  async deleteRelations(ids: readonly string[]): Promise<number> {
    return this.write(async (tx) => {
      const result = await tx.run(this.statement('relations-delete-by-id'), { ids: [...ids] });
      return Number(result[0]?.count ?? 0);
    });
  }

  /** Deletes sources that no evidence cites; a cited source is refused with the count. */
  async deleteSources(ids: readonly string[]): Promise<number> {
    return this.write(async (tx) => {
      const cited = new Map<string, number>();
      for (const row of await tx.run(this.statement('source-citations'), { ids: [...ids] }))
        cited.set(String(row.id), (cited.get(String(row.id)) ?? 0) + Number(row.count));
      const inUse = [...cited].filter(([, count]) => count > 0);
      if (inUse.length > 0)
        throw new StoreInputError(
          `source ${inUse.map(([id, count]) => `${JSON.stringify(id)} is cited by ${count} entities and relations`).join(', ')}; delete or re-source that evidence first`,
          'CONFLICT',
        );
      const result = await tx.run(this.statement('sources-delete'), { ids: [...ids] });
      return Number(result[0]?.count ?? 0);
    });
  }

  /**
   * Merges `mergeId` into `keepId` in one transaction: relations are re-pointed, a relation that
   * would duplicate one `keepId` already has (same type, same other end, same direction) is folded
   * into it with its evidence, aliases and evidence are united, and `mergeId` is deleted.
   */
  async mergeEntities(keepId: string, mergeId: string): Promise<MergeReport> {
    if (keepId === mergeId) throw new StoreInputError('cannot merge an entity into itself');
    const report = { relationsMoved: 0, relationsMerged: 0, relationsDropped: 0 };
    // Everything is read inside the write transaction: a relation added to `mergeId` meanwhile
    // must be moved too, not deleted with it.
    const united = await this.write(async (tx) => {
      const entityRows = await tx.run(this.statement('entities-by-id'), { ids: [keepId, mergeId] });
      const byId = new Map(
        entityRows.map((row) => [String(asRecord(row.entity).id), toEntity(asRecord(row.entity))]),
      );
      const keep = byId.get(keepId);
      const merge = byId.get(mergeId);
      const missing = [keepId, mergeId].filter((id) => !byId.has(id));
      if (!keep || !merge)
        throw new StoreInputError(
          `mergeEntities: no entity with id ${missing.map((id) => JSON.stringify(id)).join(', ')}`,
          'NOT_FOUND',
        );
      const hops = await tx.run(this.statement('expand'), {
        ...filterParams({}),
        ids: [keepId, mergeId],
        direction: 'BOTH',
        fanout: Number.MAX_SAFE_INTEGER,
      });
      const relations = [
        ...new Map(hops.map((row) => [String(asRecord(row.relation).id), rowToRelation(row)])).values(),
      ];
      const relationInputs = relations.map(relationToInput);
      const kept = relationInputs.filter((r) => r.from !== mergeId && r.to !== mergeId);
      const moving = relationInputs.filter((r) => r.from === mergeId || r.to === mergeId);
      const key = (r: RelationInput) => `${r.type}\u0000${r.from}\u0000${r.to}`;
      const keptByKey = new Map(kept.map((r) => [key(r), r]));
      const toWrite: RelationInput[] = [];
      for (const relation of moving) {
        const moved = {
          ...relation,
          from: relation.from === mergeId ? keepId : relation.from,
          to: relation.to === mergeId ? keepId : relation.to,
        };
        if (moved.from === moved.to && (relation.from === keepId || relation.to === keepId)) {
          report.relationsDropped++;
          continue;
        }
        const twin = keptByKey.get(key(moved));
        if (twin) {
          twin.evidence = uniqueEvidence([...twin.evidence, ...moved.evidence]);
          if (!toWrite.includes(twin)) toWrite.push(twin);
          report.relationsMerged++;
        } else {
          keptByKey.set(key(moved), moved);
          toWrite.push(moved);
          report.relationsMoved++;
        }
      }
      const keepInput = entityToInput(keep);
      const mergeInput = entityToInput(merge);
      const entity: EntityInput = {
        ...keepInput,
        aliases: [...new Set([...keep.aliases, merge.name, ...merge.aliases])].filter((a) => a !== keep.name),
        properties: { ...mergeInput.properties, ...keepInput.properties },
        evidence: uniqueEvidence([...keepInput.evidence, ...mergeInput.evidence]),
      };
      const description = keepInput.description ?? mergeInput.description;
      if (description === undefined) delete entity.description;
      else entity.description = description;

      await tx.run(this.statement('entities-delete'), { ids: [mergeId] });
      const graph = parseGraphFile({ sources: [], entities: [entity], relations: toWrite }, 'mergeEntities', {
        crossReferences: false,
      });
      const written = {
        dryRun: false,
        sources: counts(),
        entities: counts(),
        relations: counts(),
        warnings: [],
      };
      await this.apply(tx, await this.plan(tx, graph, {}, written));
      return entity;
    });
    this.searchIndex.remove([mergeId]);
    this.searchIndex.upsert([
      { id: united.id, type: united.type, name: united.name, aliases: united.aliases },
    ]);
    return { entity: (await this.getEntity(keepId))!, ...report };
  }
}

interface Declared {
  entities: Set<string>;
  sources: Set<string>;
  relations: Set<string>;
  /** Entities this import created (not updated). */
  created: Set<string>;
  /** Whether the store held relations before the import began. */
  storeHadRelations: boolean;
}

function counts(): WriteCounts {
  return { created: 0, updated: 0, unchanged: 0, deleted: 0 };
}

function uniqueEvidence(evidence: EntityInput['evidence']): EntityInput['evidence'] {
  const seen = new Set<string>();
  return evidence.filter((ev) => {
    const k = `${ev.source}\u0000${ev.quote}\u0000${ev.locator ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function searchDocs(entities: { entity: EntityInput }[]): SearchDocument[] {
  return entities.map(({ entity }) => ({
    id: entity.id,
    type: entity.type,
    name: entity.name,
    aliases: entity.aliases,
  }));
}

/** A timeline item with its sort key (the stored spanStart) and id: what a cursor is made of. */
type TimelineRow = TimelineItem & { key: string; id: string };

function relationItem(relation: Relation, start: string): TimelineRow {
  return {
    kind: 'relation',
    date: relation.startDate ?? relation.date ?? start,
    relation,
    key: start,
    id: relation.id,
  };
}

function entityItem(entity: Entity, start: string): TimelineRow {
  const date = entity.properties.date ?? entity.properties.startDate ?? start;
  return { kind: 'entity', date: String(date), entity, key: start, id: entity.id };
}

/** The ids behind handles, for the timeline index's order within a date. */
function handleIds(adjacency: Adjacency): IdReader {
  const id = (record: StoredRecord | null | undefined) => {
    const value = record?.get('id');
    return typeof value === 'string' ? value : null;
  };
  return (kind, handles) =>
    kind === RELATION
      ? adjacency.edgeRecords(handles).map((record) => id(record?.props))
      : adjacency.nodeRecords(handles).map(id);
}

/** Facts the timeline index reads per step when a filter must look at their records. */
const TIMELINE_BATCH = 512;
/**
 * Records a filtered page may read through the index before the statements take over: past this
 * the filter keeps so few facts that one scan in the engine is cheaper than reading on.
 */
const TIMELINE_MAX_READ = 5_000;

/** What a timeline filter asks of records, as timeline-relations.cypher and timeline-entities.cypher test it. */
interface TimelineTest {
  relationTypes: Set<string> | null;
  entityTypes: Set<string> | null;
  statuses: Set<string> | null;
  sources: Set<string> | null;
}

/** The record tests of a filter, or null when it has none (dates are the index's own). */
function timelineTest(filter: TraversalFilter): TimelineTest | null {
  const set = (list: readonly string[] | null | undefined) =>
    list && list.length > 0 ? new Set(list) : null;
  const test = {
    relationTypes: set(filter.relationTypes),
    entityTypes: set(filter.entityTypes),
    statuses: set(filter.statuses),
    sources: set(filter.sources),
  };
  return Object.values(test).some((s) => s !== null) ? test : null;
}

/**
 * The records behind index entries, in the entries' order, as timeline items: those a filter
 * refuses are left out, and so are those gone or moved in time since the index was built (a write
 * since makes the next page rebuild it).
 */
function readTimelineEntries(
  adjacency: Adjacency,
  entries: readonly TimelineEntry[],
  test: TimelineTest | null,
): TimelineRow[] {
  const relationEntries = entries.filter((e) => e.kind === RELATION);
  const edgeRecords = adjacency.edgeRecords(relationEntries.map((e) => e.handle));
  // The relation's own tests first: only the relations that pass need their ends read.
  const relations = new Map<TimelineEntry, NonNullable<(typeof edgeRecords)[number]>>();
  relationEntries.forEach((entry, i) => {
    const record = edgeRecords[i];
    if (!record || record.props.get('spanStart') !== entry.start) return;
    if (test) {
      if (test.relationTypes && !test.relationTypes.has(record.type)) return;
      const status = record.props.get('status');
      if (test.statuses && !(typeof status === 'string' && test.statuses.has(status))) return;
      const cited = record.props.get('evidenceSources');
      const sources = test.sources;
      if (sources && !(Array.isArray(cited) && cited.some((s) => typeof s === 'string' && sources.has(s))))
        return;
    }
    relations.set(entry, record);
  });
  const nodes = new Set<number>();
  for (const record of relations.values()) {
    nodes.add(record.from);
    nodes.add(record.to);
  }
  for (const entry of entries) if (entry.kind !== RELATION) nodes.add(entry.handle);
  const handles = [...nodes];
  const nodeRecords = new Map<number, StoredRecord | null>();
  adjacency.nodeRecords(handles).forEach((record, i) => nodeRecords.set(handles[i]!, record));
  /** The id and type of an entity, or null for a node that is not one (any more). */
  const entityOf = (handle: number) => {
    const record = nodeRecords.get(handle);
    const id = record?.get('id');
    const type = record?.get('type');
    return record && typeof id === 'string' && typeof type === 'string' ? { id, type, record } : null;
  };
  const typeKept = (type: string) => !test?.entityTypes || test.entityTypes.has(type);

  const out: TimelineRow[] = [];
  for (const entry of entries) {
    if (entry.kind === RELATION) {
      const record = relations.get(entry);
      const a = record && entityOf(record.from);
      const b = record && entityOf(record.to);
      if (!record || !a || !b || !typeKept(a.type) || !typeKept(b.type)) continue;
      out.push(relationItem(lazyRelation(record.props, record.type, a.id, b.id), entry.start));
    } else {
      const e = entityOf(entry.handle);
      if (!e || e.record.get('spanStart') !== entry.start || !typeKept(e.type)) continue;
      out.push(entityItem(lazyEntity(e.record), entry.start));
    }
  }
  return out;
}

/**
 * A value derived from the whole graph (the timeline's order, the summary): computed on first use
 * and again after a write. A write bumps the store's count once it is over, so a value computed
 * from a snapshot older than a write is never used after it. A failed computation is not kept: the
 * next caller tries again (and this one gets the error).
 */
class SinceLastWrite<T> {
  private kept: { writes: number; value: Promise<T> } | null = null;

  get(writes: number, compute: () => Promise<T>): Promise<T> {
    if (this.kept?.writes !== writes) {
      const kept = { writes, value: compute() };
      this.kept = kept;
      kept.value.catch(() => {
        if (this.kept === kept) this.kept = null;
      });
    }
    return this.kept.value;
  }
}

/** `found` (in the order of `ids`) without its nulls, or the error naming the ids that are unknown. */
function refuseMissing(ids: readonly string[], found: readonly (Entity | null)[], what: string): Entity[] {
  const missing = ids.filter((_, i) => !found[i]);
  if (missing.length > 0)
    throw new StoreInputError(
      `${what}: no entity with id ${missing.map((id) => JSON.stringify(id)).join(', ')}`,
      'NOT_FOUND',
    );
  return found.filter((e): e is Entity => e !== null);
}

function rowToRelation(row: Row): Relation {
  return toRelation(asRecord(row.relation), String(row.type), String(row.from), String(row.to));
}

function toPath(steps: PathSteps): Path {
  return {
    entities: steps.entityIds.map((id) => steps.entities.get(id)).filter((e): e is Entity => !!e),
    relations: steps.relations,
    length: steps.relations.length,
  };
}
