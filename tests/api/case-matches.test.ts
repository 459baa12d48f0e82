/**
 * Matches across cases through the API, on each engine, with real data: the Kursk case, a cut of
 * the UN Security Council's DPRK list in a case of its own, and a small dossier that names some of
 * the same people, places and banks the way another investigator would (in another script, a close
 * spelling, a UN reference number). Every match says why; nothing matches itself or its own case;
 * a case with no match does not appear; the index follows writes.
 */
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { importFiles } from '../../server/formats/import-file.ts';
import type { GraphFile } from '../../server/model/case-format.ts';
import { loadKurskCase } from '../../server/seed/kursk.ts';
import { KURSK_CASE } from '../../server/store/cases/upgrade.ts';
import { GraphStore } from '../../server/store/graph-store.ts';
import { openTestEngine } from '../support/engines.ts';
import { graphqlClient } from '../support/graphql.ts';
import { UN_CUT } from '../formats/helpers.ts';

const dossier: GraphFile = {
  sources: [],
  entities: [
    // Kim Jong Un's name in Revised Romanization: the Kursk case has it only in Hangul.
    { id: 'gim-jeong-eun', type: 'Person', name: 'Gim Jeong Eun', aliases: [], properties: {}, evidence: [] },
    // The Russian oblast transliterated: the Kursk case has it in Cyrillic.
    {
      id: 'kurskaya-oblast',
      type: 'Place',
      name: 'Kurskaya Oblast',
      aliases: [],
      properties: {},
      evidence: [],
    },
    // A close spelling of an alias of Sergei Shoigu's.
    { id: 'shoygu', type: 'Person', name: 'Sergey Shoygu', aliases: [], properties: {}, evidence: [] },
    // A UN-listed bank, by its reference number written another way, under another name.
    {
      id: 'bank-1',
      type: 'Organization',
      name: 'Bank under investigation',
      aliases: [],
      properties: { referenceNumber: 'KPe 009' },
      evidence: [],
    },
    // Same id as a Kursk entity, and a twin in its own case: neither may match itself.
    { id: 'kim-jong-un', type: 'Person', name: 'Kim Jong Un', aliases: [], properties: {}, evidence: [] },
    { id: 'kim-jong-un-2', type: 'Person', name: 'KIM JONG UN', aliases: [], properties: {}, evidence: [] },
    // Short and one-word names that must not match: "UN" (the Kursk case's alias of the United
    // Nations), "Putin" (5 letters), "Korea".
    { id: 'un', type: 'Organization', name: 'UN', aliases: [], properties: {}, evidence: [] },
    { id: 'putin', type: 'Person', name: 'Putin', aliases: [], properties: {}, evidence: [] },
    { id: 'korea', type: 'Country', name: 'Korea', aliases: [], properties: {}, evidence: [] },
  ],
  relations: [],
};

interface Reason {
  kind: string;
  how: string;
  here: string;
  hereField: string;
  there: string;
  thereField: string;
  text: string;
}
interface Match {
  case: { id: string; name: string };
  entity: { id: string; name: string; degree: number };
  score: number;
  reasons: Reason[];
}

const MATCH = `case { id name } entity { id name degree } score
  reasons { kind how here hereField there thereField text }`;

let gql: ReturnType<typeof graphqlClient>;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const opened = await openTestEngine();
  cleanup = opened.cleanup;
  const store = await GraphStore.open(opened.engine, {}, { firstCase: KURSK_CASE });
  await store.importGraph(loadKurskCase());
  await store.createCase({ id: 'un-dprk', name: 'UN list, DPRK' });
  await importFiles(await store.inCase('un-dprk'), [{ path: UN_CUT }]);
  await store.createCase({ id: 'dossier', name: 'Dossier' });
  await (await store.inCase('dossier')).importGraph(dossier);
  const app = createApp({ store, config: { requestTimeoutMs: 20_000 }, logger: pino({ level: 'silent' }) });
  gql = graphqlClient((request) => app.fetch(request), 'http://localhost/graphql');
}, 120_000);
afterAll(async () => {
  await cleanup();
});

