/**
 * FollowTheMoney (FtM) entity streams: one JSON object per line (`.ijson`, `.ftm`, `.jsonl`), as
 * written by OpenSanctions, Aleph and `ftm export`. Thing schemata become entities; edge schemata
 * (Ownership, Payment, ...) become relations between their source and target properties.
 * https://followthemoney.tech/explorer/ lists the schemata; FTM_EDGES below copies their `edge:`.
 */
import {
  RELATION_STATUSES,
  RESERVED_ENTITY_KEYS,
  RESERVED_RELATION_KEYS,
  type GraphFile,
  type PropertyValue,
} from '../model/case-format.ts';
import { inputName, textLines } from './input.ts';
import { depthMessage, excessDepthOffset } from './json-depth.ts';
import {
  PropertyNamer,
  cleanAliases,
  cleanName,
  mapId,
  pascalToUpperSnake,
  shortHash,
  toEntityType,
  toPartialDate,
  toPropertyValue,
  toRelationType,
  upperSnakeToPascal,
} from './naming.ts';
import {
  FormatError,
  type ExportedPart,
  type FormatImporter,
  type ImportRecord,
  type RawEvidence,
  type RawSource,
  type ReadContext,
} from './types.ts';

/** Edge schemata: the property that names the source entity and the one that names the target. */
export const FTM_EDGES: Readonly<Record<string, readonly [source: string, target: string]>> = {
  Associate: ['person', 'associate'],
  Call: ['caller', 'receiver'],
  ContractAward: ['contract', 'supplier'],
  CourtCaseParty: ['party', 'case'],
  Debt: ['creditor', 'debtor'],
  Directorship: ['director', 'organization'],
  Documentation: ['document', 'entity'],
  Employment: ['employee', 'employer'],
  Family: ['person', 'relative'],
  Membership: ['member', 'organization'],
  Mention: ['document', 'resolved'],
  Occupancy: ['holder', 'post'],
  Ownership: ['owner', 'asset'],
  Payment: ['payer', 'beneficiary'],
  ProjectParticipant: ['participant', 'project'],
  Representation: ['agent', 'client'],
  Similar: ['candidate', 'match'],
  Succession: ['predecessor', 'successor'],
  UnknownLink: ['subject', 'object'],
};

/** Thing schemata an entity type can be written as unchanged. */
const FTM_THINGS = new Set([
  'Address',
  'Airplane',
  'Article',
  'Asset',
  'BankAccount',
  'Company',
  'Contract',
  'CourtCase',
  'CryptoWallet',
  'Document',
  'Event',
  'Identification',
  'LegalEntity',
  'Organization',
  'Passport',
  'Person',
  'Position',
  'Project',
  'PublicBody',
  'RealEstate',
  'Sanction',
  'Security',
  'Vehicle',
  'Vessel',
]);

/** Schemata for Redstring types FtM does not have; the type itself travels as `redstringType`. */
const FTM_FALLBACK: Readonly<Record<string, string>> = {
  GovernmentBody: 'PublicBody',
  MilitaryUnit: 'Organization',
  Group: 'Organization',
  MediaOutlet: 'Organization',
  Place: 'Address',
  LegalInstrument: 'Document',
};

/** Carries a Redstring type that the FtM schema cannot express, so import restores it. */
const TYPE_PROPERTY = 'redstringType';
/** Prefix of a property whose name would clash with an FtM property the mapping uses. */
const ESCAPE_PREFIX = 'rs_';

const NAME_PROPS = ['name'];
const ALIAS_PROPS = ['alias', 'previousName', 'weakAlias'];
const FALLBACK_NAME_PROPS = ['full', 'title', 'fileName', 'number', 'registrationNumber'];
const EVIDENCE_PROPS = ['sourceUrl', 'publisher'];
const DATE_FIELDS = ['date', 'startDate', 'endDate'] as const;
/** Top-level FtM keys besides id, schema and properties, kept as properties. */
const TOP_LEVEL_KEYS: Readonly<Record<string, string>> = {
  datasets: 'datasets',
  referents: 'referents',
  first_seen: 'firstSeen',
  last_seen: 'lastSeen',
  last_change: 'lastChange',
  target: 'target',
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** FtM values are lists; a bare value is taken as a list of one. */
function values(props: Record<string, unknown>, key: string): unknown[] {
  const value = props[key];
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).filter((v) => v !== null && v !== '');
}

const strings = (props: Record<string, unknown>, key: string): string[] =>
  values(props, key).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));

