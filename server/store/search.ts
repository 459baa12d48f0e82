/** The in-process search index beside the graph: filled from the graph at open, asked by `search`. */
import { pageSize } from './limits.ts';
import { readRows, type StoreParts } from './parts.ts';
import { getEntities } from './reads.ts';
import type { SearchIndex } from './search-index.ts';
import type { SearchHit } from './types.ts';

export async function rebuildSearchIndex(parts: StoreParts, index: SearchIndex): Promise<void> {
  index.clear();
  const rows = await readRows(parts, 'entities-search-rows');
  index.upsert(
    rows.map((row) => ({
      id: String(row.id),
      type: String(row.type),
      name: String(row.name ?? row.id),
      aliases: Array.isArray(row.aliases) ? row.aliases.map(String) : [],
    })),
  );
}

export async function search(
  parts: StoreParts,
  index: SearchIndex,
  text: string,
  options: { types?: string[] | null; first?: number | null },
): Promise<SearchHit[]> {
  const limit = pageSize(parts.limits, options.first, 10);
  const matches = index.search(text, { types: options.types, limit });
  return getEntities(
    parts,
    matches.map((m) => m.id),
  ).then((entities) =>
    matches.flatMap((match, i) => {
      const entity = entities[i];
      return entity ? [{ entity, score: match.score, matchedAlias: match.matchedAlias }] : [];
    }),
  );
}
