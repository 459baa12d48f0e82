/**
 * Query-term expansion on its own: which dictionary terms a term reaches, by which kind of match,
 * and that the weights rank the word itself, then short completions and typos, then long
 * completions.
 */
import SearchableMap from 'minisearch/SearchableMap';
import { describe, expect, it } from 'vitest';
import { expand, typoBudget, type Expansion } from '../../../server/store/search/expansion.ts';

const TERMS = ['kovalev', 'kovalenko', 'kim', 'kum', 'shoigu', 'constantinople', 'dorko', 'dorkovichsky'];

function dictionary(): { map: SearchableMap<number>; postings: number[][] } {
  const map = new SearchableMap<number>();
  TERMS.forEach((term, id) => map.set(term, id));
  // Term id i has i + 1 postings, so that the count adds up to something checkable.
  return { map, postings: TERMS.map((_, id) => Array.from({ length: id + 1 }, (_, k) => k)) };
}

/** The matched terms, by text, with their weights. */
function matched(expansion: Expansion): Map<string, number> {
  return new Map(expansion.termIds.map((id, i) => [TERMS[id]!, expansion.weights[i]!]));
}

describe('typoBudget', () => {
  it('allows one typo per five characters, at most two, none under four', () => {
    expect(
      ['kim', 'adaa', 'shoig', 'shoigu', 'kovalenko', 'kovalenkos', 'constantinople'].map(typoBudget),
    ).toEqual([0, 1, 1, 1, 1, 2, 2]);
  });
});

describe('expand', () => {
  const { map, postings } = dictionary();

  it('reaches the word and its completions, the word weighing most', () => {
    const dor = expand('dorko', map, postings);
    const weights = matched(dor);
    expect([...weights.keys()].sort()).toEqual(['dorko', 'dorkovichsky']);
    expect(weights.get('dorko')).toBe(1);
    expect(weights.get('dorkovichsky')).toBeLessThan(1);
    expect(dor.typos.size).toBe(0);
    expect(dor.postings).toBe(
      postings[TERMS.indexOf('dorko')]!.length + postings[TERMS.indexOf('dorkovichsky')]!.length,
    );
  });

  it('finds no typo for a short term', () => {
    const kim = expand('kim', map, postings);
    expect([...matched(kim).keys()]).toEqual(['kim']);
    expect(kim.typos.size).toBe(0);
  });

  it('counts a transposed pair as one typo, as a word and as the start of one', () => {
    const word = expand('kovlaev', map, postings);
    expect([...word.typos.keys()]).toEqual(['kovalev']);
    const start = expand('kovlae', map, postings);
    expect([...start.typos.keys()].sort()).toEqual(['kovalenko', 'kovalev']);
    // A typo weighs less than the word would, and a completion of a typo less still.
    expect(word.typos.get('kovalev')!).toBeLessThan(1);
    expect(start.typos.get('kovalenko')!).toBeLessThan(start.typos.get('kovalev')!);
  });

  it('lists typos beside completions, never a completion as a typo', () => {
    const shoigo = expand('shoigo', map, postings);
    expect([...shoigo.typos.keys()]).toEqual(['shoigu']);
    const kova = expand('kova', map, postings);
    expect([...matched(kova).keys()].sort()).toEqual(['kovalenko', 'kovalev']);
    expect(kova.typos.size).toBe(0);
  });

  it('allows two typos in a long term, not three', () => {
    expect([...expand('konstantinoplr', map, postings).typos.keys()]).toEqual(['constantinople']);
    expect(expand('konstantinoplrr', map, postings).typos.size).toBe(0);
  });
});
