/**
 * Cytoscape JSON: the `elements` array of Cytoscape.js (`cy.json()`, `cy.elements().jsons()`),
 * the `{nodes, edges}` object, and Cytoscape desktop `.cyjs` exports (`{data, elements: {nodes,
 * edges}}`). Compound nodes keep their `parent`; positions become the style hints `vizX`/`vizY`.
 * Export is lossless: evidence rides in element data and sources in the graph's `data`.
 * The file is parsed whole (see MAX_WHOLE_FILE_BYTES).
 */
import { RESERVED_ENTITY_KEYS, RESERVED_RELATION_KEYS, type GraphFile } from '../model/case-format.ts';
import { edgeToRelation, nodeToEntity, type Attributes, type ElementScope } from './element-mapping.ts';
import { inputName, parseJsonText, wholeText } from './input.ts';
import { DEFAULT_ENTITY_TYPE, EdgeIds, PropertyNamer } from './naming.ts';
import { VIZ_X, VIZ_Y } from './style-hints.ts';
import {
  FormatError,
  type ExportedPart,
  type FormatImporter,
  type ImportRecord,
  type RawSource,
} from './types.ts';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

interface Element {
  group: 'nodes' | 'edges';
  data: Record<string, unknown>;
  position: unknown;
  classes: unknown;
  at: string;
}

/** The elements of every accepted shape, nodes first, each with where it is in the file. */
function elementsOf(
  root: unknown,
  file: string,
): { elements: Element[]; graphData: Record<string, unknown>; own: boolean } {
  const out: Element[] = [];
  const add = (list: unknown, where: string, group: 'nodes' | 'edges' | null) => {
    if (!Array.isArray(list)) throw new FormatError(file, where, null, 'must be an array of elements');
    list.forEach((item, i) => {
      const at = `${where}[${i}]`;
      if (!isObject(item)) throw new FormatError(file, at, null, 'an element must be an object');
      const data = item.data === undefined ? {} : item.data;
      if (!isObject(data)) throw new FormatError(file, at, 'data', 'must be an object');
      const declared = item.group === 'nodes' || item.group === 'edges' ? item.group : null;
      const kind =
        group ?? declared ?? (data.source !== undefined || data.target !== undefined ? 'edges' : 'nodes');
      out.push({ group: kind, data, position: item.position, classes: item.classes, at });
    });
  };
  let graphData: Record<string, unknown> = {};
  if (Array.isArray(root)) add(root, 'elements', null);
  else if (isObject(root)) {
    if (isObject(root.data)) graphData = root.data;
    const elements = root.elements ?? root;
    if (Array.isArray(elements)) add(elements, 'elements', null);
    else if (isObject(elements) && (elements.nodes !== undefined || elements.edges !== undefined)) {
      const prefix = root.elements !== undefined ? 'elements.' : '';
      if (elements.nodes !== undefined) add(elements.nodes, `${prefix}nodes`, 'nodes');
      if (elements.edges !== undefined) add(elements.edges, `${prefix}edges`, 'edges');
    } else
      throw new FormatError(
        file,
        '(root)',
        'elements',
        'no Cytoscape elements: expected an array, `elements`, or `nodes` and `edges`',
      );
  } else throw new FormatError(file, '(root)', null, 'not a Cytoscape JSON document');
  // Nodes first: an edge may precede its nodes in a flat array.
  return {
    elements: [...out.filter((e) => e.group === 'nodes'), ...out.filter((e) => e.group === 'edges')],
    graphData,
    // Redstring's export says so: its data keys are read as written (element-mapping.ts).
    own: isObject(root) && root.generated_by === GENERATED_BY,
  };
}

/** What Redstring writes in `generated_by`, and knows its own files by. */
const GENERATED_BY = 'redstring';

/** What in the file gives each property the reader sets, for the import report. */
const EXTRA_FROM: Readonly<Record<string, string>> = {
  [VIZ_X]: 'position.x',
  [VIZ_Y]: 'position.y',
  classes: 'classes',
};

const idText = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : typeof value === 'number' ? String(value) : null;

