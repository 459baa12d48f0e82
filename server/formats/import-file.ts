/**
 * The one import path every format, the CLI and the GraphQL API share: read records from the
 * format's importer, check each where it was read (so an error names the line or element),
 * drop duplicates, hold back edges whose nodes have not been seen yet, and hand the store chunks of
 * a few thousand records through `importChunks`, which writes them in one transaction.
 */
import {
  entitySchema,
  relationSchema,
  sourceSchema,
  type EntityInput,
  type GraphFile,
  type RelationInput,
  type SourceInput,
} from '../model/case-format.ts';
import { nameTextProblem } from '../model/text-rules.ts';
import type { Actor } from '../store/actor.ts';
import type { CaseStore } from '../store/case-store.ts';
import type { ImportOptions } from '../store/graph-store.ts';
import type { ImportReport } from '../store/types.ts';
import { importMapping, type ImportMappingEntry } from './import-mapping.ts';
import { inputName, inputSize } from './input.ts';
import { DEFAULT_ENTITY_TYPE, SOURCE_ID_PROPERTY } from './naming.ts';
import { detectFormat, importerFor } from './registry.ts';
import {
  FormatError,
  type FormatOptions,
  type GraphFormat,
  type ImportInput,
  type ImportRecord,
  type ReadContext,
} from './types.ts';

export interface ImportProgress {
  bytesRead: number;
  totalBytes: number;
  /** Records read so far (sources, entities and relations). */
  records: number;
}

export interface ImportFilesOptions extends FormatOptions {
  /** The format of every input; detected from the first input's name and content when absent. */
  format?: GraphFormat | null;
  /** Report what would change without writing. @default false */
  dryRun?: boolean;
  /** Records per chunk handed to the store. @default 2000 */
  chunkSize?: number;
  /** Allow the store's bulk path (see ImportOptions.bulk). @default false */
  bulk?: boolean;
  /** Who imports, for the audit log (see WriteOptions.actor). */
  actor?: Actor;
  onProgress?: (progress: ImportProgress) => void;
  /** Passed to the store: cancelling, the phase, holding other writes off (import-jobs.ts). */
  signal?: ImportOptions['signal'];
  onPhase?: ImportOptions['onPhase'];
  exclusive?: ImportOptions['exclusive'];
}

/** What an import of files reports: the store's counts, the format, and which attribute gave what. */
export type FileImportReport = ImportReport & { format: GraphFormat; mapping: ImportMappingEntry[] };

/** Most ids a warning lists before it says how many more there are. */
const LISTED_IDS = 10;
const LOOKUP_BATCH = 1_000;

interface Warnings {
  add(key: string, message: string): void;
  list(): string[];
}

function warnings(): Warnings {
  const seen = new Map<string, { message: string; count: number }>();
  return {
    add(key, message) {
      const entry = seen.get(key);
      if (entry) entry.count++;
      else seen.set(key, { message, count: 1 });
    },
    list: () =>
      [...seen.values()].map(({ message, count }) => (count > 1 ? `${message} (${count} times)` : message)),
  };
}

