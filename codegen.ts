/**
 * GraphQL code generation for the client: the operation types under client/src/generated/ come from
 * the server's SDL files (the truth), never written twice. `npm run codegen` regenerates them; the
 * e2e suite fails when the committed files are stale.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

/** Every SDL file the server builds its schema from (schema.graphql, import-export.graphql, ...). */
export const schemaFiles = 'server/graphql/*.graphql';

export function codegenConfig(outDir = 'client/src/generated/'): CodegenConfig {
  return {
    schema: schemaFiles,
    documents: ['client/src/**/*.{ts,tsx}', '!client/src/generated/**'],
    ignoreNoDocuments: false,
    generates: {
      [outDir]: {
        preset: 'client',
        presetConfig: { fragmentMasking: false, skipIndexFile: true },
        config: {
          // Strings, not parsed DocumentNodes: the app posts them as they are and ships no GraphQL parser
          // outside the query console.
          documentMode: 'string',
          enumsAsTypes: true,
          useTypeImports: true,
          scalars: {
            JSON: { input: 'unknown', output: 'unknown' },
            PartialDate: { input: 'string', output: 'string' },
          },
        },
      },
      // The SDL the query console autocompletes against (imported with Vite's ?raw).
      [`${outDir}schema.graphql`]: { plugins: ['schema-ast'], config: { includeDirectives: false } },
    },
  };
}

export default codegenConfig();
