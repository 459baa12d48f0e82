/**
 * What the Neo4j benchmark asks besides Redstring's own GraphQL (workload.ts): the same questions,
 * on the same inputs, as the most direct Cypher we could write for each (the engine's floor), and
 * as GraphQL for @neo4j/graphql over Redstring's storage layout, with the type definitions a user
 * of that library would write for it. Where the library cannot say a question, `NGQL_CANNOT` says
 * why instead of a document that would answer something else.
 */
import type { Params } from '../../server/engine/cypher-engine.ts';
import { RELATION_TYPES } from '../support/generate.ts';
import { variablesFor, type Inputs, type QueryKind } from './workload.ts';

/** The environment Redstring reads (`readConfig`), pointed at the benchmark's Neo4j. */
export function neo4jEnv(uri: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    REDSTRING_STORE: 'neo4j',
    NEO4J_URI: uri,
    NEO4J_USER: 'neo4j',
    NEO4J_PASSWORD: process.env.NEO4J_PASSWORD || 'redstring-dev',
    NEO4J_DATABASE: 'neo4j',
  };
}

/** The store's caps (DEFAULT_STORE_LIMITS) and the workload's arguments, said once for the Cypher below. */
export const CAPS = { fanout: 200, limit: 500, maxDepth: 6, pageRelations: 20 } as const;

/**
 * Search text as a Lucene query for Neo4j's full-text index (`entity_names`, over names and
 * aliases): every word must match, as a prefix or (five letters and more) within one edit, which
 * is what Redstring's own index does (prefix, one typo per five letters). Lucene does not analyse
 * prefix and fuzzy terms, so they are lower-cased here; its operators are dropped from the words.
 */
export function lucenePhrase(text: string): string {
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((word) => word.length > 0);
  if (words.length === 0) return '""';
  return words.map((w) => (w.length >= 5 ? `+(${w}* ${w}~1)` : `+${w}*`)).join(' ');
}

/** What a relation is in every answer below: what Redstring's documents ask of one. */
const RELATION_MAP =
  'r {.id, .date, .startDate, .endDate, .status, type: type(r), from: startNode(r).id, to: endNode(r).id}';

/**
 * The most direct Cypher for each question: one statement, one round trip, the same caps as the
 * store (fan-out 200 per entity in the order of relation ids, 500 entities, 6 hops), returning
 * only what the GraphQL document shows. Questions one statement cannot say with those caps (paths
 * up to 4: every simple path through a hub) use the store's statements instead (`rawStatements`).
 */
export const DIRECT: Partial<Record<QueryKind, string>> = {
  search: `CALL db.index.fulltext.queryNodes('entity_names', $phrase, {limit: 10}) YIELD node, score
RETURN node {.id, .type, .name, .aliases} AS entity, score`,
  entity: `MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH (n)-[r]-(m:Entity)
  WITH r, m ORDER BY r.id LIMIT $first
  RETURN collect(${RELATION_MAP}) AS relations, collect(DISTINCT m {.id, .type, .name}) AS neighbors
}
RETURN n {.*} AS entity, COUNT { (n)--(:Entity) } AS degree,
  COLLECT { MATCH (s:Source) WHERE s.id IN coalesce(n.evidenceSources, []) RETURN s {.id, .title} } AS sources,
  relations, neighbors`,
  neighborhood1: `MATCH (s:Entity {id: $id})
CALL (s) {
  MATCH (s)-[r]-(m:Entity)
  WITH r, m ORDER BY r.id LIMIT $fanout
  RETURN collect(${RELATION_MAP}) AS relations, collect(DISTINCT m {.id, .type, .name}) AS neighbors
}
RETURN [s {.id, .type, .name}] + neighbors AS entities, relations`,
  // The store's breadth-first search in one statement: the seed, its first $fanout relations, then
  // theirs; entities kept in the order the search meets them (rank), the first $limit; relations
  // kept when they reach a kept entity. Only what is kept leaves the database.
  neighborhood2: `MATCH (s:Entity {id: $id})
CALL (s) {
  MATCH (s)-[r]-(m:Entity)
  WITH r, m ORDER BY r.id LIMIT $fanout
  RETURN collect(r) AS hops, collect(m) AS near
}
CALL (s, hops, near) {
  RETURN -1 AS rank, null AS r, s AS x
  UNION ALL
  UNWIND range(0, size(near) - 1) AS i
  RETURN i AS rank, hops[i] AS r, near[i] AS x
  UNION ALL
  UNWIND range(0, size(near) - 1) AS i
  WITH near[i] AS f, min(i) AS first
  WHERE f <> s
  CALL (f) {
    MATCH (f)-[r]-(x:Entity)
    WITH r, x ORDER BY r.id LIMIT $fanout
    RETURN collect(r) AS rs, collect(x) AS xs
  }
  UNWIND range(0, size(xs) - 1) AS k
  RETURN 1000000 + first * 1000 + k AS rank, rs[k] AS r, xs[k] AS x
}
WITH x, min(rank) AS first, collect(r) AS rs
ORDER BY first
LIMIT $limit
WITH collect(x {.id, .type, .name}) AS entities, collect(rs) AS kept
CALL (kept) {
  UNWIND kept AS rs
  UNWIND rs AS r
  WITH DISTINCT r
  RETURN collect(${RELATION_MAP}) AS relations
}
RETURN entities, relations`,
  shortestPath: `MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
OPTIONAL MATCH p = shortestPath((a)-[*..6]-(b))
RETURN [n IN nodes(p) | n {.id, .type, .name}] AS entities, [r IN relationships(p) | ${RELATION_MAP}] AS relations`,
};

