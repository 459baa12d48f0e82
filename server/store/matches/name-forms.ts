/**
 * The forms of a name that matching across cases compares, from the strictest to the loosest:
 * - `exact`: the text itself, in one Unicode form, lower case, spaces collapsed;
 * - `folded`: the search index's words (case, diacritics and compatibility forms folded), sorted,
 *   so that "Shoigu, Sergei" is "Sergei Shoigu";
 * - `latin`: those words transliterated to Latin letters by any-ascii ("Сергей Шойгу" is
 *   "sergey shoygu", "김정은" is "gim jeong eun"), sorted;
 * - `skeleton`: the Latin letters without vowels, `y` or repeats, for finding close spellings
 *   ("sergey shoygu" and "sergei shoigu" share "srgshg"); a skeleton only proposes a candidate,
 *   which is kept when the Latin forms are close by edit distance.
 *
 * Transliteration is any-ascii's (one table per script, kept by its authors), never a table of
 * ours: a name in a script it does not know stays unmatched rather than guessed.
 */
import anyAscii from 'any-ascii';
import { tokenize } from '../search/tokenizer.ts';

export interface NameForms {
  exact: string;
  folded: string;
  latin: string;
  skeleton: string;
  /** The first letters of the Latin words, in order of the alphabet. */
  initials: string;
  /** Words of the Latin form. */
  words: number;
  /** Letters and digits of the Latin form. */
  letters: number;
}

// Scripts written without spaces between syllables, which any-ascii returns as capitalised
// syllables ("GimJeongEun", "JinTieSan"): the capitals are where words were.
const SYLLABIC = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const CAPITALS = /(?<=[a-z])(?=[A-Z])/g;
const NOT_ALNUM = /[^a-z0-9]+/;
const PLAIN_ASCII = /^[\u0020-\u007e]*$/;
const SOFT = /[aeiouy]/g;
const REPEATS = /(.)\1+/g;

function latinWords(word: string): string[] {
  if (PLAIN_ASCII.test(word)) return [word];
  // The folded word is decomposed (NFKD): Hangul syllables are recomposed first, or any-ascii
  // reads single jamo and loses where syllables start.
  const composed = word.normalize('NFC');
  let latin = anyAscii(composed);
  if (SYLLABIC.test(composed)) latin = latin.replace(CAPITALS, ' ');
  return latin.toLowerCase().split(NOT_ALNUM).filter(Boolean);
}

export function nameForms(text: string): NameForms {
  const words = tokenize(text);
  const latin = words.flatMap(latinWords).sort();
  const joined = latin.join(' ');
  return {
    exact: text.normalize('NFC').toLowerCase().trim().replace(/\s+/g, ' '),
    folded: [...words].sort().join(' '),
    latin: joined,
    skeleton: latin.map((w) => w.replace(SOFT, '').replace(REPEATS, '$1')).join(''),
    initials: latin
      .map((w) => w.charAt(0))
      .sort()
      .join(''),
    words: latin.length,
    letters: latin.reduce((sum, w) => sum + w.length, 0),
  };
}
