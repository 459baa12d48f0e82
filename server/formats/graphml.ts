/**
 * GraphML (http://graphml.graphdrawing.org/): typed `<key>`s with defaults, directed, undirected
 * and mixed graphs, parallel edges, nested graphs (kept as `parent`), yFiles labels. Streamed.
 * Export writes every field; lists, mixed-type properties, evidence and sources travel as JSON
 * text in keys marked `rs:json="true"`, so the round trip is lossless.
 */
import {
  RESERVED_ENTITY_KEYS,
  RESERVED_RELATION_KEYS,
  type GraphFile,
  type PropertyValue,
} from '../model/case-format.ts';
import { edgeToRelation, nodeToEntity, type Attributes, type ElementScope } from './element-mapping.ts';
import { inputName } from './input.ts';
import { parseBoundedJson } from './json-depth.ts';
import { DEFAULT_ENTITY_TYPE, EdgeIds, PropertyNamer, parseTyped, typeOfValues } from './naming.ts';
import { VIZ_COLOR, VIZ_SIZE, VIZ_X, VIZ_Y, cssColor } from './style-hints.ts';
import {
  FormatError,
  type ExportedPart,
  type FormatImporter,
  type ImportRecord,
  type RawSource,
} from './types.ts';
import { describe, escapeXml, readXml, type XmlElement } from './xml.ts';
import { takeGephiY } from './y-axis.ts';

/** Namespace of the attribute that marks a key whose values are JSON text. */
export const REDSTRING_XML_NS = 'urn:redstring:graph';

interface Key {
  for: string;
  name: string;
  type: string;
  json: boolean;
  /** yFiles keys carry graphics, not data. */
  yfiles: boolean;
  default?: string;
}

interface Pending {
  element: XmlElement;
  data: Map<string, string>;
  label: string | null;
  parent: string | null;
  /** Style hints from yFiles graphics (style-hints.ts). */
  viz: Record<string, PropertyValue>;
}

/** What in a yEd file gives each style hint, for the import report. */
const YFILES_VIZ_FROM: Readonly<Record<string, string>> = {
  [VIZ_X]: 'y:Geometry x+width/2',
  [VIZ_Y]: 'y:Geometry y+height/2',
  [VIZ_SIZE]: 'y:Geometry max(width,height)',
  [VIZ_COLOR]: 'y:Fill color',
};

/** yEd's node geometry as a centre and a size: yEd gives the top-left corner. */
function geometry(a: Record<string, string>, viz: Record<string, PropertyValue>): void {
  const [x, y, width, height] = [a.x, a.y, a.width, a.height].map(Number);
  if (![x, y, width, height].every((n) => Number.isFinite(n))) return;
  viz[VIZ_X] = x! + width! / 2;
  viz[VIZ_Y] = y! + height! / 2;
  viz[VIZ_SIZE] = Math.max(width!, height!);
}

