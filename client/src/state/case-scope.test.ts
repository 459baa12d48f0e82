import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../api/client.ts';
import { SearchQuery } from '../api/operations.ts';
import { createCaseApi, createCaseScopes } from './case-scope.ts';

/** An API client whose answers the test hands out, and that ignores aborts (as a slow network may). */
function fakeApi() {
  const asked: { variables: unknown; signal: AbortSignal | undefined; answer(data: unknown): void }[] = [];
  const api: ApiClient = {
    request: (_document, variables, signal) =>
      new Promise((resolve) => asked.push({ variables, signal, answer: (data) => resolve(data as never) })),
    upload: () => Promise.reject(new Error('not here')),
    raw: () => Promise.reject(new Error('not here')),
  };
  return { api, asked };
}

const hits = (name: string) => ({ case: { search: [{ score: 1, matchedAlias: null, entity: { name } }] } });

describe('the open case for the API', () => {
  it('fills $case in with the open case', async () => {
    const { api, asked } = fakeApi();
    const scopes = createCaseScopes();
    const caseApi = createCaseApi(api, scopes);
    scopes.open('kursk');
    const answer = caseApi.request(SearchQuery, { text: 'shoigu', first: 8 });
    expect(asked[0]?.variables).toEqual({ text: 'shoigu', first: 8, case: 'kursk' });
    asked[0]?.answer(hits('Sergei Shoigu'));
    await expect(answer).resolves.toEqual(hits('Sergei Shoigu'));
  });

  it('asks nothing while no case is open', async () => {
    const { api, asked } = fakeApi();
    const caseApi = createCaseApi(api, createCaseScopes());
    await expect(caseApi.request(SearchQuery, { text: 'x' })).rejects.toThrow('No case is open.');
    expect(asked).toEqual([]);
  });

  it('aborts what was asked of a case when another opens, and drops its late answer', async () => {
    const { api, asked } = fakeApi();
    const scopes = createCaseScopes();
    const caseApi = createCaseApi(api, scopes);
    scopes.open('kursk');
    const old = caseApi.request(SearchQuery, { text: 'shoigu' });
    scopes.open('other');
    expect(asked[0]?.signal?.aborted).toBe(true);
    const fresh = caseApi.request(SearchQuery, { text: 'shoigu' });
    expect(asked[1]?.variables).toMatchObject({ case: 'other' });
    expect(asked[1]?.signal?.aborted).toBe(false);
    // The old case's answer arrives after all: it is not handed on.
    asked[0]?.answer(hits('from kursk'));
    await expect(old).rejects.toMatchObject({ name: 'AbortError' });
    asked[1]?.answer(hits('from other'));
    await expect(fresh).resolves.toEqual(hits('from other'));
  });

  it("passes the caller's own abort on too", () => {
    const { api, asked } = fakeApi();
    const scopes = createCaseScopes();
    scopes.open('kursk');
    const controller = new AbortController();
    void createCaseApi(api, scopes)
      .request(SearchQuery, { text: 'x' }, controller.signal)
      .catch(() => undefined);
    expect(asked[0]?.signal?.aborted).toBe(false);
    controller.abort();
    expect(asked[0]?.signal?.aborted).toBe(true);
  });
});
