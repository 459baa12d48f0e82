/**
 * How the domain model is laid out in the engines, both ways: an entity is an `:Entity` node with
 * its type as a second label and free-form properties at the top level; a relation is a
 * relationship of its type. Evidence lives on its subject as three parallel lists
 * (`evidenceSources`, `evidenceQuotes`, `evidenceLocators`): reading a relation reads what supports
 * it, deleting it deletes its evidence, and at five million relations the store holds no extra
 * node per quote (docs/performance.md).
 */
import {
  RESERVED_ENTITY_KEYS,
  RESERVED_RELATION_KEYS,
  type EntityInput,
  type EvidenceInput,
  type PropertyValue,
  type RelationInput,
  type RelationStatus,
  type SourceInput,
} from '../model/case-format.ts';
import type { Params, PlainValue, StoredRecord } from '../engine/cypher-engine.ts';
import type { Entity, EvidenceRef, Properties, Relation, Source, TraversalFilter } from './types.ts';

type Stored = Record<string, PlainValue>;

/** First day a partial date can mean: 2024 -> 2024-01-01, 2024-10 -> 2024-10-01. */
export function lowerBound(partial: string): string {
  return partial.length === 4 ? `${partial}-01-01` : partial.length === 7 ? `${partial}-01` : partial;
}

/**
 * Last day a partial date can mean, as a string that sorts right: 2024 -> 2024-12-31,
 * 2024-02 -> 2024-02-31 (not a calendar day, but it orders after every day of February).
 */
export function upperBound(partial: string): string {
  return partial.length === 4 ? `${partial}-12-31` : partial.length === 7 ? `${partial}-31` : partial;
}

/** The real last day of the month an upper bound names: 2024-02-31 -> 2024-02-29. */
export function calendarDay(bound: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(bound);
  if (!match) return bound;
  const [, year, month, day] = match;
  const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return Number(day) > last ? `${year}-${month}-${String(last).padStart(2, '0')}` : bound;
}

/** An open-ended span ("since 2022") reaches to the end of time for window tests. */
const OPEN_END = '9999-12-31';

export function span(date?: string | null, startDate?: string | null, endDate?: string | null) {
  const start = startDate ?? date ?? endDate ?? null;
  const end = endDate ?? date ?? null;
  if (!start) return { spanStart: null, spanEnd: null };
  return { spanStart: lowerBound(start), spanEnd: end ? upperBound(end) : OPEN_END };
}

function isPropertyValue(value: PlainValue): value is PropertyValue {
  if (value === null) return false;
  if (Array.isArray(value)) return value.every((v) => v !== null && typeof v !== 'object');
  return typeof value !== 'object';
}

function freeProperties(stored: Stored, reserved: ReadonlySet<string>): Properties {
  const properties: Properties = {};
  for (const key of Object.keys(stored).sort()) {
    const value = stored[key];
    if (reserved.has(key) || value === undefined || !isPropertyValue(value)) continue;
    properties[key] = value;
  }
  return properties;
}

const str = (value: PlainValue | undefined): string | null => (typeof value === 'string' ? value : null);
const strings = (value: PlainValue | undefined): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** The evidence lists of a stored entity or relation, back as one record per quote. */
export function storedEvidence(stored: Stored): EvidenceRef[] {
  return evidenceOf(stored.evidenceSources, stored.evidenceQuotes, stored.evidenceLocators);
}

function evidenceOf(
  sourceList: PlainValue | undefined,
  quoteList: PlainValue | undefined,
  locatorList: PlainValue | undefined,
): EvidenceRef[] {
  const sources = strings(sourceList);
  const quotes = strings(quoteList);
  const locators = strings(locatorList);
  return sources.map((source, i) => ({ source, quote: quotes[i] ?? '', locator: locators[i] || null }));
}

/** The stored form of evidence; an empty locator stands for none (a list cannot hold nulls). */
export function evidenceProps(evidence: readonly EvidenceInput[]): Stored {
  if (evidence.length === 0) return {};
  const props: Stored = {
    evidenceSources: evidence.map((ev) => ev.source),
    evidenceQuotes: evidence.map((ev) => ev.quote),
  };
  if (evidence.some((ev) => ev.locator)) props.evidenceLocators = evidence.map((ev) => ev.locator ?? '');
  return props;
}

export function toEntity(stored: Stored): Entity {
  return {
    id: String(stored.id),
    type: String(stored.type),
    name: String(stored.name ?? stored.id),
    aliases: strings(stored.aliases),
    description: str(stored.description),
    properties: freeProperties(stored, RESERVED_ENTITY_KEYS),
    evidence: storedEvidence(stored),
  };
}