/** Parameters of a DIRECT statement for input `i`. */
export function directParams(kind: QueryKind, inputs: Inputs, i: number): Params {
  const v = variablesFor(kind, inputs, i);
  switch (kind) {
    case 'search':
      return { phrase: lucenePhrase(String(v.text)) };
    case 'entity':
      return { id: v.id ?? null, first: CAPS.pageRelations };
    case 'neighborhood1':
    case 'neighborhood2':
      return { id: v.id ?? null, fanout: CAPS.fanout, limit: CAPS.limit };
    default:
      return v;
  }
}

// ------------------------------------------------------------------ @neo4j/graphql

/** MEMBER_OF -> memberOf: the field name a user would give a relationship type. */
export const fieldName = (type: string) =>
  type.toLowerCase().replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** Both ends of every relation type the generated graph has: a field per type and direction. */
const RELATION_FIELDS = RELATION_TYPES.flatMap((type) => [
  { type, field: `${fieldName(type)}Out`, direction: 'OUT' as const },
  { type, field: `${fieldName(type)}In`, direction: 'IN' as const },
]);

/**
 * Type definitions for @neo4j/graphql over Redstring's layout: `:Entity` nodes, one relationship
 * type per relation type, evidence as lists on both, `:Source` nodes. The library gives every
 * relationship field one type and one direction, so an entity has 40 of them (20 types, out and
 * in); an open set of relation types cannot be declared. Two `@cypher` fields, each what a user
 * of the library writes for what declarations cannot say: the sources an entity's evidence names
 * (the layout keeps their ids in a list, not as relationships) and the shortest path.
 * `@fulltext` takes the name only (it refuses list fields), over Redstring's own `entity_names`
 * index, which covers aliases too.
 */
export const NGQL_TYPE_DEFS = `
type Entity
  @node(labels: ["Entity"])
  @fulltext(indexes: [{ indexName: "entity_names", queryName: "entityNames", fields: ["name"] }]) {
  id: ID!
  type: String!
  name: String!
  aliases: [String!]
  description: String
  evidenceSources: [String!]
  evidenceQuotes: [String!]
  evidenceLocators: [String!]
  evidenceSourceNodes: [Source!]!
    @cypher(statement: "MATCH (s:Source) WHERE s.id IN coalesce(this.evidenceSources, []) RETURN s", columnName: "s")
${RELATION_FIELDS.map(
  ({ type, field, direction }) =>
    `  ${field}: [Entity!]! @relationship(type: "${type}", direction: ${direction}, properties: "Relation")`,
).join('\n')}
}

type Relation @relationshipProperties {
  id: ID!
  date: String
  startDate: String
  endDate: String
  status: String
  evidenceSources: [String!]
  evidenceQuotes: [String!]
  evidenceLocators: [String!]
  amount: Int
  role: String
}

type Source @node(labels: ["Source"]) {
  id: ID!
  title: String
  publisher: String
  url: String
  publishedAt: String
  kind: String
}

type PathEntity {
  id: ID!
  type: String!
  name: String!
}

type PathRelation {
  id: ID!
  type: String!
  from: ID!
  to: ID!
  date: String
  status: String
}

type Path {
  entities: [PathEntity!]!
  relations: [PathRelation!]!
}

type Query {
  shortestPath(from: ID!, to: ID!): Path
    @cypher(
      statement: """
      MATCH (a:Entity {id: $from})
      MATCH (b:Entity {id: $to})
      MATCH p = shortestPath((a)-[*..6]-(b))
      RETURN {
        entities: [n IN nodes(p) | n {.id, .type, .name}],
        relations: [r IN relationships(p) | r {.id, .date, .status, type: type(r), from: startNode(r).id, to: endNode(r).id}]
      } AS path
      """
      columnName: "path"
    )
}
`;

