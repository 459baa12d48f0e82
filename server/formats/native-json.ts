/**
 * The native format: `{sources, entities, relations}` with exactly the GraphQL shapes
 * (server/model/case-format.ts). Lossless both ways. The file is parsed whole (see
 * MAX_WHOLE_FILE_BYTES); its records are then streamed to the store in chunks.
 */
import { GraphFileError, parseGraphFile, type GraphFile } from '../model/case-format.ts';
import { parseJsonText, wholeText, inputName } from './input.ts';
import { DEFAULT_ENTITY_TYPE } from './naming.ts';
import { FormatError, type ExportedPart, type FormatImporter, type ImportRecord } from './types.ts';

export const nativeJsonImporter: FormatImporter = {
  format: 'json',
  danglingEdges: 'error',
  placeholderType: DEFAULT_ENTITY_TYPE,
  async *read(inputs) {
    for (const input of inputs) {
      const file = inputName(input);
      const parsed = parseJsonText(await wholeText(input));
      if (!parsed.ok) throw new FormatError(file, parsed.at, null, parsed.detail);
      let graph: GraphFile;
      try {
        graph = parseGraphFile(parsed.value, file, { crossReferences: false });
      } catch (error) {
        if (!(error instanceof GraphFileError)) throw error;
        const issue = error.issues[0]!;
        const match = /^((?:sources|entities|relations)\[\d+\])\.?(.*)$/.exec(issue.path);
        throw new FormatError(file, match?.[1] ?? issue.path, match?.[2] || null, issue.message);
      }
      for (const [i, value] of graph.sources.entries())
        yield { kind: 'source', value, at: `sources[${i}]` } satisfies ImportRecord;
      for (const [i, value] of graph.entities.entries())
        yield { kind: 'entity', value, at: `entities[${i}]` };
      for (const [i, value] of graph.relations.entries())
        yield { kind: 'relation', value, at: `relations[${i}]` };
    }
  },
};

export function exportNativeJson(graph: GraphFile): ExportedPart[] {
  return [
    { fileName: 'graph.json', mediaType: 'application/json', content: `${JSON.stringify(graph, null, 2)}\n` },
  ];
}
