/**
 * The Neo4j adapter's value conversions, on the driver's own types built directly (no server):
 * nothing from the driver may reach the store, and numbers must reach Neo4j with the right type.
 */
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { fromNeo4j, toNeo4j, toNeo4jParams } from '../../server/engine/neo4j-values.ts';

const { Node, Relationship, UnboundRelationship, Path, PathSegment, Point, Duration } = neo4j.types;

/** True when `value` is made of JSON-like values only: what the port promises. */
function isPlain(value: unknown): boolean {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return true;
  if (Array.isArray(value)) return value.every(isPlain);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.values(value as object).every(isPlain);
  return false;
}

describe('fromNeo4j', () => {
  it('turns integers into numbers while they are exact, and into decimal strings past 2^53', () => {
    expect(fromNeo4j(neo4j.int(42))).toBe(42);
    expect(fromNeo4j(neo4j.int(-7))).toBe(-7);
    expect(fromNeo4j(neo4j.int(Number.MAX_SAFE_INTEGER))).toBe(9007199254740991);
    expect(fromNeo4j(neo4j.int('9007199254740993'))).toBe('9007199254740993');
    expect(fromNeo4j(neo4j.int('-9223372036854775808'))).toBe('-9223372036854775808');
    expect(fromNeo4j(12n)).toBe(12);
    expect(fromNeo4j(2n ** 62n)).toBe('4611686018427387904');
  });

  it('keeps scalars, and names the numbers JSON cannot hold', () => {
    expect(fromNeo4j('text')).toBe('text');
    expect(fromNeo4j(true)).toBe(true);
    expect(fromNeo4j(1.5)).toBe(1.5);
    expect(fromNeo4j(null)).toBeNull();
    expect(fromNeo4j(undefined)).toBeNull();
    expect(fromNeo4j(Number.NaN)).toBe('NaN');
    expect(fromNeo4j(Number.POSITIVE_INFINITY)).toBe('Infinity');
  });

  it('writes temporal values as ISO 8601 strings', () => {
    expect(fromNeo4j(new neo4j.types.Date(2024, 10, 15))).toBe('2024-10-15');
    expect(fromNeo4j(new neo4j.types.LocalTime(9, 30, 5, 0))).toBe('09:30:05');
    expect(fromNeo4j(new neo4j.types.Time(9, 30, 5, 120_000_000, 7200))).toBe('09:30:05.120000000+02:00');
    expect(fromNeo4j(new neo4j.types.LocalDateTime(2024, 10, 15, 9, 30, 0, 0))).toBe('2024-10-15T09:30:00');
    expect(fromNeo4j(new neo4j.types.DateTime(2024, 10, 15, 9, 30, 0, 0, 0))).toBe('2024-10-15T09:30:00Z');
    expect(fromNeo4j(new neo4j.types.DateTime(2024, 10, 15, 9, 30, 0, 0, 10_800))).toBe(
      '2024-10-15T09:30:00+03:00',
    );
    expect(fromNeo4j(new neo4j.types.DateTime(2024, 10, 15, 9, 30, 0, 0, undefined, 'Europe/Moscow'))).toBe(
      '2024-10-15T09:30:00[Europe/Moscow]',
    );
    expect(fromNeo4j(new Duration(14, 3, 3_600, 0))).toBe('P1Y2M3DT1H');
    expect(fromNeo4j(new Duration(0, 0, 1, 500_000_000))).toBe('PT1.500000000S');
    expect(fromNeo4j(new neo4j.types.Date(neo4j.int(2024), neo4j.int(1), neo4j.int(2)))).toBe('2024-01-02');
  });

  it('writes points as plain coordinates with their SRID', () => {
    expect(fromNeo4j(new Point(neo4j.int(4326), 37.6, 55.7))).toEqual({ srid: 4326, x: 37.6, y: 55.7 });
    expect(fromNeo4j(new Point(9157, 1, 2, 3))).toEqual({ srid: 9157, x: 1, y: 2, z: 3 });
  });

  it('writes nodes, relationships and paths as plain objects, their properties converted too', () => {
    const a = new Node(neo4j.int(1), ['Entity', 'Person'], { id: 'a', born: neo4j.int(1952) }, '4:db:1');
    const b = new Node(neo4j.int(2), ['Entity', 'Country'], { id: 'b' }, '4:db:2');
    const r = new Relationship(
      neo4j.int(3),
      neo4j.int(1),
      neo4j.int(2),
      'LEADS',
      { id: 'r', since: new neo4j.types.Date(2012, 4, 11) },
      '5:db:3',
      '4:db:1',
      '4:db:2',
    );
    const plainA = { elementId: '4:db:1', labels: ['Entity', 'Person'], properties: { id: 'a', born: 1952 } };
    const plainB = { elementId: '4:db:2', labels: ['Entity', 'Country'], properties: { id: 'b' } };
    const plainR = {
      elementId: '5:db:3',
      type: 'LEADS',
      startNodeElementId: '4:db:1',
      endNodeElementId: '4:db:2',
      properties: { id: 'r', since: '2012-04-11' },
    };
    expect(fromNeo4j(a)).toEqual(plainA);
    expect(fromNeo4j(r)).toEqual(plainR);
    expect(fromNeo4j(new UnboundRelationship(neo4j.int(3), 'LEADS', { id: 'r' }, '5:db:3'))).toEqual({
      elementId: '5:db:3',
      type: 'LEADS',
      startNodeElementId: null,
      endNodeElementId: null,
      properties: { id: 'r' },
    });
    const segment = new PathSegment(a, r, b);
    expect(fromNeo4j(segment)).toEqual({ start: plainA, relationship: plainR, end: plainB });
    const path = fromNeo4j(new Path(a, b, [segment]));
    expect(path).toEqual({
      start: plainA,
      end: plainB,
      segments: [{ start: plainA, relationship: plainR, end: plainB }],
      length: 1,
    });
    expect(isPlain(path)).toBe(true);
  });

  it('converts inside lists and maps, bytes to base64, and leaves nothing from the driver behind', () => {
    const row = {
      counts: [neo4j.int(1), neo4j.int(2)],
      nested: { when: new neo4j.types.LocalDateTime(2024, 1, 2, 3, 4, 5, 0), where: new Point(7203, 1, 2) },
      bytes: new Uint8Array([1, 2, 3]),
    };
    const plain = fromNeo4j(row);
    expect(plain).toEqual({
      counts: [1, 2],
      nested: { when: '2024-01-02T03:04:05', where: { srid: 7203, x: 1, y: 2 } },
      bytes: 'AQID',
    });
    expect(isPlain(plain)).toBe(true);
  });

  it('writes vectors as lists of numbers and UUIDs as strings', () => {
    expect(fromNeo4j(new neo4j.types.Vector(Float64Array.from([1, 2.5])))).toEqual([1, 2.5]);
    expect(fromNeo4j(new neo4j.types.Vector(BigInt64Array.from([3n, 2n ** 60n])))).toEqual([
      3,
      '1152921504606846976',
    ]);
    const id = '0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9';
    expect(fromNeo4j(neo4j.uuid(id))).toBe(id);
  });
});

