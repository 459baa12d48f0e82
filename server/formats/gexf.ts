/**
 * GEXF (https://gexf.net), Gephi's format: versions 1.1 to 1.3 and files without a namespace.
 * Typed attributes (with defaults and list types), viz data kept as properties (`vizColor`,
 * `vizX`, ...), node hierarchies (`pid`, nested `<nodes>`) kept as `parent`, mixed graphs. Streamed.
 * Export writes GEXF 1.3; it drops evidence and sources (Gephi has no place for them).
 */
import {
  RESERVED_ENTITY_KEYS,
  RESERVED_RELATION_KEYS,
  type GraphFile,
  type PropertyValue,
} from '../model/case-format.ts';
import { edgeToRelation, nodeToEntity, type Attributes, type ElementScope } from './element-mapping.ts';
import { REDSTRING_XML_NS } from './graphml.ts';
import { inputName } from './input.ts';
import { parseBoundedJson } from './json-depth.ts';
import { DEFAULT_ENTITY_TYPE, EdgeIds, PropertyNamer, parseTyped, typeOfValues } from './naming.ts';
import { rgbText } from './style-hints.ts';
import { flipY } from './y-axis.ts';
import { FormatError, type ExportedPart, type FormatImporter, type ImportRecord } from './types.ts';
import { describe, escapeXml, readXml, type XmlElement } from './xml.ts';

interface AttributeDef {
  title: string;
  type: string;
  json: boolean;
  default?: string;
}

interface PendingElement {
  element: XmlElement;
  values: Map<string, string>;
  viz: Record<string, PropertyValue>;
  parent: string | null;
}

const VIZ_NODE = ['vizColor', 'vizX', 'vizY', 'vizZ', 'vizSize', 'vizShape'];
const VIZ_EDGE = ['vizColor', 'vizThickness', 'vizShape'];
/** What in the file gives each viz property, for the import report. */
const VIZ_FROM: Readonly<Record<string, string>> = {
  vizColor: 'viz:color',
  vizX: 'viz:position x',
  vizY: 'viz:position y, flipped',
  vizZ: 'viz:position z',
  vizSize: 'viz:size',
  vizShape: 'viz:shape',
  vizThickness: 'viz:thickness',
};

function color(a: Record<string, string>): string | null {
  if (a.hex) {
    const hex = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(a.hex);
    if (!hex) return a.hex;
    a = {
      ...a,
      r: String(parseInt(hex[1]!, 16)),
      g: String(parseInt(hex[2]!, 16)),
      b: String(parseInt(hex[3]!, 16)),
    };
  }
  if (a.r === undefined || a.g === undefined || a.b === undefined) return null;
  return rgbText(a.r, a.g, a.b, a.a);
}

/** List values: `[a, b]` (GEXF 1.3), a JSON array, or `a|b` (GEXF 1.2 primer). */
function parseList(text: string, elementType: string): PropertyValue | null {
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    try {
      const parsed: unknown = parseBoundedJson(trimmed);
      if (Array.isArray(parsed) && parsed.every((v) => ['string', 'number', 'boolean'].includes(typeof v)))
        return parsed as PropertyValue;
    } catch {
      // not JSON: a bracketed, comma-separated list
    }
  }
  const inner = trimmed.startsWith('[') && trimmed.endsWith(']') ? trimmed.slice(1, -1) : trimmed;
  const parts = (trimmed.startsWith('[') ? inner.split(',') : inner.split('|'))
    .map((p) => p.trim())
    .filter(Boolean);
  const typed = parts.map((p) => parseTyped(p, elementType));
  return typed.every((v) => v !== null && !Array.isArray(v))
    ? (typed as (string | number | boolean)[])
    : null;
}

