/**
 * The server as an attacker on the network or a hostile web page meets it: each probe below was
 * once answered wrongly (issue 13). The real server process is started once; every probe goes over
 * raw HTTP so that the Host, Origin and method are exactly what a hostile client would send.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, stopServer, type ServerProcess } from '../support/server-process.ts';

const LISTED = 'https://newsroom.example';

let server: ServerProcess;
let dataDir: string;
let port: number;

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request exactly as given: path unescaped, any Host, any method, optional chunked body. */
function raw(
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string | string[],
  to = port,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: to, method, path, headers: { host: `127.0.0.1:${to}`, ...headers } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      },
    );
    req.on('error', reject);
    // An array is sent in pieces without a length: a chunked body, as streaming clients send.
    if (Array.isArray(body)) for (const piece of body) req.write(piece);
    else if (body !== undefined) req.write(body);
    req.end();
  });
}

const SUMMARY = JSON.stringify({ query: '{ graphSummary { entityCount } }' });
const json = { 'content-type': 'application/json' };

/** Nothing a client can see may show where the server runs from or how it failed inside. */
function expectNothingInternal(response: RawResponse) {
  expect(response.body).not.toMatch(
    /\bat [\w.<>]+ \(|node:internal|\/work\/|\/tmp\/|\/home\/|\/app\/|\.ts:\d+/,
  );
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'redstring-security-'));
  server = await startServer(dataDir, { REDSTRING_CORS_ORIGINS: LISTED });
  port = Number(new URL(server.url).port);
}, 60_000);

afterAll(async () => {
  if (server) await stopServer(server, 'SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('safe defaults', () => {
  it('listens on loopback only when HOST is not given', async () => {
    const { readConfig } = await import('../../server/config.ts');
    expect(readConfig({}).host).toBe('127.0.0.1');
  });

  it('beyond loopback without a list of host names, still answers only loopback names, and says so', async () => {
    const wideData = mkdtempSync(join(tmpdir(), 'redstring-security-'));
    const wide = await startServer(wideData, { HOST: '0.0.0.0' });
    try {
      expect(wide.output()).toContain('set REDSTRING_ALLOWED_HOSTS');
      const widePort = Number(new URL(wide.url).port);
      const rebound = await raw(
        'GET',
        '/health',
        { host: `attacker.example:${widePort}` },
        undefined,
        widePort,
      );
      expect(rebound.status).toBe(403);
      const local = await raw('GET', '/health', { host: `localhost:${widePort}` }, undefined, widePort);
      expect(local.status).toBe(200);
    } finally {
      await stopServer(wide, 'SIGTERM');
      rmSync(wideData, { recursive: true, force: true });
    }
  });

  it('refuses a wildcard or malformed CORS origin at start', async () => {
    const { readConfig } = await import('../../server/config.ts');
    expect(() => readConfig({ REDSTRING_CORS_ORIGINS: '*' })).toThrow(
      /REDSTRING_CORS_ORIGINS: "\*" is not an origin/,
    );
    expect(() => readConfig({ REDSTRING_CORS_ORIGINS: 'https://a.example/path' })).toThrow(/not an origin/);
  });
});

describe('DNS rebinding and cross-origin reads', () => {
  it('answers only requests that name a loopback host', async () => {
    const rebound = await raw(
      'GET',
      `/graphql?query=${encodeURIComponent('{ exportGraph { entities { id } } }')}`,
      {
        host: `attacker.example:${port}`,
      },
    );
    expect(rebound.status).toBe(403);
    expect(JSON.parse(rebound.body).errors[0].extensions.code).toBe('HOST_NOT_ALLOWED');
    expect(rebound.body).not.toContain('kim-jong-un');
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`])
      expect((await raw('POST', '/graphql', { ...json, host }, SUMMARY)).status).toBe(200);
  });

  it('never reflects an unlisted origin, and refuses its requests outright', async () => {
    const read = await raw(
      'GET',
      `/graphql?query=${encodeURIComponent('{ exportGraph { entities { id } } }')}`,
      {
        origin: 'https://evil.example',
        cookie: 'anything=1',
      },
    );
    expect(read.status).toBe(403);
    expect(read.headers['access-control-allow-origin']).toBeUndefined();
    expect(read.headers['access-control-allow-credentials']).toBeUndefined();
    expect(read.body).not.toContain('kim-jong-un');
    const preflight = await raw('OPTIONS', '/graphql', {
      origin: 'https://evil.example',
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type',
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('grants a listed origin its preflight and its reads, without credentials', async () => {
    const preflight = await raw('OPTIONS', '/graphql', {
      origin: LISTED,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type',
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe(LISTED);
    expect(preflight.headers['access-control-allow-methods']).toBe('GET, POST');
    expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
    const read = await raw('POST', '/graphql', { ...json, origin: LISTED }, SUMMARY);
    expect(read.status).toBe(200);
    expect(read.headers['access-control-allow-origin']).toBe(LISTED);
    expect(read.headers['access-control-allow-credentials']).toBeUndefined();
    expect(JSON.parse(read.body).data.graphSummary.entityCount).toBeGreaterThan(0);
  });

  it("lets the explorer's own page call the API (same origin)", async () => {
    const own = await raw('POST', '/graphql', { ...json, origin: `http://127.0.0.1:${port}` }, SUMMARY);
    expect(own.status).toBe(200);
    expect(own.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('bad methods, URLs and bodies get a 4xx and nothing internal', () => {
  it.each([
    ['OPTIONS', '/graphql', 405],
    ['DELETE', '/graphql', 405],
    ['PUT', '/graphql', 405],
    ['GET', '/%E0%A4%A', 400],
    ['GET', '/graphql/%E0%A4%A', 400],
    ['DELETE', '/', 405],
    ['POST', '/health', 405],
  ])('%s %s answers %i', async (method, path, status) => {
    const response = await raw(method, path);
    expect(response.status).toBe(status);
    expectNothingInternal(response);
  });

  it('accepts a chunked JSON POST, as streaming clients send it', async () => {
    const response = await raw('POST', '/graphql', json, [SUMMARY.slice(0, 10), SUMMARY.slice(10)]);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body).data.graphSummary.entityCount).toBeGreaterThan(0);
  });

  it('keeps the database location out of /health', async () => {
    const response = await raw('GET', '/health');
    expect(response.status).toBe(200);
    const body = JSON.parse(response.body);
    expect(body.engine.status).toBe('up');
    expect(response.body).not.toContain(dataDir);
    expect(body.engine.location).toBeUndefined();
  });
});

describe('security headers', () => {
  it('every response forbids sniffing and framing and sends no referrer', async () => {
    for (const path of ['/', '/health', '/graphql?query=%7B__typename%7D', '/missing.js']) {
      const response = await raw('GET', path);
      expect(response.headers['x-content-type-options'], path).toBe('nosniff');
      expect(response.headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
      expect(response.headers['referrer-policy'], path).toBe('no-referrer');
    }
  });

  it("GraphiQL's policy allows its own inline script by hash and no other", async () => {
    const page = await raw('GET', '/graphql', { accept: 'text/html' });
    expect(page.status).toBe(200);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toContain("'unsafe-inline' 'unsafe-eval'");
    expect(csp.split(';').find((d) => d.trim().startsWith('script-src'))).not.toContain('unsafe-inline');
  });
});
