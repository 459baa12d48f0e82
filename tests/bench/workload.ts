/**
 * What the benchmark asks: the GraphQL operations an investigator's session sends most, and the
 * inputs for them drawn from the generated graph with a seeded PRNG, so that every run and both
 * sides of a comparison (API and raw engine) ask exactly the same questions.
 */
import { prng, type GraphGenerator } from '../support/generate.ts';
import { neighborhoodMembers, type Csr } from './floor.ts';

export const QUERY_KINDS = [
  'search',
  'entity',
  'neighborhood1',
  'neighborhood2',
  'shortestPath',
  'paths',
  'timeline',
  'among',
] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

export const QUERY_LABELS: Record<QueryKind, string> = {
  search: 'search',
  entity: 'entity page + first 20 relations',
  neighborhood1: 'neighbourhood depth 1 (limit 500)',
  neighborhood2: 'neighbourhood depth 2 (limit 500)',
  shortestPath: 'shortest path',
  paths: 'paths up to 4',
  timeline: 'timeline page (50)',
  among: 'relations among a depth-2 neighbourhood (≤ 500 ids)',
};

const ENTITY_FIELDS = 'id type name';
const RELATION_FIELDS = 'id type date startDate endDate status from { id } to { id }';

/** The GraphQL documents, as the explorer's panels would send them. */
export const DOCUMENTS: Record<QueryKind | 'typename' | 'summary', string> = {
  typename: '{ __typename }',
  // What the explorer asks first (operations.ts, SummaryQuery, without the list of sources).
  summary:
    '{ graphSummary { entityCount relationCount sourceCount entityTypes { type count } relationTypes { type count } earliest latest } }',
  search: `query Search($text: String!) {
    search(text: $text, first: 10) { score matchedAlias entity { ${ENTITY_FIELDS} aliases } }
  }`,
  entity: `query EntityPage($id: ID!) {
    entity(id: $id) {
      ${ENTITY_FIELDS} aliases description properties degree
      evidence { quote locator source { id title } }
      relations(first: 20) { ${RELATION_FIELDS} }
      neighbors(first: 20) { ${ENTITY_FIELDS} }
    }
  }`,
  neighborhood1: `query Neighbourhood1($id: ID!) {
    neighborhood(ids: [$id], depth: 1, limit: 500) {
      truncated entities { ${ENTITY_FIELDS} } relations { ${RELATION_FIELDS} }
    }
  }`,
  neighborhood2: `query Neighbourhood2($id: ID!) {
    neighborhood(ids: [$id], depth: 2, limit: 500) {
      truncated entities { ${ENTITY_FIELDS} } relations { ${RELATION_FIELDS} }
    }
  }`,
  shortestPath: `query ShortestPath($from: ID!, $to: ID!) {
    shortestPath(from: $from, to: $to) { length entities { ${ENTITY_FIELDS} } relations { ${RELATION_FIELDS} } }
  }`,
  paths: `query Paths($from: ID!, $to: ID!) {
    paths(from: $from, to: $to, maxLength: 4, first: 20) {
      truncated paths { length entities { id } relations { id type } }
    }
  }`,
  timeline: `query Timeline($from: PartialDate, $to: PartialDate) {
    timeline(filter: { from: $from, to: $to }, first: 50) {
      items { date relation { ${RELATION_FIELDS} } entity { ${ENTITY_FIELDS} } }
      pageInfo { hasNextPage endCursor }
    }
  }`,
  // What the explorer asks after each expansion, for everything it draws (explorer.ts, `connect`).
  among: `query CanvasRelations($ids: [ID!]!) {
    subgraph(ids: $ids) { relations { ${RELATION_FIELDS} evidence { source { id } } } truncated }
  }`,
};