export function toRelation(stored: Stored, type: string, from: string, to: string): Relation {
  const evidence = storedEvidence(stored);
  return {
    id: String(stored.id),
    type,
    from,
    to,
    date: str(stored.date),
    startDate: str(stored.startDate),
    endDate: str(stored.endDate),
    status: (str(stored.status) as RelationStatus | null) ?? null,
    properties: freeProperties(stored, RESERVED_RELATION_KEYS),
    evidence,
    sourceIds: [...new Set(evidence.map((ev) => ev.source))].sort(),
  };
}

/**
 * An entity over a record read key by key (`toEntity` gives the same object from a whole record):
 * the scalars that name it are read now; the lists, the free-form properties and the evidence
 * when a caller first reads them, and then kept. Most of a traversal's answer is never asked for
 * its evidence, which is the costly part to convert. The fields are own enumerable accessors, so
 * spreading, JSON and comparisons see every field, as on a plain entity; they can be assigned.
 * They are written out as literal accessors: a helper defining them with `Object.defineProperty`
 * made building an entity 3-4 times slower (200 000 of them: 0.3-0.5 s against 1.3 s).
 */
export function lazyEntity(record: StoredRecord): Entity {
  const id = record.get('id');
  // `undefined` is "not read yet": no field holds it once read.
  let aliases: string[] | undefined;
  let description: string | null | undefined;
  let properties: Properties | undefined;
  let evidence: EvidenceRef[] | undefined;
  return {
    id: String(id),
    type: String(record.get('type')),
    name: String(record.get('name') ?? id),
    get aliases() {
      return (aliases ??= strings(record.get('aliases')));
    },
    set aliases(value) {
      aliases = value;
    },
    get description() {
      return description === undefined ? (description = str(record.get('description'))) : description;
    },
    set description(value) {
      description = value;
    },
    get properties() {
      return (properties ??= freeProperties(record.properties(), RESERVED_ENTITY_KEYS));
    },
    set properties(value) {
      properties = value;
    },
    get evidence() {
      return (evidence ??= recordEvidence(record));
    },
    set evidence(value) {
      evidence = value;
    },
  };
}

/** A relation over a record read key by key, as `lazyEntity` is for an entity. */
export function lazyRelation(record: StoredRecord, type: string, from: string, to: string): Relation {
  let properties: Properties | undefined;
  let evidence: EvidenceRef[] | undefined;
  let sourceIds: string[] | undefined;
  return {
    id: String(record.get('id')),
    type,
    from,
    to,
    date: str(record.get('date')),
    startDate: str(record.get('startDate')),
    endDate: str(record.get('endDate')),
    status: (str(record.get('status')) as RelationStatus | null) ?? null,
    get properties() {
      return (properties ??= freeProperties(record.properties(), RESERVED_RELATION_KEYS));
    },
    set properties(value) {
      properties = value;
    },
    get evidence() {
      return (evidence ??= recordEvidence(record));
    },
    set evidence(value) {
      evidence = value;
    },
    // From the stored list of sources, as `toRelation` takes it, without converting the quotes.
    get sourceIds() {
      return (sourceIds ??= [...new Set(strings(record.get('evidenceSources')))].sort());
    },
    set sourceIds(value) {
      sourceIds = value;
    },
  };
}

/**
 * A record's evidence with each quote and locator read when first asked, the lists once for all
 * of them. The explorer draws evidence as `source { id }` for every relation on its canvas: the
 * quotes, most of a relation's bytes, cost a fifth of reading the relations among a canvas and
 * were thrown away (docs/performance.md, section 11). The fields are own enumerable accessors, as
 * in `lazyEntity`, and give what `evidenceOf` gives.
 */
function recordEvidence(record: StoredRecord): EvidenceRef[] {
  const sources = strings(record.get('evidenceSources'));
  if (sources.length === 0) return [];
  let quotes: string[] | undefined;
  let locators: string[] | undefined;
  const quoteAt = (i: number) => (quotes ??= strings(record.get('evidenceQuotes')))[i] ?? '';
  const locatorAt = (i: number) => (locators ??= strings(record.get('evidenceLocators')))[i] || null;
  return sources.map((source, i) => lazyEvidence(source, i, quoteAt, locatorAt));
}

function lazyEvidence(
  source: string,
  at: number,
  quoteAt: (i: number) => string,
  locatorAt: (i: number) => string | null,
): EvidenceRef {
  let quote: string | undefined;
  let locator: string | null | undefined;
  return {
    source,
    get quote() {
      return (quote ??= quoteAt(at));
    },
    set quote(value) {
      quote = value;
    },
    get locator() {
      return locator === undefined ? (locator = locatorAt(at)) : locator;
    },
    set locator(value) {
      locator = value;
    },
  };
}