export const cytoscapeImporter: FormatImporter = {
  format: 'cytoscape',
  danglingEdges: 'placeholder',
  placeholderType: DEFAULT_ENTITY_TYPE,
  async *read(inputs, context) {
    for (const input of inputs) {
      const file = inputName(input);
      const text = await wholeText(input);
      context.progress(Buffer.byteLength(text));
      const parsed = parseJsonText(text);
      if (!parsed.ok) throw new FormatError(file, parsed.at, null, parsed.detail);
      const { elements, graphData, own } = elementsOf(parsed.value, file);
      const nodes: ElementScope = {
        namer: new PropertyNamer(RESERVED_ENTITY_KEYS, context.warn),
        context,
        own,
      };
      const edges: ElementScope = {
        namer: new PropertyNamer(RESERVED_RELATION_KEYS, context.warn),
        context,
        own,
      };
      const edgeIds = new EdgeIds();
      if (Array.isArray(graphData.redstringSources))
        for (const [i, value] of graphData.redstringSources.entries())
          yield {
            kind: 'source',
            value: value as RawSource,
            at: `data.redstringSources[${i}]`,
          } satisfies ImportRecord;
      let unnamed = 0;
      for (const element of elements) {
        const { id, parent, source, target, ...rest } = element.data;
        const attrs: Attributes = new Map(Object.entries(rest));
        const extra: Record<string, string | number> = {};
        if (isObject(element.position)) {
          if (typeof element.position.x === 'number') extra[VIZ_X] = element.position.x;
          if (typeof element.position.y === 'number') extra[VIZ_Y] = element.position.y;
        }
        if (typeof element.classes === 'string' && element.classes.trim())
          extra.classes = element.classes.trim();
        if (element.group === 'nodes') {
          let rawId = idText(id);
          if (rawId === null) {
            // Cytoscape.js would make up a random id; a stable one keeps re-imports idempotent.
            rawId = `node-${++unnamed}`;
            context.warn(
              'node-without-id',
              `a node without data.id (${element.at}) was given the id "${rawId}"`,
            );
          }
          yield {
            kind: 'entity',
            at: element.at,
            value: nodeToEntity(
              { rawId, attrs, parent: idText(parent), extra: { values: extra, from: EXTRA_FROM } },
              nodes,
            ),
          };
        } else {
          const from = idText(source);
          const to = idText(target);
          if (from === null) throw new FormatError(file, element.at, 'data.source', 'an edge needs a source');
          if (to === null) throw new FormatError(file, element.at, 'data.target', 'an edge needs a target');
          // Cytoscape.js has no undirected edges; `directed: false` written by Redstring is a plain property.
          yield {
            kind: 'relation',
            at: element.at,
            value: edgeToRelation(
              {
                rawId: idText(id) ?? edgeIds.next(from, to),
                source: from,
                target: to,
                directed: true,
                attrs,
                extra: { values: extra, from: EXTRA_FROM },
              },
              edges,
            ),
          };
        }
      }
    }
  },
};

/**
 * The graph as a Cytoscape desktop `.cyjs` document, which Cytoscape.js also reads
 * (`cy.json({ elements })`). The relation type is written as `interaction`, Cytoscape's name.
 */
export function exportCytoscape(graph: GraphFile): ExportedPart[] {
  // Structural keys win over a property of the same name, which the format cannot carry.
  const assign = (data: Record<string, unknown>, properties: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(properties)) if (!(key in data)) data[key] = value;
  };
  const nodes = graph.entities.map((entity) => {
    const { [VIZ_X]: positionX, [VIZ_Y]: positionY, classes, ...properties } = entity.properties;
    const positioned = typeof positionX === 'number' && typeof positionY === 'number';
    const classed = typeof classes === 'string' && classes !== '' && classes.trim() === classes;
    const data: Record<string, unknown> = { id: entity.id, type: entity.type, name: entity.name };
    if (entity.aliases.length) data.aliases = entity.aliases;
    if (entity.description) data.description = entity.description;
    if (entity.evidence.length) data.evidence = entity.evidence;
    assign(data, properties);
    if (!positioned) assign(data, { [VIZ_X]: positionX, [VIZ_Y]: positionY });
    if (!classed) assign(data, { classes });
    return {
      data,
      ...(positioned ? { position: { x: positionX, y: positionY } } : {}),
      ...(classed ? { classes } : {}),
    };
  });
  const edges = graph.relations.map((relation) => {
    const { classes, ...properties } = relation.properties;
    const classed = typeof classes === 'string' && classes !== '' && classes.trim() === classes;
    // A relation that kept its file's `interaction` (a code, which made no type) writes it back
    // there, and its type as `type`, which the import reads first.
    const kept = relation.properties.interaction;
    const data: Record<string, unknown> = {
      id: relation.id,
      source: relation.from,
      target: relation.to,
      ...(kept === undefined ? { interaction: relation.type } : { type: relation.type, interaction: kept }),
    };
    for (const field of ['date', 'startDate', 'endDate', 'status'] as const)
      if (relation[field]) data[field] = relation[field];
    if (relation.evidence.length) data.evidence = relation.evidence;
    assign(data, properties);
    if (!classed) assign(data, { classes });
    return { data, ...(classed ? { classes } : {}) };
  });
  const document = {
    format_version: '1.0',
    generated_by: GENERATED_BY,
    target_cytoscapejs_version: '~3',
    data: { name: 'Redstring export', ...(graph.sources.length ? { redstringSources: graph.sources } : {}) },
    elements: { nodes, edges },
  };
  return [
    {
      fileName: 'graph.cyjs',
      mediaType: 'application/json',
      content: `${JSON.stringify(document, null, 2)}\n`,
    },
  ];
}
