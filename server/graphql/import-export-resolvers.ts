/**
 * Resolvers of import-export.graphql: file import and export in every supported format, through
 * the same paths as the `redstring` command (server/formats).
 */
import { exportGraphAs } from '../formats/export-file.ts';
import { importFiles } from '../formats/import-file.ts';
import { FORMATS } from '../formats/registry.ts';
import { FormatError, type GraphFormat } from '../formats/types.ts';
import { StoreInputError } from '../store/types.ts';
import type { Context, Resolvers } from './context.ts';

/** GraphQL enum values and the formats they stand for. */
const FORMAT_VALUES: Record<string, GraphFormat> = {
  JSON: 'json',
  FTM: 'ftm',
  GRAPHML: 'graphml',
  GEXF: 'gexf',
  CYTOSCAPE: 'cytoscape',
  CSV: 'csv',
  UN_SANCTIONS: 'un-sanctions',
  CYPHER: 'cypher',
};

/**
 * A file the caller sent that cannot be read is their error, said precisely. The app shows a
 * FormatError with where it is (server/app.ts `isUserError`) and masks other errors.
 */
function userError(error: unknown): never {
  if (error instanceof FormatError) throw error;
  if (
    error instanceof Error &&
    /cannot tell the format|can be (exported|imported) but not|JSON graph files are read whole/.test(
      error.message,
    )
  )
    throw new StoreInputError(error.message, 'BAD_INPUT');
  throw error;
}

export const importExportResolvers: Resolvers = {
  GraphFormat: FORMAT_VALUES,
  Query: {
    exportGraph: async (
      _: unknown,
      args: { format: GraphFormat; ids?: string[] | null },
      { store }: Context,
    ) => {
      const files = await exportGraphAs(store, args.format, { ids: args.ids }).catch(userError);
      return { format: args.format, files };
    },
    graphFormats: () =>
      Object.values(FORMATS).map((info) => ({
        format: info.format,
        label: info.label,
        extensions: info.extensions,
        canImport: info.importer !== null,
        canExport: info.exporter !== null,
      })),
  },
  Mutation: {
    importFile: (
      _: unknown,
      args: {
        format?: GraphFormat | null;
        fileName?: string | null;
        content: string;
        dryRun?: boolean | null;
      },
      { store }: Context,
    ) =>
      importFiles(store, [{ content: args.content, name: args.fileName || 'uploaded file' }], {
        format: args.format ?? null,
        dryRun: args.dryRun ?? false,
      }).catch(userError),
  },
};
