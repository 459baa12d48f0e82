import type { Expansion } from './expansion.ts';
import { tokenize } from './tokenizer.ts';

/**
 * Which alias matched, for a hit whose name does not match every query term: the alias that
 * matches most of them (the first of equals); null when the name matches them all. Worked out
 * for the page only.
 */
export function matchedAlias(
  name: string,
  aliases: readonly string[],
  expansions: readonly Expansion[],
): string | null {
  const matches = (e: Expansion, terms: readonly string[]) =>
    terms.some((t) => t.startsWith(e.term) || e.typos.has(t));
  const nameTerms = tokenize(name);
  if (expansions.every((e) => matches(e, nameTerms))) return null;
  let best: string | null = null;
  let bestCount = 0;
  for (const alias of aliases) {
    const terms = tokenize(alias);
    const count = expansions.filter((e) => matches(e, terms)).length;
    if (count > bestCount) {
      best = alias;
      bestCount = count;
    }
  }
  return best;
}
