/**
 * What investigators ask for, as async operations: each calls the API, merges the answer into the
 * store with a pure producer, and reports failures as notices instead of throwing into the UI. Made
 * once per app from its API client and store (both passed in). Everything is asked of the open case
 * (`openCase`) through its client (case-scope.ts), which drops what answers for a case left behind.
 */
import type { ApiClient } from '../api/client.ts';
import { ApiError } from '../api/client.ts';
import {
  CanvasRelationsQuery,
  CaseInfoQuery,
  NeighborhoodQuery,
  PathsQuery,
  SearchQuery,
  ShortestPathQuery,
  SubgraphQuery,
  SummaryQuery,
  TimelineQuery,
} from '../api/operations.ts';
import type {
  Direction,
  SearchQuery as SearchResult,
  TimelineQuery as TimelineResult,
  TraversalFilter,
} from '../generated/graphql.ts';
import { toTraversalFilter } from './filters.ts';
import { openingLayout } from './file-layout.ts';
import {
  collapse,
  hideEntities,
  mergeRelationsAmong,
  mergeSubgraph,
  refreshFrom,
  removeEntities,
  removeRelations,
  setPinned,
  showAll,
  toCanvasEntity,
  toCanvasRelation,
  toSubgraph,
  type CanvasEntity,
  type CanvasRelation,
  type GraphDoc,
  type RelationLike,
  type SubgraphLike,
} from './graph-model.ts';
import type { CanvasHandle } from './canvas-handle.ts';
import { findGraph } from './result-walker.ts';
import { createCaseApi, createCaseScopes, type CaseApi } from './case-scope.ts';
import type { TimelineEntry } from './case-slice.ts';
import type { EntityRef } from './paths-slice.ts';
import { pathCards, pathText, toPathResult, type PathCard } from './path-cards.ts';
import type { RedstringStore } from './store.ts';
import type { ViewState } from './url-state.ts';
import { tooLargeText } from './coverage.ts';
import { expansionMessage, relationsOffCanvas } from './expand-report.ts';
import { mostConnected } from './overview.ts';
import { CANVAS_BUDGET, caseCounts, fitsCanvas, readWholeCase } from './whole-case.ts';

export type SearchHit = SearchResult['case']['search'][number];

/** Pages of 500 dated items loaded for the timeline and the date histogram. */
const TIMELINE_PAGES = 10;
/** Most entities one expansion may bring in: the server's cap on a neighbourhood. */
const EXPAND_LIMIT = 2_000;
/** Said when the server's cap on the relations among drawn entities left some out. */
const RELATIONS_CUT =
  'More relations join the entities on the canvas than one request brings; some are not drawn.';

export interface Explorer {
  readonly store: RedstringStore;
  /** The server's API, for what belongs to no case or names its own (the start page, imports). */
  readonly api: ApiClient;
  /** The open case's API: what it asks is asked of the open case. */
  readonly caseApi: CaseApi;
  /**
   * Opens case `id` (null: none, the start page): the canvas and everything of the previous case
   * are dropped, what was asked of it is aborted, and the case's record is loaded. Opening the case
   * that is open (or opening) already does nothing, unless it failed to open.
   */
  openCase(id: string | null): Promise<void>;
  attachCanvas(handle: CanvasHandle | null): void;
  canvas(): CanvasHandle | null;
  traversalFilter(extra?: Partial<TraversalFilter>): TraversalFilter | undefined;
  loadSummary(): Promise<void>;
  /**
   * Opens the case on the canvas: the whole case when it fits (CANVAS_BUDGET), else its most
   * connected entities.
   */
  loadOverview(): Promise<void>;
  /** Puts the whole case on the canvas, or says that it does not fit. */
  openWholeCase(): Promise<void>;
  loadTimeline(): Promise<void>;
  restore(view: ViewState): Promise<void>;
  /**
   * Brings the canvas, the summary and the timeline in line with the store after its graph changed
   * under them (an import undone): what is gone leaves the canvas, what changed is redrawn.
   */
  refresh(): Promise<void>;
  search(text: string, signal?: AbortSignal): Promise<SearchHit[]>;
  addEntities(entities: readonly CanvasEntity[], options?: { select?: boolean }): Promise<void>;
  expand(ids: readonly string[], only?: { type: string; direction: Direction }): Promise<void>;
  /**
   * Brings exactly these neighbours of entity `of` (ids from missing-neighbours.ts) onto the canvas
   * with their relations to it, or says that they would not fit.
   */
  addNeighbours(of: { id: string; name: string }, ids: readonly string[]): Promise<void>;
  /** Puts these entities and relations on the canvas (fetching what is missing) and selects them. */
  reveal(entityIds: readonly string[], relations: readonly CanvasRelation[]): Promise<void>;
  remove(entityIds: readonly string[], relationIds?: readonly string[]): void;
  hide(ids: readonly string[]): void;
  showHidden(): void;
  pin(ids: readonly string[], pinned: boolean): void;
  collapse(ids: readonly string[]): void;
  clear(): void;
  findShortestPath(from: EntityRef, to: EntityRef): Promise<void>;
  findAllPaths(from: EntityRef, to: EntityRef): Promise<void>;
  showPath(path: PathCard): void;
  draw(answer: unknown, replace: boolean): Promise<{ entities: number; relations: number }>;
}

