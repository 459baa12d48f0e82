/**
 * What matching across cases keeps of one entity: its names and aliases in their compared forms,
 * its identifiers, and the blocking keys under which the index files it. Two entities are ever
 * compared only when they share a key, so a case of 100,000 entities is matched against another
 * by looking keys up, never by comparing every pair.
 *
 * Which names may match at all is decided here, because a match investigators cannot trust is
 * worse than none: a name of fewer than 4 letters ("UN", "CNN", "DPR": acronyms that name many
 * things) never matches, and a name of one word matches only when it has at least 6 letters and
 * only exactly (no close spelling of "Russia" or "Kremlin" is taken for it).
 */
import { identifiersOf, type Identifier } from './identifiers.ts';
import { nameForms, type NameForms } from './name-forms.ts';

export interface ProfileName extends NameForms {
  text: string;
  field: 'name' | 'alias';
}

export interface MatchProfile {
  id: string;
  type: string;
  name: string;
  names: ProfileName[];
  identifiers: Identifier[];
  /** Its blocking keys (`keysOf`), kept: each lookup of a join needs them. */
  keys: string[];
}

/** The least an entity needs for the index: what `entities-by-id` and the full read both give. */
export interface ProfileSource {
  id: string;
  type: string;
  name: string;
  aliases: readonly string[];
  properties: Readonly<Record<string, unknown>>;
}

export const MIN_LETTERS = 4;
export const MIN_SINGLE_WORD_LETTERS = 6;
/**
 * Close spellings are looked for only in names of two words or more, this long at least: one
 * letter changed in a shorter name ("Anna Kobe", "Anna Kube") is as often another person.
 */
export const MIN_CLOSE_LETTERS = 10;

/** Whether a name may match at all. */
export function matchable(name: NameForms): boolean {
  if (name.letters < MIN_LETTERS) return false;
  return name.words > 1 || name.letters >= MIN_SINGLE_WORD_LETTERS;
}

/** Whether a name may match a close spelling of it. */
export function closeMatchable(name: NameForms): boolean {
  return name.words > 1 && name.letters >= MIN_CLOSE_LETTERS;
}

export function profileOf(entity: ProfileSource): MatchProfile {
  const names: ProfileName[] = [];
  const seen = new Set<string>();
  const add = (text: string, field: 'name' | 'alias') => {
    const forms = nameForms(text);
    if (!matchable(forms) || seen.has(forms.exact)) return;
    seen.add(forms.exact);
    names.push({ text, field, ...forms });
  };
  add(entity.name, 'name');
  for (const alias of entity.aliases) add(alias, 'alias');
  const profile = {
    id: entity.id,
    type: entity.type,
    name: entity.name,
    names,
    identifiers: identifiersOf(entity.properties),
  };
  return { ...profile, keys: keysOf(profile) };
}

/**
 * The blocking keys of a profile: its identifiers, its names' Latin forms, and for names that may
 * match a close spelling, two keys that most misspellings keep: the skeleton (a changed vowel) and
 * the letters in order of the alphabet (two letters swapped, words in another order).
 */
export function keysOf(profile: Omit<MatchProfile, 'keys'>): string[] {
  const keys = new Set<string>();
  for (const id of profile.identifiers) keys.add(`i|${id.key}`);
  for (const name of profile.names) {
    keys.add(`n|${name.latin}`);
    if (closeMatchable(name)) {
      keys.add(`s|${name.skeleton}`);
      keys.add(`a|${[...name.latin.replaceAll(' ', '')].sort().join('')}`);
    }
  }
  return [...keys];
}