export const graphmlImporter: FormatImporter = {
  format: 'graphml',
  danglingEdges: 'placeholder',
  placeholderType: DEFAULT_ENTITY_TYPE,
  async *read(inputs, context) {
    for (const input of inputs) {
      const file = inputName(input);
      yield* readXml<ImportRecord>(input, context, (emit) => {
        const keys = new Map<string, Key>();
        const nodeNamer = new PropertyNamer(RESERVED_ENTITY_KEYS, context.warn);
        const edgeNamer = new PropertyNamer(RESERVED_RELATION_KEYS, context.warn);
        const edgeIds = new EdgeIds();
        const graphs: { edgedefault: string; node: string | null }[] = [];
        const open: Pending[] = [];
        let key: { id: string; value: Key } | null = null;
        let sawGraphml = false;
        // A file Redstring exported declares its namespace: read it as written (element-mapping.ts).
        let own = false;
        const scope = (namer: PropertyNamer): ElementScope => ({ namer, context, own });

        const typed = (element: XmlElement, keyId: string, text: string): unknown => {
          const declared = keys.get(keyId);
          if (!declared) return text;
          if (declared.json) {
            try {
              return parseBoundedJson(text) as unknown;
            } catch {
              context.warn(
                `json:${keyId}`,
                `${describe(element)}: key "${declared.name}" is marked JSON but is not; kept as text`,
              );
              return text;
            }
          }
          const value = parseTyped(text, declared.type);
          if (value === null) {
            context.warn(
              `type:${keyId}`,
              `${describe(element)}: "${text.slice(0, 50)}" is not a ${declared.type} (key "${declared.name}"); kept as text`,
            );
            return text;
          }
          return value;
        };

        const attributes = (pending: Pending, kind: 'node' | 'edge'): Attributes => {
          const attrs: Attributes = new Map();
          for (const [id, k] of keys)
            if (
              (k.for === kind || k.for === 'all') &&
              !k.yfiles &&
              k.default !== undefined &&
              !pending.data.has(id)
            )
              attrs.set(k.name, typed(pending.element, id, k.default));
          for (const [id, text] of pending.data) {
            const declared = keys.get(id);
            if (declared?.yfiles) continue;
            if (!declared)
              context.warn(
                `undeclared:${id}`,
                `${describe(pending.element)}: data key "${id}" is not declared by a <key>; kept as text property`,
              );
            attrs.set(declared?.name ?? id, typed(pending.element, id, text));
          }
          return attrs;
        };

        return {
          open(element, parents) {
            const parent = parents[parents.length - 1];
            switch (element.name) {
              case 'graphml':
                sawGraphml = true;
                own = Object.values(element.attributes).includes(REDSTRING_XML_NS);
                break;
              case 'Geometry': {
                // yFiles: the first geometry of a node is where yEd drew it (group nodes have more).
                const current = open[open.length - 1];
                if (current?.element.name === 'node' && current.viz[VIZ_X] === undefined)
                  geometry(element.attributes, current.viz);
                break;
              }
              case 'Fill': {
                const current = open[open.length - 1];
                const color = element.attributes.color ? cssColor(element.attributes.color) : null;
                if (current?.element.name === 'node' && color && current.viz[VIZ_COLOR] === undefined)
                  current.viz[VIZ_COLOR] = color;
                break;
              }
              case 'key': {
                const a = element.attributes;
                if (!a.id) throw new FormatError(file, describe(element), 'id', 'a <key> needs an id');
                key = {
                  id: a.id,
                  value: {
                    for: a.for ?? 'all',
                    name: a['attr.name'] ?? a.id,
                    type: a['attr.type'] ?? 'string',
                    json: a.json === 'true',
                    yfiles: a['yfiles.type'] !== undefined,
                  },
                };
                break;
              }
              case 'graph': {
                // A graph inside a node (a nested graph): its nodes keep that node as `parent`.
                const enclosing = open[open.length - 1];
                graphs.push({
                  edgedefault:
                    element.attributes.edgedefault ?? graphs[graphs.length - 1]?.edgedefault ?? 'directed',
                  node: enclosing?.element.name === 'node' ? (enclosing.element.attributes.id ?? null) : null,
                });
                break;
              }
              case 'node':
              case 'edge':
                if (parent?.name === 'graph' || parent?.name === 'graphml')
                  open.push({
                    element,
                    data: new Map(),
                    label: null,
                    parent: graphs[graphs.length - 1]?.node ?? null,
                    viz: {},
                  });
                break;
              case 'hyperedge':
                context.warn(
                  'hyperedge',
                  `${describe(element)}: hyperedges have no equivalent and are skipped`,
                );
                break;
            }
          },
          close(element, text, parents) {
            const parent = parents[parents.length - 1];
            const current = open[open.length - 1];
            switch (element.name) {
              case 'default':
                if (key && parent?.name === 'key') key.value.default = text;
                break;
              case 'key':
                if (key) keys.set(key.id, key.value);
                key = null;
                break;
              case 'graph':
                graphs.pop();
                break;
              case 'data': {
                const keyId = element.attributes.key;
                if (!keyId) throw new FormatError(file, describe(element), 'key', 'a <data> needs a key');
                if (
                  current &&
                  (parent?.name === 'node' || parent?.name === 'edge') &&
                  parent === current.element
                )
                  current.data.set(keyId, text);
                else if (
                  parent?.name === 'graph' &&
                  keys.get(keyId)?.name === 'sources' &&
                  keys.get(keyId)?.json
                ) {
                  const sources = typed(element, keyId, text);
                  if (Array.isArray(sources))
                    sources.forEach((value, i) =>
                      emit({
                        kind: 'source',
                        value: value as RawSource,
                        at: `${describe(element)} sources[${i}]`,
                      }),
                    );
                }
                break;
              }
              case 'NodeLabel':
              case 'EdgeLabel':
                // yFiles: the first label of the node or edge is its visible name.
                if (current && current.label === null && text.trim()) current.label = text.trim();
                break;
              case 'node':
              case 'edge': {
                if (!current || current.element !== element) break;
                open.pop();
                const at = describe(element);
                const a = element.attributes;
                if (element.name === 'node') {
                  if (!a.id) throw new FormatError(file, at, 'id', 'a <node> needs an id');
                  const attrs = attributes(current, 'node');
                  const gephiY = own ? null : takeGephiY(attrs, current.viz);
                  emit({
                    kind: 'entity',
                    at,
                    value: nodeToEntity(
                      {
                        rawId: a.id,
                        attrs,
                        label: current.label,
                        parent: current.parent,
                        extra: {
                          values: current.viz,
                          from: gephiY
                            ? { ...YFILES_VIZ_FROM, [VIZ_Y]: `${gephiY}, flipped` }
                            : YFILES_VIZ_FROM,
                        },
                      },
                      scope(nodeNamer),
                    ),
                  });
                } else {
                  if (!a.source) throw new FormatError(file, at, 'source', 'an <edge> needs a source');
                  if (!a.target) throw new FormatError(file, at, 'target', 'an <edge> needs a target');
                  const directed =
                    a.directed !== undefined
                      ? a.directed === 'true'
                      : graphs[graphs.length - 1]?.edgedefault !== 'undirected';
                  emit({
                    kind: 'relation',
                    at,
                    value: edgeToRelation(
                      {
                        rawId: a.id ?? edgeIds.next(a.source, a.target),
                        source: a.source,
                        target: a.target,
                        directed,
                        attrs: attributes(current, 'edge'),
                        label: current.label,
                      },
                      scope(edgeNamer),
                    ),
                  });
                }
                break;
              }
            }
          },
          end() {
            if (!sawGraphml)
              throw new FormatError(
                file,
                'line 1',
                null,
                'not a GraphML file: the root element is not <graphml>',
              );
          },
        };
      });
    }
  },
};