export const gexfImporter: FormatImporter = {
  format: 'gexf',
  danglingEdges: 'placeholder',
  placeholderType: DEFAULT_ENTITY_TYPE,
  async *read(inputs, context) {
    for (const input of inputs) {
      const file = inputName(input);
      yield* readXml<ImportRecord>(input, context, (emit) => {
        const defs = { node: new Map<string, AttributeDef>(), edge: new Map<string, AttributeDef>() };
        let attributesClass: 'node' | 'edge' | null = null;
        let currentDef: { id: string; def: AttributeDef } | null = null;
        const nodeNamer = new PropertyNamer(RESERVED_ENTITY_KEYS, context.warn);
        const edgeNamer = new PropertyNamer(RESERVED_RELATION_KEYS, context.warn);
        const edgeIds = new EdgeIds();
        let defaultDirected = true;
        let sawGexf = false;
        // A file Redstring exported declares its namespace: read it as written (element-mapping.ts).
        let own = false;
        const scope = (namer: PropertyNamer): ElementScope => ({ namer, context, own });
        const nodes: PendingElement[] = [];
        let edge: PendingElement | null = null;

        const current = () => edge ?? nodes[nodes.length - 1] ?? null;

        const typed = (element: XmlElement, def: AttributeDef | undefined, text: string): unknown => {
          if (!def) return text;
          if (def.json) {
            try {
              return parseBoundedJson(text) as unknown;
            } catch {
              return text;
            }
          }
          const type = def.type.toLowerCase();
          const value = type.startsWith('list') ? parseList(text, type.slice(4)) : parseTyped(text, type);
          if (value === null) {
            context.warn(
              `type:${def.title}`,
              `${describe(element)}: "${text.slice(0, 50)}" is not a ${def.type} (attribute "${def.title}"); kept as text`,
            );
            return text;
          }
          return value;
        };

        const attributes = (pending: PendingElement, kind: 'node' | 'edge'): Attributes => {
          const attrs: Attributes = new Map();
          const known = defs[kind];
          for (const [id, def] of known)
            if (def.default !== undefined && !pending.values.has(id))
              attrs.set(def.title, typed(pending.element, def, def.default));
          for (const [id, text] of pending.values) {
            const def = known.get(id);
            if (!def)
              context.warn(
                `undeclared:${kind}:${id}`,
                `${describe(pending.element)}: attvalue for "${id}" names no declared ${kind} attribute; kept as text`,
              );
            attrs.set(def?.title ?? id, typed(pending.element, def, text));
          }
          return attrs;
        };

        return {
          open(element, parents) {
            const a = element.attributes;
            const parent = parents[parents.length - 1];
            switch (element.name) {
              case 'gexf':
                sawGexf = true;
                own = Object.values(a).includes(REDSTRING_XML_NS);
                break;
              case 'graph':
                defaultDirected = (a.defaultedgetype ?? 'directed') === 'directed';
                break;
              case 'attributes':
                attributesClass = a.class === 'edge' ? 'edge' : a.class === 'node' ? 'node' : null;
                if (!attributesClass)
                  context.warn(
                    `class:${a.class}`,
                    `${describe(element)}: attributes of class "${a.class}" are skipped`,
                  );
                break;
              case 'attribute':
                if (attributesClass && a.id !== undefined)
                  currentDef = {
                    id: a.id,
                    def: { title: a.title ?? a.id, type: a.type ?? 'string', json: a.json === 'true' },
                  };
                break;
              case 'node':
                if (parent?.name === 'nodes')
                  nodes.push({
                    element,
                    values: new Map(),
                    viz: {},
                    parent: a.pid ?? nodes[nodes.length - 1]?.element.attributes.id ?? null,
                  });
                break;
              case 'edge':
                if (parent?.name === 'edges') edge = { element, values: new Map(), viz: {}, parent: null };
                break;
              case 'attvalue': {
                const target = current();
                const key = a.for ?? a.id;
                if (!target || key === undefined) break;
                if (a.value === undefined)
                  throw new FormatError(file, describe(element), 'value', 'an <attvalue> needs a value');
                target.values.set(key, a.value);
                break;
              }
              case 'color': {
                const target = current();
                const value = color(a);
                if (target && value) target.viz.vizColor = value;
                break;
              }
              case 'position': {
                const target = current();
                for (const axis of ['x', 'y', 'z'] as const) {
                  const n = Number(a[axis]);
                  // Gephi's y points up, the canvas's (and vizY's) down: flipped here, and back on export.
                  if (target && a[axis] !== undefined && Number.isFinite(n))
                    target.viz[`viz${axis.toUpperCase()}`] = axis === 'y' ? flipY(n) : n;
                }
                break;
              }
              case 'size':
              case 'thickness': {
                const target = current();
                const n = Number(a.value);
                if (target && Number.isFinite(n))
                  target.viz[element.name === 'size' ? 'vizSize' : 'vizThickness'] = n;
                break;
              }
              case 'shape': {
                const target = current();
                if (target && a.value) target.viz.vizShape = a.value;
                break;
              }
              case 'parent': {
                const target = current();
                if (target && a.for && !target.parent) target.parent = a.for;
                break;
              }
              case 'spell':
                context.warn(
                  'spells',
                  'time spells (dynamic GEXF) are not kept; start and end attributes of nodes and edges are',
                );
                break;
            }
          },
          close(element, text, parents) {
            const parent = parents[parents.length - 1];
            const a = element.attributes;
            switch (element.name) {
              case 'default':
                if (currentDef && parent?.name === 'attribute') currentDef.def.default = text;
                break;
              case 'attribute':
                if (currentDef && attributesClass) defs[attributesClass].set(currentDef.id, currentDef.def);
                currentDef = null;
                break;
              case 'attributes':
                attributesClass = null;
                break;
              case 'node': {
                const pending = nodes[nodes.length - 1];
                if (!pending || pending.element !== element) break;
                nodes.pop();
                const at = describe(element);
                if (!a.id) throw new FormatError(file, at, 'id', 'a <node> needs an id');
                const attrs = attributes(pending, 'node');
                for (const time of ['start', 'end'] as const)
                  if (a[time] !== undefined && !attrs.has(time)) attrs.set(time, a[time]);
                emit({
                  kind: 'entity',
                  at,
                  value: nodeToEntity(
                    {
                      rawId: a.id,
                      attrs,
                      label: a.label ?? null,
                      parent: pending.parent,
                      extra: { values: pending.viz, from: VIZ_FROM },
                    },
                    scope(nodeNamer),
                  ),
                });
                break;
              }
              case 'edge': {
                if (!edge || edge.element !== element) break;
                const pending = edge;
                edge = null;
                const at = describe(element);
                if (!a.source) throw new FormatError(file, at, 'source', 'an <edge> needs a source');
                if (!a.target) throw new FormatError(file, at, 'target', 'an <edge> needs a target');
                const attrs = attributes(pending, 'edge');
                // GEXF 1.3 `kind` tells parallel edges apart; Redstring reads it as the relation type.
                if (a.kind !== undefined && !attrs.has('type')) attrs.set('type', a.kind);
                if (a.weight !== undefined && !attrs.has('weight')) {
                  const weight = Number(a.weight);
                  attrs.set('weight', Number.isFinite(weight) ? weight : a.weight);
                }
                for (const time of ['start', 'end'] as const)
                  if (a[time] !== undefined && !attrs.has(time)) attrs.set(time, a[time]);
                const type = a.type ?? (defaultDirected ? 'directed' : 'undirected');
                emit({
                  kind: 'relation',
                  at,
                  value: edgeToRelation(
                    {
                      rawId: a.id ?? edgeIds.next(a.source, a.target),
                      source: a.source,
                      target: a.target,
                      directed: type === 'directed',
                      attrs,
                      label: a.label ?? null,
                      extra: { values: pending.viz, from: VIZ_FROM },
                    },
                    scope(edgeNamer),
                  ),
                });
                break;
              }
            }
          },
          end() {
            if (!sawGexf)
              throw new FormatError(file, 'line 1', null, 'not a GEXF file: the root element is not <gexf>');
          },
        };
      });
    }
  },
};

