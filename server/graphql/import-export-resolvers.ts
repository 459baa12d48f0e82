/**
 * Resolvers of import-export.graphql (file import and export in every supported format).
 * Filled in by the import/export work; empty until then so the schema builds.
 */
import type { Resolvers } from './context.ts';

export const importExportResolvers: Resolvers = {};
