/**
 * One case of the store: every question and write the API asks of a case, written once over the
 * CypherEngine port so that the embedded engine and Neo4j run the same statements. It runs on the
 * engine as its case sees it (case-engine.ts), chooses how it traverses (traversals/), holds what
 * is kept beside the case's graph, and hands each operation, in a module of its own, exactly the
 * parts it needs (docs/architecture.md). The store's front (graph-store.ts) opens one per case.
 *
 * It owns the case's search index and keeps it in step with the graph: the index changes only
 * after the graph's transaction committed. When the store is the graph's only writer (the
 * embedded engine) it also keeps the case's timeline order and summary, computed again after a
 * write.
 */
import type { CaseEngine } from './case-engine.ts';
import type { EntityInput, GraphFile, RelationInput, SourceInput } from '../model/case-format.ts';
import type { WriteOptions } from './audit.ts';
import { deleteEntities, deleteRelations, deleteSources } from './deletes.ts';
import { evidenceFor, sourcesSupport } from './evidence.ts';
import { exportGraph } from './export.ts';
import { importChunks, type ImportOptions, type ImportTarget } from './import-graph.ts';
import { getImport, listImports, type ImportRecord } from './imports/import-records.ts';
import { undoImport, type UndoOutcome } from './imports/undo-import.ts';
import type { StoreLimits } from './limits.ts';
import { mergeEntities } from './merge.ts';
import { MatchIndex } from './matches/match-index.ts';
import { matchReader } from './matches/match-reader.ts';
import type { StoreParts } from './parts.ts';
import {
  getEntities,
  getEntity,
  getRelation,
  getRelations,
  getSources,
  listEntities,
  listRelations,
  listSources,
} from './reads.ts';
import { SearchIndex } from './search-index.ts';
import { rebuildSearchIndex, search } from './search.ts';
import { WriteCounter, type WriteGate } from './since-last-write.ts';
import type { Queries } from './statements.ts';
import { isEmpty, Summaries } from './summary.ts';
import { upsertEntity, upsertRelation, upsertSource } from './upserts.ts';
import { KeptTimelineIndex } from './timeline/kept-timeline-index.ts';
import { timeline } from './timeline/timeline.ts';
import { neighborsOf, relationsAmong, relationsOf } from './traversals/neighbours.ts';
import { openTraversals } from './traversals/open-traversals.ts';
import { neighborhood, paths, shortestPath } from './traversals/paths.ts';
import type { Traversals } from './traversals/traversals.ts';
import type {
  Entity,
  Evidence,
  GraphSummary,
  ImportReport,
  MergeReport,
  Page,
  Path,
  Relation,
  RelationTypeCount,
  SearchHit,
  Source,
  SourceSupport,
  Subgraph,
  TimelinePage,
  TraversalFilter,
} from './types.ts';

export class CaseStore {
  private readonly parts: StoreParts;
  /** This case's writes, counted through the store's gate (one import at a time in the whole store). */
  readonly writes: WriteCounter;
  private readonly traversals: Traversals;
  private readonly timelineIndex: KeptTimelineIndex | null;
  private readonly summaries: Summaries;
  private readonly searchIndex = new SearchIndex();
  private readonly matches: MatchIndex;

  private constructor(
    readonly engine: CaseEngine,
    queries: Queries,
    readonly limits: StoreLimits,
    gate: WriteGate,
  ) {
    this.parts = { engine, queries, limits };
    this.writes = new WriteCounter(engine, gate, (tx) =>
      tx.run(queries.get('case-touch'), { at: new Date().toISOString() }),
    );
    this.traversals = openTraversals(this.parts, this.writes);
    this.timelineIndex = KeptTimelineIndex.over(engine, this.writes);
    this.summaries = new Summaries(this.parts, this.timelineIndex, this.writes);
    // Every write path keeps the search index in step; the match index follows it.
    this.matches = new MatchIndex(matchReader(this.parts));
    this.searchIndex.onChange((ids) => this.matches.changed(ids));
  }

  /** The case's id. */
  get id(): string {
    return this.engine.caseId;
  }

  /** Opens the case: builds its search index from its graph. */
  static async open(
    engine: CaseEngine,
    queries: Queries,
    limits: StoreLimits,
    gate: WriteGate,
  ): Promise<CaseStore> {
    const store = new CaseStore(engine, queries, limits, gate);
    await store.rebuildSearchIndex();
    return store;
  }