// ---------------------------------------------------------------- export

interface Column {
  id: string;
  title: string;
  type: 'long' | 'double' | 'boolean' | 'string' | 'json' | 'liststring';
}

function columns(
  prefix: string,
  records: readonly Record<string, PropertyValue>[],
  skip: readonly string[],
): Map<string, Column> {
  const byName = new Map<string, PropertyValue[]>();
  for (const properties of records)
    for (const [name, value] of Object.entries(properties)) {
      if (skip.includes(name)) continue;
      const list = byName.get(name) ?? [];
      list.push(value);
      byName.set(name, list);
    }
  const out = new Map<string, Column>();
  [...byName.keys()].sort().forEach((name, i) => {
    const values = byName.get(name)!;
    const type = typeOfValues(values);
    const allStringLists = values.every((v) => Array.isArray(v) && v.every((x) => typeof x === 'string'));
    out.set(name, { id: `${prefix}${i}`, title: name, type: allStringLists ? 'liststring' : type });
  });
  return out;
}

function attributeDecl(column: Column): string {
  const type = column.type === 'json' ? 'string' : column.type;
  const json = column.type === 'json' ? ' rs:json="true"' : '';
  return `      <attribute id="${column.id}" title="${escapeXml(column.title)}" type="${type}"${json}/>`;
}

