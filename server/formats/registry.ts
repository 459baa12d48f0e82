/**
 * Every format in one table: its importer, its exporter, the file names it goes by. The CLI, the
 * GraphQL API and the tests read this table; adding a format means adding a row.
 */
import type { GraphFile } from '../model/case-format.ts';
import { csvImporter, exportCsv } from './csv.ts';
import { cytoscapeImporter, exportCytoscape } from './cytoscape.ts';
import { exportCypher } from './cypher.ts';
import { exportFtm, ftmImporter } from './ftm.ts';
import { exportGexf, gexfImporter } from './gexf.ts';
import { exportGraphml, graphmlImporter } from './graphml.ts';
import { head, inputName } from './input.ts';
import { exportNativeJson, nativeJsonImporter } from './native-json.ts';
import {
  FormatRequestError,
  GRAPH_FORMATS,
  type ExportContext,
  type ExportedPart,
  type FormatImporter,
  type GraphFormat,
  type ImportInput,
} from './types.ts';
import { unSanctionsImporter } from './un-sanctions.ts';

export interface FormatInfo {
  format: GraphFormat;
  /** What users call it. */
  label: string;
  /** File name endings that identify it, most specific first. */
  extensions: readonly string[];
  importer: FormatImporter | null;
  exporter: ((graph: GraphFile, context: ExportContext) => ExportedPart[]) | null;
}

export const FORMATS: Readonly<Record<GraphFormat, FormatInfo>> = {
  json: {
    format: 'json',
    label: 'Redstring JSON',
    extensions: ['.json'],
    importer: nativeJsonImporter,
    exporter: exportNativeJson,
  },
  ftm: {
    format: 'ftm',
    label: 'FollowTheMoney JSON lines',
    extensions: ['.ftm.json', '.ijson', '.ftm', '.jsonl', '.ndjson'],
    importer: ftmImporter,
    exporter: exportFtm,
  },
  graphml: {
    format: 'graphml',
    label: 'GraphML',
    extensions: ['.graphml'],
    importer: graphmlImporter,
    exporter: exportGraphml,
  },
  gexf: {
    format: 'gexf',
    label: 'GEXF',
    extensions: ['.gexf'],
    importer: gexfImporter,
    exporter: exportGexf,
  },
  cytoscape: {
    format: 'cytoscape',
    label: 'Cytoscape JSON',
    extensions: ['.cyjs', '.cyjs.json', '.cy.json'],
    importer: cytoscapeImporter,
    exporter: exportCytoscape,
  },
  csv: {
    format: 'csv',
    label: 'CSV (entities and relations files)',
    extensions: ['.csv', '.tsv'],
    importer: csvImporter,
    exporter: exportCsv,
  },
  'un-sanctions': {
    format: 'un-sanctions',
    label: 'UN Security Council Consolidated List (XML)',
    extensions: [],
    importer: unSanctionsImporter,
    exporter: null,
  },
  cypher: {
    format: 'cypher',
    label: 'Cypher script for Neo4j',
    extensions: ['.cypher'],
    importer: null,
    exporter: exportCypher,
  },
};

export function isGraphFormat(value: string): value is GraphFormat {
  return (GRAPH_FORMATS as readonly string[]).includes(value);
}

export function importerFor(format: GraphFormat): FormatImporter {
  const importer = FORMATS[format].importer;
  if (!importer)
    throw new FormatRequestError(
      'not-importable',
      `${FORMATS[format].label} can be exported but not imported`,
      { format },
    );
  return importer;
}

export function exporterFor(
  format: GraphFormat,
): (graph: GraphFile, context: ExportContext) => ExportedPart[] {
  const exporter = FORMATS[format].exporter;
  if (!exporter)
    throw new FormatRequestError(
      'not-exportable',
      `${FORMATS[format].label} can be imported but not exported`,
      { format },
    );
  return exporter;
}

/** Tells the format from the content first (names lie: `.xml`, `.json`), then the file name. */
export async function detectFormat(input: ImportInput): Promise<GraphFormat> {
  const name = inputName(input).toLowerCase();
  const text = (await head(input)).replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('<')) {
    const root = /<(?!\?|!)([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(
      text.replace(/<!--[\s\S]*?-->/g, ''),
    )?.[2];
    if (root === 'graphml') return 'graphml';
    if (root === 'gexf') return 'gexf';
    if (root === 'CONSOLIDATED_LIST') return 'un-sanctions';
  } else if (text.startsWith('{') || text.startsWith('[')) {
    const firstLine = text.split('\n', 1)[0]!;
    if (/^\{.*"schema"\s*:/.test(firstLine) && /"id"\s*:/.test(firstLine)) return 'ftm';
    if (/"elements"\s*:|"group"\s*:\s*"(nodes|edges)"|"data"\s*:\s*\{/.test(text)) return 'cytoscape';
    if (/"(entities|relations|sources)"\s*:/.test(text)) return 'json';
  }
  for (const info of Object.values(FORMATS))
    if (info.importer && info.extensions.some((ext) => name.endsWith(ext))) return info.format;
  throw new FormatRequestError(
    'undetected',
    `cannot tell the format of ${inputName(input)}; name it with --format (one of ${GRAPH_FORMATS.filter((f) => FORMATS[f].importer).join(', ')})`,
    { file: inputName(input) },
  );
}
