/**
 * Requests built to make the server work for a long time or answer with a lot (issue 13, item 4):
 * each was once answered slowly, hugely or with "Unexpected error.". Against the real server
 * process: each probe gets a clear, small refusal naming the limit, and a client asking simple
 * questions at the same time keeps getting answers.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, stopServer, type ServerProcess } from '../support/server-process.ts';

let server: ServerProcess;
let dataDir: string;

interface Answer {
  status: number;
  /** Length of the body as sent, in characters. */
  size: number;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function post(body: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body,
  });
  const text = await response.text();
  let parsed: Answer['body'];
  try {
    parsed = JSON.parse(text) as Answer['body'];
  } catch {
    parsed = { errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] };
  }
  return { status: response.status, size: text.length, body: parsed };
}

const ask = (query: string, variables?: Record<string, unknown>) =>
  post(JSON.stringify(variables ? { query, variables } : { query }));

/**
 * Runs `probe` while another client asks a simple question over and over, and hands back the
 * probe's answer and how many simple answers arrived meanwhile (no timing is asserted).
 */
async function whileOthersAsk(probe: () => Promise<Answer>): Promise<{ answer: Answer; others: number }> {
  let done = false;
  let others = 0;
  const other = (async () => {
    // At least one question is asked and answered even if the probe ends at once.
    do {
      const reply = await ask('{ entity(id: "sergei-shoigu") { name } }');
      expect(JSON.stringify(reply.body.data)).toContain('Sergei Shoigu');
      others++;
    } while (!done);
  })();
  let answer: Answer;
  try {
    answer = await probe();
  } finally {
    done = true;
    await other;
  }
  return { answer, others };
}

/** The error's message and code, and the whole answer small: nothing the caller sent comes back. */
function expectRefused(answer: Answer, code: string, message: RegExp, maxSize = 2_000) {
  expect(answer.body.errors?.[0]?.message, JSON.stringify(answer.body).slice(0, 500)).toMatch(message);
  expect(answer.body.errors?.[0]?.extensions?.code).toBe(code);
  expect(answer.body.data ?? null).toBeNull();
  expect(answer.size).toBeLessThan(maxSize);
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'redstring-limits-'));
  server = await startServer(dataDir);
}, 60_000);

