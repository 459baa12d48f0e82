/**
 * Authentication and roles against the real server (issue 13, item 2): a process started with
 * REDSTRING_AUTH=on, entered through the first admin token it writes, and probed as a stranger,
 * a viewer, an editor and an admin would. The throttling probe runs last: it blocks this address.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GrafeoEngine } from '../../server/engine/grafeo-engine.ts';
import { spawnServer, startServer, stopServer, type ServerProcess } from '../support/server-process.ts';

let server: ServerProcess;
let dataDir: string;
let admin: string;

interface Answer {
  status: number;
  headers: Headers;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}

async function gql(
  query: string,
  variables: Record<string, unknown> = {},
  auth: { token?: string; cookie?: string } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (auth.token) headers.authorization = `Bearer ${auth.token}`;
  if (auth.cookie) headers.cookie = auth.cookie;
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Answer['body'],
  };
}

interface AuditNode {
  action: string;
  ids: string[];
  detail: { name?: string; role?: string } | null;
  actor: { name: string; role: string; tokenId: string | null };
}

async function createToken(name: string, role: 'VIEWER' | 'EDITOR' | 'ADMIN'): Promise<string> {
  const answer = await gql(
    'mutation($name: String!, $role: Role!) { createToken(name: $name, role: $role) { secret token { id } } }',
    { name, role },
    { token: admin },
  );
  expect(answer.body.errors).toBeUndefined();
  return (answer.body.data!.createToken as { secret: string }).secret;
}

function signIn(token: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${server.url}/auth/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ token }),
  });
}

/** The `name=value` part of a Set-Cookie header, for sending back. */
const cookieOf = (response: Response) => (response.headers.get('set-cookie') ?? '').split(';')[0]!;

/** One valid call of every mutation: a viewer must be refused each of them by role, not by input. */
const EVERY_MUTATION: Record<string, string> = {
  upsertEntity: 'mutation { upsertEntity(input: {id: "probe-e", type: "Person", name: "Probe"}) { id } }',
  deleteEntity: 'mutation { deleteEntity(id: "kim-jong-un") }',
  upsertRelation:
    'mutation { upsertRelation(input: {id: "probe-r", type: "KNOWS", from: "kim-jong-un", to: "kursk-region"}) { id } }',
  deleteRelation: 'mutation { deleteRelation(id: "probe-r") }',
  upsertSource: 'mutation { upsertSource(input: {id: "probe-s", title: "Probe"}) { id } }',
  deleteSource: 'mutation { deleteSource(id: "probe-s") }',
  mergeEntities:
    'mutation { mergeEntities(keepId: "kim-jong-un", mergeId: "kursk-region") { relationsMoved } }',
  importGraph: 'mutation { importGraph(graph: {entities: [], relations: [], sources: []}) { dryRun } }',
  importFile: 'mutation { importFile(format: JSON, content: "{}") { dryRun } }',
  createToken: 'mutation { createToken(name: "probe", role: ADMIN) { secret } }',
  revokeToken: 'mutation { revokeToken(ref: "first-admin") { id } }',
  startImport: 'mutation { startImport(files: [], format: CSV) { id } }',
  cancelImport: 'mutation { cancelImport(id: "probe-job") { id } }',
  createCase: 'mutation { createCase(input: {id: "probe-case", name: "Probe"}) { id } }',
  updateCase: 'mutation { updateCase(id: "kursk", input: {name: "Probe"}) { id } }',
  deleteCase: 'mutation { deleteCase(id: "kursk") { id } }',
  undoImport: 'mutation { undoImport(id: "import-probe") { undone } }',
};

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'redstring-auth-'));
  server = await startServer(dataDir, { REDSTRING_AUTH: 'on' });
  admin = readFileSync(join(dataDir, 'first-admin-token'), 'utf8').trim();
}, 90_000);

