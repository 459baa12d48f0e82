/** Limits the store enforces whatever the caller asks; the API reports them as errors. */
import { StoreInputError } from './types.ts';

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

/** Most relations `relationsAmong` gives for `count` entities: 10 per entity on average, 100 at least. */
export const relationsAmongCap = (count: number): number => Math.max(100, count * 10);

/** The page size asked for (or `fallback`), refused past `maxPageSize`. */
export function pageSize(limits: StoreLimits, first: number | null | undefined, fallback: number): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > limits.maxPageSize)
    throw new StoreInputError(`first must be between 0 and ${limits.maxPageSize}, got ${size}`, 'LIMIT');
  return size;
}

/** Refuses a depth or length outside 1..`max`. */
export function checkRange(value: number, max: number, what: string): void {
  if (!Number.isInteger(value) || value < 1 || value > max)
    throw new StoreInputError(`${what} must be between 1 and ${max}, got ${value}`, 'LIMIT');
}