function unescape(key: string): string {
  return key.startsWith(ESCAPE_PREFIX) ? key.slice(ESCAPE_PREFIX.length) : key;
}

interface FtmRecord {
  id: string;
  schema: string;
  properties: Record<string, unknown>;
  extra: Record<string, unknown>;
}

function parseLine(line: string, number: number, file: string): FtmRecord {
  const at = `line ${number}`;
  let data: unknown;
  const deep = excessDepthOffset(line);
  if (deep !== -1) throw new FormatError(file, `${at}, column ${deep + 1}`, null, depthMessage);
  try {
    data = JSON.parse(line);
  } catch (error) {
    throw new FormatError(
      file,
      at,
      null,
      `not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (!isObject(data)) throw new FormatError(file, at, null, 'an FtM entity must be a JSON object');
  const { id, schema, properties = {}, caption: _caption, ...extra } = data;
  if (typeof id !== 'string' || id === '') throw new FormatError(file, at, 'id', 'missing or not a string');
  if (typeof schema !== 'string' || schema === '')
    throw new FormatError(file, at, 'schema', 'missing or not a string');
  if (!isObject(properties))
    throw new FormatError(file, at, 'properties', 'must be an object of value lists');
  return { id, schema, properties, extra };
}

function evidenceOf(record: FtmRecord, name: string): { sources: RawSource[]; evidence: RawEvidence[] } {
  const urls = strings(record.properties, 'sourceUrl');
  const publisher = strings(record.properties, 'publisher')[0];
  const quote = `FollowTheMoney ${record.schema} ${record.id}: ${name}`.slice(0, 5_000);
  const sources: RawSource[] = [];
  for (const url of urls.length > 0 ? urls : publisher ? [null] : []) {
    const validUrl = url && URL.canParse(url) && /^https?:/.test(url) ? url : undefined;
    sources.push({
      id: `ftm-source-${shortHash(`${url ?? ''}\u0000${publisher ?? ''}`, 12)}`,
      title: (publisher ?? url ?? 'unknown source').slice(0, 1_000),
      ...(publisher ? { publisher: publisher.slice(0, 500) } : {}),
      ...(validUrl ? { url: validUrl } : {}),
      kind: 'dataset',
    });
  }
  return { sources, evidence: sources.map((s) => ({ source: s.id, quote })) };
}

function propertiesOf(
  record: FtmRecord,
  skip: ReadonlySet<string>,
  namer: PropertyNamer,
  context: ReadContext,
): Record<string, PropertyValue> {
  const out: Record<string, PropertyValue> = {};
  const put = (raw: string, value: unknown) => {
    const name = namer.name(unescape(raw));
    const converted = toPropertyValue(value, context.warn, `property ${raw}`);
    if (converted !== undefined) out[name] = converted;
  };
  for (const key of Object.keys(record.properties)) {
    if (skip.has(key)) continue;
    const list = values(record.properties, key);
    // One value reads as a value, not a list of one: FtM makes every property a list.
    put(key, list.length === 1 ? list[0] : list);
  }
  for (const [key, name] of Object.entries(TOP_LEVEL_KEYS))
    if (key in record.extra) put(name, record.extra[key]);
  return out;
}

/** Tells the report which FtM property gave each field of an entity. */
function noteEntity(
  record: FtmRecord,
  context: ReadContext,
  found: {
    declaredType: string | null;
    type: string;
    names: readonly string[];
    caption: string | undefined;
    fallback: string | undefined;
    aliases: readonly string[];
    description: string;
  },
): void {
  context.mapped('entity', found.declaredType ? TYPE_PROPERTY : 'schema', 'type', found.type);
  const nameFrom = found.names[0]
    ? 'name'
    : found.caption
      ? 'caption'
      : found.fallback
        ? FALLBACK_NAME_PROPS.find((p) => strings(record.properties, p).length > 0)
        : undefined;
  if (nameFrom) context.mapped('entity', nameFrom, 'name', found.names[0] ?? found.caption ?? found.fallback);
  for (const prop of ALIAS_PROPS)
    if (strings(record.properties, prop).length > 0)
      context.mapped('entity', prop, 'aliases', found.aliases[0]);
  if (found.description) context.mapped('entity', 'description', 'description', found.description);
}

function* entityRecords(
  record: FtmRecord,
  at: string,
  namers: Namers,
  context: ReadContext,
): Generator<ImportRecord> {
  const names = strings(record.properties, 'name');
  const fallback = FALLBACK_NAME_PROPS.flatMap((p) => strings(record.properties, p))[0];
  const caption = typeof record.extra.caption === 'string' ? record.extra.caption : undefined;
  const name = cleanName(names[0] ?? caption ?? fallback ?? record.id) || record.id;
  const aliases = cleanAliases(
    [...names.slice(1), ...ALIAS_PROPS.flatMap((p) => strings(record.properties, p))],
    name,
  );
  const description = strings(record.properties, 'description').join('\n\n');
  const declaredType = toEntityType(strings(record.properties, TYPE_PROPERTY)[0]);
  const type = declaredType ?? toEntityType(record.schema) ?? 'Thing';
  noteEntity(record, context, { declaredType, type, names, caption, fallback, aliases, description });
  const skip = new Set([...NAME_PROPS, ...ALIAS_PROPS, ...EVIDENCE_PROPS, 'description', TYPE_PROPERTY]);
  const { sources, evidence } = evidenceOf(record, name);
  for (const value of sources) yield { kind: 'source', value, at };
  yield {
    kind: 'entity',
    at,
    value: {
      id: mapId(record.id),
      type,
      name,
      aliases,
      ...(description ? { description } : {}),
      properties: {
        ...propertiesOf(record, skip, namers.entity, context),
        ...(record.id !== mapId(record.id) ? { sourceId: record.id } : {}),
      },
      evidence,
    },
  };
}

function* relationRecords(
  record: FtmRecord,
  at: string,
  [sourceProp, targetProp]: readonly [string, string],
  namers: Namers,
  context: ReadContext,
): Generator<ImportRecord> {
  const froms = strings(record.properties, sourceProp);
  const tos = strings(record.properties, targetProp);
  const declared = toRelationType(strings(record.properties, TYPE_PROPERTY)[0]);
  const type = declared ?? toRelationType(pascalToUpperSnake(record.schema))!;
  context.mapped('relation', declared ? TYPE_PROPERTY : 'schema', 'type', declared ?? record.schema);
  context.mapped('relation', sourceProp, 'from', froms[0]);
  context.mapped('relation', targetProp, 'to', tos[0]);
  const dates: Record<string, string> = {};
  const extra: Record<string, PropertyValue> = {};
  for (const field of DATE_FIELDS) {
    const raw = strings(record.properties, field);
    if (raw.length === 0) continue;
    const date = toPartialDate(raw[0]);
    if (date) dates[field] = date;
    if (!date || raw.length > 1 || raw[0] !== date) {
      extra[`${field}Text`] = raw.length === 1 ? raw[0]! : raw;
      context.warn(
        `date:${field}`,
        `${record.schema} ${field} "${raw.join(', ')}" is kept as text in ${field}Text`,
      );
    }
  }
  if (dates.startDate && dates.endDate && dates.startDate > dates.endDate) {
    extra.endDateText = dates.endDate;
    delete dates.endDate;
  }
  const statusText = strings(record.properties, 'status')[0];
  const status = RELATION_STATUSES.find((s) => s === statusText);
  const skip = new Set([
    sourceProp,
    targetProp,
    ...DATE_FIELDS,
    ...EVIDENCE_PROPS,
    TYPE_PROPERTY,
    ...(status ? ['status'] : []),
  ]);
  const name = cleanName(strings(record.properties, 'name')[0] ?? `${record.schema} ${record.id}`);
  const { sources, evidence } = evidenceOf(record, name);
  for (const value of sources) yield { kind: 'source', value, at };
  const properties = { ...propertiesOf(record, skip, namers.relation, context), ...extra };
  let n = 0;
  for (const from of froms)
    for (const to of tos) {
      n++;
      const id = n === 1 ? mapId(record.id) : mapId(`${record.id}.${n}`);
      yield {
        kind: 'relation',
        at,
        value: {
          id,
          type,
          from: mapId(from),
          to: mapId(to),
          ...dates,
          ...(status ? { status } : {}),
          properties: { ...properties, ...(id !== record.id ? { sourceId: record.id } : {}) },
          evidence,
        },
      };
    }
}

interface Namers {
  entity: PropertyNamer;
  relation: PropertyNamer;
}

export const ftmImporter: FormatImporter = {
  format: 'ftm',
  danglingEdges: 'placeholder',
  placeholderType: 'Thing',
  async *read(inputs, context) {
    for (const input of inputs) {
      const file = inputName(input);
      const namers: Namers = {
        entity: new PropertyNamer(RESERVED_ENTITY_KEYS, context.warn),
        relation: new PropertyNamer(RESERVED_RELATION_KEYS, context.warn),
      };
      for await (const { line, number } of textLines(input, context.progress)) {
        if (line.trim() === '') continue;
        const record = parseLine(line, number, file);
        const at = `line ${number}`;
        const edge = FTM_EDGES[record.schema];
        if (
          edge &&
          values(record.properties, edge[0]).length > 0 &&
          values(record.properties, edge[1]).length > 0
        )
          yield* relationRecords(record, at, edge, namers, context);
        else {
          if (edge)
            context.warn(
              `edge-missing-end:${record.schema}`,
              `a ${record.schema} without both ${edge[0]} and ${edge[1]} (${at}) is imported as an entity, not a relation`,
            );
          yield* entityRecords(record, at, namers, context);
        }
      }
    }
  },
};

// ---------------------------------------------------------------- export

function escapeKey(key: string, taken: ReadonlySet<string>): string {
  return taken.has(key) || key.startsWith(ESCAPE_PREFIX) ? `${ESCAPE_PREFIX}${key}` : key;
}

const asList = (value: PropertyValue): (string | number | boolean)[] =>
  Array.isArray(value) ? value : [value];

/**
 * The graph as FtM JSON lines. Values keep their JSON types (FtM tools read numbers as text);
 * evidence travels as `sourceUrl` and `publisher` of the sources cited.
 */
export function exportFtm(graph: GraphFile): ExportedPart[] {
  const sources = new Map(graph.sources.map((s) => [s.id, s]));
  const evidenceProps = (evidence: readonly { source: string }[]) => {
    const cited = [...new Set(evidence.map((e) => e.source))].map((id) => sources.get(id)).filter((s) => !!s);
    const urls = [...new Set(cited.map((s) => s.url).filter((u): u is string => !!u))];
    const publishers = [...new Set(cited.map((s) => s.publisher).filter((p): p is string => !!p))];
    return {
      ...(urls.length ? { sourceUrl: urls } : {}),
      ...(publishers.length ? { publisher: publishers } : {}),
    };
  };
  const lines: string[] = [];
  const entityTaken = new Set([
    ...NAME_PROPS,
    ...ALIAS_PROPS,
    ...EVIDENCE_PROPS,
    'description',
    TYPE_PROPERTY,
  ]);
  for (const entity of graph.entities) {
    const schema = FTM_THINGS.has(entity.type) ? entity.type : (FTM_FALLBACK[entity.type] ?? 'LegalEntity');
    const properties: Record<string, (string | number | boolean)[]> = { name: [entity.name] };
    if (entity.aliases.length) properties.alias = entity.aliases;
    if (entity.description) properties.description = [entity.description];
    if (schema !== entity.type) properties[TYPE_PROPERTY] = [entity.type];
    for (const [key, value] of Object.entries(entity.properties))
      properties[escapeKey(key, entityTaken)] = asList(value);
    Object.assign(properties, evidenceProps(entity.evidence));
    lines.push(JSON.stringify({ id: entity.id, schema, properties }));
  }
  for (const relation of graph.relations) {
    const candidate = upperSnakeToPascal(relation.type);
    const schema =
      FTM_EDGES[candidate] && pascalToUpperSnake(candidate) === relation.type ? candidate : 'UnknownLink';
    const [sourceProp, targetProp] = FTM_EDGES[schema]!;
    const taken = new Set([
      sourceProp,
      targetProp,
      ...DATE_FIELDS,
      ...EVIDENCE_PROPS,
      TYPE_PROPERTY,
      'status',
    ]);
    const properties: Record<string, (string | number | boolean)[]> = {
      [sourceProp]: [relation.from],
      [targetProp]: [relation.to],
    };
    for (const field of DATE_FIELDS) if (relation[field]) properties[field] = [relation[field]];
    if (relation.status) properties.status = [relation.status];
    if (schema !== candidate) properties[TYPE_PROPERTY] = [relation.type];
    for (const [key, value] of Object.entries(relation.properties))
      properties[escapeKey(key, taken)] = asList(value);
    Object.assign(properties, evidenceProps(relation.evidence));
    lines.push(JSON.stringify({ id: relation.id, schema, properties }));
  }
  return [
    {
      fileName: 'graph.ftm.json',
      mediaType: 'application/x-ndjson',
      content: lines.map((l) => `${l}\n`).join(''),
    },
  ];
}
