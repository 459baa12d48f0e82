/**
 * The operations GraphiQL opens with must run as they are on the case: they are the first thing
 * an investigator tries, and a tab that errors is a broken manual.
 */
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { EXAMPLE_OPERATIONS } from '../../server/graphql/examples.ts';
import { loadKurskCase } from '../../server/seed/kursk.ts';
import { KURSK_CASE } from '../../server/store/cases/upgrade.ts';
import { GraphStore } from '../../server/store/graph-store.ts';
import { openTestEngine } from '../support/engines.ts';
import { graphqlClient } from '../support/graphql.ts';

describe('GraphiQL example operations', () => {
  it('each runs without variables and answers with data from the case', async () => {
    const { engine, cleanup } = await openTestEngine();
    const store = await GraphStore.open(engine, {}, { firstCase: KURSK_CASE });
    try {
      await store.importGraph(loadKurskCase());
      // They name their case: another one beside it changes nothing.
      await store.createCase({ id: 'other', name: 'Another case' });
      const app = createApp({
        store,
        config: { requestTimeoutMs: 10_000 },
        logger: pino({ level: 'silent' }),
      });
      const gql = graphqlClient((request) => app.fetch(request), 'http://localhost/graphql');
      const answers = new Map<string, string>();
      for (const operation of EXAMPLE_OPERATIONS) {
        const result = await gql.post<Record<string, unknown>>(operation.query);
        expect(result.errors, operation.title).toEqual([]);
        answers.set(operation.title, JSON.stringify(result.data));
      }
      // Not only "no error": each tab finds what its comment promises.
      expect(answers.get('Search')).toContain('"id":"north-korea"');
      expect(answers.get('Neighbourhood')).toContain('Sergei Shoigu');
      expect(answers.get('Path between two entities')).toContain('Kursk Region');
      expect(answers.get('What a source supports')).toContain('Interfax');
      expect(answers.get('Timeline')).toContain('"date":"2024');
      expect(answers.get('Summary')).toContain('"entityCount":49');
    } finally {
      await cleanup();
    }
  });
});
