/**
 * A Cypher script for Neo4j (export only): the statements that recreate the graph with the same
 * layout the store writes, from server/formats/cypher-script.ts. Running it twice leaves one copy.
 */
import { graphToCypherScript } from './cypher-script.ts';
import type { GraphFile } from '../model/case-format.ts';
import type { ExportContext, ExportedPart } from './types.ts';

export function exportCypher(graph: GraphFile, context: ExportContext): ExportedPart[] {
  return [
    {
      fileName: 'graph.cypher',
      mediaType: 'application/x-cypher-query',
      content: graphToCypherScript(graph, { case: context.case }),
    },
  ];
}