async function alsoAppearsIn(caseId: string, id: string): Promise<Match[]> {
  const data = await gql.data<{ case: { entity: { alsoAppearsIn: Match[] } } }>(
    `query ($c: ID!, $id: ID!) { case(id: $c) { entity(id: $id) { alsoAppearsIn { ${MATCH} } } } }`,
    { c: caseId, id },
  );
  return data.case.entity.alsoAppearsIn;
}

describe('Entity.alsoAppearsIn', () => {
  it('finds a name written in Hangul in one case and romanised in another, and says so', async () => {
    const matches = await alsoAppearsIn('dossier', 'gim-jeong-eun');
    expect(matches.map((m) => [m.case.id, m.entity.id])).toEqual([['kursk', 'kim-jong-un']]);
    const [match] = matches;
    expect(match!.reasons[0]).toMatchObject({
      kind: 'NAME',
      how: 'TRANSLITERATED',
      here: 'Gim Jeong Eun',
      hereField: 'name',
      there: '김정은',
      thereField: 'alias',
    });
    expect(match!.reasons[0]!.text).toContain('transliterated');
    expect(match!.score).toBeGreaterThan(0.8);
    expect(match!.score).toBeLessThan(1);
    // The entity of a match answers in its own case: Kim Jong Un has relations in the Kursk case,
    // none in the dossier.
    expect(match!.entity.degree).toBeGreaterThan(0);
  });

  it('finds a Cyrillic place name transliterated, and a close spelling', async () => {
    const [oblast] = await alsoAppearsIn('dossier', 'kurskaya-oblast');
    expect(oblast).toMatchObject({ case: { id: 'kursk' }, entity: { id: 'kursk-region' } });
    expect(oblast!.reasons[0]).toMatchObject({ how: 'TRANSLITERATED', there: 'Курская область' });

    const [shoigu] = await alsoAppearsIn('dossier', 'shoygu');
    expect(shoigu).toMatchObject({ case: { id: 'kursk' }, entity: { id: 'sergei-shoigu' } });
    expect(shoigu!.reasons[0]).toMatchObject({ how: 'CLOSE', here: 'Sergey Shoygu', there: 'Sergey Shoigu' });
    expect(shoigu!.reasons[0]!.text).toMatch(/\d+% alike/);
    expect(shoigu!.score).toBeLessThan(0.9);
  });

  it('finds a UN-listed bank by its reference number written another way', async () => {
    const matches = await alsoAppearsIn('dossier', 'bank-1');
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({
      case: { id: 'un-dprk', name: 'UN list, DPRK' },
      entity: { id: 'un-KPe.009', name: 'AMROGGANG DEVELOPMENT BANKING CORPORATION' },
      reasons: [
        {
          kind: 'IDENTIFIER',
          how: 'NORMALISED',
          here: 'KPe 009',
          hereField: 'referenceNumber',
          there: 'KPe.009',
          thereField: 'referenceNumber',
        },
      ],
    });
    expect(matches[0]!.score).toBe(1);
  });

  it('never lists the entity itself nor its own case, and lists only the cases that match', async () => {
    const fromKursk = await alsoAppearsIn('kursk', 'kim-jong-un');
    expect(fromKursk.every((m) => m.case.id !== 'kursk')).toBe(true);
    expect(fromKursk.map((m) => m.entity.id).sort()).toEqual([
      'gim-jeong-eun',
      'kim-jong-un',
      'kim-jong-un-2',
    ]);
    expect(fromKursk.every((m) => m.case.id === 'dossier')).toBe(true);
    const exact = fromKursk.find((m) => m.entity.id === 'kim-jong-un')!;
    expect(exact.score).toBe(1);
    expect(exact.reasons[0]).toMatchObject({
      kind: 'NAME',
      how: 'EXACT',
      hereField: 'name',
      thereField: 'name',
    });

    const fromDossier = await alsoAppearsIn('dossier', 'kim-jong-un');
    expect(fromDossier.map((m) => [m.case.id, m.entity.id])).toEqual([['kursk', 'kim-jong-un']]);
  });

  it('does not match short names, nor one word under 6 letters', async () => {
    for (const id of ['un', 'putin', 'korea']) expect(await alsoAppearsIn('dossier', id)).toEqual([]);
  });
});

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: {
    cursor: string;
    node: { id: string };
    matches: { case: { id: string }; entity: { id: string } }[];
  }[];
}

