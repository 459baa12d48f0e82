/**
 * The importer and exporter interfaces every format module implements. An importer turns one
 * input into a stream of records in the native shapes; the shared driver (import-file.ts) checks,
 * de-duplicates and chunks them into one store transaction. An exporter turns the native graph
 * into one or more files.
 */
import type { PropertyValue } from '../model/case-format.ts';
import type { MappedRecord } from './import-mapping.ts';

/** Every format Redstring reads or writes. `un-sanctions` is import only, `cypher` export only. */
export const GRAPH_FORMATS = [
  'json',
  'ftm',
  'graphml',
  'gexf',
  'cytoscape',
  'csv',
  'un-sanctions',
  'cypher',
] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

/** Where an import reads from: a file on disk (streamed) or text already in memory. */
export type ImportInput = { path: string; name?: string } | { content: string; name: string };

/** A source, entity or relation as an importer produced it, before validation. */
export type ImportRecord =
  | { kind: 'source'; value: RawSource; at: string }
  | { kind: 'entity'; value: RawEntity; at: string }
  | { kind: 'relation'; value: RawRelation; at: string };

export interface RawSource {
  id: string;
  title: string;
  publisher?: string;
  url?: string;
  publishedAt?: string;
  kind?: string;
}

export interface RawEvidence {
  source: string;
  quote: string;
  locator?: string;
}

export interface RawEntity {
  id: string;
  type: string;
  name: string;
  aliases?: string[];
  description?: string;
  properties?: Record<string, PropertyValue>;
  evidence?: RawEvidence[];
}

export interface RawRelation {
  id: string;
  type: string;
  from: string;
  to: string;
  date?: string;
  startDate?: string;
  endDate?: string;
  status?: string;
  properties?: Record<string, PropertyValue>;
  evidence?: RawEvidence[];
}

/** What an importer may ask of the driver while it reads. */
export interface ReadContext {
  /** Name of the file, for messages. */
  readonly file: string;
  /** Records a warning; warnings with the same key are counted, not repeated. */
  warn(key: string, message: string): void;
  /**
   * Records that an attribute of the current file gave a field of one record (the report's
   * mapping): call it once per record, with the value it gave as the example.
   */
  mapped(of: MappedRecord, attribute: string, field: string, example?: unknown): void;
  /** Reports progress in bytes of the input. */
  progress(bytesRead: number): void;
  /** Options of the import that a format may use (CSV column names). */
  readonly options: FormatOptions;
}

export interface FormatOptions {
  /**
   * CSV only: which column of the file holds each field, for files that use other headers, e.g.
   * `{ from: 'Source', to: 'Target', type: 'Relationship' }`.
   */
  csvColumns?: Partial<Record<CsvField, string>>;
}

export const CSV_FIELDS = [
  'id',
  'type',
  'name',
  'aliases',
  'description',
  'from',
  'to',
  'date',
  'startDate',
  'endDate',
  'status',
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

export interface FormatImporter {
  readonly format: GraphFormat;
  /**
   * What an edge that names a node the file does not declare (and the store does not hold)
   * becomes: a placeholder entity (foreign formats), or an error (the native format, which
   * must be consistent).
   */
  readonly danglingEdges: 'placeholder' | 'error';
  /** Type of placeholder entities. */
  readonly placeholderType: string;
  /** Reads the inputs in order and yields their records. Throws FormatError on a malformed file. */
  read(inputs: readonly ImportInput[], context: ReadContext): AsyncIterable<ImportRecord>;
}

/** One file of an export. CSV writes two; every other format one. */
/** What an exporter knows beside the graph: the case it comes from (a Cypher script recreates it). */
export interface ExportContext {
  case: { id: string; name: string };
}

export interface ExportedPart {
  fileName: string;
  mediaType: string;
  content: string;
}

/**
 * A malformed input, located precisely enough to fix it. The app shows it to the caller with its
 * place (server/app.ts).
 */
export class FormatError extends Error {
  constructor(
    readonly file: string,
    /** The line, element or record: `line 12`, `<edge id="e3"> (line 40)`, `entities[4]`. */
    readonly at: string,
    /** The field at fault, when there is one. */
    readonly field: string | null,
    readonly detail: string,
  ) {
    super(`${file}: ${at}${field ? `, field ${field}` : ''}: ${detail}`);
    this.name = 'FormatError';
  }
}

/**
 * Why a request cannot be served whatever its content says: its format cannot be told, the format
 * is not read (or not written), or a whole-text file is too large. `undetected` and `too-large`
 * name the file, `not-importable` and `not-exportable` the format.
 */
export type FormatRequestErrorKind = 'undetected' | 'not-importable' | 'not-exportable' | 'too-large';

/**
 * A request the formats refuse before reading a record: the caller fixes it by naming another
 * format or splitting the file, so the API answers it as bad input (server/graphql).
 */
export class FormatRequestError extends Error {
  /** The file it is about (`undetected`, `too-large`), or null. */
  readonly file: string | null;
  /** The format it is about (`not-importable`, `not-exportable`), or null. */
  readonly format: GraphFormat | null;

  constructor(
    readonly kind: FormatRequestErrorKind,
    message: string,
    about: { file?: string; format?: GraphFormat },
  ) {
    super(message);
    this.name = 'FormatRequestError';
    this.file = about.file ?? null;
    this.format = about.format ?? null;
  }
}
