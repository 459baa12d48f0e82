/**
 * Whether the three ways answer the same question: each answer reduced to what can be compared
 * (ids of entities and relations, a degree, a path's length, a count), then each way's answer to
 * an input compared with Redstring's. A way that returns everything Redstring returns and more
 * (@neo4j/graphql takes its first N per relation type and direction, not overall) is a superset.
 */
import type { QueryKind } from './workload.ts';

export interface Answer {
  entities?: string[];
  relations?: string[];
  degree?: number;
  /** Relations on the shortest path; null when none was found. */
  length?: number | null;
  /** Paths, or timeline items. */
  count?: number;
}

export interface Agreement {
  compared: number;
  /** Inputs this way failed on (an error instead of an answer), and the first error's message. */
  errors: number;
  firstError?: string;
  same: number;
  superset: number;
  differs: number;
  /** Relations per answer, on average, of this way and of Redstring. */
  meanRelations: number | null;
  redstringMeanRelations: number | null;
  /** Search: the share of Redstring's top 10 this way also returns (another index, another ranking). */
  searchOverlap?: number;
  /** The first inputs that differ, to look at. */
  examples: string[];
}

const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const ids = (value: unknown): string[] => list(value).map((item) => String(record(item).id));

/** Redstring's answer, from the data of its GraphQL documents (workload.ts). */
export function redstringAnswer(kind: QueryKind, data: unknown): Answer {
  const d = record(data);
  switch (kind) {
    case 'search':
      return { entities: list(d.search).map((hit) => String(record(record(hit).entity).id)) };
    case 'entity': {
      const e = record(d.entity);
      return { degree: Number(e.degree), relations: ids(e.relations), entities: ids(e.neighbors) };
    }
    case 'neighborhood1':
    case 'neighborhood2': {
      const n = record(d.neighborhood);
      return { entities: ids(n.entities), relations: ids(n.relations) };
    }
    case 'shortestPath':
      return { length: d.shortestPath ? Number(record(d.shortestPath).length) : null };
    case 'paths':
      return { count: list(record(d.paths).paths).length };
    case 'timeline':
      return { count: list(record(d.timeline).items).length };
    case 'among':
      return { relations: ids(record(d.subgraph).relations) };
  }
}

/** Every edge of every connection field of an entity from @neo4j/graphql, with its totals. */
function connectionEdges(entity: Record<string, unknown>) {
  const relations: string[] = [];
  const neighbours: string[] = [];
  let total = 0;
  for (const [key, value] of Object.entries(entity)) {
    if (!key.endsWith('Connection')) continue;
    const connection = record(value);
    total += Number(connection.totalCount ?? 0);
    for (const edge of list(connection.edges)) {
      relations.push(String(record(record(edge).properties).id));
      neighbours.push(String(record(record(edge).node).id));
    }
  }
  return { relations, neighbours, total };
}

/** @neo4j/graphql's answer, from the data of its documents (neo4j-workload.ts). */
export function ngqlAnswer(kind: QueryKind, data: unknown): Answer {
  const d = record(data);
  switch (kind) {
    case 'search':
      return { entities: list(record(d.entityNames).edges).map((e) => String(record(record(e).node).id)) };
    case 'entity': {
      const entity = record(list(d.entities)[0]);
      const { relations, neighbours, total } = connectionEdges(entity);
      return { degree: total, relations, entities: [...new Set(neighbours)] };
    }
    case 'neighborhood1': {
      const entity = record(list(d.entities)[0]);
      const { relations, neighbours } = connectionEdges(entity);
      return { entities: [...new Set([String(entity.id), ...neighbours])], relations };
    }
    case 'shortestPath':
      return { length: d.shortestPath ? list(record(d.shortestPath).relations).length : null };
    case 'among':
      return { relations: list(d.entities).flatMap((entity) => connectionEdges(record(entity)).relations) };
    default:
      return {};
  }
}

const contains = (outer: readonly string[] | undefined, inner: readonly string[] | undefined) => {
  const set = new Set(outer ?? []);
  return (inner ?? []).every((id) => set.has(id));
};

/** How `other` compares with Redstring's `reference` for the same input. */
export function compareAnswers(
  kind: QueryKind,
  reference: Answer,
  other: Answer,
): 'same' | 'superset' | 'differs' {
  switch (kind) {
    case 'search':
      // Two different indexes rank differently; overlap is reported instead.
      return 'same';
    case 'shortestPath':
      return reference.length === other.length ? 'same' : 'differs';
    case 'paths':
    case 'timeline':
      return reference.count === other.count ? 'same' : 'differs';
    default: {
      if (reference.degree !== undefined && reference.degree !== other.degree) return 'differs';
      const covers =
        contains(other.relations, reference.relations) && contains(other.entities, reference.entities);
      if (!covers) return 'differs';
      const same =
        new Set(other.relations ?? []).size === new Set(reference.relations ?? []).size &&
        new Set(other.entities ?? []).size === new Set(reference.entities ?? []).size;
      return same ? 'same' : 'superset';
    }
  }
}

function meanOf(sizes: (number | undefined)[]): number | null {
  const known = sizes.filter((n): n is number => n !== undefined);
  return known.length > 0 ? known.reduce((a, b) => a + b, 0) / known.length : null;
}

/** Compares every pair and sums it up. */
export function agreement(
  kind: QueryKind,
  pairs: { input: string; reference: Answer; other: Answer }[],
  errors = 0,
  firstError?: string,
): Agreement {
  const out: Agreement = {
    compared: pairs.length,
    errors,
    ...(firstError === undefined ? {} : { firstError }),
    same: 0,
    superset: 0,
    differs: 0,
    meanRelations: null,
    redstringMeanRelations: null,
    examples: [],
  };
  for (const { input, reference, other } of pairs) {
    const verdict = compareAnswers(kind, reference, other);
    out[verdict]++;
    if (verdict === 'differs' && out.examples.length < 3) out.examples.push(input);
  }
  out.meanRelations = meanOf(pairs.map((p) => p.other.relations?.length));
  out.redstringMeanRelations = meanOf(pairs.map((p) => p.reference.relations?.length));
  if (kind === 'search' && pairs.length > 0) {
    const overlaps = pairs.map(({ reference, other }) => {
      const theirs = new Set(other.entities ?? []);
      const ours = reference.entities ?? [];
      return ours.length === 0 ? 1 : ours.filter((id) => theirs.has(id)).length / ours.length;
    });
    out.searchOverlap = overlaps.reduce((a, b) => a + b, 0) / overlaps.length;
  }
  return out;
}
