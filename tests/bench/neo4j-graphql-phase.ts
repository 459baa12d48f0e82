/**
 * Child process of the Neo4j benchmark: @neo4j/graphql (the official Neo4j GraphQL library) over
 * the same database, served by graphql-yoga on loopback, the way its documentation serves it: the
 * library builds the schema from type definitions (neo4j-workload.ts), owns the driver, and turns
 * each request into one Cypher statement. Its own process, like Redstring's server, so that each
 * server's memory and event loop are its own.
 *
 *   neo4j-graphql-phase.ts <bolt uri>
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import neo4j from 'neo4j-driver';
import { answerParent } from './processes.ts';
import { NGQL_TYPE_DEFS } from './neo4j-workload.ts';

export interface NgqlReadyMessage {
  type: 'ready';
  url: string;
  /** `getSchema()`: the library reading the type definitions and generating its schema. */
  schemaMs: number;
  rssBytes: number;
}

async function main() {
  const uri = process.argv[2];
  if (!uri) throw new Error('usage: neo4j-graphql-phase.ts <bolt uri>');
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', process.env.NEO4J_PASSWORD || 'redstring-dev'), {
    userAgent: 'redstring-bench-neo4j-graphql',
  });
  const t0 = performance.now();
  const schema = await new Neo4jGraphQL({ typeDefs: NGQL_TYPE_DEFS, driver }).getSchema();
  const schemaMs = performance.now() - t0;
  const yoga = createYoga({
    schema,
    // The database is named, as Redstring names it, rather than left to the server's default, and
    // a request gets Redstring's budget in the benchmark (60 s).
    context: () => ({ sessionConfig: { database: 'neo4j' }, transaction: { timeout: 60_000 } }),
    graphiql: false,
    // Neo4j's own message (a transaction over its memory limit) rather than "Unexpected error.".
    maskedErrors: false,
    logging: 'warn',
  });
  const server = createServer(yoga.requestListener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  answerParent(server, () => driver.close());
  process.send?.({
    type: 'ready',
    url: `http://127.0.0.1:${port}/graphql`,
    schemaMs,
    rssBytes: process.memoryUsage.rss(),
  } satisfies NgqlReadyMessage);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