function attvalue(column: Column, value: PropertyValue): string {
  const text = column.type === 'json' || column.type === 'liststring' ? JSON.stringify(value) : String(value);
  return `<attvalue for="${column.id}" value="${escapeXml(text)}"/>`;
}

function vizElements(properties: Record<string, PropertyValue>): string {
  const out: string[] = [];
  const c =
    typeof properties.vizColor === 'string'
      ? /^rgba?\((\d+),(\d+),(\d+)(?:,([\d.]+))?\)$/.exec(properties.vizColor)
      : null;
  if (c)
    out.push(`<viz:color r="${c[1]}" g="${c[2]}" b="${c[3]}"${c[4] !== undefined ? ` a="${c[4]}"` : ''}/>`);
  if (typeof properties.vizX === 'number' || typeof properties.vizY === 'number')
    out.push(
      `<viz:position x="${properties.vizX ?? 0}" y="${typeof properties.vizY === 'number' ? flipY(properties.vizY) : 0}"${typeof properties.vizZ === 'number' ? ` z="${properties.vizZ}"` : ''}/>`,
    );
  if (typeof properties.vizSize === 'number') out.push(`<viz:size value="${properties.vizSize}"/>`);
  if (typeof properties.vizThickness === 'number')
    out.push(`<viz:thickness value="${properties.vizThickness}"/>`);
  if (typeof properties.vizShape === 'string')
    out.push(`<viz:shape value="${escapeXml(properties.vizShape)}"/>`);
  return out.join('');
}

/** Viz properties that are written as viz elements (and so are not attributes). */
function vizKeys(properties: Record<string, PropertyValue>, keys: readonly string[]): string[] {
  return keys.filter((key) => {
    const value = properties[key];
    if (key === 'vizColor')
      return typeof value === 'string' && /^rgba?\(\d+,\d+,\d+(,[\d.]+)?\)$/.test(value);
    if (key === 'vizShape') return typeof value === 'string';
    if (key === 'vizZ')
      return (
        typeof value === 'number' &&
        (typeof properties.vizX === 'number' || typeof properties.vizY === 'number')
      );
    return typeof value === 'number';
  });
}