  rebuildSearchIndex(): Promise<void> {
    return rebuildSearchIndex(this.parts, this.searchIndex);
  }

  /** The case's match index, up to date with its writes (matches/match-index.ts). */
  async matchIndex(): Promise<MatchIndex> {
    await this.matches.ready();
    return this.matches;
  }

  /** Entities by id, in the order asked, null for an unknown id (DataLoader's contract). */
  getEntities(ids: readonly string[]): Promise<(Entity | null)[]> {
    return getEntities(this.parts, ids);
  }

  getEntity(id: string): Promise<Entity | null> {
    return getEntity(this.parts, id);
  }

  getRelations(ids: readonly string[]): Promise<(Relation | null)[]> {
    return getRelations(this.parts, ids);
  }

  /** One relation by id, found through its ends when the caller knows them (much cheaper). */
  getRelation(id: string, ends: { from: string; to: string } | null = null): Promise<Relation | null> {
    return getRelation(this.parts, id, ends);
  }

  getSources(ids: readonly string[]): Promise<(Source | null)[]> {
    return getSources(this.parts, ids);
  }

  listSources(): Promise<Source[]> {
    return listSources(this.parts);
  }

  listEntities(options: {
    types?: string[] | null;
    first?: number | null;
    after?: string | null;
  }): Promise<Page<Entity>> {
    return listEntities(this.parts, options);
  }

  listRelations(options: {
    filter?: TraversalFilter | null;
    first?: number | null;
    after?: string | null;
  }): Promise<Page<Relation>> {
    return listRelations(this.parts, options);
  }

  search(
    text: string,
    options: { types?: string[] | null; first?: number | null } = {},
  ): Promise<SearchHit[]> {
    return search(this.parts, this.searchIndex, text, options);
  }

  /** Relations of each entity that pass the filter, at most `first` per entity (batched). */
  relationsOf(
    ids: readonly string[],
    filter: TraversalFilter = {},
    first?: number | null,
  ): Promise<Relation[][]> {
    return relationsOf(this.traversals, this.limits, ids, filter, first);
  }

  /** Neighbours of each entity that pass the filter, at most `first` per entity (batched). */
  neighborsOf(
    ids: readonly string[],
    filter: TraversalFilter = {},
    first?: number | null,
  ): Promise<Entity[][]> {
    return neighborsOf(this.traversals, this.limits, ids, filter, first);
  }

  /** The relations among a set of entities: what a canvas showing exactly these should draw. */
  relationsAmong(
    ids: readonly string[],
    filter: TraversalFilter = {},
  ): Promise<{ relations: Relation[]; truncated: boolean }> {
    return relationsAmong(this.traversals, this.limits, ids, filter);
  }

  /** Relations of each entity (0 for an unknown id). */
  degrees(ids: readonly string[]): Promise<number[]> {
    return this.traversals.degrees(ids);
  }

  /** Relation counts of each entity per type and direction (their sum is the degree). */
  relationCounts(ids: readonly string[]): Promise<RelationTypeCount[][]> {
    return this.traversals.relationCounts(ids);
  }

  neighborhood(
    ids: readonly string[],
    options: { depth?: number | null; filter?: TraversalFilter | null; limit?: number | null } = {},
  ): Promise<Subgraph> {
    return neighborhood(this.traversals, this.limits, ids, options);
  }

  shortestPath(
    from: string,
    to: string,
    options: { filter?: TraversalFilter | null; maxDepth?: number | null } = {},
  ): Promise<Path | null> {
    return shortestPath(this.traversals, this.limits, from, to, options);
  }

  paths(
    from: string,
    to: string,
    options: { filter?: TraversalFilter | null; maxLength?: number | null; first?: number | null } = {},
  ): Promise<{ paths: Path[]; truncated: boolean }> {
    return paths(this.traversals, this.limits, from, to, options);
  }

  /** Evidence with its sources for subjects named "entity:<id>" or "relation:<id>". */
  evidenceFor(subjects: readonly string[]): Promise<Evidence[][]> {
    return evidenceFor(this.parts, subjects);
  }

  /** Everything a source is evidence for, with the quotes. */
  async sourceSupports(sourceId: string): Promise<SourceSupport[]> {
    return (await this.sourcesSupport([sourceId]))[0] ?? [];
  }

