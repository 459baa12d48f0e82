/**
 * The Kursk case as an engine keeps it (run on the embedded engine and on Neo4j): seeded the way
 * the server seeds an empty store, it reads back exactly as the case file says, record for record,
 * and every quote that GraphQL serves is the article's own words.
 */
import { readFileSync } from 'node:fs';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import type { GraphFile } from '../../server/model/case-format.ts';
import { KURSK_CASE_PATH, loadKurskCase } from '../../server/seed/kursk.ts';
import { GraphStore } from '../../server/store/graph-store.ts';
import { openTestEngine, type TestEngine } from '../support/engines.ts';
import { graphqlClient } from '../support/graphql.ts';

const kursk = loadKurskCase();
const article = readFileSync(new URL('../../server/seed/kursk-article.txt', import.meta.url), 'utf8');

/** The same graph whatever order a store lists it in. */
function sorted(graph: GraphFile): GraphFile {
  const byId = <T extends { id: string }>(items: readonly T[]) =>
    [...items].sort((a, b) => a.id.localeCompare(b.id));
  return { sources: byId(graph.sources), entities: byId(graph.entities), relations: byId(graph.relations) };
}

interface EvidenceRead {
  quote: string;
  locator: string | null;
  source: { id: string };
}

interface RelationPage {
  relations: {
    edges: { node: { id: string; evidence: EvidenceRead[] } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('the Kursk case, stored', () => {
  let opened: TestEngine;
  let store: GraphStore;

  beforeAll(async () => {
    opened = await openTestEngine();
    store = await GraphStore.open(opened.engine);
    const report = await store.importGraph(kursk, { file: KURSK_CASE_PATH.pathname });
    expect(report.entities.created).toBe(kursk.entities.length);
    expect(report.relations.created).toBe(kursk.relations.length);
  });
  afterAll(async () => {
    await opened.cleanup();
  });

  it('exports exactly the case file: every source, entity, relation, property and quote', async () => {
    expect(sorted(await store.exportGraph())).toEqual(sorted(kursk));
  });

  it('serves every relation’s evidence through GraphQL word for word, in the file’s order', async () => {
    const app = createApp({ store, config: { requestTimeoutMs: 10_000 }, logger: pino({ level: 'silent' }) });
    const gql = graphqlClient((request) => app.fetch(request), 'http://localhost/graphql');
    const served = new Map<string, EvidenceRead[]>();
    let after: string | null = null;
    for (;;) {
      const page: RelationPage = await gql.data<RelationPage>(
        `query ($after: String) {
          relations(first: 100, after: $after) {
            edges { node { id evidence { quote locator source { id } } } }
            pageInfo { hasNextPage endCursor }
          }
        }`,
        { after },
      );
      for (const { node } of page.relations.edges) served.set(node.id, node.evidence);
      if (!page.relations.pageInfo.hasNextPage) break;
      after = page.relations.pageInfo.endCursor;
    }
    expect(served.size).toBe(kursk.relations.length);
    for (const relation of kursk.relations) {
      const evidence = served.get(relation.id);
      expect(
        evidence?.map((e) => ({ quote: e.quote, locator: e.locator ?? undefined, source: e.source.id })),
        relation.id,
      ).toEqual(relation.evidence.map((e) => ({ quote: e.quote, locator: e.locator, source: e.source })));
      for (const e of evidence ?? [])
        expect(article.includes(e.quote), `${relation.id}: ${e.quote}`).toBe(true);
    }
  });
});
