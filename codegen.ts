/**
 * GraphQL code generation from the server's SDL files (the truth), so that no GraphQL type is
 * written twice:
 * - client/src/generated/: the types of the client's operations, and the SDL that the query
 *   console autocompletes against;
 * - server/graphql/generated/: the types of the resolvers, with their arguments, their parents
 *   (the store's records) and their context.
 *
 * `npm run codegen` regenerates both; tests/codegen fails in `npm test` when the committed files
 * are stale.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';
import { GRAPH_FORMAT_ENUM_VALUES } from './server/graphql/graph-format-enum.ts';

/** Every SDL file the server builds its schema from (schema.graphql, import-export.graphql, ...). */
export const schemaFiles = 'server/graphql/*.graphql';

export const CLIENT_OUT = 'client/src/generated/';
export const SERVER_OUT = 'server/graphql/generated/resolvers-types.ts';

const scalars = {
  JSON: { input: 'unknown', output: 'unknown' },
  PartialDate: { input: 'string', output: 'string' },
  File: { input: 'File', output: 'File' },
};

/**
 * What each object type's resolvers receive as their parent: the store's records, not the GraphQL
 * shapes (a relation holds the ids of its ends; the API resolves them). Paths are relative to
 * SERVER_OUT.
 */
const mappers = {
  Entity: '../parents.ts#EntityParent',
  Source: '../parents.ts#SourceParent',
  Subgraph: '../parents.ts#SubgraphParent',
  Case: '../parents.ts#CaseParent',
  CaseDeletion: '../../store/graph-store.ts#CaseDeletion',
  Relation: '../../store/types.ts#Relation',
  Evidence: '../../store/types.ts#EvidenceRef',
  Support: '../../store/types.ts#SourceSupport',
  TimelineItem: '../../store/types.ts#TimelineItem',
  SearchHit: '../../store/types.ts#SearchHit',
  Path: '../../store/types.ts#Path',
  Actor: '../../store/actor.ts#Actor',
  ApiToken: '../../store/token-store.ts#ApiToken',
  AuditRecord: '../../store/audit.ts#AuditRecord',
  ImportJob: '../../formats/import-jobs.ts#ImportJob',
  CaseMatch: '../../store/matches/case-matches.ts#CaseMatch',
  MatchReason: '../../store/matches/compare.ts#MatchReason',
  CaseMatchConnection: '../../store/matches/case-matches.ts#MatchesPage',
  CaseMatchEdge: '../../store/matches/case-matches.ts#EntityMatches',
  ImportRecord: '../../store/imports/import-records.ts#ImportRecord',
  ImportUndo: '../../store/imports/undo-import.ts#UndoOutcome',
};

export function codegenConfig(): CodegenConfig {
  return {
    schema: schemaFiles,
    ignoreNoDocuments: false,
    generates: {
      [CLIENT_OUT]: {
        documents: ['client/src/**/*.{ts,tsx}', '!client/src/generated/**'],
        preset: 'client',
        presetConfig: { fragmentMasking: false, skipIndexFile: true },
        config: {
          // Strings, not parsed DocumentNodes: the app posts them as they are and ships no GraphQL parser
          // outside the query console.
          documentMode: 'string',
          enumsAsTypes: true,
          useTypeImports: true,
          scalars,
        },
      },
      // The SDL the query console autocompletes against (imported with Vite's ?raw).
      [`${CLIENT_OUT}schema.graphql`]: { plugins: ['schema-ast'], config: { includeDirectives: false } },
      [SERVER_OUT]: {
        plugins: ['typescript', 'typescript-resolvers'],
        config: {
          useTypeImports: true,
          enumsAsTypes: true,
          scalars,
          strictScalars: true,
          contextType: '../context.ts#Context',
          mappers,
          // The store's types share names with the GraphQL ones (Entity, Relation, ...).
          mapperTypeSuffix: 'Model',
          // Resolvers receive the registry's formats (`un-sanctions`), not the enum's names.
          enumValues: {
            GraphFormat: { ...GRAPH_FORMAT_ENUM_VALUES },
            // Resolvers and the store speak the roles of store/actor.ts.
            Role: { VIEWER: 'viewer', EDITOR: 'editor', ADMIN: 'admin' },
            // Matching across cases speaks the store's words (store/matches/compare.ts).
            MatchKind: { IDENTIFIER: 'identifier', NAME: 'name' },
            MatchHow: {
              EXACT: 'exact',
              NORMALISED: 'normalised',
              TRANSLITERATED: 'transliterated',
              CLOSE: 'close',
            },
          },
        },
      },
    },
  };
}

export default codegenConfig();