async function matchesIn(
  caseId: string,
  other: string,
  first = 50,
  after: string | null = null,
): Promise<Page> {
  const data = await gql.data<{ case: { matchesIn: Page } }>(
    `query ($c: ID!, $o: ID!, $first: Int, $after: String) { case(id: $c) {
      matchesIn(case: $o, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { cursor node { id } matches { case { id } entity { id } } }
      } } }`,
    { c: caseId, o: other, first, after },
  );
  return data.case.matchesIn;
}

describe('Case.matchesIn', () => {
  it('answers which entities of one case appear in another, a page at a time', async () => {
    const all = await matchesIn('dossier', 'kursk');
    expect(all.edges.map((e) => [e.node.id, e.matches.map((m) => m.entity.id)])).toEqual([
      ['gim-jeong-eun', ['kim-jong-un']],
      ['kim-jong-un', ['kim-jong-un']],
      ['kim-jong-un-2', ['kim-jong-un']],
      ['kurskaya-oblast', ['kursk-region']],
      ['shoygu', ['sergei-shoigu']],
    ]);
    expect(all.totalCount).toBe(5);
    expect(all.edges.every((e) => e.matches.every((m) => m.case.id === 'kursk'))).toBe(true);

    const first = await matchesIn('dossier', 'kursk', 2);
    expect(first.edges.map((e) => e.node.id)).toEqual(['gim-jeong-eun', 'kim-jong-un']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await matchesIn('dossier', 'kursk', 2, first.pageInfo.endCursor);
    expect(second.edges.map((e) => e.node.id)).toEqual(['kim-jong-un-2', 'kurskaya-oblast']);
    const third = await matchesIn('dossier', 'kursk', 2, second.pageInfo.endCursor);
    expect(third.edges.map((e) => e.node.id)).toEqual(['shoygu']);
    expect(third.pageInfo.hasNextPage).toBe(false);
  });

  it('finds nothing of the Kursk case in the UN DPRK list: no Korean company is "North Korea"', async () => {
    const page = await matchesIn('kursk', 'un-dprk');
    expect(page).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
  });

  it('follows writes: an entity added is found, and gone once deleted', async () => {
    await gql.data(
      `mutation { upsertEntity(case: "dossier", input: { id: "vp", type: "Person", name: "Владимир Путин" }) { id } }`,
    );
    const added = await matchesIn('kursk', 'dossier');
    expect(added.edges.find((e) => e.node.id === 'vladimir-putin')?.matches.map((m) => m.entity.id)).toEqual([
      'vp',
    ]);
    await gql.data(`mutation { deleteEntity(case: "dossier", id: "vp") }`);
    const removed = await matchesIn('kursk', 'dossier');
    expect(removed.edges.map((e) => e.node.id)).not.toContain('vladimir-putin');
  });

  it('refuses a case compared with itself, and names an unknown case', async () => {
    const self = await gql.post(`{ case(id: "kursk") { matchesIn(case: "kursk") { totalCount } } }`);
    expect(self.errors[0]?.message).toContain('compares a case with another');
    const unknown = await gql.post(`{ case(id: "kursk") { matchesIn(case: "nowhere") { totalCount } } }`);
    expect(unknown.errors[0]?.extensions?.code).toBe('CASE_NOT_FOUND');
    expect(unknown.errors[0]?.message).toContain('nowhere');
  });
});
