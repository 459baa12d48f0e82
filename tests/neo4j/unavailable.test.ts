/**
 * Neo4j down, for real: the adapter pointed at a closed port on the loopback interface (and, to
 * show it tries again each time, at a port that accepts and hangs up). No Neo4j is needed.
 */
import { createServer, type Server, type Socket } from 'node:net';
import neo4j from 'neo4j-driver';
import { afterEach, describe, expect, it } from 'vitest';
import { readConfig } from '../../server/config.ts';
import { createEngine } from '../../server/engine/create-engine.ts';
import {
  Neo4jEngine,
  Neo4jUnavailableError,
  describeNeo4jFailure,
  type Neo4jEngineOptions,
} from '../../server/engine/neo4j-engine.ts';
import { GraphStore } from '../../server/store/graph-store.ts';

/** A loopback port nothing listens on: bound once by the OS, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** Listens on `port` and hangs up on every connection: a server that is there but is no Neo4j. */
async function hangUpServer(port: number): Promise<Server> {
  const server = createServer((socket: Socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}

const engines: Neo4jEngine[] = [];
const servers: Server[] = [];

function open(port: number, options: Partial<Neo4jEngineOptions> = {}): Neo4jEngine {
  const engine = Neo4jEngine.open({
    uri: `bolt://127.0.0.1:${port}`,
    user: 'neo4j',
    password: 'not-used',
    database: 'neo4j',
    connectionTimeoutMs: 1_000,
    maxTransactionRetryTimeMs: 500,
    connectionAcquisitionTimeoutMs: 2_000,
    healthTimeoutMs: 2_000,
    ...options,
  });
  engines.push(engine);
  return engine;
}

afterEach(async () => {
  await Promise.all(engines.splice(0).map((engine) => engine.close()));
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

describe('Neo4j down', () => {
  it('reports down on health, naming the URI, what failed and what to check', async () => {
    const port = await closedPort();
    const started = Date.now();
    const health = await open(port).health();
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(health.status).toBe('down');
    expect(health.engine).toBe('neo4j');
    expect(health.location).toBe(`bolt://127.0.0.1:${port} (database "neo4j")`);
    expect(health.error).toContain(`Neo4j at bolt://127.0.0.1:${port} is not reachable`);
    expect(health.error).toMatch(/ECONNREFUSED/);
    expect(health.error).toContain('NEO4J_URI');
  });

  it('rejects a read and a write with a Neo4jUnavailableError, without hanging', async () => {
    const port = await closedPort();
    const engine = open(port);
    const started = Date.now();
    const read = engine.read((tx) =>
      tx.run({ name: 'entities-count', text: 'MATCH (n:Entity) RETURN count(n) AS count' }),
    );
    await expect(read).rejects.toThrow(Neo4jUnavailableError);
    await expect(read).rejects.toThrow(`Neo4j at bolt://127.0.0.1:${port} is not reachable`);
    await expect(read).rejects.toMatchObject({
      reason: 'unreachable',
      uri: `bolt://127.0.0.1:${port}`,
      database: 'neo4j',
    });
    await expect(
      engine.write((tx) => tx.run({ name: 'w', text: 'CREATE (n:Entity) RETURN n' })),
    ).rejects.toThrow(Neo4jUnavailableError);
    // Retries of the driver are bounded by maxTransactionRetryTimeMs plus its back-off.
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('fails to open a store at once with the same message, so the server can report it and retry', async () => {
    const port = await closedPort();
    const started = Date.now();
    const engine = open(port, { maxTransactionRetryTimeMs: 30_000 });
    await expect(GraphStore.open(engine)).rejects.toThrow(
      `Neo4j at bolt://127.0.0.1:${port} is not reachable`,
    );
    // Not after 30 s of the driver's retries: the schema step tries once before it starts.
    expect(Date.now() - started).toBeLessThan(3_000);
    // The store owned the engine: its failure to open closed it (no driver left running).
    expect(await engine.health()).toMatchObject({ status: 'down', error: 'closed' });
  });

  it('remembers no failure: each health check connects again, and sees what is there now', async () => {
    const port = await closedPort();
    const engine = open(port);
    expect((await engine.health()).error).toMatch(/ECONNREFUSED/);
    servers.push(await hangUpServer(port));
    const meanwhile = await engine.health();
    expect(meanwhile.status).toBe('down');
    expect(meanwhile.error).not.toMatch(/ECONNREFUSED/);
    await new Promise((resolve) => servers.pop()!.close(resolve));
    expect((await engine.health()).error).toMatch(/ECONNREFUSED/);
  });

  it('is chosen by REDSTRING_STORE=neo4j, and creating it does not need Neo4j to be up', async () => {
    const port = await closedPort();
    const engine = await createEngine(
      readConfig({
        REDSTRING_STORE: 'neo4j',
        NEO4J_URI: `bolt://127.0.0.1:${port}`,
        NEO4J_DATABASE: 'cases',
      }),
    );
    try {
      expect(engine.kind).toBe('neo4j');
      const health = await engine.health();
      expect(health.status).toBe('down');
      expect(health.location).toBe(`bolt://127.0.0.1:${port} (database "cases")`);
    } finally {
      await engine.close();
    }
  });

  it('closes twice without error, and says it is closed afterwards', async () => {
    const engine = open(await closedPort());
    await engine.close();
    await engine.close();
    expect(await engine.health()).toMatchObject({ status: 'down', error: 'closed' });
    await expect(engine.read(async () => 1)).rejects.toThrow(/closed/);
  });

  it('refuses a URI that is not a Neo4j one with a message saying which are', () => {
    expect(() => open(7474, { uri: 'http://127.0.0.1:7474' })).toThrow(
      /NEO4J_URI "http:\/\/127.0.0.1:7474" is not a Neo4j URI/,
    );
  });
});

describe('describeNeo4jFailure', () => {
  const target = { uri: 'bolt://neo4j:7687', user: 'neo4j', database: 'neo4j' };

  it('tells refused credentials apart, and says which settings to check', () => {
    const error = new neo4j.Neo4jError(
      'The client is unauthorized due to authentication failure.',
      'Neo.ClientError.Security.Unauthorized',
      '42NFF',
      'error: permission/access denied',
    );
    const described = describeNeo4jFailure(error, target);
    expect(described?.reason).toBe('credentials');
    expect(described?.message).toContain(
      'Neo4j at bolt://neo4j:7687 refused the credentials of user "neo4j"',
    );
    expect(described?.message).toContain('NEO4J_PASSWORD');
    expect(described?.cause).toBe(error);
  });

  it('tells a missing database apart', () => {
    const error = new neo4j.Neo4jError(
      "Database does not exist. Database name: 'cases'.",
      'Neo.ClientError.Database.DatabaseNotFound',
      '22N51',
      'error: data exception',
    );
    const described = describeNeo4jFailure(error, { ...target, database: 'cases' });
    expect(described?.reason).toBe('database');
    expect(described?.message).toContain('cannot serve database "cases"');
    expect(described?.message).toContain('NEO4J_DATABASE');
  });

  it('leaves statement errors to the caller', () => {
    const error = new neo4j.Neo4jError(
      'Invalid input',
      'Neo.ClientError.Statement.SyntaxError',
      '42001',
      'error',
    );
    expect(describeNeo4jFailure(error, target)).toBeNull();
    expect(describeNeo4jFailure(new Error('plain'), target)).toBeNull();
  });
});