describe('toNeo4j', () => {
  it('sends integral numbers as Integers (LIMIT $limit needs one) and others as floats', () => {
    const limit = toNeo4j(51);
    expect(neo4j.isInt(limit)).toBe(true);
    expect(String(limit)).toBe('51');
    expect(toNeo4j(0.5)).toBe(0.5);
    // Past 2^53 a JS number is not an exact integer any more: it goes as the float it is.
    expect(toNeo4j(2 ** 60)).toBe(2 ** 60);
    expect(neo4j.isInt(toNeo4j(Number.MAX_SAFE_INTEGER))).toBe(true);
  });

  it('converts inside lists and maps and keeps everything else', () => {
    const params = toNeo4jParams({
      ids: ['a', 'b'],
      rows: [{ id: 'x', props: { count: 6000, share: 0.25, tags: ['t'], ok: true } }],
      after: null,
    });
    expect(params.ids).toEqual(['a', 'b']);
    expect(params.after).toBeNull();
    const [row] = params.rows as { props: Record<string, unknown> }[];
    expect(neo4j.isInt(row?.props.count)).toBe(true);
    expect(row?.props.share).toBe(0.25);
    expect(row?.props.tags).toEqual(['t']);
    expect(row?.props.ok).toBe(true);
  });

  it('round-trips plain values through the driver types', () => {
    const value = { a: 1, b: [2, 3.5], c: { d: 'e', f: null } };
    expect(fromNeo4j(toNeo4j(value))).toEqual(value);
  });
});
