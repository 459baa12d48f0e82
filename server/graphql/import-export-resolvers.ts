/**
 * Resolvers of import-export.graphql: file import and export in every supported format, through
 * the same paths as the `redstring` command (server/formats).
 */
import { exportGraphAs } from '../formats/export-file.ts';
import { GraphQLError } from 'graphql';
import { FORMATS } from '../formats/registry.ts';
import { FormatRequestError, type GraphFormat } from '../formats/types.ts';
import type { CaseStore } from '../store/graph-store.ts';
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

/** A case, or the part around `ids`, as a file of `format`. */
export async function exportAs(
  store: Pick<CaseStore, 'exportGraph' | 'id'>,
  args: { format: SchemaGraphFormat; ids?: readonly string[] | null },
) {
  const files = await exportGraphAs(store, args.format, { ids: args.ids ?? null }).catch(userError);
  return { format: args.format, files };
}

/** Every format with what it can do. */
export function formatList() {
  return Object.values(FORMATS).map((info) => ({
    format: info.format,
    label: info.label,
    extensions: [...info.extensions],
    canImport: info.importer !== null,
    canExport: info.exporter !== null,
  }));
}

export const importExportResolvers: Resolvers = {
  GraphFormat: formatValues,
  Query: {
    exportGraph: async (_, args, { store }) => exportAs(await store.only(), args),
    graphFormats: () => formatList(),
  },
  Mutation: {
    // A thin wrapper over a job (import-jobs.ts) that answers when it ends: one import at a time
    // whichever way it came, cancellable, and refused while another runs. For small text (the
    // pasted files, the examples); files go through `startImport`.
    importFile: async (_, args, { actor, imports, store }) => {
      const target = args.case ? await store.inCase(args.case) : await store.only();
      const started = imports.start({
        target,
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
