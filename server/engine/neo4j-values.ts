/**
 * Conversions between the Neo4j driver's value types and the plain values of the CypherEngine
 * port, both ways. Nothing from the driver (Integer, temporal, spatial or graph objects) may leak
 * above the adapter, and plain JS numbers must reach Neo4j with the type Cypher expects.
 */
import neo4j from 'neo4j-driver';
import type { Node, Path, PathSegment, Relationship, UnboundRelationship } from 'neo4j-driver';
import type { Params, PlainValue } from './cypher-engine.ts';

/** A node as the adapter returns it. */
export interface PlainNode {
  [key: string]: PlainValue;
  elementId: string;
  labels: string[];
  properties: { [key: string]: PlainValue };
}

/** A relationship as the adapter returns it; an unbound one (inside a path) has no endpoints. */
export interface PlainRelationship {
  [key: string]: PlainValue;
  elementId: string;
  type: string;
  startNodeElementId: string | null;
  endNodeElementId: string | null;
  properties: { [key: string]: PlainValue };
}

/**
 * An integer Neo4j returned: a number while it is exact (|n| <= 2^53 - 1), its decimal string past
 * that, so that a large id or count is never silently rounded.
 */
function integerToPlain(value: {
  inSafeRange(): boolean;
  toNumber(): number;
  toString(): string;
}): PlainValue {
  return value.inSafeRange() ? value.toNumber() : value.toString();
}

function bigintToPlain(value: bigint): PlainValue {
  return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
}

function propertiesToPlain(properties: Record<string, unknown>): { [key: string]: PlainValue } {
  const out: { [key: string]: PlainValue } = {};
  for (const [key, inner] of Object.entries(properties)) out[key] = fromNeo4j(inner);
  return out;
}

function nodeToPlain(node: Node): PlainNode {
  return {
    elementId: node.elementId,
    labels: [...node.labels],
    properties: propertiesToPlain(node.properties),
  };
}

function relationshipToPlain(relationship: Relationship | UnboundRelationship): PlainRelationship {
  const bound = neo4j.isRelationship(relationship);
  return {
    elementId: relationship.elementId,
    type: relationship.type,
    startNodeElementId: bound ? relationship.startNodeElementId : null,
    endNodeElementId: bound ? relationship.endNodeElementId : null,
    properties: propertiesToPlain(relationship.properties),
  };
}

function segmentToPlain(segment: PathSegment): PlainValue {
  return {
    start: nodeToPlain(segment.start),
    relationship: relationshipToPlain(segment.relationship),
    end: nodeToPlain(segment.end),
  };
}

function pathToPlain(path: Path): PlainValue {
  return {
    start: nodeToPlain(path.start),
    end: nodeToPlain(path.end),
    segments: path.segments.map(segmentToPlain),
    length: path.length,
  };
}

/**
 * Converts anything the driver returns into a plain JSON-like value:
 * - Integer: a number, or a decimal string past 2^53 (bigint likewise);
 * - Date, Time, LocalTime, DateTime, LocalDateTime, Duration: their ISO 8601 strings (a DateTime
 *   with a zone id keeps it in brackets, as Neo4j prints it: `2024-10-15T09:00:00+02:00[Europe/Kyiv]`);
 * - Point: `{ srid, x, y }` plus `z` for 3D points;
 * - Node: `{ elementId, labels, properties }`; Relationship: `{ elementId, type,
 *   startNodeElementId, endNodeElementId, properties }`; Path: `{ start, end, segments, length }`
 *   with segments `{ start, relationship, end }`;
 * - byte arrays: base64 (as the embedded adapter does); vectors: arrays of numbers; UUIDs: strings;
 * - NaN and infinities: their names as strings, since JSON has no such numbers.
 */
export function fromNeo4j(value: unknown): PlainValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'boolean':
    case 'string':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : String(value);
    case 'bigint':
      return bigintToPlain(value);
    case 'object':
      break;
    default:
      return String(value);
  }
  if (neo4j.isInt(value)) return integerToPlain(value);
  if (Array.isArray(value)) return value.map(fromNeo4j);
  if (neo4j.isNode(value)) return nodeToPlain(value);
  if (neo4j.isRelationship(value) || neo4j.isUnboundRelationship(value)) return relationshipToPlain(value);
  if (neo4j.isPath(value)) return pathToPlain(value);
  if (neo4j.isPathSegment(value)) return segmentToPlain(value);
  if (neo4j.isPoint(value)) {
    const point: { [key: string]: PlainValue } = { srid: fromNeo4j(value.srid), x: value.x, y: value.y };
    if (value.z !== undefined) point.z = value.z;
    return point;
  }
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value)
  )
    return value.toString();
  if (neo4j.isUUID(value) || neo4j.isUnsupportedType(value)) return value.toString();
  if (neo4j.isVector(value)) return Array.from(value.asTypedArray() as ArrayLike<number | bigint>, fromNeo4j);
  if (value instanceof Uint8Array)
    return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64');
  if (value instanceof Date) return value.toISOString();
  return propertiesToPlain(value as Record<string, unknown>);
}

/** A parameter value as the driver should send it. */
export type Neo4jParam =
  | null
  | boolean
  | number
  | string
  | ReturnType<typeof neo4j.int>
  | Neo4jParam[]
  | {
      [key: string]: Neo4jParam;
    };

/**
 * Converts a plain value into a driver parameter. The driver sends every JS number as a float, and
 * Neo4j refuses a float where it needs an integer (`LIMIT $limit`, list indexes) and stores a
 * float where the embedded engine stores an integer; so an integral number within 2^53 goes as an
 * Integer and any other number as a float.
 */
export function toNeo4j(value: PlainValue): Neo4jParam {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toNeo4j);
  if (value !== null && typeof value === 'object') {
    const out: { [key: string]: Neo4jParam } = {};
    for (const [key, inner] of Object.entries(value)) out[key] = toNeo4j(inner);
    return out;
  }
  return value;
}

export function toNeo4jParams(params: Params): Record<string, Neo4jParam> {
  const out: Record<string, Neo4jParam> = {};
  for (const [key, value] of Object.entries(params)) out[key] = toNeo4j(value);
  return out;
}