export function errorText(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}

/** The code of a GraphQL error, e.g. `CASE_NOT_FOUND`. */
function errorCode(error: unknown): string | null {
  if (!(error instanceof ApiError)) return null;
  const code = error.errors[0]?.extensions?.code;
  return typeof code === 'string' ? code : null;
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Entities and relations on the canvas, against CANVAS_BUDGET. */
function elements(doc: GraphDoc): number {
  return Object.keys(doc.entities).length + Object.keys(doc.relations).length;
}

export function createExplorer({ api, store }: { api: ApiClient; store: RedstringStore }): Explorer {
  let handle: CanvasHandle | null = null;
  const scopes = createCaseScopes();
  const caseApi = createCaseApi(api, scopes);

  async function task<T>(what: string, work: () => Promise<T>): Promise<T | undefined> {
    store.getState().begin();
    try {
      return await work();
    } catch (error) {
      if (isAbort(error)) return undefined;
      store.getState().notify('error', `${what} failed: ${errorText(error)}`);
      return undefined;
    } finally {
      store.getState().end();
    }
  }

  function traversalFilter(extra: Partial<TraversalFilter> = {}): TraversalFilter | undefined {
    const { filters, summary } = store.getState();
    const base = toTraversalFilter(filters, {
      entityTypes: summary?.entityTypes.map((t) => t.type) ?? [],
      relationTypes: summary?.relationTypes.map((t) => t.type) ?? [],
      sources: summary?.sources.map((s) => s.id) ?? [],
    });
    const merged = { ...base, ...extra };
    return Object.keys(merged).length > 0 ? merged : undefined;
  }

  /**
   * Relations joining `ids` to everything on the canvas, for the edges a neighbourhood leaves out;
   * `truncated` when the server's cap left some out, or the canvas is too large to ask about.
   */
  async function connect(
    doc: GraphDoc,
    ids: readonly string[],
  ): Promise<{ relations: SubgraphLike['relations']; truncated: boolean }> {
    if (ids.length === 0) return { relations: [], truncated: false };
    const all = [...new Set([...Object.keys(doc.entities), ...ids])];
    if (all.length > 2000) return { relations: [], truncated: true };
    // Unfiltered: the filters hide what is drawn, so clearing them later shows these links too.
    const { subgraph } = (await caseApi.request(CanvasRelationsQuery, { ids: all })).case;
    return { relations: subgraph.relations.map(toCanvasRelation), truncated: subgraph.truncated };
  }

  /**
   * Entities by id with the relations among them; unknown ids are left out (they may have been
   * deleted). Says so when the server's cap left relations out.
   */
  async function subgraphOf(ids: readonly string[]): Promise<SubgraphLike> {
    const wanted = [...new Set(ids)];
    if (wanted.length === 0) return { entities: [], relations: [] };
    const { subgraph } = (await caseApi.request(SubgraphQuery, { ids: wanted })).case;
    if (subgraph.truncated) store.getState().notify('info', RELATIONS_CUT);
    return {
      entities: subgraph.entities.map(toCanvasEntity),
      relations: subgraph.relations.map(toCanvasRelation),
    };
  }

  /** Draws a case's opening picture and lays it out: a case imported from a drawn file opens on its picture. */
  function showOpening(sub: SubgraphLike): void {
    const s = store.getState();
    s.commit((doc) => mergeSubgraph(doc, sub).doc, null);
    s.requestLayout(openingLayout(s.layout.name, sub.entities), 'full', true);
  }

  function pathResult(path: {
    entities: readonly { id: string; name: string }[];
    relations: readonly RelationLike[];
  }) {
    return toPathResult(path.entities, path.relations.map(toCanvasRelation));
  }

  const explorer: Explorer = {
    store,
    api,
    caseApi,

    async openCase(id) {
      const open = store.getState().openCase;
      if (id !== null && open?.id === id && open.status !== 'failed') return;
      if (id === null && scopes.current().id === null) return;
      scopes.open(id);
      store.getState().switchCase(id === null ? null : { id, status: 'loading' });
      if (id === null) return;
      try {
        const data = await caseApi.request(CaseInfoQuery, {});
        store.getState().caseSettled({ id, status: 'open', info: data.case });
      } catch (error) {
        if (isAbort(error)) return;
        store
          .getState()
          .caseSettled(
            errorCode(error) === 'CASE_NOT_FOUND'
              ? { id, status: 'missing' }
              : { id, status: 'failed', error: errorText(error) },
          );
      }
    },

    attachCanvas(next) {
      handle = next;
    },
    canvas() {
      return handle;
    },
    traversalFilter,

    async loadSummary() {
      await task('Loading the case summary', async () => {
        const data = (await caseApi.request(SummaryQuery, {})).case;
        const s = data.summary;
        store.getState().setSummary({
          entityCount: s.entityCount,
          relationCount: s.relationCount,
          sourceCount: s.sourceCount,
          entityTypes: s.entityTypes,
          relationTypes: s.relationTypes,
          earliest: s.earliest ?? null,
          latest: s.latest ?? null,
          sources: data.sources.map((src) => ({
            id: src.id,
            title: src.title,
            publisher: src.publisher ?? null,
            publishedAt: src.publishedAt ?? null,
          })),
        });
      });
    },

    async loadOverview() {
      await task('Loading the overview', async () => {
        const whole = fitsCanvas(await caseCounts(caseApi));
        const sub = whole ? await readWholeCase(caseApi) : await subgraphOf(await mostConnected(caseApi));
        if (sub.entities.length > 0) showOpening(sub);
      });
    },

    async openWholeCase() {
      await task('Opening the whole case', async () => {
        const counts = await caseCounts(caseApi);
        if (!fitsCanvas(counts)) {
          store.getState().notify('info', tooLargeText(counts));
          return;
        }
        showOpening(await readWholeCase(caseApi));
      });
    },

    async loadTimeline() {
      await task('Loading the timeline', async () => {
        const items: TimelineEntry[] = [];
        let after: string | null = null;
        let truncated = false;
        for (let page = 0; ; page++) {
          if (page === TIMELINE_PAGES) {
            truncated = true;
            break;
          }
          const data: TimelineResult = await caseApi.request(TimelineQuery, { first: 500, after });
          const { timeline } = data.case;
          items.push(...timeline.items);
          if (!timeline.pageInfo.hasNextPage) break;
          after = timeline.pageInfo.endCursor ?? null;
        }
        store.getState().setTimeline({ items, truncated });
      });
    },

    async restore(view) {
      await task('Opening the shared view', async () => {
        const sub = await subgraphOf(view.entityIds);
        const s = store.getState();
        s.setFilters(view.filters);
        const placed = view.entityIds.every((id) => view.positions[id]);
        s.commit((doc) => {
          const merged = mergeSubgraph(doc, sub).doc;
          return { ...merged, positions: { ...view.positions }, hidden: view.hidden, pinned: view.pinned };
        }, null);
        // A view with every position is shown as it was (a layout run again, even incrementally, moved
        // its nodes a little on every reload); otherwise it is laid out.
        s.requestLayout(view.layout, placed ? 'keep' : 'full', true);
      });
    },

    async refresh() {
      await task('Refreshing the case', async () => {
        const ids = Object.keys(store.getState().doc.entities);
        const sub = await subgraphOf(ids);
        store.getState().commit((doc) => refreshFrom(doc, sub), null);
      });
      await Promise.all([this.loadSummary(), this.loadTimeline()]);
    },

    async search(text, signal) {
      const data = await caseApi.request(SearchQuery, { text, first: 8 }, signal);
      return data.case.search;
    },

    async addEntities(entities, options = {}) {
      await task('Adding to the canvas', async () => {
        const doc = store.getState().doc;
        const { relations, truncated } = await connect(
          doc,
          entities.map((e) => e.id),
        );
        const s = store.getState();
        s.commit((d) => mergeSubgraph(d, { entities, relations }).doc);
        if (truncated) s.notify('info', RELATIONS_CUT);
        if (options.select !== false) {
          const first = entities[0];
          s.select(
            entities.map((e) => e.id),
            [],
            first ? { kind: 'entity', id: first.id } : null,
          );
        }
      });
    },

    async expand(ids, only) {
      if (ids.length === 0) return;
      await task('Expanding', async () => {
        const room = CANVAS_BUDGET - elements(store.getState().doc);
        const filter = traversalFilter(only ? { relationTypes: [only.type], direction: only.direction } : {});
        const { neighborhood } =
          room > 0
            ? (
                await caseApi.request(NeighborhoodQuery, {
                  ids: [...ids],
                  depth: 1,
                  filter,
                  limit: Math.min(EXPAND_LIMIT, room),
                })
              ).case
            : { neighborhood: { entities: [], relations: [], truncated: true } };
        const sub = toSubgraph(neighborhood);
        const before = store.getState().doc;
        const { added } = mergeSubgraph(before, sub);
        const { relations: extra, truncated: cut } = await connect(mergeSubgraph(before, sub).doc, added);
        const s = store.getState();
        s.commit((doc) => mergeRelationsAmong(mergeSubgraph(doc, sub).doc, extra));
        const after = store.getState().doc;
        const message = expansionMessage({
          added: added.length,
          newRelations: Object.keys(after.relations).length - Object.keys(before.relations).length,
          offCanvas: relationsOffCanvas(after, ids),
          truncated: neighborhood.truncated,
          filtered: filter !== undefined,
          full: elements(after) >= CANVAS_BUDGET,
        });
        s.notify('info', cut ? `${message} ${RELATIONS_CUT}` : message);
      });
    },

    async addNeighbours(of, ids) {
      if (ids.length === 0) return;
      await task('Showing the neighbours', async () => {
        const doc = store.getState().doc;
        const room = CANVAS_BUDGET - elements(doc);
        // Each neighbour comes with at least the relation that makes it one.
        if (ids.length * 2 > room) {
          store
            .getState()
            .notify(
              'info',
              `${ids.length} more neighbours of ${of.name} would take the canvas past ${CANVAS_BUDGET.toLocaleString('en')} entities and relations: remove some first, or show them by type or by relation.`,
            );
          return;
        }
        const sub = await subgraphOf(ids);
        const { relations, truncated } = await connect(mergeSubgraph(doc, sub).doc, ids);
        const s = store.getState();
        const { added } = mergeSubgraph(s.doc, sub);
        s.commit((d) => mergeRelationsAmong(mergeSubgraph(d, sub).doc, relations));
        const left = relationsOffCanvas(store.getState().doc, [of.id]);
        s.notify(
          'info',
          `Added ${added.length} ${added.length === 1 ? 'neighbour' : 'neighbours'} of ${of.name}.` +
            (left > 0 ? ` ${left} of its relations are still not on the canvas.` : '') +
            (truncated ? ` ${RELATIONS_CUT}` : ''),
        );
      });
    },

    async reveal(entityIds, relations) {
      await task('Showing on the canvas', async () => {
        const wanted = [...new Set([...entityIds, ...relations.flatMap((r) => [r.from, r.to])])];
        const missing = wanted.filter((id) => !store.getState().doc.entities[id]);
        const sub = missing.length > 0 ? await subgraphOf(missing) : { entities: [], relations: [] };
        // The relations joining them to what is drawn already, not only those among them: drawing
        // Les Misérables whole this way left out 89 of its 254 relations.
        const joined = await connect(mergeSubgraph(store.getState().doc, sub).doc, missing);
        const s = store.getState();
        if (joined.truncated) s.notify('info', RELATIONS_CUT);
        s.commit(
          (doc) =>
            mergeSubgraph(doc, {
              entities: sub.entities,
              relations: [...sub.relations, ...joined.relations, ...relations],
            }).doc,
        );
        const onCanvas = store.getState().doc;
        s.select(
          entityIds.filter((id) => onCanvas.entities[id]),
          relations.map((r) => r.id).filter((id) => onCanvas.relations[id]),
        );
        s.requestFocus([...entityIds, ...relations.flatMap((r) => [r.from, r.to])]);
      });
    },

    remove(entityIds, relationIds = []) {
      store.getState().commit((doc) => removeRelations(removeEntities(doc, entityIds), relationIds), null);
    },
    hide(ids) {
      store.getState().commit((doc) => hideEntities(doc, ids), null);
    },
    showHidden() {
      store.getState().commit(showAll, null);
    },
    pin(ids, pinned) {
      store.getState().commit((doc) => setPinned(doc, ids, pinned), null);
    },
    collapse(ids) {
      const s = store.getState();
      const result = collapse(s.doc, ids);
      if (result.removed.length === 0) {
        s.notify('info', 'Nothing to collapse: no neighbour hangs on this entity alone.');
        return;
      }
      s.commit(() => result.doc, null);
    },
    clear() {
      const s = store.getState();
      s.commit((doc) => removeEntities(doc, Object.keys(doc.entities)), null);
      s.setHighlight(null);
    },

    async findShortestPath(from, to) {
      await task('Finding the shortest path', async () => {
        const data = await caseApi.request(ShortestPathQuery, {
          from: from.id,
          to: to.id,
          filter: traversalFilter(),
          maxDepth: 8,
        });
        const s = store.getState();
        const path = data.case.shortestPath;
        if (!path) {
          s.setHighlight(null);
          s.setPathResults({ label: `No path from ${from.name} to ${to.name}`, paths: [], truncated: false });
          s.notify(
            'info',
            `No path from ${from.name} to ${to.name} within 8 steps under the current filters.`,
          );
          return;
        }
        s.commit((doc) => mergeSubgraph(doc, toSubgraph(path)).doc);
        const cards = pathCards([pathResult(path)]);
        s.setPathResults({ label: 'Shortest path', paths: cards, truncated: false });
        if (cards[0]) explorer.showPath(cards[0]);
      });
    },

    async findAllPaths(from, to) {
      await task('Finding paths', async () => {
        const data = await caseApi.request(PathsQuery, {
          from: from.id,
          to: to.id,
          filter: traversalFilter(),
          maxLength: 4,
          first: 50,
        });
        const s = store.getState();
        const paths = data.case.paths.paths;
        if (paths.length === 0) {
          s.setHighlight(null);
          s.setPathResults({ label: 'No paths of up to 4 steps', paths: [], truncated: false });
          return;
        }
        const union: SubgraphLike = {
          entities: paths.flatMap((p) => p.entities.map(toCanvasEntity)),
          relations: paths.flatMap((p) => p.relations.map(toCanvasRelation)),
        };
        s.commit((doc) => mergeSubgraph(doc, union).doc);
        const cards = pathCards(paths.map(pathResult));
        const ways = cards.length < paths.length ? `, ${cards.length} routes` : '';
        s.setPathResults({
          label: `${paths.length} paths of up to 4 steps${ways}, shortest first`,
          paths: cards,
          truncated: data.case.paths.truncated,
        });
        // One path at a time: all of them at once is a tangle. The best is shown; a card shows another.
        if (cards[0]) explorer.showPath(cards[0]);
      });
    },

    showPath(path) {
      const s = store.getState();
      s.setHighlight({
        entities: path.entities,
        relations: path.relations,
        label: `${path.length}-step path: ${pathText(path)}`,
      });
      s.select(path.entities, path.relations);
      s.requestFocus(path.entities);
    },

    async draw(answer, replace) {
      const found = findGraph(answer);
      let missing: SubgraphLike = { entities: [], relations: [] };
      if (found.missingEntityIds.length > 0) {
        const known = new Set(Object.keys(store.getState().doc.entities));
        const toFetch = found.missingEntityIds.filter((id) => !known.has(id));
        if (toFetch.length > 0) missing = await subgraphOf(toFetch);
      }
      const sub: SubgraphLike = {
        entities: [...found.entities, ...missing.entities],
        relations: found.relations,
      };
      if (sub.entities.length === 0 && sub.relations.length === 0) return { entities: 0, relations: 0 };
      const s = store.getState();
      s.setHighlight(null);
      s.commit(
        (doc) => {
          const base = replace ? removeEntities(doc, Object.keys(doc.entities)) : doc;
          return mergeSubgraph(base, sub).doc;
        },
        replace ? 'full' : 'incremental',
      );
      const drawnRelations = sub.relations.filter((r) => store.getState().doc.relations[r.id]).length;
      s.select(
        sub.entities.map((e) => e.id),
        [],
      );
      return { entities: sub.entities.length, relations: drawnRelations };
    },
  };
  return explorer;
}
