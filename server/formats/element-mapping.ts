/**
 * How a node or an edge of a generic graph format (GraphML, GEXF, Cytoscape JSON) becomes an
 * entity or a relation: which attributes give the type, name, aliases, description, dates and
 * status, and how the rest become properties. One set of rules for the three formats, documented
 * in docs/formats.md.
 */
import { RELATION_STATUSES, type PropertyValue } from '../model/case-format.ts';
import {
  ALIAS_KEYS,
  MORE_ALIAS_KEYS,
  OWN_EDGE_LABEL_KEYS,
  allByKeys,
  chooseEntityType,
  chooseName,
  chooseRelationType,
  norm,
  type Attributes,
  type Candidate,
  type TypeChoice,
} from './attribute-roles.ts';
import {
  DEFAULT_ENTITY_TYPE,
  DEFAULT_RELATION_TYPE,
  SOURCE_ID_PROPERTY,
  cleanAliases,
  cleanName,
  mapId,
  toPartialDate,
  toPropertyValue,
  type PropertyNamer,
} from './naming.ts';
import { styleHints } from './style-hints.ts';
import type { RawEntity, RawEvidence, RawRelation, ReadContext } from './types.ts';

export type { Attributes } from './attribute-roles.ts';

const DATE_KEYS = ['date', 'startDate', 'endDate'] as const;

