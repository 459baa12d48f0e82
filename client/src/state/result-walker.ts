/**
 * Finds the graph in any GraphQL answer, so that a query typed in the console is drawn: objects with
 * `id`, `type` and `name` are entities; objects with `id`, `type`, `from` and `to` (ids or objects with
 * an `id`) are relations. Whatever else the answer holds is left alone.
 */
import type { RelationStatus } from '../generated/graphql.ts';
import type { CanvasEntity, CanvasRelation } from './graph-model.ts';
import { styleHints } from './style-hints.ts';

export interface FoundGraph {
  entities: CanvasEntity[];
  relations: CanvasRelation[];
  /** Relation ends the answer names but does not describe (the caller fetches them). */
  missingEntityIds: string[];
}

const STATUSES = new Set<string>(['reported', 'confirmed', 'denied', 'estimated']);

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null;
}

function endId(value: unknown): string | null {
  if (isObject(value)) return str(value.id);
  return str(value);
}

function sourceIds(evidence: unknown): string[] {
  if (!Array.isArray(evidence)) return [];
  const ids = evidence
    .flatMap((e) => (isObject(e) ? [endId(e.source)] : []))
    .filter((id): id is string => !!id);
  return [...new Set(ids)];
}

/** Walks the answer depth-first; a later, richer sighting of an entity does not lose fields. */
export function findGraph(answer: unknown, maxNodes = 100_000): FoundGraph {
  const entities = new Map<string, CanvasEntity>();
  const relations = new Map<string, CanvasRelation>();
  const stack: unknown[] = [answer];
  let visited = 0;
  while (stack.length > 0 && visited < maxNodes) {
    const value = stack.pop();
    visited++;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push(value[i]);
      continue;
    }
    if (!isObject(value)) continue;
    const id = str(value.id);
    const type = str(value.type);
    if (id && type && 'from' in value && 'to' in value) {
      const from = endId(value.from);
      const to = endId(value.to);
      if (from && to) {
        const status = str(value.status);
        relations.set(id, {
          id,
          type,
          from,
          to,
          date: str(value.date),
          startDate: str(value.startDate),
          endDate: str(value.endDate),
          status: status && STATUSES.has(status) ? (status as RelationStatus) : null,
          sources: sourceIds(value.evidence),
        });
      }
    } else if (id && type && typeof value.name === 'string') {
      const known = entities.get(id);
      // A console query that asks for `properties` draws with the file's style hints too.
      const hints = styleHints(value.properties) ?? known?.hints;
      entities.set(id, {
        id,
        type,
        name: value.name,
        aliases: Array.isArray(value.aliases)
          ? value.aliases.filter((a): a is string => typeof a === 'string')
          : (known?.aliases ?? []),
        degree: typeof value.degree === 'number' ? value.degree : (known?.degree ?? 0),
        ...(hints ? { hints } : {}),
      });
    }
    for (const child of Object.values(value))
      if (typeof child === 'object' && child !== null) stack.push(child);
  }
  const missing = new Set<string>();
  for (const r of relations.values()) {
    if (!entities.has(r.from)) missing.add(r.from);
    if (!entities.has(r.to)) missing.add(r.to);
  }
  return {
    entities: [...entities.values()],
    relations: [...relations.values()],
    missingEntityIds: [...missing],
  };
}
