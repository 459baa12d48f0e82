/** Neighbourhoods and paths: the limits checked here, the algorithms in traversal.ts. */
import { checkRange, pageSize, type StoreLimits } from '../limits.ts';
import {
  neighborhood as walkNeighborhood,
  shortestPath as walkShortestPath,
  simplePaths,
  type PathSteps,
} from '../traversal.ts';
import { StoreInputError, type Entity, type Path, type Subgraph, type TraversalFilter } from '../types.ts';
import type { Traversals } from './traversals.ts';

export async function neighborhood(
  traversals: Traversals,
  limits: StoreLimits,
  ids: readonly string[],
  options: { depth?: number | null; filter?: TraversalFilter | null; limit?: number | null },
): Promise<Subgraph> {
  const depth = options.depth ?? 1;
  if (!Number.isInteger(depth) || depth < 1 || depth > limits.maxNeighborhoodDepth)
    throw new StoreInputError(
      `depth must be between 1 and ${limits.maxNeighborhoodDepth}, got ${depth}`,
      'LIMIT',
    );
  const limit = options.limit ?? 200;
  if (!Number.isInteger(limit) || limit < 1 || limit > limits.maxNeighborhoodSize)
    throw new StoreInputError(
      `limit must be between 1 and ${limits.maxNeighborhoodSize}, got ${limit}`,
      'LIMIT',
    );
  if (ids.length === 0) throw new StoreInputError('neighborhood needs at least one entity id');
  const filter = options.filter ?? {};
  const { seeds, walk } = await traversals.start([...new Set(ids)], 'neighborhood', filter);
  const result = await walkNeighborhood(walk, seeds, {
    depth,
    limit,
    fanout: limits.fanout,
    direction: filter.direction ?? 'BOTH',
  });
  return {
    entities: result.entityIds.map((id) => result.entities.get(id)).filter((e): e is Entity => !!e),
    relations: [...result.relations.values()],
    truncated: result.truncated,
  };
}

export async function shortestPath(
  traversals: Traversals,
  limits: StoreLimits,
  from: string,
  to: string,
  options: { filter?: TraversalFilter | null; maxDepth?: number | null },
): Promise<Path | null> {
  const maxDepth = options.maxDepth ?? 6;
  checkRange(maxDepth, limits.maxPathDepth, 'maxDepth');
  const filter = options.filter ?? {};
  const { seeds, walk } = await traversals.start([from, to], 'shortestPath', filter);
  const steps = await walkShortestPath(walk, seeds[0]!, seeds[1]!, {
    maxDepth,
    direction: filter.direction ?? 'BOTH',
    fanout: limits.pathFanout,
    maxFrontier: 200_000,
  });
  return steps ? toPath(steps) : null;
}

export async function paths(
  traversals: Traversals,
  limits: StoreLimits,
  from: string,
  to: string,
  options: { filter?: TraversalFilter | null; maxLength?: number | null; first?: number | null },
): Promise<{ paths: Path[]; truncated: boolean }> {
  const maxLength = options.maxLength ?? 4;
  checkRange(maxLength, limits.maxSimplePathLength, 'maxLength');
  const first = pageSize(limits, options.first, 20);
  const filter = options.filter ?? {};
  const { seeds, walk } = await traversals.start([from, to], 'paths', filter);
  const result = await simplePaths(walk, seeds[0]!, seeds[1]!, {
    maxLength,
    direction: filter.direction ?? 'BOTH',
    fanout: limits.fanout,
    first,
    maxBall: 20_000,
  });
  return { paths: result.paths.map(toPath), truncated: result.truncated };
}

function toPath(steps: PathSteps): Path {
  return {
    entities: steps.entityIds.map((id) => steps.entities.get(id)).filter((e): e is Entity => !!e),
    relations: steps.relations,
    length: steps.relations.length,
  };
}
