/**
 * How foreign names become Redstring names: ids, entity and relation types, property names and
 * values. Every rule is deterministic, so importing the same file twice gives the same ids and
 * changes nothing. docs/formats.md documents these rules for users.
 */
import { createHash } from 'node:crypto';
import {
  ENTITY_TYPE_PATTERN,
  ID_PATTERN,
  PARTIAL_DATE_PATTERN,
  PROPERTY_NAME_PATTERN,
  RELATION_TYPE_PATTERN,
  type PropertyValue,
} from '../model/case-format.ts';

/** Type of an entity whose file names no type. */
export const DEFAULT_ENTITY_TYPE = 'Node';
/** Type of a relation whose file names no type or label. */
export const DEFAULT_RELATION_TYPE = 'RELATED_TO';
/** Property that keeps a foreign id that had to be rewritten. */
export const SOURCE_ID_PROPERTY = 'sourceId';

const MAX_STRING = 10_000;
const MAX_LIST = 1_000;

export function shortHash(text: string, length = 10): string {
  return createHash('sha1').update(text).digest('hex').slice(0, length);
}

/** Removes accents and other marks so that `Misérables` becomes `Miserables` in names. */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * A foreign id as a Redstring id: unchanged when it is valid, otherwise a slug of it plus a short
 * hash of the original (`Jean Valjean` -> `Jean-Valjean-3f1c2a9b0d`), so that different originals
 * never meet and the same original always maps to the same id.
 */
export function mapId(raw: string): string {
  if (ID_PATTERN.test(raw)) return raw;
  const slug = fold(raw)
    .replace(/[^A-Za-z0-9_.:-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .replace(/-+$/, '')
    .slice(0, 100);
  return `${slug || 'id'}-${shortHash(raw)}`;
}

function words(text: string): string[] {
  return fold(text)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
}

/** `person` -> `Person`, `military unit` -> `MilitaryUnit`; null when nothing usable is left. */
export function toEntityType(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const trimmed = raw.trim();
  if (ENTITY_TYPE_PATTERN.test(trimmed)) return trimmed;
  const parts = fold(trimmed)
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  let type = parts.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
  if (!type) return null;
  if (!/^[A-Z]/.test(type)) type = `Type${type}`;
  type = type.slice(0, 64);
  return ENTITY_TYPE_PATTERN.test(type) ? type : null;
}

/** `works for` -> `WORKS_FOR`, `memberOf` -> `MEMBER_OF`; null when nothing usable is left. */
export function toRelationType(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const trimmed = raw.trim();
  if (RELATION_TYPE_PATTERN.test(trimmed)) return trimmed;
  let type = words(trimmed).join('_').toUpperCase();
  if (!type) return null;
  if (!/^[A-Z]/.test(type)) type = `R_${type}`;
  type = type.slice(0, 64).replace(/_+$/, '');
  return RELATION_TYPE_PATTERN.test(type) ? type : null;
}

/** `UNKNOWN_LINK` -> `UnknownLink` (the FtM schema of a relation type). */
export function upperSnakeToPascal(type: string): string {
  return type
    .split('_')
    .filter(Boolean)
    .map((w) => w[0]! + w.slice(1).toLowerCase())
    .join('');
}

/** `UnknownLink` -> `UNKNOWN_LINK`. */
export function pascalToUpperSnake(type: string): string {
  return type.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

export function isPartialDate(value: unknown): value is string {
  return typeof value === 'string' && PARTIAL_DATE_PATTERN.test(value);
}

/**
 * A date as a partial ISO date: `2024-10-15T10:00:00Z` -> `2024-10-15`; null when the text does
 * not start with one.
 */
export function toPartialDate(value: unknown): string | null {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 9999)
    return String(value);
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (isPartialDate(text)) return text;
  const match = /^(\d{4}(-\d{2}(-\d{2})?)?)(?=[T ]\d|$)/.exec(text);
  return match && isPartialDate(match[1]) ? match[1]! : null;
}

/**
 * Turns foreign attribute names into property names (`Modularity Class` -> `Modularity_Class`),
 * once per name, avoiding the names the store keeps for itself and keeping different originals
 * apart. One namer per kind of element (nodes, edges) and per file.
 */
export class PropertyNamer {
  private readonly map = new Map<string, string>();
  private readonly used = new Set<string>();

  constructor(
    private readonly reserved: ReadonlySet<string>,
    private readonly warn: (key: string, message: string) => void,
  ) {}

  name(raw: string): string {
    const known = this.map.get(raw);
    if (known !== undefined) return known;
    let name = fold(raw)
      .replace(/[^A-Za-z0-9_]+/g, '_')
      .replace(/^_+|_+$/g, '');
    if (!name) name = 'attr';
    if (!/^[A-Za-z]/.test(name)) name = `p_${name}`;
    name = name.slice(0, 64);
    if (this.reserved.has(name)) name = `attr_${name}`.slice(0, 64);
    let unique = name;
    for (let n = 2; this.used.has(unique); n++) unique = `${name.slice(0, 60)}_${n}`;
    if (!PROPERTY_NAME_PATTERN.test(unique)) unique = `attr_${shortHash(raw, 8)}`;
    this.map.set(raw, unique);
    this.used.add(unique);
    if (unique !== raw) this.warn(`rename:${raw}`, `attribute "${raw}" is stored as property "${unique}"`);
    return unique;
  }
}

function clipString(value: string, warn: (key: string, message: string) => void, what: string): string {
  if (value.length <= MAX_STRING) return value;
  warn(`long:${what}`, `${what}: a value longer than ${MAX_STRING} characters was cut to that length`);
  return value.slice(0, MAX_STRING);
}

/**
 * A foreign value as a property value: scalars and lists of scalars pass; objects and nested lists
 * are kept as JSON text; null and empty lists are dropped (undefined).
 */
export function toPropertyValue(
  value: unknown,
  warn: (key: string, message: string) => void,
  what: string,
): PropertyValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return clipString(value, warn, what);
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : String(value);
  if (
    Array.isArray(value) &&
    value.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v))
  ) {
    const items = value
      .filter((v): v is string | number | boolean => v !== null)
      .map((v) =>
        typeof v === 'string'
          ? clipString(v, warn, what)
          : typeof v === 'number' && !Number.isFinite(v)
            ? String(v)
            : v,
      );
    if (items.length === 0) return undefined;
    if (items.length > MAX_LIST) {
      warn(`list:${what}`, `${what}: a list longer than ${MAX_LIST} items was cut to that length`);
      return items.slice(0, MAX_LIST);
    }
    return items;
  }
  warn(`json:${what}`, `${what}: a structured value (object or nested list) is kept as JSON text`);
  return clipString(JSON.stringify(value), warn, what);
}

