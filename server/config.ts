/**
 * Configuration is the environment (docs/architecture.md); the server and the CLI read it the same
 * way.
 */
import { z } from 'zod';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(4000),
  /** Loopback unless told otherwise: nothing on the network reaches a fresh install. */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Comma-separated host names (no port) the server answers to besides loopback names. */
  REDSTRING_ALLOWED_HOSTS: z.string().default(''),
  /** Comma-separated origins (scheme://host[:port]) whose pages may call the API. */
  REDSTRING_CORS_ORIGINS: z.string().default(''),
  REDSTRING_DATA: z.string().min(1).default('./data'),
  REDSTRING_STORE: z.enum(['embedded', 'neo4j']).default('embedded'),
  /** Seed an empty store with the Kursk case on first start. */
  REDSTRING_SEED: z.enum(['kursk', 'none']).default('kursk'),
  NEO4J_URI: z.string().default('bolt://localhost:7687'),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default('redstring-dev'),
  NEO4J_DATABASE: z.string().default('neo4j'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Per-request time budget in milliseconds. */
  REDSTRING_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  /** Largest multipart upload (files to import), in MiB. */
  REDSTRING_MAX_UPLOAD_MB: z.coerce.number().int().min(1).max(4096).default(256),
});

export interface Config {
  port: number;
  host: string;
  /** Host names besides loopback ones that requests may name (DNS rebinding defence). */
  allowedHosts: string[];
  /** Origins allowed to read API answers in a browser; empty means none. */
  corsOrigins: string[];
  store: 'embedded' | 'neo4j';
  /** Folder of the embedded database. @default './data' */
  dataDir: string;
  seed: 'kursk' | 'none';
  neo4j: { uri: string; user: string; password: string; database: string };
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** @default 10000 */
  requestTimeoutMs: number;
  /** Largest multipart upload in bytes. @default 268435456 (256 MiB) */
  maxUploadBytes: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`invalid configuration in the environment: ${problems}`);
  }
  const e = parsed.data;
  const allowedHosts = list(e.REDSTRING_ALLOWED_HOSTS).map((name) => name.toLowerCase());
  for (const name of allowedHosts)
    if (!/^[a-z0-9.-]+$|^\[[0-9a-f:.]+\]$/.test(name))
      throw new ConfigError(
        `REDSTRING_ALLOWED_HOSTS: ${JSON.stringify(name)} is not a host name (give names without scheme or port, separated by commas)`,
      );
  const corsOrigins = list(e.REDSTRING_CORS_ORIGINS);
  for (const origin of corsOrigins) {
    let parsedOrigin: URL | null = null;
    try {
      parsedOrigin = new URL(origin);
    } catch {
      parsedOrigin = null;
    }
    if (
      !parsedOrigin ||
      !['http:', 'https:'].includes(parsedOrigin.protocol) ||
      parsedOrigin.origin !== origin
    )
      throw new ConfigError(
        `REDSTRING_CORS_ORIGINS: ${JSON.stringify(origin)} is not an origin; write each as scheme://host[:port], with no path and no wildcard`,
      );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    allowedHosts,
    corsOrigins,
    store: e.REDSTRING_STORE,
    dataDir: e.REDSTRING_DATA,
    seed: e.REDSTRING_SEED,
    neo4j: { uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE },
    logLevel: e.LOG_LEVEL,
    requestTimeoutMs: e.REDSTRING_REQUEST_TIMEOUT_MS,
    maxUploadBytes: e.REDSTRING_MAX_UPLOAD_MB * 1024 * 1024,
  };
}

/** A comma-separated setting as its non-empty entries. */
function list(value: string): string[] {
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
}
