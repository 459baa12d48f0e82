/**
 * Resolvers of import-jobs.graphql: imports from uploaded files as background jobs
 * (server/formats/import-jobs.ts), their progress and their cancelling.
 */
import { requireRole } from '../store/actor.ts';
import { StoreInputError } from '../store/types.ts';
import type { ImportJobState, ImportPhase, Resolvers } from './generated/resolvers-types.ts';
import { saveUploads } from './uploads.ts';

export const importJobResolvers: Resolvers = {
  Query: {
    importJob: (_, args, { imports }) => imports.get(args.id),
    importJobs: (_, __, { imports }) => imports.list(),
  },
  Mutation: {
    startImport: async (_, args, { actor, imports, store }) => {
      requireRole(actor, 'editor', 'importing');
      if (args.files.length === 0)
        throw new StoreInputError('startImport: give at least one file', 'BAD_INPUT');
      // Refuse before the files are written to disk, not after.
      imports.assertIdle();
      const target = args.case ? await store.inCase(args.case) : await store.only();
      const saved = await saveUploads(args.files);
      const csvColumns = Object.fromEntries(
        Object.entries(args.csvColumns ?? {}).filter((entry): entry is [string, string] => !!entry[1]),
      );
      return imports.start({
        target,
        inputs: saved.inputs,
        format: args.format ?? null,
        dryRun: args.dryRun ?? false,
        csvColumns,
        actor,
        cleanup: saved.remove,
      });
    },
    cancelImport: (_, args, { actor, imports }) => {
      requireRole(actor, 'editor', 'cancelling an import');
      return imports.cancel(args.id);
    },
  },
  ImportJob: {
    state: (job) => job.state.toUpperCase() as ImportJobState,
    phase: (job) => (job.phase ? (job.phase.toUpperCase() as ImportPhase) : null),
    createdAt: (job) => job.createdAt.toISOString(),
    endedAt: (job) => job.endedAt?.toISOString() ?? null,
  },
};
