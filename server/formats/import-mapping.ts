/**
 * What the import report says about where each field came from: "node attribute `station_name`
 * gave the name of 943 entities, e.g. 東京". A foreign file names its fields as it likes, and the
 * importer guesses (docs/formats.md, "Mapping rules"); the report shows the guess, so a user can
 * see a wrong one before trusting the graph.
 */

/** Which kind of record an attribute fed. */
export type MappedRecord = 'entity' | 'relation';

export interface ImportMappingEntry {
  /** The file the attribute is in. */
  file: string;
  of: MappedRecord;
  /** The attribute as the file names it: `station_name`, `viz:color`, `position.x`, a CSV header. */
  attribute: string;
  /** The field it gave: `name`, `type`, `aliases`, `description`, or `properties.vizX` and the like. */
  field: string;
  /** How many records it gave that field. */
  count: number;
  /** The first value it gave, as text, so a user can judge the guess. */
  example: string | null;
}

/** Longest example kept: enough to recognise a name, not a whole description. */
const EXAMPLE_CHARS = 80;

function exampleText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > EXAMPLE_CHARS ? `${text.slice(0, EXAMPLE_CHARS - 1)}…` : text;
}

export interface ImportMapping {
  note(file: string, of: MappedRecord, attribute: string, field: string, example?: unknown): void;
  /** Entries in the order they were first seen. */
  list(): ImportMappingEntry[];
}

/** Counts each (file, record kind, attribute, field) once per record it fed. */
export function importMapping(): ImportMapping {
  const entries = new Map<string, ImportMappingEntry>();
  return {
    note(file, of, attribute, field, example) {
      const key = JSON.stringify([file, of, attribute, field]);
      const entry = entries.get(key);
      if (entry) entry.count++;
      else entries.set(key, { file, of, attribute, field, count: 1, example: exampleText(example) });
    },
    list: () => [...entries.values()].map((entry) => ({ ...entry })),
  };
}

/** One line of a report for people: `entity name <- station_name (943, e.g. 東京)`. */
export function describeMapping(entry: ImportMappingEntry): string {
  const example = entry.example === null ? '' : `, e.g. ${entry.example}`;
  return `${entry.of} ${entry.field} <- ${entry.attribute} (${entry.count}${example})`;
}
