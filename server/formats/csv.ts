/**
 * CSV: an entities file and a relations file (either, or both in one import), streamed through
 * `csv-parse`. Which column is which field follows the header (docs/formats.md lists the names
 * recognised, including Neo4j's `:ID`, `:START_ID`, `:END_ID`, `:TYPE`, `:LABEL`), or an explicit
 * mapping for files that use other names. A header may carry a type: `count:long`,
 * `tags:string[]`, `meta:json`. Export writes the two files with typed headers.
 */
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { stringify } from 'csv-stringify/sync';
import {
  RELATION_STATUSES,
  RESERVED_ENTITY_KEYS,
  RESERVED_RELATION_KEYS,
  type GraphFile,
  type PropertyValue,
} from '../model/case-format.ts';
import { neutraliseCell, restoreCell } from './csv-formulas.ts';
import { inputName, textChunks } from './input.ts';
import { parseBoundedJson } from './json-depth.ts';
import {
  DEFAULT_ENTITY_TYPE,
  DEFAULT_RELATION_TYPE,
  EdgeIds,
  PropertyNamer,
  SOURCE_ID_PROPERTY,
  cleanAliases,
  cleanName,
  mapId,
  parseTyped,
  toEntityType,
  toPartialDate,
  toPropertyValue,
  toRelationType,
  typeOfValues,
} from './naming.ts';
import {
  FormatError,
  type CsvField,
  type ExportedPart,
  type FormatImporter,
  type ImportRecord,
} from './types.ts';

/** Header names recognised for each field, compared without case, spaces, `_` or `-`. */
const ENTITY_COLUMNS: Partial<Record<CsvField, readonly string[]>> = {
  id: ['id', ':id', 'entityid', 'nodeid'],
  type: ['type', ':label', 'entitytype', 'nodetype', 'kind', 'category', 'class', 'schema'],
  name: ['name', 'label', 'title', 'caption'],
  aliases: ['aliases', 'alias', 'aka'],
  description: ['description'],
};
const RELATION_COLUMNS: Partial<Record<CsvField, readonly string[]>> = {
  id: ['id', 'relationid', 'edgeid', ':id'],
  type: [
    'type',
    ':type',
    'relationtype',
    'relationship',
    'relation',
    'label',
    'interaction',
    'edgetype',
    'kind',
  ],
  from: ['from', ':startid', 'source', 'sourceid', 'start', 'subject', 'fromid', 'src'],
  to: ['to', ':endid', 'target', 'targetid', 'end', 'object', 'toid', 'dst'],
  date: ['date'],
  startDate: ['startdate', 'start_date'],
  endDate: ['enddate', 'end_date'],
  status: ['status'],
};

const norm = (name: string) => name.toLowerCase().replace(/[\s_-]/g, '');

interface Column {
  index: number;
  header: string;
  /** The header without its type suffix (`count:long` -> `count`). */
  name: string;
  type: string | null;
  list: boolean;
}

function column(header: string, index: number): Column {
  const typed =
    /^(.*?):(string|int|long|short|byte|float|double|number|boolean|bool|json|date)(\[\])?$/i.exec(
      header.trim(),
    );
  if (typed)
    return { index, header, name: typed[1]!.trim(), type: typed[2]!.toLowerCase(), list: !!typed[3] };
  const neo4j = /^(.*?)(:(?:ID|START_ID|END_ID|TYPE|LABEL))(\(.*\))?$/i.exec(header.trim());
  // Neo4j admin headers: `personId:ID` is the id column, `:LABEL` the type.
  if (neo4j) return { index, header, name: neo4j[2]!, type: null, list: false };
  return { index, header, name: header.trim(), type: null, list: false };
}

function resolve(
  columns: readonly Column[],
  table: Partial<Record<CsvField, readonly string[]>>,
  explicit: Partial<Record<CsvField, string>>,
  file: string,
): Partial<Record<CsvField, Column>> {
  const out: Partial<Record<CsvField, Column>> = {};
  const taken = new Set<number>();
  for (const [field, header] of Object.entries(explicit) as [CsvField, string][]) {
    if (!(field in table)) continue;
    const found = columns.find((c) => c.header === header || norm(c.name) === norm(header));
    if (!found)
      throw new FormatError(
        file,
        'line 1',
        field,
        `the column mapping names column "${header}", which the header does not have`,
      );
    out[field] = found;
    taken.add(found.index);
  }
  for (const [field, names] of Object.entries(table) as [CsvField, readonly string[]][]) {
    if (out[field]) continue;
    for (const name of names) {
      const found = columns.find((c) => !taken.has(c.index) && norm(c.name) === norm(name));
      if (found) {
        out[field] = found;
        taken.add(found.index);
        break;
      }
    }
  }
  return out;
}

