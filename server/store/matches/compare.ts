/**
 * Whether two entities of different cases seem to be one, how sure that is, and why: every
 * reason names what matched on each side and how, so an investigator can check it rather than
 * trust a number.
 *
 * Scores, from 0 to 1:
 * - a shared identifier: 1 under the same property, 0.9 under different ones (a passport number
 *   here, an idNumber there);
 * - a name or alias: 1 when the same text, 0.95 the same words once case, accents and order are
 *   folded, 0.9 the same once transliterated, and 0.85 times their likeness when close spellings
 *   (at least 85% alike by edit distance, words starting with the same letters, names of two words
 *   and 10 letters at least); times 0.95 when one side is an alias, 0.9 when both
 *   are; times 0.75 for a name of one word;
 * - times 0.8 when the entities' types differ;
 * - a name and an identifier together: 1 − (1 − name)(1 − identifier).
 * A pair under MIN_SCORE is no match.
 */
import { distance } from 'fastest-levenshtein';
import { closeMatchable, type MatchProfile, type ProfileName } from './profile.ts';

export type MatchHow = 'exact' | 'normalised' | 'transliterated' | 'close';

export interface MatchReason {
  kind: 'name' | 'identifier';
  how: MatchHow;
  /** The matching text on the entity asked about, and on the other one. */
  here: string;
  there: string;
  /** `name`, `alias` or the identifier's property, on each side. */
  hereField: string;
  thereField: string;
  score: number;
  /** The reason as a sentence. */
  text: string;
}

export interface PairMatch {
  score: number;
  /** Strongest first. */
  reasons: MatchReason[];
}

export const MIN_SCORE = 0.6;
const MIN_LIKENESS = 0.85;
const MAX_REASONS = 5;

const HOW_SCORE: Record<Exclude<MatchHow, 'close'>, number> = {
  exact: 1,
  normalised: 0.95,
  transliterated: 0.9,
};

/** By how many of the two names are aliases. */
const ALIAS_FACTOR = [1, 0.95, 0.9] as const;

const HOW_TEXT: Record<MatchHow, string> = {
  exact: 'the same',
  normalised: 'the same once case, accents and word order are set aside',
  transliterated: 'the same once transliterated to Latin letters',
  close: 'close spellings',
};

function likeness(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 0;
  // Past this difference in length no pair can be 85% alike: spare the edit distance.
  if (Math.abs(a.length - b.length) / longest > 1 - MIN_LIKENESS) return 0;
  const edits = distance(a, b);
  // Levenshtein counts two letters swapped ("Kobe", "Koeb") as two edits; with the same letters
  // and two edits it is one swap, the commonest slip, and counts as one (as Damerau's distance).
  const swapped = edits === 2 && sortedLetters(a) === sortedLetters(b);
  return 1 - (swapped ? 1 : edits) / longest;
}

const sortedLetters = (text: string) => [...text].sort().join('');

interface NameHit {
  how: MatchHow;
  alike: number;
  score: number;
}

/** How two names match, without the words of a reason (a join asks this of every candidate). */
function nameHit(a: ProfileName, b: ProfileName, typeFactor: number): NameHit | null {
  const how: MatchHow =
    a.exact === b.exact
      ? 'exact'
      : a.folded === b.folded
        ? 'normalised'
        : a.latin === b.latin
          ? 'transliterated'
          : 'close';
  const single = a.words === 1 || b.words === 1;
  // One word matches only exactly: a close spelling of one word is too often another word. Nor
  // are words that start with other letters a slip of the pen ("Kobe", "Lobe").
  if (how === 'close' && (single || !closeMatchable(a) || !closeMatchable(b) || a.initials !== b.initials))
    return null;
  const alike = how === 'close' ? likeness(a.latin, b.latin) : 1;
  if (alike < MIN_LIKENESS) return null;
  const base = how === 'close' ? 0.85 * alike : HOW_SCORE[how];
  const aliases = (a.field === 'alias' ? 1 : 0) + (b.field === 'alias' ? 1 : 0);
  return { how, alike, score: base * ALIAS_FACTOR[aliases]! * (single ? 0.75 : 1) * typeFactor };
}

function nameReason(a: ProfileName, b: ProfileName, hit: NameHit): MatchReason {
  const alikeText = hit.how === 'close' ? ` (${Math.round(hit.alike * 100)}% alike)` : '';
  return {
    kind: 'name',
    how: hit.how,
    here: a.text,
    there: b.text,
    hereField: a.field,
    thereField: b.field,
    score: hit.score,
    text: `${a.field} “${a.text}” and ${b.field} “${b.text}”: ${HOW_TEXT[hit.how]}${alikeText}`,
  };
}

const identifierScore = (same: boolean, typeFactor: number) => (same ? 1 : 0.9) * typeFactor;

/** The score of `here` against `there` (0 when nothing matches), with no reason written. */
export function matchScore(here: MatchProfile, there: MatchProfile): number {
  const typeFactor = here.type === there.type ? 1 : 0.8;
  let identifier = 0;
  for (const a of here.identifiers)
    for (const b of there.identifiers)
      if (a.key === b.key)
        identifier = Math.max(identifier, identifierScore(a.property === b.property, typeFactor));
  let name = 0;
  for (const a of here.names)
    for (const b of there.names) name = Math.max(name, nameHit(a, b, typeFactor)?.score ?? 0);
  return 1 - (1 - name) * (1 - identifier);
}

/** How `here` matches `there`, or null when it does not (enough). */
export function comparePair(here: MatchProfile, there: MatchProfile): PairMatch | null {
  const typeFactor = here.type === there.type ? 1 : 0.8;
  const reasons: MatchReason[] = [];
  for (const a of here.identifiers)
    for (const b of there.identifiers) {
      if (a.key !== b.key) continue;
      const same = a.property === b.property;
      const how: MatchHow = a.value === b.value ? 'exact' : 'normalised';
      reasons.push({
        kind: 'identifier',
        how,
        here: a.value,
        there: b.value,
        hereField: a.property,
        thereField: b.property,
        score: identifierScore(same, typeFactor),
        text: same
          ? `${a.property} ${a.value}${how === 'exact' ? '' : ` and ${b.value}`}: the same identifier`
          : `${a.property} ${a.value} and ${b.property} ${b.value}: the same number under another property`,
      });
    }
  for (const a of here.names)
    for (const b of there.names) {
      const hit = nameHit(a, b, typeFactor);
      if (hit) reasons.push(nameReason(a, b, hit));
    }
  if (reasons.length === 0) return null;
  reasons.sort((x, y) => y.score - x.score);
  const best = (kind: MatchReason['kind']) => reasons.find((r) => r.kind === kind)?.score ?? 0;
  const score = 1 - (1 - best('name')) * (1 - best('identifier'));
  if (score < MIN_SCORE) return null;
  return { score, reasons: reasons.slice(0, MAX_REASONS) };
}
