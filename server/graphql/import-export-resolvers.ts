/**
 * Resolvers of import-export.graphql: file import and export in every supported format, through
 * the same paths as the `redstring` command (server/formats).
 */
import { exportGraphAs } from '../formats/export-file.ts';
import { GraphQLError } from 'graphql';
import { FORMATS } from '../formats/registry.ts';
import { FormatRequestError, type GraphFormat } from '../formats/types.ts';
import { StoreInputError } from '../store/types.ts';
import type {
  GraphFormat as SchemaGraphFormat,
  GraphFormatResolvers,
  Resolvers,
} from './generated/resolvers-types.ts';
import { GRAPH_FORMAT_ENUM_VALUES, type GraphFormatEnumName } from './graph-format-enum.ts';

/**
 * Fails to type-check when the SDL enum GraphFormat and the registry's formats differ: a format the
 * enum lacks, or an enum value that is no format (then `npm run codegen` and fix the SDL).
 */
type SameFormats = [SchemaGraphFormat, keyof GraphFormatResolvers] extends [GraphFormat, GraphFormatEnumName]
  ? [GraphFormat, GraphFormatEnumName] extends [SchemaGraphFormat, keyof GraphFormatResolvers]
    ? true
    : false
  : false;
const formatValues: SameFormats extends true ? GraphFormatResolvers : never = GRAPH_FORMAT_ENUM_VALUES;

/**
 * A file the caller sent that cannot be read is their error, said precisely. The app shows a
 * FormatError with where it is (server/app.ts `isUserError`) and masks other errors; a format that
 * cannot serve the request at all is bad input, as the store's refusals are.
 */
function userError(error: unknown): never {
  if (error instanceof FormatRequestError) throw new StoreInputError(error.message, 'BAD_INPUT');
  throw error;
}

export const importExportResolvers: Resolvers = {
  GraphFormat: formatValues,
  Query: {
    exportGraph: async (_, args, { store }) => {
      const files = await exportGraphAs(store, args.format, { ids: args.ids }).catch(userError);
      return { format: args.format, files };
    },
    graphFormats: () =>
      Object.values(FORMATS).map((info) => ({
        format: info.format,
        label: info.label,
        extensions: [...info.extensions],
        canImport: info.importer !== null,
        canExport: info.exporter !== null,
      })),
  },
  Mutation: {
    // A thin wrapper over a job (import-jobs.ts) that answers when it ends: one import at a time
    // whichever way it came, cancellable, and refused while another runs. For small text (the
    // explorer's pasted files, the examples); files go through `startImport`.
    importFile: async (_, args, { actor, imports }) => {
      const started = imports.start({
        inputs: [{ content: args.content, name: args.fileName || 'uploaded file' }],
        format: args.format ?? null,
        dryRun: args.dryRun ?? false,
        actor,
      });
      const job = await imports.finished(started.id);
      if (job.report) return job.report;
      if (job.state === 'cancelled')
        throw new GraphQLError('the import was cancelled; nothing was written', {
          extensions: { code: 'CANCELLED' },
        });
      const error = job.error!;
      throw new GraphQLError(error.message, {
        extensions: {
          code: error.code,
          ...(error.at !== null ? { file: error.file, at: error.at, field: error.field } : {}),
        },
      });
    },
  },
};