function cellValue(
  cell: string,
  col: Column,
  warn: (key: string, message: string) => void,
  at: string,
): PropertyValue | undefined {
  if (cell === '') return undefined;
  if (col.type === 'json') {
    try {
      return toPropertyValue(parseBoundedJson(cell), warn, `column ${col.header}`);
    } catch {
      warn(`json:${col.header}`, `${at}: column ${col.header} is not JSON; kept as text`);
      return cell;
    }
  }
  if (col.list) {
    let items: unknown[] | null = null;
    if (cell.trim().startsWith('[')) {
      try {
        const parsed: unknown = parseBoundedJson(cell);
        if (Array.isArray(parsed)) items = parsed;
      } catch {
        // not JSON: fall back to `;`-separated
      }
    }
    items ??= cell
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean);
    const typed = items.map((item) =>
      typeof item === 'string' && col.type ? (parseTyped(item, col.type) ?? item) : item,
    );
    return toPropertyValue(typed, warn, `column ${col.header}`);
  }
  if (col.type && col.type !== 'string' && col.type !== 'date') {
    const value = parseTyped(cell, col.type);
    if (value === null) {
      warn(
        `type:${col.header}`,
        `${at}: "${cell.slice(0, 50)}" in column ${col.header} is not a ${col.type}; kept as text`,
      );
      return cell;
    }
    return value;
  }
  return toPropertyValue(cell, warn, `column ${col.header}`);
}

function list(cell: string): string[] {
  if (cell.trim().startsWith('[')) {
    try {
      const parsed: unknown = parseBoundedJson(cell);
      if (Array.isArray(parsed)) return parsed.map(String);
    } catch {
      // not JSON
    }
  }
  return cell.split(';');
}

function delimiterOf(firstLine: string, name: string): string {
  if (name.toLowerCase().endsWith('.tsv')) return '\t';
  const counts = ['\t', ';', ','].map((d) => [d, firstLine.split(d).length - 1] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best), [',', 0] as const)[0];
}

export const csvImporter: FormatImporter = {
  format: 'csv',
  danglingEdges: 'placeholder',
  placeholderType: DEFAULT_ENTITY_TYPE,
  async *read(inputs, context) {
    for (const input of inputs) {
      const file = inputName(input);
      const chunks = textChunks(input, context.progress);
      const first = await chunks.next();
      const firstText = first.done ? '' : first.value;
      const delimiter = delimiterOf(firstText.split('\n', 1)[0] ?? '', file);
      async function* all() {
        if (firstText) yield firstText;
        yield* chunks;
      }
      const source = Readable.from(all());
      const parser = parse({ delimiter, bom: true, skip_empty_lines: true, info: true, relax_quotes: false });
      source.on('error', (error) => parser.destroy(error));
      source.pipe(parser);
      let kind: 'entities' | 'relations' | null = null;
      let fields: Partial<Record<CsvField, Column>> = {};
      let rest: Column[] = [];
      let namer: PropertyNamer | null = null;
      const edgeIds = new EdgeIds();
      try {
        for await (const row of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
          const at = `line ${row.info.lines}`;
          // Cells are read as the export wrote them before it neutralised formulas (csv-formulas.ts).
          const cells = kind === null ? row.record : row.record.map(restoreCell);
          if (kind === null) {
            const columns = cells.map(column);
            const explicit = context.options.csvColumns ?? {};
            const asRelations = resolve(columns, RELATION_COLUMNS, explicit, file);
            if (asRelations.from && asRelations.to) {
              kind = 'relations';
              fields = asRelations;
              namer = new PropertyNamer(RESERVED_RELATION_KEYS, context.warn);
            } else {
              fields = resolve(columns, ENTITY_COLUMNS, explicit, file);
              if (!fields.id)
                throw new FormatError(
                  file,
                  at,
                  null,
                  `neither an entities file (needs an id column) nor a relations file (needs from and to columns); the columns are ${cells.map((c) => `"${c}"`).join(', ')}. Name them with a column mapping (--columns id=...,from=...,to=...).`,
                );
              kind = 'entities';
              namer = new PropertyNamer(RESERVED_ENTITY_KEYS, context.warn);
            }
            const used = new Set(Object.values(fields).map((c) => c.index));
            rest = columns.filter((c) => !used.has(c.index) && c.header.trim() !== '');
            continue;
          }
          const cell = (field: CsvField) => {
            const col = fields[field];
            const text = col ? (cells[col.index] ?? '').trim() : '';
            // The report says which column gave each field (ids and ends are what the header says).
            if (col && text && !['id', 'from', 'to'].includes(field))
              context.mapped(kind === 'entities' ? 'entity' : 'relation', col.header, field, text);
            return text;
          };
          const properties: Record<string, PropertyValue> = {};
          for (const col of rest) {
            const value = cellValue(cells[col.index] ?? '', col, context.warn, at);
            if (value !== undefined) properties[namer!.name(col.name)] = value;
          }
          if (kind === 'entities') {
            const rawId = cell('id');
            if (!rawId) throw new FormatError(file, at, fields.id!.header, 'an entity needs an id');
            const id = mapId(rawId);
            if (id !== rawId) properties[SOURCE_ID_PROPERTY] = rawId;
            const name = cleanName(cell('name')) || rawId;
            const typeText = cell('type');
            const type = toEntityType(typeText) ?? DEFAULT_ENTITY_TYPE;
            const description = cell('description');
            yield {
              kind: 'entity',
              at,
              value: {
                id,
                type,
                name,
                aliases: cleanAliases(fields.aliases ? list(cell('aliases')) : [], name),
                ...(description ? { description } : {}),
                properties,
              },
            } satisfies ImportRecord;
          } else {
            const from = cell('from');
            const to = cell('to');
            if (!from)
              throw new FormatError(file, at, fields.from!.header, 'a relation needs a source entity id');
            if (!to)
              throw new FormatError(file, at, fields.to!.header, 'a relation needs a target entity id');
            const rawId = cell('id') || edgeIds.next(from, to);
            const id = mapId(rawId);
            if (id !== rawId) properties[SOURCE_ID_PROPERTY] = rawId;
            const dates: Record<string, string> = {};
            for (const field of ['date', 'startDate', 'endDate'] as const) {
              const text = cell(field);
              if (!text) continue;
              const date = toPartialDate(text);
              if (date === text) dates[field] = date;
              else {
                properties[`${field}Text`] = text;
                context.warn(
                  `date:${field}`,
                  `${at}: "${text}" in column ${fields[field]!.header} is not a partial ISO date (2024, 2024-10, 2024-10-15); kept as ${field}Text`,
                );
              }
            }
            if (dates.startDate && dates.endDate && dates.startDate > dates.endDate) {
              properties.endDateText = dates.endDate;
              delete dates.endDate;
            }
            const statusText = cell('status');
            const status = RELATION_STATUSES.find((s) => s === statusText);
            if (statusText && !status) {
              properties.statusText = statusText;
              context.warn(
                'status',
                `${at}: status "${statusText}" is not one of ${RELATION_STATUSES.join(', ')}; kept as statusText`,
              );
            }
            yield {
              kind: 'relation',
              at,
              value: {
                id,
                type: toRelationType(cell('type')) ?? DEFAULT_RELATION_TYPE,
                from: mapId(from),
                to: mapId(to),
                ...dates,
                ...(status ? { status } : {}),
                properties,
              },
            };
          }
        }
      } catch (error) {
        if (error instanceof FormatError) throw error;
        const lines = (error as { lines?: unknown }).lines;
        throw new FormatError(
          file,
          typeof lines === 'number' ? `line ${lines}` : 'reading',
          null,
          `malformed CSV: ${error instanceof Error ? error.message : String(error)}`,
        );
      } finally {
        source.destroy();
      }
      if (kind === null)
        throw new FormatError(file, 'line 1', null, 'the file is empty: a CSV file needs a header row');
    }
  },
};