export function exportGexf(graph: GraphFile): ExportedPart[] {
  const nodeFixed: Column[] = [
    { id: 'type', title: 'type', type: 'string' },
    { id: 'aliases', title: 'aliases', type: 'liststring' },
    { id: 'description', title: 'description', type: 'string' },
  ];
  const edgeFixed: Column[] = [
    { id: 'date', title: 'date', type: 'string' },
    { id: 'startDate', title: 'startDate', type: 'string' },
    { id: 'endDate', title: 'endDate', type: 'string' },
    { id: 'status', title: 'status', type: 'string' },
  ];
  const nodeColumns = columns(
    'n',
    graph.entities.map((e) =>
      Object.fromEntries(
        Object.entries(e.properties).filter(([k]) => !vizKeys(e.properties, VIZ_NODE).includes(k)),
      ),
    ),
    [],
  );
  const edgeSkip = (r: GraphFile['relations'][number]) => [
    ...vizKeys(r.properties, VIZ_EDGE),
    ...(typeof r.properties.weight === 'number' ? ['weight'] : []),
    ...(typeof r.properties.label === 'string' && r.properties.label !== r.type ? ['label'] : []),
    ...(r.properties.directed === false ? ['directed'] : []),
  ];
  const edgeColumns = columns(
    'e',
    graph.relations.map((r) => {
      const skip = edgeSkip(r);
      return Object.fromEntries(Object.entries(r.properties).filter(([k]) => !skip.includes(k)));
    }),
    [],
  );
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:rs="${REDSTRING_XML_NS}" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">`,
    '  <meta>',
    '    <creator>Redstring</creator>',
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node" mode="static">',
    ...[...nodeFixed, ...nodeColumns.values()].map(attributeDecl),
    '    </attributes>',
    '    <attributes class="edge" mode="static">',
    ...[...edgeFixed, ...edgeColumns.values()].map(attributeDecl),
    '    </attributes>',
    '    <nodes>',
  ];
  for (const entity of graph.entities) {
    const values = [attvalue(nodeFixed[0]!, entity.type)];
    if (entity.aliases.length) values.push(attvalue(nodeFixed[1]!, entity.aliases));
    if (entity.description) values.push(attvalue(nodeFixed[2]!, entity.description));
    const viz = vizKeys(entity.properties, VIZ_NODE);
    for (const [name, value] of Object.entries(entity.properties))
      if (!viz.includes(name)) values.push(attvalue(nodeColumns.get(name)!, value));
    out.push(
      `      <node id="${escapeXml(entity.id)}" label="${escapeXml(entity.name)}"><attvalues>${values.join('')}</attvalues>${vizElements(Object.fromEntries(viz.map((k) => [k, entity.properties[k]!])))}</node>`,
    );
  }
  out.push('    </nodes>', '    <edges>');
  for (const relation of graph.relations) {
    const skip = edgeSkip(relation);
    const values: string[] = [];
    for (const [i, field] of (['date', 'startDate', 'endDate', 'status'] as const).entries())
      if (relation[field]) values.push(attvalue(edgeFixed[i]!, relation[field]));
    for (const [name, value] of Object.entries(relation.properties))
      if (!skip.includes(name)) values.push(attvalue(edgeColumns.get(name)!, value));
    const p = relation.properties;
    const attrs = [
      `id="${escapeXml(relation.id)}"`,
      `source="${escapeXml(relation.from)}"`,
      `target="${escapeXml(relation.to)}"`,
      `kind="${relation.type}"`,
      ...(p.directed === false ? ['type="undirected"'] : []),
      ...(skip.includes('label') ? [`label="${escapeXml(String(p.label))}"`] : []),
      ...(skip.includes('weight') ? [`weight="${String(p.weight)}"`] : []),
    ];
    const viz = vizKeys(p, VIZ_EDGE);
    out.push(
      `      <edge ${attrs.join(' ')}><attvalues>${values.join('')}</attvalues>${vizElements(Object.fromEntries(viz.map((k) => [k, p[k]!])))}</edge>`,
    );
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return [{ fileName: 'graph.gexf', mediaType: 'application/gexf+xml', content: out.join('\n') }];
}