export function toSource(stored: Stored): Source {
  return {
    id: String(stored.id),
    title: String(stored.title ?? stored.id),
    publisher: str(stored.publisher),
    url: str(stored.url),
    publishedAt: str(stored.publishedAt),
    kind: String(stored.kind ?? 'document'),
  };
}

/** What evidence shows for a source that is gone (a cited source cannot be deleted, but a database can be edited by hand). */
export const missingSource = (id: string): Source => toSource({ id, title: `(missing source ${id})` });

function withoutNulls(record: Record<string, PlainValue | undefined>): Stored {
  const out: Stored = {};
  for (const [key, value] of Object.entries(record))
    if (value !== null && value !== undefined) out[key] = value;
  return out;
}

/** The node properties of an entity; `type` is also kept as a property so filters need no label logic. */
export function entityProps(entity: EntityInput): Stored {
  const date = typeof entity.properties.date === 'string' ? entity.properties.date : null;
  const startDate = typeof entity.properties.startDate === 'string' ? entity.properties.startDate : null;
  const endDate = typeof entity.properties.endDate === 'string' ? entity.properties.endDate : null;
  const dated = [date, startDate, endDate].every((d) => d === null || /^\d{4}(-\d{2}){0,2}$/.test(d));
  return withoutNulls({
    ...entity.properties,
    id: entity.id,
    type: entity.type,
    name: entity.name,
    aliases: entity.aliases,
    description: entity.description,
    ...(dated ? span(date, startDate, endDate) : {}),
    ...evidenceProps(entity.evidence),
  });
}

export function relationProps(relation: RelationInput): Stored {
  return withoutNulls({
    ...relation.properties,
    id: relation.id,
    date: relation.date,
    startDate: relation.startDate,
    endDate: relation.endDate,
    status: relation.status,
    ...span(relation.date, relation.startDate, relation.endDate),
    ...evidenceProps(relation.evidence),
  });
}

export function sourceProps(source: SourceInput): Stored {
  return withoutNulls({ ...source });
}

/** Back to the input shape of evidence: no locator rather than a null one. */
export function evidenceToInput(ev: EvidenceRef): EvidenceInput {
  return { source: ev.source, quote: ev.quote, ...(ev.locator ? { locator: ev.locator } : {}) };
}

/** Back from the stored shapes to the input shapes, for comparison and export. */
export function entityToInput(entity: Entity): EntityInput {
  return {
    id: entity.id,
    type: entity.type,
    name: entity.name,
    aliases: entity.aliases,
    ...(entity.description !== null ? { description: entity.description } : {}),
    properties: entity.properties,
    evidence: entity.evidence.map(evidenceToInput),
  };
}

export function relationToInput(relation: Relation): RelationInput {
  return {
    id: relation.id,
    type: relation.type,
    from: relation.from,
    to: relation.to,
    properties: relation.properties,
    ...(relation.date ? { date: relation.date } : {}),
    ...(relation.startDate ? { startDate: relation.startDate } : {}),
    ...(relation.endDate ? { endDate: relation.endDate } : {}),
    ...(relation.status ? { status: relation.status } : {}),
    evidence: relation.evidence.map(evidenceToInput),
  };
}

const list = (values: readonly string[] | null | undefined): string[] | null =>
  values && values.length > 0 ? [...values] : null;

/** The parameters every filtered statement takes (see expand.cypher). */
export function filterParams(filter: TraversalFilter = {}): Params {
  return {
    relationTypes: list(filter.relationTypes),
    entityTypes: list(filter.entityTypes),
    statuses: list(filter.statuses),
    sources: list(filter.sources),
    from: filter.from ? lowerBound(filter.from) : null,
    to: filter.to ? upperBound(filter.to) : null,
    includeUndated: filter.includeUndated ?? true,
    direction: filter.direction ?? 'BOTH',
  };
}

/**
 * Stable comparison of stored records, to tell an update from a no-op. The record's `caseId` is
 * left out: the statements set it, the properties planned from a file never hold it.
 */
export function sameRecord(a: unknown, b: unknown): boolean {
  return canonicalRecord(a) === canonicalRecord(b);
}

/** A stored record (or its planned properties) as one string, equal exactly when `sameRecord` says so. */
export function canonicalRecord(record: unknown): string {
  return canonical(withoutCase(record));
}

function withoutCase(record: unknown): unknown {
  if (!record || typeof record !== 'object' || !('caseId' in record)) return record;
  const { caseId: _caseId, ...rest } = record as Record<string, unknown>;
  return rest;
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== null && v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