// ---------------------------------------------------------------- export

function header(name: string, values: readonly PropertyValue[]): string {
  const type = typeOfValues(values);
  if (type === 'string') return name;
  if (type !== 'json') return `${name}:${type}`;
  return values.every((v) => Array.isArray(v) && v.every((x) => typeof x === 'string'))
    ? `${name}:string[]`
    : `${name}:json`;
}

function propertyColumns(
  records: readonly { properties: Record<string, PropertyValue> }[],
): { name: string; header: string }[] {
  const byName = new Map<string, PropertyValue[]>();
  for (const record of records)
    for (const [name, value] of Object.entries(record.properties))
      byName.set(name, [...(byName.get(name) ?? []), value]);
  return [...byName.keys()].sort().map((name) => ({ name, header: header(name, byName.get(name)!) }));
}

/** Lists and mixed-type columns are JSON in every cell, so `"5"` and `5` stay apart. */
const cellText = (value: PropertyValue | undefined, header: string) =>
  value === undefined ? '' : /(:json|\[\])$/.test(header) ? JSON.stringify(value) : String(value);

const neutralise = (rows: readonly string[][]) => rows.map((row) => row.map(neutraliseCell));

/** Two files: `entities.csv` and `relations.csv`. Evidence and sources are not written. */
export function exportCsv(graph: GraphFile): ExportedPart[] {
  const entityProps = propertyColumns(graph.entities);
  const entityRows = [
    ['id', 'type', 'name', 'aliases:string[]', 'description', ...entityProps.map((p) => p.header)],
    ...graph.entities.map((e) => [
      e.id,
      e.type,
      e.name,
      e.aliases.length ? JSON.stringify(e.aliases) : '',
      e.description ?? '',
      ...entityProps.map((p) => cellText(e.properties[p.name], p.header)),
    ]),
  ];
  const relationProps = propertyColumns(graph.relations);
  const relationRows = [
    [
      'id',
      'type',
      'from',
      'to',
      'date',
      'startDate',
      'endDate',
      'status',
      ...relationProps.map((p) => p.header),
    ],
    ...graph.relations.map((r) => [
      r.id,
      r.type,
      r.from,
      r.to,
      r.date ?? '',
      r.startDate ?? '',
      r.endDate ?? '',
      r.status ?? '',
      ...relationProps.map((p) => cellText(r.properties[p.name], p.header)),
    ]),
  ];
  return [
    { fileName: 'entities.csv', mediaType: 'text/csv', content: stringify(neutralise(entityRows)) },
    { fileName: 'relations.csv', mediaType: 'text/csv', content: stringify(neutralise(relationRows)) },
  ];
}
