/**
 * The one export path the CLI and the GraphQL API share: the whole graph, or the subgraph of the
 * given entities and the relations among them, in any format that has an exporter.
 */
import type { CaseStore } from '../store/case-store.ts';
import { exporterFor } from './registry.ts';
import type { ExportedPart, GraphFormat } from './types.ts';

export interface ExportOptions {
  /** Only these entities and the relations among them (and the sources their evidence cites). */
  ids?: readonly string[] | null;
  /** The case's name, for formats that recreate the case (a Cypher script). @default its id */
  caseName?: string;
}

/**
 * Exports the graph. The store hands over the graph in the native shape, held in memory, so an
 * export needs memory in proportion to the graph (see docs/formats.md).
 */
export async function exportGraphAs(
  store: Pick<CaseStore, 'exportGraph' | 'id'>,
  format: GraphFormat,
  options: ExportOptions = {},
): Promise<ExportedPart[]> {
  const exporter = exporterFor(format);
  const graph = await store.exportGraph(options.ids && options.ids.length > 0 ? options.ids : null);
  return exporter(graph, { case: { id: store.id, name: options.caseName ?? store.id } });
}