// ---------------------------------------------------------------- export

interface KeySpec {
  id: string;
  name: string;
  type: 'long' | 'double' | 'boolean' | 'string' | 'json';
}

function keySpecs(
  prefix: string,
  records: readonly { properties: Record<string, PropertyValue> }[],
): Map<string, KeySpec> {
  const byName = new Map<string, PropertyValue[]>();
  for (const record of records)
    for (const [name, value] of Object.entries(record.properties)) {
      const list = byName.get(name);
      if (list) list.push(value);
      else byName.set(name, [value]);
    }
  const specs = new Map<string, KeySpec>();
  [...byName.keys()]
    .sort()
    .forEach((name, i) =>
      specs.set(name, { id: `${prefix}${i}`, name, type: typeOfValues(byName.get(name)!) }),
    );
  return specs;
}

function keyElement(forWhat: string, spec: KeySpec): string {
  const type = spec.type === 'json' ? 'string' : spec.type;
  const json = spec.type === 'json' ? ' rs:json="true"' : '';
  return `  <key id="${spec.id}" for="${forWhat}" attr.name="${escapeXml(spec.name)}" attr.type="${type}"${json}/>`;
}

function dataElement(spec: KeySpec, value: unknown): string {
  const text = spec.type === 'json' ? JSON.stringify(value) : String(value);
  return `<data key="${spec.id}">${escapeXml(text)}</data>`;
}

