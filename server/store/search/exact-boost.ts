/**
 * Exact names and aliases outrank partial matches ("Russia" before "Russian Security Council"):
 * after the terms are scored, the documents whose whole name, or an alias, is the query get their
 * score multiplied.
 */
import type { Page } from './page.ts';
import { exactLengthOf, fieldOf, MAX_LENGTH, NAME, ordinalOf } from './postings.ts';
import type { ScoreAccumulator } from './score-accumulator.ts';
import { EXACT_ALIAS_BOOST, EXACT_NAME_BOOST } from './scoring.ts';
import type { TermIndex } from './term-index.ts';
import { tokenize } from './tokenizer.ts';

/**
 * Multiplies the score of documents that matched every query term (`done`, the last step) and
 * whose whole name, or an alias, is the query, and offers them to the page again. Such a document
 * holds every query term as a word, so one term's postings name them all; the lengths in the
 * postings leave only those of the right length to compare as text. Returns the alias that
 * matched exactly, by ordinal, when the name did not.
 */
export function boostExact(
  queryTerms: readonly string[],
  done: number,
  page: Page,
  terms: TermIndex,
  scores: ScoreAccumulator,
  names: readonly string[],
  aliases: readonly (readonly string[])[],
): Map<number, string> {
  const exactAliases = new Map<number, string>();
  const exactIds: number[] = [];
  let list: number[] | undefined;
  for (const term of queryTerms) {
    const id = terms.idOf(term);
    if (id === undefined) return exactAliases;
    if (!exactIds.includes(id)) exactIds.push(id);
    if (!list || terms.postings[id]!.length < list.length) list = terms.postings[id];
  }
  const key = queryTerms.join(' ');
  const length = Math.min(queryTerms.length, MAX_LENGTH);
  const named = new Set<number>();
  for (const entry of list ?? []) {
    const ord = ordinalOf(entry);
    const field = fieldOf(entry);
    const name = field === NAME;
    const exact = exactLengthOf(entry);
    if ((name ? exact !== length : exact > length) || !scores.reached(ord, done)) continue;
    // "Nadia N" ties most two-word names on length: the field must hold every query term as a
    // whole word before its text is compared.
    if (!terms.holdsAll(ord, field, exactIds)) continue;
    if (name) {
      if (tokenize(names[ord]!).join(' ') !== key) continue;
      named.add(ord);
      page.offer(ord, scores.boost(ord, EXACT_NAME_BOOST));
    } else if (!named.has(ord) && !exactAliases.has(ord)) {
      const alias = aliases[ord]!.find((a) => tokenize(a).join(' ') === key);
      if (alias === undefined) continue;
      exactAliases.set(ord, alias);
      page.offer(ord, scores.boost(ord, EXACT_ALIAS_BOOST));
    }
  }
  return exactAliases;
}