/** How the elements of one file are read: its namer, the import's context, and whose file it is. */
export interface ElementScope {
  namer: PropertyNamer;
  context: Pick<ReadContext, 'warn' | 'mapped'>;
  /**
   * A file Redstring wrote (its namespace, `generated_by`): its attributes are read by the names
   * the export gave them, with no guessing, so a round trip gives back exactly what was exported.
   */
  own: boolean;
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

/** Properties the format reader named itself, and what in the file gave each (for the report). */
export interface ExtraProperties {
  values: Record<string, PropertyValue>;
  /** `vizX` -> `viz:position x`; a property not listed is reported under its own name. */
  from?: Readonly<Record<string, string>>;
}

/**
 * The style properties of an element: those the format reader found (GEXF viz, a position), then,
 * in a foreign file, the hints among its attributes. Each is reported in the mapping.
 */
function addStyle(
  attrs: Attributes,
  of: 'entity' | 'relation',
  extra: ExtraProperties | undefined,
  consumed: Set<string>,
  scope: ElementScope,
): Record<string, PropertyValue> {
  const values = { ...extra?.values };
  for (const [property, value] of Object.entries(values))
    scope.context.mapped(of, extra?.from?.[property] ?? property, `properties.${property}`, value);
  if (scope.own) return values;
  for (const hint of styleHints(attrs, of, consumed, new Set(Object.keys(values)))) {
    values[hint.property] = hint.value;
    scope.context.mapped(of, hint.attribute, `properties.${hint.property}`, hint.value);
  }
  return values;
}

/** Says why no type was found, naming each attribute that looked like one (not the guessed ones). */
function reportRefused(
  choice: TypeChoice,
  of: 'node' | 'edge',
  fallback: string,
  warn: (key: string, message: string) => void,
) {
  if (choice.type !== null) return;
  for (const refused of choice.refused)
    if (!refused.guessed)
      warn(
        `${of}-type:${refused.attribute}`,
        `${of} attribute "${refused.attribute}" ("${refused.text}") makes no ${of === 'node' ? 'entity' : 'relation'} type (a type needs Latin letters; codes and other scripts make none): it is kept as a property, and such ${of}s are ${fallback}`,
      );
}

/** Aliases from `aliases` (and, in foreign files, `alias`, `synonym`, ...): lists, or text split at `|` or `;`. */
function aliasesOf(attrs: Attributes, consumed: Set<string>, scope: ElementScope): string[] {
  const out: string[] = [];
  for (const [attribute, value] of allByKeys(
    attrs,
    scope.own ? ALIAS_KEYS : [...ALIAS_KEYS, ...MORE_ALIAS_KEYS],
    consumed,
  )) {
    const list = Array.isArray(value)
      ? value.map(String)
      : typeof value === 'string'
        ? scope.own
          ? [value]
          : value.split(/[|;]/)
        : null;
    if (list === null) continue;
    consumed.add(attribute);
    out.push(...list);
    scope.context.mapped('entity', attribute, 'aliases', value);
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
  extra?: ExtraProperties;
}

export function nodeToEntity(node: NodeInput, scope: ElementScope): RawEntity {
  const { namer, context } = scope;
  const consumed = new Set<string>();
  const mark = (candidate: Candidate, field: string) => {
    if (candidate.isAttribute) consumed.add(candidate.attribute);
    context.mapped('entity', candidate.attribute, field, candidate.text);
  };
  const typeChoice = chooseEntityType(node.attrs, consumed, scope.own);
  if (typeChoice.from) mark(typeChoice.from, 'type');
  reportRefused(typeChoice, 'node', DEFAULT_ENTITY_TYPE, context.warn);
  const type = typeChoice.type ?? DEFAULT_ENTITY_TYPE;
  const choice = chooseName(node.attrs, node.label, consumed, scope.own);
  if (choice.name) mark(choice.name, 'name');
  // A code passed over for a better name is still how the file's users know the node.
  if (choice.code) mark(choice.code, 'aliases');
  const name = cleanName(choice.name?.text ?? '') || node.rawId;
  const aliases = [...(choice.code ? [choice.code.text] : []), ...aliasesOf(node.attrs, consumed, scope)];
  const description = allByKeys(node.attrs, ['description'], consumed).find(([, v]) => typeof v === 'string');
  if (description) {
    consumed.add(description[0]);
    context.mapped('entity', description[0], 'description', description[1]);
  }
  const evidence = evidenceOf(node.attrs.get('evidence'));
  if (evidence) consumed.add('evidence');
  const id = mapId(node.rawId);
  const style = addStyle(node.attrs, 'entity', node.extra, consumed, scope);
  const properties = { ...rest(node.attrs, consumed, namer, context.warn), ...style };
  if (id !== node.rawId) properties[SOURCE_ID_PROPERTY] = node.rawId;
  if (node.parent) properties.parent = mapId(node.parent);
  return {
    id,
    type,
    name,
    aliases: cleanAliases(aliases, name),
    ...(description ? { description: description[1] as string } : {}),
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
  extra?: ExtraProperties;
}

/** The edge's label: the format's own (GEXF `label`, a yFiles edge label), else a `label` attribute. */
function edgeLabel(edge: EdgeInput, consumed: Set<string>): Candidate | null {
  if (edge.label) return { attribute: 'label', isAttribute: false, text: edge.label };
  for (const [attribute, value] of edge.attrs)
    if (
      OWN_EDGE_LABEL_KEYS.includes(norm(attribute)) &&
      (typeof value === 'number' || (typeof value === 'string' && value !== ''))
    ) {
      consumed.add(attribute);
      return { attribute, isAttribute: false, text: String(value) };
    }
  return null;
}

export function edgeToRelation(edge: EdgeInput, scope: ElementScope): RawRelation {
  const { namer, context } = scope;
  const consumed = new Set<string>();
  const labelCandidate = edgeLabel(edge, consumed);
  const choice = chooseRelationType(edge.attrs, labelCandidate, consumed, scope.own);
  if (choice.from) {
    if (choice.from.isAttribute) consumed.add(choice.from.attribute);
    context.mapped('relation', choice.from.attribute, 'type', choice.from.text);
  }
  reportRefused(choice, 'edge', DEFAULT_RELATION_TYPE, context.warn);
  const type = choice.type ?? DEFAULT_RELATION_TYPE;
  const label = labelCandidate?.text ?? null;
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
  for (const [key, date] of Object.entries(dates)) context.mapped('relation', key, key, date);
  const statusValue = edge.attrs.get('status');
  const status = RELATION_STATUSES.find((s) => s === statusValue);
  if (status) {
    consumed.add('status');
    context.mapped('relation', 'status', 'status', status);
  }
  const evidence = evidenceOf(edge.attrs.get('evidence'));
  if (evidence) consumed.add('evidence');
  const id = mapId(edge.rawId);
  const style = addStyle(edge.attrs, 'relation', edge.extra, consumed, scope);
  const properties: Record<string, PropertyValue> = {
    ...rest(edge.attrs, consumed, namer, context.warn),
    ...style,
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