afterAll(async () => {
  if (server) await stopServer(server, 'SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('authentication on', () => {
  it('writes a first admin token readable by its owner only, and logs where, not what', () => {
    expect(statSync(join(dataDir, 'first-admin-token')).mode & 0o777).toBe(0o600);
    expect(admin).toMatch(/^rs_[A-Za-z0-9_-]{43}$/);
    expect(server.output()).toContain(join(dataDir, 'first-admin-token'));
    expect(server.output()).not.toContain(admin);
  });

  it('answers a request without a token with 401, WWW-Authenticate: Bearer and a JSON error', async () => {
    const answer = await gql('{ graphSummary { entityCount } }');
    expect(answer.status).toBe(401);
    expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer /);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(answer.body.data).toBeUndefined();
    // The session endpoint and /health answer anyone, and say no more than they must.
    const session = await fetch(`${server.url}/auth/session`);
    expect(await session.json()).toEqual({ authRequired: true, actor: null });
    const health = await fetch(`${server.url}/health`);
    expect(await health.json()).toEqual({ status: 'ok' });
  });

  it('refuses a wrong token and a malformed Authorization header with 401', async () => {
    const wrong = await gql('{ me { name } }', {}, { token: `rs_${'x'.repeat(43)}` });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toContain('invalid_token');
    const basic = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Basic ${btoa('a:b')}` },
      body: JSON.stringify({ query: '{ me { name } }' }),
    });
    expect(basic.status).toBe(401);
  });

  it('lets a viewer read, and refuses every mutation as FORBIDDEN naming the role needed', async () => {
    const viewer = await createToken('alice', 'VIEWER');
    const me = await gql('{ me { name role } graphSummary { entityCount } }', {}, { token: viewer });
    expect(me.body.data).toMatchObject({ me: { name: 'alice', role: 'VIEWER' }, graphSummary: {} });
    expect((me.body.data!.graphSummary as { entityCount: number }).entityCount).toBeGreaterThan(0);

    const schema = await gql('{ __schema { mutationType { fields { name } } } }', {}, { token: viewer });
    const names = (
      schema.body.data!.__schema as { mutationType: { fields: { name: string }[] } }
    ).mutationType.fields.map((f) => f.name);
    // A new mutation must be added here, so that this test shows it is closed to viewers.
    expect(names.sort()).toEqual(Object.keys(EVERY_MUTATION).sort());
    for (const [name, document] of Object.entries(EVERY_MUTATION)) {
      const answer = await gql(document, {}, { token: viewer });
      expect(answer.body.errors?.[0]?.extensions?.code, name).toBe('FORBIDDEN');
      expect(answer.body.errors?.[0]?.message, name).toMatch(
        /needs the (editor|admin) role; alice has the viewer role/,
      );
    }
    for (const admins of ['{ tokens { id } }', '{ auditLog { edges { node { seq } } } }']) {
      const answer = await gql(admins, {}, { token: viewer });
      expect(answer.body.errors?.[0]?.extensions?.code, admins).toBe('FORBIDDEN');
    }
    // Nothing was written.
    const kim = await gql(
      '{ entity(id: "kim-jong-un") { id } probe: entity(id: "probe-e") { id } }',
      {},
      { token: admin },
    );
    expect(kim.body.data).toEqual({ entity: { id: 'kim-jong-un' }, probe: null });
  });

  it('lets an editor write, but not manage tokens', async () => {
    const editor = await createToken('bob', 'EDITOR');
    const write = await gql(EVERY_MUTATION.upsertEntity!, {}, { token: editor });
    expect(write.body).toEqual({ data: { upsertEntity: { id: 'probe-e' } } });
    for (const document of [EVERY_MUTATION.createToken!, '{ tokens { id } }']) {
      const answer = await gql(document, {}, { token: editor });
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(answer.body.errors?.[0]?.message).toMatch(/needs the admin role; bob has the editor role/);
    }
  });

  it('lets an admin list tokens (never a hash or secret) and revoke them', async () => {
    const list = await gql('{ tokens { id name role createdBy revokedAt } }', {}, { token: admin });
    const tokens = list.body.data!.tokens as { name: string; createdBy: string }[];
    expect(tokens.map((t) => t.name)).toEqual(['first-admin', 'alice', 'bob']);
    expect(tokens[1]!.createdBy).toBe('first-admin');
    const introspected = await gql('{ __type(name: "ApiToken") { fields { name } } }', {}, { token: admin });
    expect(JSON.stringify(introspected.body)).not.toMatch(/hash|secret/i);
  });

  it('records who made which token, and who wrote what with it, in the audit log', async () => {
    const log = await gql(
      '{ auditLog(first: 50) { edges { node { action ids detail actor { name role tokenId } } } } }',
      {},
      { token: admin },
    );
    const records = (log.body.data!.auditLog as { edges: { node: AuditNode }[] }).edges.map((e) => e.node);
    const made = records.filter((r) => r.action === 'token.create');
    expect(made.map((r) => [r.actor.name, r.detail?.name, r.detail?.role])).toEqual([
      ['first-admin', 'bob', 'editor'],
      ['first-admin', 'alice', 'viewer'],
      ['server', 'first-admin', 'admin'],
    ]);
    // bob's upsert above, attributed to bob's token, not to the server.
    const upsert = records.find((r) => r.action === 'entity.upsert');
    expect(upsert?.actor).toMatchObject({ name: 'bob', role: 'editor' });
    expect(upsert?.actor.tokenId).toMatch(/^tok_/);
    expect(upsert?.ids).toEqual(['probe-e']);
  });

  it('gives a session cookie that is HttpOnly, SameSite=Strict, Path=/, Secure only over https', async () => {
    const viewer = await createToken('carol', 'VIEWER');
    const plain = await signIn(viewer);
    expect(plain.status).toBe(204);
    const flags = plain.headers.get('set-cookie')!;
    expect(flags).toMatch(/^redstring_session=[A-Za-z0-9_-]{43};/);
    expect(flags).toMatch(/; HttpOnly/);
    expect(flags).toMatch(/; SameSite=Strict/);
    expect(flags).toMatch(/; Path=\//);
    expect(flags).not.toMatch(/Secure/);
    expect(flags).not.toContain(viewer);
    const behindTls = await signIn(viewer, { 'x-forwarded-proto': 'https' });
    expect(behindTls.headers.get('set-cookie')).toMatch(/; Secure/);

    const cookie = cookieOf(plain);
    const session = await fetch(`${server.url}/auth/session`, { headers: { cookie } });
    expect(await session.json()).toEqual({ authRequired: true, actor: { name: 'carol', role: 'viewer' } });
    expect((await gql('{ me { name } }', {}, { cookie })).body.data).toEqual({ me: { name: 'carol' } });

    const out = await fetch(`${server.url}/auth/session`, { method: 'DELETE', headers: { cookie } });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/Max-Age=0/);
    expect((await gql('{ me { name } }', {}, { cookie })).status).toBe(401);
  });

  it('refuses a sign-in that a cross-site form could send (CSRF), and one from another origin', async () => {
    const viewer = await createToken('dave', 'VIEWER');
    const form = await fetch(`${server.url}/auth/session`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ token: viewer }),
    });
    expect(form.status).toBe(403);
    expect(form.headers.get('set-cookie')).toBeNull();
    expect(((await form.json()) as Answer['body']).errors?.[0]?.extensions?.code).toBe('CSRF_PREVENTED');
    const foreign = await signIn(viewer, { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('set-cookie')).toBeNull();
  });

  it('stops a revoked token at once, and the sessions opened with it', async () => {
    const viewer = await createToken('erin', 'VIEWER');
    const cookie = cookieOf(await signIn(viewer));
    expect((await gql('{ me { name } }', {}, { cookie })).status).toBe(200);
    const revoked = await gql('mutation { revokeToken(ref: "erin") { revokedAt } }', {}, { token: admin });
    expect((revoked.body.data!.revokeToken as { revokedAt: string | null }).revokedAt).toBeTruthy();
    expect((await gql('{ me { name } }', {}, { token: viewer })).status).toBe(401);
    expect((await gql('{ me { name } }', {}, { cookie })).status).toBe(401);
  });

  it('slows down repeated wrong tokens with 429 and Retry-After; the right one works after the wait', async () => {
    const viewer = await createToken('frank', 'VIEWER');
    const statuses: number[] = [];
    let retryAfter = 0;
    for (let i = 0; i < 8; i++) {
      const answer = await gql('{ me { name } }', {}, { token: `rs_wrong${i}` });
      statuses.push(answer.status);
      if (answer.status === 429) retryAfter = Number(answer.headers.get('retry-after'));
    }
    // At most five failures per address in ten seconds (earlier probes here may have used some).
    const firstRefusal = statuses.indexOf(429);
    expect(firstRefusal).toBeGreaterThan(0);
    expect(firstRefusal).toBeLessThanOrEqual(5);
    expect(statuses.slice(0, firstRefusal).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(firstRefusal).every((s) => s === 429)).toBe(true);
    expect(retryAfter).toBeGreaterThan(0);
    // Even the right token waits: a guesser learns nothing during the delay.
    expect((await gql('{ me { name } }', {}, { token: viewer })).status).toBe(429);
    expect((await signIn(viewer)).status).toBe(429);
    await new Promise((resolve) => setTimeout(resolve, (retryAfter + 1) * 1000));
    expect((await gql('{ me { name } }', {}, { token: viewer })).body.data).toEqual({
      me: { name: 'frank' },
    });
  }, 60_000);

  it('stores tokens hashed: no secret appears anywhere in the database', async () => {
    await stopServer(server, 'SIGTERM');
    const engine = GrafeoEngine.open({ dataDir });
    try {
      const rows = await engine.read((tx) =>
        tx.run({
          name: 'probe-all-nodes',
          text: 'MATCH (n) RETURN labels(n) AS labels, properties(n) AS props',
        }),
      );
      const everything = JSON.stringify(rows);
      expect(everything).toContain(createHash('sha256').update(admin).digest('hex'));
      expect(everything).not.toContain(admin);
      expect(everything).not.toContain(admin.slice(3));
    } finally {
      await engine.close();
    }
  });
});

describe('authentication and the network', () => {
  it('is on whenever the server listens beyond loopback', async () => {
    const wideData = mkdtempSync(join(tmpdir(), 'redstring-auth-'));
    const wide = await startServer(wideData, { HOST: '0.0.0.0' });
    try {
      const port = new URL(wide.url).port;
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ graphSummary { entityCount } }' }),
      });
      expect(response.status).toBe(401);
    } finally {
      await stopServer(wide, 'SIGTERM');
      rmSync(wideData, { recursive: true, force: true });
    }
  }, 90_000);

  it('refuses to start beyond loopback with authentication off', async () => {
    const wideData = mkdtempSync(join(tmpdir(), 'redstring-auth-'));
    const wide = await spawnServer(wideData, { HOST: '0.0.0.0', REDSTRING_AUTH: 'off' });
    try {
      const exit = await wide.exited;
      expect(exit.code).toBe(1);
      expect(wide.output()).toMatch(/REDSTRING_AUTH=off with HOST=0\.0\.0\.0/);
    } finally {
      rmSync(wideData, { recursive: true, force: true });
    }
  }, 90_000);
});
