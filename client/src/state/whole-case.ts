/**
 * Opening a whole case on the canvas when it fits. A case of up to CANVAS_BUDGET entities and
 * relations together is read whole, a page of 500 entities and 500 relations per request (the
 * server's largest page), so Les Misérables (77 + 254) takes one request and a full budget about
 * six. Above the budget the explorer opens on an overview instead and says how much is not shown
 * (coverage.ts).
 */
import { CaseCountsQuery, WholeCasePageQuery } from '../api/operations.ts';
import type { WholeCasePageQuery as WholeCasePageResult } from '../generated/graphql.ts';
import type { CaseApi } from './case-scope.ts';
import { toCanvasEntity, toCanvasRelation, type CanvasEntity, type CanvasRelation } from './graph-model.ts';

/**
 * Most entities and relations, together, the canvas is given at once: a whole case up to this size
 * opens whole, and no expansion brings the canvas past it. Cytoscape still pans smoothly at this
 * size with WebGL; far above it a layout takes too long to be worth waiting for.
 */
export const CANVAS_BUDGET = 5_000;

export interface CaseCounts {
  entities: number;
  relations: number;
}

/** Whether a case of these counts fits on the canvas whole. */
export function fitsCanvas(counts: CaseCounts): boolean {
  return counts.entities + counts.relations <= CANVAS_BUDGET;
}

export async function caseCounts(caseApi: CaseApi): Promise<CaseCounts> {
  const { counts } = (await caseApi.request(CaseCountsQuery, {})).case;
  return { entities: counts.entities, relations: counts.relations };
}

export interface WholeCase {
  entities: CanvasEntity[];
  relations: CanvasRelation[];
}

/**
 * Every entity and relation of the open case. Both lists are paged side by side in one request
 * each round, each left out once read to its end. Relations whose ends were not read (written
 * while the pages were read) are left out, so that every relation drawn has both its ends.
 */
export async function readWholeCase(caseApi: CaseApi): Promise<WholeCase> {
  const entities: CanvasEntity[] = [];
  const relations: CanvasRelation[] = [];
  let entitiesAfter: string | null = null;
  let relationsAfter: string | null = null;
  let withEntities = true;
  let withRelations = true;
  while (withEntities || withRelations) {
    const page: WholeCasePageResult = await caseApi.request(WholeCasePageQuery, {
      entitiesAfter,
      relationsAfter,
      withEntities,
      withRelations,
    });
    const read = page.case;
    if (withEntities && read.entities) {
      for (const edge of read.entities.edges) entities.push(toCanvasEntity(edge.node));
      entitiesAfter = read.entities.pageInfo.endCursor ?? null;
      // A next page without a cursor to it would read the first page again, forever.
      withEntities = read.entities.pageInfo.hasNextPage && entitiesAfter !== null;
    } else withEntities = false;
    if (withRelations && read.relations) {
      for (const edge of read.relations.edges) relations.push(toCanvasRelation(edge.node));
      relationsAfter = read.relations.pageInfo.endCursor ?? null;
      withRelations = read.relations.pageInfo.hasNextPage && relationsAfter !== null;
    } else withRelations = false;
  }
  const ids = new Set(entities.map((e) => e.id));
  return { entities, relations: relations.filter((r) => ids.has(r.from) && ids.has(r.to)) };
}