function issuePath(path: readonly PropertyKey[]): string {
  return path
    .map((part) => (typeof part === 'number' ? `[${part}]` : String(part)))
    .join('.')
    .replace(/\.\[/g, '[');
}

/** Imports one or more inputs of one format atomically: everything is written, or nothing. */
export async function importFiles(
  store: Pick<CaseStore, 'getEntities' | 'importChunks'>,
  inputs: readonly ImportInput[],
  options: ImportFilesOptions = {},
): Promise<FileImportReport> {
  if (inputs.length === 0) throw new Error('nothing to import: give at least one file');
  // Each input may be of its own format (a GraphML file and a CSV of extra edges, say).
  const formats = options.format
    ? inputs.map(() => options.format!)
    : await Promise.all(inputs.map(detectFormat));
  const format = formats[0]!;
  const importer = importerFor(format);
  const importers = formats.map(importerFor);
  const file = inputs.map(inputName).join(', ');
  const sizes = inputs.map(inputSize);
  const totalBytes = sizes.reduce((a, b) => a + b, 0);
  const found = warnings();
  const mapping = importMapping();
  let records = 0;
  let bytesBefore = 0;
  let currentFile = inputName(inputs[0]!);
  const context: ReadContext = {
    get file() {
      return currentFile;
    },
    warn: (key, message) => found.add(key, message),
    mapped: (of, attribute, field, example) => mapping.note(currentFile, of, attribute, field, example),
    progress: (bytes) => options.onProgress?.({ bytesRead: bytesBefore + bytes, totalBytes, records }),
    options,
  };
  const chunkSize = options.chunkSize ?? 2_000;

  async function* records$(): AsyncGenerator<ImportRecord> {
    // The importer reads every input; the context follows which one is current for messages.
    for (let i = 0; i < inputs.length; i++) {
      currentFile = inputName(inputs[i]!);
      for await (const record of importers[i]!.read([inputs[i]!], context)) yield record;
      bytesBefore += sizes[i]!;
    }
  }

  async function* chunks(): AsyncGenerator<GraphFile> {
    const sourceIds = new Set<string>();
    const entityIds = new Set<string>();
    const relationIds = new Set<string>();
    const pending: { relation: RelationInput; at: string }[] = [];
    let chunk: GraphFile = { sources: [], entities: [], relations: [] };
    let size = 0;
    const fail = (at: string, issues: readonly { path: readonly PropertyKey[]; message: string }[]) => {
      const issue = issues[0]!;
      throw new FormatError(currentFile, at, issuePath(issue.path) || null, issue.message);
    };
    for await (const record of records$()) {
      records++;
      // A foreign id that had to be rewritten is kept as `sourceId`: it is an id all the same.
      const originalId = record.kind === 'source' ? undefined : record.value.properties?.[SOURCE_ID_PROPERTY];
      const idProblem = typeof originalId === 'string' ? nameTextProblem(originalId) : null;
      if (idProblem) throw new FormatError(currentFile, record.at, 'id', `the id ${idProblem}`);
      if (record.kind === 'source') {
        const parsed = sourceSchema.safeParse(record.value);
        if (!parsed.success) fail(record.at, parsed.error.issues);
        const source = parsed.data as SourceInput;
        if (sourceIds.has(source.id)) continue;
        sourceIds.add(source.id);
        chunk.sources.push(source);
      } else if (record.kind === 'entity') {
        const parsed = entitySchema.safeParse(record.value);
        if (!parsed.success) fail(record.at, parsed.error.issues);
        const entity = parsed.data as EntityInput;
        if (entityIds.has(entity.id)) {
          found.add(
            'duplicate-entity',
            `skipped a second node with id "${entity.id}" (${record.at}); the first one is kept`,
          );
          continue;
        }
        entityIds.add(entity.id);
        chunk.entities.push(entity);
      } else {
        const parsed = relationSchema.safeParse(record.value);
        if (!parsed.success) fail(record.at, parsed.error.issues);
        const relation = parsed.data as RelationInput;
        if (relationIds.has(relation.id)) {
          found.add(
            'duplicate-relation',
            `skipped a second edge with id "${relation.id}" (${record.at}); the first one is kept`,
          );
          continue;
        }
        relationIds.add(relation.id);
        if (entityIds.has(relation.from) && entityIds.has(relation.to)) chunk.relations.push(relation);
        // Its nodes may come later in the file (GraphML allows it), or be in the store already.
        else pending.push({ relation, at: record.at });
      }
      if (++size >= chunkSize) {
        yield chunk;
        chunk = { sources: [], entities: [], relations: [] };
        size = 0;
      }
    }
    const missing = [
      ...new Set(
        pending.flatMap(({ relation }) => [relation.from, relation.to]).filter((id) => !entityIds.has(id)),
      ),
    ];
    const stored = new Set<string>();
    for (let i = 0; i < missing.length; i += LOOKUP_BATCH) {
      const batch = missing.slice(i, i + LOOKUP_BATCH);
      (await store.getEntities(batch)).forEach((entity, j) => entity && stored.add(batch[j]!));
    }
    const absent = missing.filter((id) => !stored.has(id));
    if (absent.length > 0) {
      if (importer.danglingEdges === 'error') {
        const first = pending.find(
          ({ relation }) => absent.includes(relation.from) || absent.includes(relation.to),
        )!;
        const field = absent.includes(first.relation.from) ? 'from' : 'to';
        throw new FormatError(
          currentFile,
          first.at,
          field,
          `names entity "${first.relation[field]}", which is neither in the file nor in the store`,
        );
      }
      const shown = absent.slice(0, LISTED_IDS).map((id) => `"${id}"`);
      found.add(
        'placeholders',
        `${absent.length} node${absent.length > 1 ? 's' : ''} named by edges but not declared in the file (${shown.join(', ')}${absent.length > LISTED_IDS ? `, and ${absent.length - LISTED_IDS} more` : ''}): created placeholder entit${absent.length > 1 ? 'ies' : 'y'} of type ${importer.placeholderType} with property placeholder=true`,
      );
      for (const id of absent)
        chunk.entities.push({
          id,
          type: importer.placeholderType || DEFAULT_ENTITY_TYPE,
          name: id,
          aliases: [],
          properties: { placeholder: true },
          evidence: [],
        });
    }
    yield chunk;
    for (let i = 0; i < pending.length; i += chunkSize)
      yield { sources: [], entities: [], relations: pending.slice(i, i + chunkSize).map((p) => p.relation) };
  }

  const report = await store.importChunks(chunks(), {
    dryRun: options.dryRun ?? false,
    file,
    format,
    bulk: options.bulk ?? false,
    actor: options.actor,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onPhase ? { onPhase: options.onPhase } : {}),
    ...(options.exclusive !== undefined ? { exclusive: options.exclusive } : {}),
  });
  return { ...report, warnings: [...report.warnings, ...found.list()], format, mapping: mapping.list() };
}