/** Inputs for every kind; each list is cycled through by request number. */
export interface Inputs {
  search: string[];
  /** Entity ids: half uniform, half weighted by degree (a random relation's endpoint). */
  entities: string[];
  /** Random pairs for the shortest path: usually 3 to 6 relations apart. */
  pathPairs: [string, string][];
  /** Pairs 2 to 4 relations apart (the end of a short random walk) for paths up to 4. */
  nearPairs: [string, string][];
  /** Year windows for the timeline; null is the whole timeline. */
  windows: [string | null, string | null][];
  /**
   * What a canvas holds after a depth-2 expansion: the entities within two hops of an entity input
   * (fan-out 200, at most 500), fewer of them than of the other inputs, since each is 500 ids.
   */
  canvases: string[][];
}

export function variablesFor(
  kind: QueryKind,
  inputs: Inputs,
  i: number,
): Record<string, string | string[] | null> {
  const at = <T>(list: readonly T[]) => list[i % list.length]!;
  switch (kind) {
    case 'search':
      return { text: at(inputs.search) };
    case 'entity':
    case 'neighborhood1':
    case 'neighborhood2':
      return { id: at(inputs.entities) };
    case 'shortestPath': {
      const [from, to] = at(inputs.pathPairs);
      return { from, to };
    }
    case 'paths': {
      const [from, to] = at(inputs.nearPairs);
      return { from, to };
    }
    case 'timeline': {
      const [from, to] = at(inputs.windows);
      return { from, to };
    }
    case 'among':
      return { ids: at(inputs.canvases) };
  }
}

/** Search texts the way people type them: names, a word's prefix, a typo, an alias. */
function searchText(gen: GraphGenerator, index: number, rand: () => number): string {
  const entity = gen.entity(index);
  const words = entity.name.split(' ').filter((w) => /^\p{L}{3,}$/u.test(w));
  const word = words[Math.floor(rand() * words.length)] ?? entity.name;
  const u = rand();
  if (u < 0.3) return entity.name;
  if (u < 0.5) return word.slice(0, 3);
  if (u < 0.7) return word.slice(0, Math.max(4, word.length - 2));
  if (u < 0.9 && word.length >= 5) {
    const at = 1 + Math.floor(rand() * (word.length - 2));
    return `${word.slice(0, at)}${word.charAt(at + 1)}${word.charAt(at)}${word.slice(at + 2)}`;
  }
  return entity.aliases[0] ?? entity.name;
}

export function makeInputs(gen: GraphGenerator, csr: Csr, count = 2_000): Inputs {
  const rand = prng(gen.seed, 0xbe9c4);
  const n = gen.size.entities;
  const uniform = () => Math.floor(rand() * n);
  const weighted = () => {
    const [a, b] = gen.endpoints(Math.floor(rand() * gen.size.relations));
    return rand() < 0.5 ? a : b;
  };
  const walk = (start: number, steps: number) => {
    let at = start;
    for (let s = 0; s < steps; s++) {
      const lo = csr.offsets[at]!;
      const hi = csr.offsets[at + 1]!;
      if (hi === lo) break;
      at = csr.targets[lo + Math.floor(rand() * (hi - lo))]!;
    }
    return at;
  };
  const id = (i: number) => gen.entityId(i);
  const inputs: Inputs = {
    search: [],
    entities: [],
    pathPairs: [],
    nearPairs: [],
    windows: [],
    canvases: [],
  };
  for (let i = 0; i < count; i++) {
    inputs.search.push(searchText(gen, uniform(), rand));
    inputs.entities.push(id(i % 2 === 0 ? uniform() : weighted()));
    inputs.pathPairs.push([id(uniform()), id(uniform())]);
    const start = uniform();
    let end = walk(start, 2 + Math.floor(rand() * 3));
    if (end === start) end = walk(start, 2);
    inputs.nearPairs.push([id(start), id(end === start ? (start + 1) % n : end)]);
    const year = 1995 + Math.floor(rand() * 30);
    inputs.windows.push(i % 4 === 0 ? [null, null] : [String(year), String(year)]);
  }
  for (const seed of inputs.entities.slice(0, 200))
    inputs.canvases.push([...neighborhoodMembers(csr, gen.indexOf(seed), 2, 500, 200)].map(id));
  return inputs;
}
