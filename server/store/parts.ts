/** What a case's operations run on, handed to each explicitly (case-store.ts builds it once per case). */
import type { Params, Row } from '../engine/cypher-engine.ts';
import type { CaseEngine } from './case-engine.ts';
import type { StoreLimits } from './limits.ts';
import type { Queries } from './statements.ts';

export interface StoreParts {
  /** The engine seen from one case: every statement gets `$caseId` (case-engine.ts). */
  readonly engine: CaseEngine;
  readonly queries: Queries;
  readonly limits: StoreLimits;
}

/** One statement of cypher/queries in a read transaction of its own. */
export function readRows(
  parts: { engine: Pick<CaseEngine, 'read'>; queries: Queries },
  name: string,
  params: Params = {},
): Promise<Row[]> {
  return parts.engine.read((tx) => tx.run(parts.queries.get(name), params));
}
