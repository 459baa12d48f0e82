/**
 * The opening overview of a case too large to open whole: its most connected entities. Pages
 * through at most 2,000 entities' degrees: enough for the opening view, bounded for a huge case.
 */
import { EntityDegreesQuery } from '../api/operations.ts';
import type { EntityDegreesQuery as EntityDegreesResult } from '../generated/graphql.ts';
import type { CaseApi } from './case-scope.ts';

/** How many of the most connected entities the overview shows. */
export const OVERVIEW_SIZE = 30;

/** The ids of the `size` most connected entities among the first 2,000, most connected first. */
export async function mostConnected(caseApi: CaseApi, size = OVERVIEW_SIZE): Promise<string[]> {
  const degrees: { id: string; degree: number }[] = [];
  let after: string | null = null;
  for (let page = 0; page < 4; page++) {
    const data: EntityDegreesResult = await caseApi.request(EntityDegreesQuery, { first: 500, after });
    const { entities } = data.case;
    for (const edge of entities.edges) degrees.push(edge.node);
    if (!entities.pageInfo.hasNextPage) break;
    after = entities.pageInfo.endCursor ?? null;
  }
  degrees.sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id));
  return degrees.slice(0, size).map((d) => d.id);
}
