import { KeptRelations } from '../kept-relations.ts';
import type { StoreParts } from '../parts.ts';
import { cypherTraversals } from './cypher-traversals.ts';
import { nativeTraversals } from './native-traversals.ts';
import type { Traversals } from './traversals.ts';

/**
 * The traversals for this engine, chosen once: native when it offers its adjacency lists, keeping
 * the relations the canvas reads until the case's next write (`writes`) when the store is the
 * graph's only writer.
 */
export function openTraversals(parts: StoreParts, writes: { readonly count: number }): Traversals {
  const cypher = cypherTraversals(parts);
  const { adjacency, soleWriter } = parts.engine;
  if (!adjacency) return cypher;
  return nativeTraversals(adjacency, cypher, soleWriter ? new KeptRelations(writes) : null);
}