  /** `sourceSupports` for several sources in one query, in the order asked (DataLoader's contract). */
  sourcesSupport(sourceIds: readonly string[]): Promise<SourceSupport[][]> {
    return sourcesSupport(this.parts, sourceIds);
  }

  timeline(options: {
    filter?: TraversalFilter | null;
    first?: number | null;
    after?: string | null;
  }): Promise<TimelinePage> {
    return timeline(this.parts, this.timelineIndex, options);
  }

  /** Whether the store holds no entity and no source (cheaper than the summary). */
  isEmpty(): Promise<boolean> {
    return isEmpty(this.parts);
  }

  /** Counts per type and the span of dates. */
  summary(): Promise<GraphSummary> {
    return this.summaries.get();
  }

  /** The whole graph, or the part around `entityIds`, in the native format (for export). */
  exportGraph(entityIds?: readonly string[] | null): Promise<GraphFile> {
    return exportGraph(this.parts, this.traversals, entityIds);
  }

  /**
   * Writes a graph file in one transaction: sources, then entities, then relations, each with its
   * evidence, and its audit record (every write takes `actor` in its options, LOCAL_ACTOR without). Records equal to what is stored are left alone, so importing twice changes nothing.
   * Relations must name entities that are in the file or already stored.
   */
  importGraph(input: GraphFile, options: ImportOptions = {}): Promise<ImportReport> {
    // Endpoints and sources may be stored already; the plan checks them against the store.
    return this.importChunks([input], options);
  }

  /** Writes a stream of graph chunks in one transaction (import-graph.ts). */
  importChunks(
    chunks: Iterable<GraphFile> | AsyncIterable<GraphFile>,
    options: ImportOptions = {},
  ): Promise<ImportReport> {
    return importChunks(this.importTarget(), chunks, options);
  }

  private importTarget(): ImportTarget {
    return { parts: this.parts, writes: this.writes, searchIndex: this.searchIndex };
  }

  upsertEntity(entity: EntityInput, options: WriteOptions = {}): Promise<Entity> {
    return upsertEntity(this.importTarget(), entity, options);
  }

  upsertRelation(relation: RelationInput, options: WriteOptions = {}): Promise<Relation> {
    return upsertRelation(this.importTarget(), relation, options);
  }

  upsertSource(source: SourceInput, options: WriteOptions = {}): Promise<Source> {
    return upsertSource(this.importTarget(), source, options);
  }

  /** Deletes entities with their relations (and so the evidence of both). */
  deleteEntities(ids: readonly string[], options: WriteOptions = {}): Promise<number> {
    return deleteEntities(this.parts, this.writes, this.searchIndex, ids, options);
  }

  deleteRelations(ids: readonly string[], options: WriteOptions = {}): Promise<number> {
    return deleteRelations(this.parts, this.writes, ids, options);
  }

  /** Deletes sources that no evidence cites; a cited source is refused with the count. */
  deleteSources(ids: readonly string[], options: WriteOptions = {}): Promise<number> {
    return deleteSources(this.parts, this.writes, ids, options);
  }

  /** The case's imports, newest first (imports/import-records.ts). */
  imports(options: { first?: number | null; after?: string | null } = {}): Promise<Page<ImportRecord>> {
    return listImports(this.parts, options);
  }

  getImport(id: string): Promise<ImportRecord | null> {
    return getImport(this.parts, id);
  }

  /**
   * Undoes import `id` (imports/undo-import.ts): all of it, or nothing and what blocks it. The
   * search index follows once the graph's transaction committed.
   */
  async undoImport(id: string, options: WriteOptions = {}): Promise<UndoOutcome> {
    const { outcome, search } = await undoImport(
      (work) => this.writes.run(work),
      this.parts.queries,
      this.id,
      id,
      options,
    );
    if (search?.rebuild) await this.rebuildSearchIndex();
    else if (search) {
      this.searchIndex.remove(search.remove);
      this.searchIndex.upsert(search.upsert);
    }
    return outcome;
  }

  /** Merges `mergeId` into `keepId` in one transaction (merge.ts). */
  mergeEntities(keepId: string, mergeId: string, options: WriteOptions = {}): Promise<MergeReport> {
    return mergeEntities(this.parts, this.writes, this.searchIndex, keepId, mergeId, options);
  }
}
