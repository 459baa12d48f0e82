/** The in-process search index beside the graph: filled from the graph at open, asked by `search`. */
import { pageSize } from './limits.ts';
import { readRows, type StoreParts } from './parts.ts';
import { getEntities } from './reads.ts';
import type { SearchIndex } from './search-index.ts';
import { tokenize } from './search/tokenizer.ts';
import { StoreInputError } from './types.ts';
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

/**
 * Bounds on what is searched, far above real names: the longest name with its aliases in the UN
 * consolidated list is 421 characters, its longest word 18 characters, its most words 56. The
 * typo search costs grow with a word's length (one variant per letter, each as long as the word):
 * a 50,000-character word once stalled every request for 9 s.
 */
export const SEARCH_LIMITS = { maxTextLength: 1_000, maxWordLength: 64, maxWords: 64 } as const;

/** Refuses search text past the bounds, naming the bound and never repeating the text. */
export function checkSearchText(text: string): void {
  const { maxTextLength, maxWordLength, maxWords } = SEARCH_LIMITS;
  if (text.length > maxTextLength)
    throw new StoreInputError(
      `search text must be at most ${maxTextLength} characters, got ${text.length}`,
      'LIMIT',
    );
  const words = tokenize(text);
  const longest = words.reduce((most, word) => Math.max(most, word.length), 0);
  if (longest > maxWordLength)
    throw new StoreInputError(
      `each word of the search text must be at most ${maxWordLength} characters, got one of ${longest}`,
      'LIMIT',
    );
  if (new Set(words).size > maxWords)
    throw new StoreInputError(`search text must have at most ${maxWords} different words`, 'LIMIT');
}

export async function search(
  parts: StoreParts,
  index: SearchIndex,
  text: string,
  options: { types?: string[] | null; first?: number | null },
): Promise<SearchHit[]> {
  checkSearchText(text);
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
