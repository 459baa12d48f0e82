/**
 * Builders for the tiny inline graphs the suites write by hand, with every field the native
 * format's output type needs, so that a test states only what matters to it.
 */
import type {
  EntityInput,
  EvidenceInput,
  GraphFile,
  RelationInput,
  SourceInput,
} from '../../server/model/case-format.ts';

export function source(id: string, extra: Partial<SourceInput> = {}): SourceInput {
  return { id, title: `Title of ${id}`, kind: 'article', ...extra };
}

export function entity(
  id: string,
  type: string,
  name: string,
  extra: Partial<EntityInput> = {},
): EntityInput {
  return { id, type, name, aliases: [], properties: {}, evidence: [], ...extra };
}

/** A relation supported by one quote of `sourceId` (the quote names the relation, to find it). */
export function relation(
  id: string,
  type: string,
  from: string,
  to: string,
  sourceId: string,
  extra: Partial<RelationInput> = {},
): RelationInput {
  return {
    id,
    type,
    from,
    to,
    properties: {},
    evidence: [{ source: sourceId, quote: `quote for ${id}` }],
    ...extra,
  };
}

export function evidence(sourceId: string, quote: string, locator?: string): EvidenceInput {
  return locator ? { source: sourceId, quote, locator } : { source: sourceId, quote };
}

export function graph(parts: Partial<GraphFile>): GraphFile {
  return { sources: [], entities: [], relations: [], ...parts };
}

/**
 * The small graph most traversal tests use. Undirected picture:
 *
 *   xavier -r7(denied)- ada -r1(2020..2022, confirmed)- engines -r3(confirmed)- london -r8- uk
 *                        |                                                       |
 *                    r5(2024, denied)                                        r4(reported)
 *                        |                                                       |
 *     expo(2024-05-02) -r6(2024-05-02, reported)- bjorn -r2(2024-03, reported)- works
 *
 * Directions: ada->engines, bjorn->works, engines->london, works->london, ada->bjorn, bjorn->expo,
 * ada->xavier, london->uk. Sources: s1 supports r1 r3 r6 r7 r8, s2 supports r2 r4 r5. `hermit` has no
 * relations.
 */
export function smallGraph(): GraphFile {
  return graph({
    sources: [source('s1', { publisher: 'Publisher One' }), source('s2')],
    entities: [
      entity('ada', 'Person', 'Ada Lovelace', {
        aliases: ['Countess of Lovelace', 'Ада Лавлейс', '에이다 러브레이스'],
        evidence: [evidence('s1', 'Ada wrote the first program', 'p. 1')],
      }),
      entity('bjorn', 'Person', 'Björn Borg'),
      entity('engines', 'Organization', 'Analytical Engines', { description: 'A workshop' }),
      entity('works', 'Organization', 'Difference Works'),
      entity('london', 'Place', 'London'),
      entity('uk', 'Country', 'United Kingdom'),
      entity('expo', 'Event', 'Great Exhibition', { properties: { date: '2024-05-02' } }),
      entity('xavier', 'Person', 'Xavier'),
      entity('hermit', 'Person', 'Hermit'),
    ],
    relations: [
      relation('r1', 'WORKS_FOR', 'ada', 'engines', 's1', {
        startDate: '2020',
        endDate: '2022',
        status: 'confirmed',
        properties: { role: 'analyst' },
      }),
      relation('r2', 'WORKS_FOR', 'bjorn', 'works', 's2', { date: '2024-03', status: 'reported' }),
      relation('r3', 'LOCATED_IN', 'engines', 'london', 's1', { status: 'confirmed' }),
      relation('r4', 'LOCATED_IN', 'works', 'london', 's2', { status: 'reported' }),
      relation('r5', 'KNOWS', 'ada', 'bjorn', 's2', { date: '2024', status: 'denied' }),
      relation('r6', 'ATTENDED', 'bjorn', 'expo', 's1', { date: '2024-05-02', status: 'reported' }),
      relation('r7', 'FUNDED', 'ada', 'xavier', 's1', { status: 'denied' }),
      relation('r8', 'PART_OF', 'london', 'uk', 's1'),
    ],
  });
}

/**
 * A diamond with a chord and a direct edge, for simple paths: a->b, a->c, b->d, c->d, b->c, a->d,
 * and a tail d->e.
 */
export function diamondGraph(): GraphFile {
  const ids = ['a', 'b', 'c', 'd', 'e'];
  const edges: [string, string][] = [
    ['a', 'b'],
    ['a', 'c'],
    ['b', 'd'],
    ['c', 'd'],
    ['b', 'c'],
    ['a', 'd'],
    ['d', 'e'],
  ];
  return graph({
    sources: [source('s1')],
    entities: ids.map((id) => entity(id, 'Place', `Place ${id.toUpperCase()}`)),
    relations: edges.map(([from, to]) => relation(`${from}-${to}`, 'ROAD_TO', from, to, 's1')),
  });
}