afterAll(async () => {
  if (server) await stopServer(server, 'SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}, 30_000);

describe('limits that cannot be walked around (issue 13)', () => {
  it('counts list sizes given as variables in the cost, and refuses before running', async () => {
    const query = `query Walk($f: Int) {
      sources { supports { relation { from { relations(first: $f) { to { relations(first: $f) {
        id type from { name } to { name } evidence { quote } } } } } } } }
    }`;
    const { answer, others } = await whileOthersAsk(() => ask(query, { f: 500 }));
    expectRefused(answer, 'QUERY_TOO_COSTLY', /cost of [\d,]+ .*limit of [\d,]+/);
    expect(others).toBeGreaterThan(0);
    // The same document with the page sizes the explorer uses is within the limit.
    const small = await ask(`query { sources { id supports { quote relation { id } } } }`);
    expect(small.body.errors).toBeUndefined();
  }, 60_000);

  it('refuses four costly requests sent at once, and the others still get answers', async () => {
    const query = `query Walk($f: Int) { entities(first: $f) { edges { node {
      relations(first: $f) { to { relations(first: $f) { id } } } } } } }`;
    const { answer, others } = await whileOthersAsk(async () => {
      const answers = await Promise.all([1, 2, 3, 4].map(() => ask(query, { f: 500 })));
      for (const each of answers) expectRefused(each, 'QUERY_TOO_COSTLY', /limit of/);
      return answers[0]!;
    });
    expect(answer.status).toBeLessThan(500);
    expect(others).toBeGreaterThan(0);
  }, 60_000);

  it('refuses a 50,000-character search token with the limit named', async () => {
    const { answer, others } = await whileOthersAsk(() =>
      ask('query($t: String!) { search(text: $t) { entity { id } } }', { t: 'a'.repeat(50_000) }),
    );
    expectRefused(answer, 'LIMIT', /search text .*at most 1000 characters/);
    expect(others).toBeGreaterThan(0);
    const token = await ask('query($t: String!) { search(text: $t) { entity { id } } }', {
      t: `shoigu ${'x'.repeat(200)}`,
    });
    expectRefused(token, 'LIMIT', /word .*at most 64 characters/);
    // Real names still work, the longest of the UN list included.
    const real = await ask('{ search(text: "Shoigo") { entity { id } } }');
    expect(JSON.stringify(real.body.data)).toContain('sergei-shoigu');
  }, 60_000);

  it('refuses a 20 MB search string at the door, with the limit and the way to send files', async () => {
    const { answer, others } = await whileOthersAsk(() =>
      ask('query($t: String!) { search(text: $t) { entity { id } } }', { t: 'ab '.repeat(7_000_000) }),
    );
    expect(answer.status).toBe(413);
    expect(answer.body.errors?.[0]?.message).toMatch(/1 MiB.*multipart.*redstring import/s);
    expect(answer.size).toBeLessThan(2_000);
    expect(others).toBeGreaterThan(0);
  }, 60_000);

  it('refuses a long id list before any work, naming the argument, without echoing it', async () => {
    const ids = Array.from({ length: 60_000 }, (_, i) => `e${i}`);
    const { answer, others } = await whileOthersAsk(() =>
      ask('query($ids: [ID!]!) { neighborhood(ids: $ids) { entities { id } } }', { ids }),
    );
    expectRefused(answer, 'LIMIT', /ids.*at most 2000 items.*got 60000/);
    for (const [field, query] of [
      ['subgraph', 'query($ids: [ID!]!) { subgraph(ids: $ids) { truncated } }'],
      ['exportGraph', 'query($ids: [ID!]) { exportGraph(format: JSON, ids: $ids) { format } }'],
      ['filter.sources', 'query($ids: [ID!]) { relations(filter: { sources: $ids }) { totalCount } }'],
    ] as const) {
      const refused = await ask(query, { ids });
      expectRefused(refused, 'LIMIT', new RegExp(`${field.replace('.', '\\.')}.*at most 2000 items`));
    }
    expect(others).toBeGreaterThan(0);
  }, 60_000);

  it('says where a deeply nested list literal is, instead of "Unexpected error."', async () => {
    const deep = `${'['.repeat(2_000)}1${']'.repeat(2_000)}`;
    const { answer, others } = await whileOthersAsk(() =>
      ask(`{ search(text: "a", types: ${deep}) { entity { id } } }`),
    );
    expectRefused(answer, 'GRAPHQL_PARSE_FAILED', /nested.*line 1, column \d+/);
    expect(others).toBeGreaterThan(0);
  }, 60_000);

  it('says which variable is nested too deeply, instead of "Unexpected error."', async () => {
    // Written out by hand: JSON.stringify itself recurses.
    const deep = `${'['.repeat(100_000)}1${']'.repeat(100_000)}`;
    const query = JSON.stringify('mutation($g: JSON!) { importGraph(graph: $g, dryRun: true) { dryRun } }');
    const { answer, others } = await whileOthersAsk(() =>
      post(`{"query":${query},"variables":{"g":${deep}}}`),
    );
    expectRefused(answer, 'BAD_USER_INPUT', /\$g.*nested more than \d+ levels/);
    expect(others).toBeGreaterThan(0);
  }, 60_000);

  it('caps a plain GraphQL request at 1 MiB, chunked or not', async () => {
    // A comment pads the document: the text is read, but it is no token.
    const padded = (size: number) =>
      JSON.stringify({ query: `{ graphSummary { entityCount } } #${'x'.repeat(size)}` });
    const body = padded(1_100_000);
    const answer = await post(body);
    expect(answer.status).toBe(413);
    expect(answer.body.errors?.[0]?.message).toMatch(/over the limit of 1 MiB/);
    // A chunked body (no length) is counted as it arrives.
    const chunked = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new Blob([body]).stream(),
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    // Just under the limit is still read.
    const fits = await post(padded(1_000_000));
    expect(fits.body).toEqual({ data: { graphSummary: { entityCount: 49 } } });
  }, 60_000);
});
