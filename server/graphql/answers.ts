/** How answers are shaped: pages as connections, and the entities a traversal holds kept for the request. */
import { encodeCursor } from '../store/cursors.ts';
import type { Entity } from '../store/types.ts';
import { hold, type Loaders } from './loaders.ts';

/**
 * A traversal already holds its entities; keep them for the request so that each relation's
 * `from` and `to` does not fetch them again (500 relations would be 1000 lookups).
 */
export function holding<T>(loaders: Loaders, entities: Entity[], result: T): T {
  hold(loaders, entities);
  return result;
}

export function connection<T>(
  page: { items: T[]; hasNextPage: boolean; endCursor: string | null; totalCount: number },
  id: (item: T) => string,
) {
  return {
    edges: page.items.map((node) => ({
      node,
      cursor: encodeCursor([id(node)]),
    })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    totalCount: page.totalCount,
  };
}