export function exportGraphml(graph: GraphFile): ExportedPart[] {
  const fixed = (id: string, name: string, type: KeySpec['type']): KeySpec => ({ id, name, type });
  const node = {
    type: fixed('type', 'type', 'string'),
    name: fixed('name', 'name', 'string'),
    aliases: fixed('aliases', 'aliases', 'json'),
    description: fixed('description', 'description', 'string'),
    evidence: fixed('evidence', 'evidence', 'json'),
  };
  const edge = {
    type: fixed('relationType', 'type', 'string'),
    date: fixed('date', 'date', 'string'),
    startDate: fixed('startDate', 'startDate', 'string'),
    endDate: fixed('endDate', 'endDate', 'string'),
    status: fixed('status', 'status', 'string'),
    evidence: fixed('relationEvidence', 'evidence', 'json'),
  };
  const sourcesKey = fixed('sources', 'sources', 'json');
  const nodeProps = keySpecs('n', graph.entities);
  // `directed: false` is written as the edge's `directed` attribute, not as data.
  const edgeProps = keySpecs(
    'e',
    graph.relations.map((r) => ({
      properties: Object.fromEntries(
        Object.entries(r.properties).filter(([k, v]) => !(k === 'directed' && v === false)),
      ),
    })),
  );
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:rs="${REDSTRING_XML_NS}" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`,
    keyElement('graph', sourcesKey),
    ...Object.values(node).map((spec) => keyElement('node', spec)),
    ...[...nodeProps.values()].map((spec) => keyElement('node', spec)),
    ...Object.values(edge).map((spec) => keyElement('edge', spec)),
    ...[...edgeProps.values()].map((spec) => keyElement('edge', spec)),
    '  <graph id="G" edgedefault="directed">',
  ];
  if (graph.sources.length > 0) out.push(`    ${dataElement(sourcesKey, graph.sources)}`);
  for (const entity of graph.entities) {
    const data = [dataElement(node.type, entity.type), dataElement(node.name, entity.name)];
    if (entity.aliases.length) data.push(dataElement(node.aliases, entity.aliases));
    if (entity.description) data.push(dataElement(node.description, entity.description));
    for (const [name, value] of Object.entries(entity.properties))
      data.push(dataElement(nodeProps.get(name)!, value));
    if (entity.evidence.length) data.push(dataElement(node.evidence, entity.evidence));
    out.push(`    <node id="${escapeXml(entity.id)}">${data.join('')}</node>`);
  }
  for (const relation of graph.relations) {
    const data = [dataElement(edge.type, relation.type)];
    for (const field of ['date', 'startDate', 'endDate', 'status'] as const)
      if (relation[field]) data.push(dataElement(edge[field], relation[field]));
    let directed = '';
    for (const [name, value] of Object.entries(relation.properties)) {
      if (name === 'directed' && value === false) directed = ' directed="false"';
      else data.push(dataElement(edgeProps.get(name)!, value));
    }
    if (relation.evidence.length) data.push(dataElement(edge.evidence, relation.evidence));
    out.push(
      `    <edge id="${escapeXml(relation.id)}" source="${escapeXml(relation.from)}" target="${escapeXml(relation.to)}"${directed}>${data.join('')}</edge>`,
    );
  }
  out.push('  </graph>', '</graphml>', '');
  return [{ fileName: 'graph.graphml', mediaType: 'application/graphml+xml', content: out.join('\n') }];
}
