/** What the store's operations run on, handed to each explicitly (graph-store.ts builds it once). */
import type { CypherEngine, Params, Row } from '../engine/cypher-engine.ts';
import type { StoreLimits } from './limits.ts';
import type { Queries } from './statements.ts';

export interface StoreParts {
  readonly engine: CypherEngine;
  readonly queries: Queries;
  readonly limits: StoreLimits;
}

/** One statement of cypher/queries in a read transaction of its own. */
export function readRows(
  parts: Pick<StoreParts, 'engine' | 'queries'>,
  name: string,
  params: Params = {},
): Promise<Row[]> {
  return parts.engine.read((tx) => tx.run(parts.queries.get(name), params));
}