/**
 * A name for display: trimmed, whitespace collapsed. Not cut: a name past the model's limit is
 * refused where it was read, as an upsert refuses it (server/model/case-format.ts).
 */
export function cleanName(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** Aliases without blanks, duplicates or the name itself. */
export function cleanAliases(values: readonly string[], name: string): string[] {
  const out = new Set<string>();
  for (const value of values) {
    const alias = cleanName(value);
    if (alias && alias !== name) out.add(alias);
  }
  return [...out];
}

/**
 * Ids for edges a file leaves without one: a hash of the raw endpoints and of how many edges
 * between them came before, so the same file always gives the same ids and a parallel edge gets
 * its own.
 */
export class EdgeIds {
  private readonly seen = new Map<string, number>();

  next(from: string, to: string): string {
    const key = `${from}\u0000${to}`;
    const n = (this.seen.get(key) ?? 0) + 1;
    this.seen.set(key, n);
    return `e-${shortHash(`${key}\u0000${n}`, 16)}`;
  }
}

/** Reads typed text (GraphML `attr.type`, GEXF attribute `type`); null when it does not parse. */
export function parseTyped(text: string, type: string): PropertyValue | null {
  const t = type.toLowerCase();
  const trimmed = text.trim();
  if (t === 'int' || t === 'long' || t === 'integer' || t === 'short' || t === 'byte') {
    return /^[-+]?\d+$/.test(trimmed) && Number.isSafeInteger(Number(trimmed)) ? Number(trimmed) : null;
  }
  if (t === 'float' || t === 'double' || t === 'bigdecimal' || t === 'biginteger' || t === 'number') {
    const n = Number(trimmed);
    return trimmed !== '' && Number.isFinite(n)
      ? n
      : /^[-+]?(inf(inity)?|nan)$/i.test(trimmed)
        ? trimmed
        : null;
  }
  if (t === 'boolean' || t === 'bool') {
    if (/^(true|1|yes)$/i.test(trimmed)) return true;
    if (/^(false|0|no)$/i.test(trimmed)) return false;
    return null;
  }
  return text;
}

/** The attribute type to declare for a property, from the values it takes in the graph. */
export function typeOfValues(
  values: readonly PropertyValue[],
): 'long' | 'double' | 'boolean' | 'string' | 'json' {
  if (values.every((v) => typeof v === 'number'))
    return values.every((v) => Number.isInteger(v)) ? 'long' : 'double';
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  if (values.every((v) => typeof v === 'string')) return 'string';
  return 'json';
}