const NGQL_RELATION = 'properties { id date startDate endDate status }';

/** Every relationship field of an entity as a connection, with `args` and `selection`. */
const connections = (
  args: string,
  selection: string,
  directions: readonly ('OUT' | 'IN')[] = ['OUT', 'IN'],
) =>
  RELATION_FIELDS.filter((f) => directions.includes(f.direction))
    .map(({ field }) => `${field}Connection(${args}) { ${selection} }`)
    .join('\n      ');

/**
 * The closest GraphQL @neo4j/graphql offers for each question. Where the store takes the first N
 * relations of an entity by id across types, this takes the first N of each type and direction
 * (sorted by id): what Redstring answers is in it, and more at entities with many types.
 */
export const NGQL_DOCUMENTS: Partial<Record<QueryKind | 'typename', string>> = {
  typename: '{ __typename }',
  search: `query Search($phrase: String!) {
    entityNames(phrase: $phrase, first: 10) { edges { score node { id type name aliases } } }
  }`,
  entity: `query EntityPage($id: ID!) {
    entities(where: { id: { eq: $id } }) {
      id type name aliases description evidenceQuotes evidenceLocators
      evidenceSourceNodes { id title }
      ${connections(`first: ${CAPS.pageRelations}, sort: [{ edge: { id: ASC } }]`, `totalCount edges { ${NGQL_RELATION} node { id type name } }`)}
    }
  }`,
  neighborhood1: `query Neighbourhood1($id: ID!) {
    entities(where: { id: { eq: $id } }) {
      id type name
      ${connections(`first: ${CAPS.fanout}, sort: [{ edge: { id: ASC } }]`, `edges { ${NGQL_RELATION} node { id type name } }`)}
    }
  }`,
  // Each relation once: from the entity it leaves, to an entity of the set.
  among: `query CanvasRelations($ids: [ID!]!) {
    entities(where: { id: { in: $ids } }) {
      id
      ${connections('where: { node: { id: { in: $ids } } }', 'edges { properties { id date startDate endDate status evidenceSources } node { id } }', ['OUT'])}
    }
  }`,
  shortestPath: `query ShortestPath($from: ID!, $to: ID!) {
    shortestPath(from: $from, to: $to) { entities { id type name } relations { id type from to date status } }
  }`,
};

/** Questions @neo4j/graphql has no document for, and why. */
export const NGQL_CANNOT: Partial<Record<QueryKind, string>> = {
  neighborhood2:
    'a depth-2 neighbourhood would nest the 40 relationship fields in each of the 40 (1 600 connections), with no limit on the entities of the whole answer and no de-duplication; relation types outside the schema are unreachable',
  paths: 'no paths between two entities; only a hand-written @cypher field',
  timeline:
    'relationships are reachable only from a node, one type and direction per field: no list of every dated relation in date order',
};

/** Which questions go through a `@cypher` field in @neo4j/graphql (said next to their numbers). */
export const NGQL_CYPHER: Partial<Record<QueryKind, string>> = {
  entity: 'evidence sources through a @cypher field',
  shortestPath: 'a @cypher query field (shortestPath)',
};

export function ngqlVariables(kind: QueryKind, inputs: Inputs, i: number): Params {
  const v = variablesFor(kind, inputs, i);
  return kind === 'search' ? { phrase: lucenePhrase(String(v.text)) } : v;
}
