/**
 * How a node or an edge of a generic graph format (GraphML, GEXF, Cytoscape JSON) becomes an
 * entity or a relation: which attributes give the type, name, aliases, description, dates and
 * status, and how the rest become properties. One set of rules for the three formats, documented
 * in docs/formats.md.
 */
import { RELATION_STATUSES, type PropertyValue } from '../model/case-format.ts';
import {
  DEFAULT_ENTITY_TYPE,
  DEFAULT_RELATION_TYPE,
  SOURCE_ID_PROPERTY,
  cleanAliases,
  cleanName,
  mapId,
  toEntityType,
  toPartialDate,
  toPropertyValue,
  toRelationType,
  type PropertyNamer,
} from './naming.ts';
import type { RawEntity, RawEvidence, RawRelation } from './types.ts';

/** Attribute names compared without case, spaces or punctuation: `Edge Label` is `edgelabel`. */
const norm = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

const NODE_TYPE_KEYS = ['type', 'entitytype', 'kind'];
const NODE_NAME_KEYS = ['name'];
const NODE_LABEL_KEYS = ['label', 'title'];
const EDGE_TYPE_KEYS = ['type', 'relationtype', 'relationship', 'interaction', 'kind'];
const EDGE_LABEL_KEYS = ['label', 'edgelabel'];
const DATE_KEYS = ['date', 'startDate', 'endDate'] as const;

/** Attributes of one element, by their names in the file, already typed. */
export type Attributes = Map<string, unknown>;

function take(attrs: Attributes, keys: readonly string[], consumed: Set<string>): unknown {
  for (const key of keys)
    for (const [name, value] of attrs)
      if (
        !consumed.has(name) &&
        norm(name) === key &&
        value !== null &&
        value !== undefined &&
        value !== ''
      ) {
        consumed.add(name);
        return value;
      }
  return undefined;
}

function evidenceOf(value: unknown): RawEvidence[] | null {
  if (
    !Array.isArray(value) ||
    !value.every((e) => typeof e === 'object' && e !== null && 'source' in e && 'quote' in e)
  )
    return null;
  return value as RawEvidence[];
}

function rest(
  attrs: Attributes,
  consumed: ReadonlySet<string>,
  namer: PropertyNamer,
  warn: (key: string, message: string) => void,
): Record<string, PropertyValue> {
  const out: Record<string, PropertyValue> = {};
  for (const [raw, value] of attrs) {
    if (consumed.has(raw)) continue;
    const converted = toPropertyValue(value, warn, `attribute ${raw}`);
    if (converted !== undefined) out[namer.name(raw)] = converted;
  }
  return out;
}

export interface NodeInput {
  rawId: string;
  attrs: Attributes;
  /** The label the format itself gives (GEXF `label`, a yFiles node label). */
  label?: string | null;
  /** Raw id of the enclosing node (compound or nested graphs). */
  parent?: string | null;
  /** Properties the format reader named itself (viz data, positions). */
  extra?: Record<string, PropertyValue>;
}

export function nodeToEntity(
  node: NodeInput,
  namer: PropertyNamer,
  warn: (key: string, message: string) => void,
): RawEntity {
  const consumed = new Set<string>();
  const typeValue = take(node.attrs, NODE_TYPE_KEYS, consumed);
  const type = (typeof typeValue === 'string' ? toEntityType(typeValue) : null) ?? DEFAULT_ENTITY_TYPE;
  if (typeValue !== undefined && type === DEFAULT_ENTITY_TYPE && typeValue !== DEFAULT_ENTITY_TYPE)
    warn(
      `node-type:${String(typeValue)}`,
      `node type "${String(typeValue)}" is not usable as a type; such nodes are of type ${DEFAULT_ENTITY_TYPE}`,
    );
  const text = (value: unknown) =>
    cleanName(typeof value === 'string' || typeof value === 'number' ? String(value) : '');
  // The first of: a `name` attribute, the format's own label, a `label` or `title` attribute, the id.
  let name = text(take(node.attrs, NODE_NAME_KEYS, consumed)) || text(node.label);
  if (!name) name = text(take(node.attrs, NODE_LABEL_KEYS, consumed)) || node.rawId;
  const aliasValue = take(node.attrs, ['aliases'], consumed);
  const aliases = Array.isArray(aliasValue)
    ? aliasValue.map(String)
    : typeof aliasValue === 'string'
      ? [aliasValue]
      : [];
  const descriptionValue = take(node.attrs, ['description'], consumed);
  const evidenceValue = node.attrs.get('evidence');
  const evidence = evidenceOf(evidenceValue);
  if (evidence) consumed.add('evidence');
  const id = mapId(node.rawId);
  const properties = { ...rest(node.attrs, consumed, namer, warn), ...node.extra };
  if (id !== node.rawId) properties[SOURCE_ID_PROPERTY] = node.rawId;
  if (node.parent) properties.parent = mapId(node.parent);
  return {
    id,
    type,
    name,
    aliases: cleanAliases(aliases, name),
    ...(typeof descriptionValue === 'string' ? { description: descriptionValue } : {}),
    properties,
    evidence: evidence ?? [],
  };
}

export interface EdgeInput {
  /** The relation id (already generated for edges without one). */
  rawId: string;
  source: string;
  target: string;
  directed: boolean;
  attrs: Attributes;
  label?: string | null;
  extra?: Record<string, PropertyValue>;
}

export function edgeToRelation(
  edge: EdgeInput,
  namer: PropertyNamer,
  warn: (key: string, message: string) => void,
): RawRelation {
  const consumed = new Set<string>();
  const typeValue = take(edge.attrs, EDGE_TYPE_KEYS, consumed);
  let type = typeof typeValue === 'string' ? toRelationType(typeValue) : null;
  const labelValue = edge.label ? edge.label : take(edge.attrs, EDGE_LABEL_KEYS, consumed);
  const label = typeof labelValue === 'string' || typeof labelValue === 'number' ? String(labelValue) : null;
  if (!type && label) type = toRelationType(label);
  type ??= DEFAULT_RELATION_TYPE;
  const dates: Partial<Record<(typeof DATE_KEYS)[number], string>> = {};
  for (const key of DATE_KEYS) {
    const value = edge.attrs.get(key);
    const date = toPartialDate(value);
    if (date && date === value) {
      dates[key] = date;
      consumed.add(key);
    }
  }
  if (dates.startDate && dates.endDate && dates.startDate > dates.endDate) {
    delete dates.endDate;
    consumed.delete('endDate');
  }
  const statusValue = edge.attrs.get('status');
  const status = RELATION_STATUSES.find((s) => s === statusValue);
  if (status) consumed.add('status');
  const evidence = evidenceOf(edge.attrs.get('evidence'));
  if (evidence) consumed.add('evidence');
  const id = mapId(edge.rawId);
  const properties: Record<string, PropertyValue> = {
    ...rest(edge.attrs, consumed, namer, warn),
    ...edge.extra,
  };
  // The label survives as a property unless the type says the same thing.
  if (label !== null && label !== type) properties.label = label;
  if (!edge.directed) properties.directed = false;
  if (id !== edge.rawId) properties[SOURCE_ID_PROPERTY] = edge.rawId;
  return {
    id,
    type,
    from: mapId(edge.source),
    to: mapId(edge.target),
    ...dates,
    ...(status ? { status } : {}),
    properties,
    evidence: evidence ?? [],
  };
}
