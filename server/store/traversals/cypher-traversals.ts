/**
 * Traversals over Cypher statements: expand.cypher one hop at a time for the whole frontier,
 * relations-among.cypher and entity-degrees.cypher. What Neo4j runs, and the embedded engine for
 * the filters its adjacency cannot apply.
 */
import { groupBy } from '../group-by.ts';
import { filterParams, toEntity } from '../mapping.ts';
import { readRows, type StoreParts } from '../parts.ts';
import { requireEntities } from '../reads.ts';
import { asRecord, rowToRelation } from '../rows.ts';
import { expandWalk, type Expand, type Hop } from '../traversal.ts';
import type { RelationTypeCount, TraversalFilter } from '../types.ts';
import type { Traversals } from './traversals.ts';

export function cypherTraversals(parts: StoreParts): Traversals {
  const expand = (filter: TraversalFilter): Expand => {
    const params = filterParams(filter);
    return async (ids, direction, fanout) => {
      if (ids.length === 0) return [];
      const rows = await readRows(parts, 'expand', { ...params, ids, direction, fanout });
      return rows.map((row): Hop => ({
        origin: String(row.origin),
        relation: rowToRelation(row),
        neighbor: toEntity(asRecord(row.neighbor)),
      }));
    };
  };
  const relationCounts = async (ids: readonly string[]): Promise<RelationTypeCount[][]> => {
    const rows = await readRows(parts, 'entity-degrees', { ids: [...new Set(ids)] });
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
  };
  return {
    expand,
    relationCounts,
    start: async (ids, what, filter) => ({
      seeds: await requireEntities(parts, ids, what),
      walk: expandWalk(expand(filter)),
    }),
    among: async (ids, filter, limit) =>
      (await readRows(parts, 'relations-among', { ...filterParams(filter), ids: [...ids], limit })).map(
        rowToRelation,
      ),
    degrees: async (ids) => {
      const counts = await relationCounts(ids);
      return counts.map((list) => list.reduce((sum, c) => sum + c.count, 0));
    },
  };
}
