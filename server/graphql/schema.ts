/**
 * The executable schema: every `.graphql` file in this folder (schema-first; the SDL is the
 * manual investigators read in GraphiQL) joined with the resolvers.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { authResolvers } from './auth-resolvers.ts';
import { auditResolvers } from './audit-resolvers.ts';
import type { Context } from './context.ts';
import { importExportResolvers } from './import-export-resolvers.ts';
import { importJobResolvers } from './import-job-resolvers.ts';
import { importRecordResolvers } from './import-record-resolvers.ts';
import { coreResolvers } from './resolvers.ts';
import { caseResolvers } from './case-resolvers.ts';
import { matchResolvers } from './match-resolvers.ts';
import { withRoleChecks } from './role-directive.ts';
import { styleResolvers } from './style-resolvers.ts';

const SCHEMA_DIR = fileURLToPath(new URL('.', import.meta.url));

export function readTypeDefs(): string[] {
  return readdirSync(SCHEMA_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(join(SCHEMA_DIR, file), 'utf8'));
}

export function buildSchema(): GraphQLSchema {
  return withRoleChecks(
    makeExecutableSchema<Context>({
      typeDefs: readTypeDefs(),
      resolvers: [
        coreResolvers,
        caseResolvers,
        importExportResolvers,
        importJobResolvers,
        importRecordResolvers,
        authResolvers,
        auditResolvers,
        matchResolvers,
        styleResolvers,
      ],
      resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
    }),
  );
}
