import type { StoreParts } from '../parts.ts';
import { cypherTraversals } from './cypher-traversals.ts';
import { nativeTraversals } from './native-traversals.ts';
import type { Traversals } from './traversals.ts';

/** The traversals for this engine, chosen once: native when it offers its adjacency lists. */
export function openTraversals(parts: StoreParts): Traversals {
  const cypher = cypherTraversals(parts);
  return parts.engine.adjacency ? nativeTraversals(parts.engine.adjacency, cypher) : cypher;
}
