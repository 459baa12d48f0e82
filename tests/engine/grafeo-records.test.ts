/**
 * Traversals read records by handle and convert only the keys their answer names; the rest
 * (evidence, free-form properties) is converted when the API asks for it (mapping.ts,
 * `lazyEntity`). That is right only if a record read by handle is a copy of the record at that
 * moment: these tests hold the engine to it, and the lazy objects to the plain ones.
 */
import { describe, expect, it } from 'vitest';
import type { PlainValue, Properties, StoredRecord } from '../../server/engine/cypher-engine.ts';
import { GrafeoEngine } from '../../server/engine/grafeo-engine.ts';
import { lazyEntity, lazyRelation, toEntity, toRelation } from '../../server/store/mapping.ts';

const GRAPH = {
  name: 'two entities (test)',
  text: `CREATE (a:Entity {caseId: 'c', id: 'a', type: 'Person', name: 'A', evidenceSources: ['s1'], evidenceQuotes: ['q1']})
CREATE (b:Entity {caseId: 'c', id: 'b', type: 'Person', name: 'B'})
CREATE (a)-[:KNOWS {id: 'r1', status: 'reported', evidenceSources: ['s1'], evidenceQuotes: ['q1']}]->(b)
RETURN 1 AS one`,
};

describe('records read by handle (embedded engine)', () => {
  it('keep the values they were read with through later writes and deletes', async () => {
    const engine = GrafeoEngine.open({ dataDir: null });
    try {
      await engine.write((tx) => tx.run(GRAPH));
      const [a, b] = await engine.adjacency.nodes('c', ['a', 'b']);
      const [edge] = engine.adjacency.edges(a!, 'OUT', null);
      const [node] = engine.adjacency.nodeRecords([a!]);
      const [relation] = engine.adjacency.edgeRecords([edge!.edge]);
      expect(relation).toMatchObject({ type: 'KNOWS', from: a, to: b });

      await engine.write((tx) =>
        tx.run({
          name: 'an update (test)',
          text: `MATCH (a:Entity {id: 'a'})-[r]->() SET a.name = 'A2', a.evidenceQuotes = ['q2'],
            r.status = 'denied', r.evidenceQuotes = ['q2'] RETURN 1 AS one`,
        }),
      );
      expect(node!.get('name')).toBe('A');
      expect(node!.properties()).toMatchObject({ name: 'A', evidenceQuotes: ['q1'] });
      expect(relation!.props.get('status')).toBe('reported');
      expect(relation!.props.properties()).toMatchObject({ evidenceQuotes: ['q1'] });
      expect(engine.adjacency.nodeRecords([a!])[0]!.get('name')).toBe('A2');

      await engine.write((tx) =>
        tx.run({
          name: 'a delete (test)',
          text: "MATCH (a:Entity {id: 'a'}) DETACH DELETE a RETURN 1 AS one",
        }),
      );
      expect(node!.properties()).toMatchObject({ id: 'a', evidenceQuotes: ['q1'] });
      expect(relation!.props.get('id')).toBe('r1');
      expect(engine.adjacency.nodeRecords([a!])).toEqual([null]);
    } finally {
      await engine.close();
    }
  });
});

/** A record over a plain map, counting the keys converted. */
function recordOf(stored: Properties) {
  const read: string[] = [];
  const record: StoredRecord = {
    get: (key: string): PlainValue | undefined => {
      read.push(key);
      return stored[key];
    },
    properties: () => {
      read.push('*');
      return stored;
    },
  };
  return { record, read };
}

describe('entities and relations over records read key by key', () => {
  const entity: Properties = {
    id: 'a',
    type: 'Person',
    name: 'A',
    aliases: ['Alpha'],
    description: 'first',
    born: 1990,
    spanStart: '1990-01-01',
    evidenceSources: ['s2', 's1', 's2'],
    evidenceQuotes: ['q1', 'q2', 'q3'],
    evidenceLocators: ['', 'p. 4', ''],
  };
  const relation: Properties = {
    id: 'r1',
    date: '2024-10',
    status: 'confirmed',
    count: 6000,
    evidenceSources: ['s2', 's1'],
    evidenceQuotes: ['q1', 'q2'],
  };

  it('equal the plain ones, field by field, in JSON and spread', () => {
    const lazy = lazyEntity(recordOf(entity).record);
    expect(lazy).toEqual(toEntity(entity));
    expect(JSON.stringify(lazy)).toBe(JSON.stringify(toEntity(entity)));
    expect({ ...lazyRelation(recordOf(relation).record, 'KNOWS', 'a', 'b') }).toEqual(
      toRelation(relation, 'KNOWS', 'a', 'b'),
    );
    expect(JSON.stringify(lazyRelation(recordOf(relation).record, 'KNOWS', 'a', 'b'))).toBe(
      JSON.stringify(toRelation(relation, 'KNOWS', 'a', 'b')),
    );
    // Absent keys read as the plain mapping reads them.
    expect(lazyEntity(recordOf({ id: 'x', type: 'Place' }).record)).toEqual(
      toEntity({ id: 'x', type: 'Place' }),
    );
  });

  it('convert evidence and free-form properties only when asked, once, and can be assigned', () => {
    const { record, read } = recordOf(entity);
    const lazy = lazyEntity(record);
    expect(read).toEqual(['id', 'type', 'name']);
    expect(lazy.evidence).toHaveLength(3);
    expect(lazy.evidence).toBe(lazy.evidence);
    expect(read).not.toContain('*');
    expect(lazy.properties).toEqual({ born: 1990 });
    expect(lazy.properties).toBe(lazy.properties);
    expect(read.filter((key) => key === '*')).toHaveLength(1);
    lazy.description = null;
    expect(lazy.description).toBeNull();

    const { record: r, read: relationRead } = recordOf(relation);
    const lazyR = lazyRelation(r, 'KNOWS', 'a', 'b');
    expect(lazyR.sourceIds).toEqual(['s1', 's2']);
    expect(relationRead).not.toContain('evidenceQuotes');
  });
});
