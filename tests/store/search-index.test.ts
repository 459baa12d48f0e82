/**
 * The search index on its own: what matches, in what order, and that writes (renames, removals,
 * the compaction they lead to) leave nothing stale. The store contract covers search through the
 * store on both engines; this covers the index's own paths, some of which only large or skewed
 * indexes take (a short term checked on a longer term's candidates instead of read in full).
 */
import { describe, expect, it } from 'vitest';
import { foldText, SearchIndex, type SearchDocument } from '../../server/store/search-index.ts';

const doc = (id: string, name: string, aliases: string[] = [], type = 'Person'): SearchDocument => ({
  id,
  type,
  name,
  aliases,
});

function indexOf(...documents: SearchDocument[]): SearchIndex {
  const index = new SearchIndex();
  index.upsert(documents);
  return index;
}

const ids = (index: SearchIndex, text: string, limit = 10, types?: string[]) =>
  index.search(text, { limit, types }).map((hit) => hit.id);

describe('foldText', () => {
  it('drops case and diacritics and unifies compatibility forms', () => {
    expect(foldText('Sergeï Björn')).toBe('sergei bjorn');
    expect(foldText('ＫＩＭ')).toBe('kim');
    expect(foldText('ﬁlm')).toBe('film');
    // "й" is "и" with a breve, and goes the way of "ï".
    expect(foldText('Шойгу')).toBe('шоигу');
  });
});

describe('SearchIndex matching', () => {
  const index = indexOf(
    doc('shoigu', 'Sergei Shoigu', ['Шойгу', 'Sergey Shoigu']),
    doc('kim', 'Kim Jong Un', ['김정은']),
    doc('kovalev', 'Ivan Kovalev'),
    doc('ada', 'Ada Lovelace', ['Лавлейс', '에이다']),
    doc('oneil', "Mary O'Neil"),
    doc('long', 'Constantinople Trading'),
  );

  it('matches prefixes as you type', () => {
    expect(ids(index, 'shoi')).toEqual(['shoigu']);
    expect(ids(index, 'kov')).toEqual(['kovalev']);
    expect(ids(index, 'Sergei Sh')).toEqual(['shoigu']);
  });

  it('allows one typo per five characters, none under four', () => {
    expect(ids(index, 'Shoigo')).toEqual(['shoigu']);
    expect(ids(index, 'Kum')).toEqual([]);
    expect(ids(index, 'Adaa')).toEqual(['ada']);
    // 14 letters: two typos.
    expect(ids(index, 'Konstantinoplr')).toEqual(['long']);
    // 6 letters: one typo, not two.
    expect(ids(index, 'Shuogo')).toEqual([]);
  });

  it('counts a transposed pair of letters as one typo, in a word or in its start', () => {
    expect(ids(index, 'Kovlaev')).toEqual(['kovalev']);
    expect(ids(index, 'Shiogu')).toEqual(['shoigu']);
    expect(ids(index, 'Kovlae')).toEqual(['kovalev']);
  });

  it('folds case and diacritics and reads any script', () => {
    expect(ids(index, 'SERGEÏ')).toEqual(['shoigu']);
    expect(ids(index, 'шойгу')).toEqual(['shoigu']);
    expect(ids(index, '김정은')).toEqual(['kim']);
    expect(ids(index, '에이')).toEqual(['ada']);
  });

  it('joins apostrophes inside a name', () => {
    expect(ids(index, "O'Neil")).toEqual(['oneil']);
    expect(ids(index, 'oneil')).toEqual(['oneil']);
  });

  it('ANDs the words of a query', () => {
    expect(ids(index, 'Ivan Kovalev')).toEqual(['kovalev']);
    expect(ids(index, 'Ivan Shoigu')).toEqual([]);
  });

  it('says which alias matched when the name did not', () => {
    const [viaAlias] = index.search('Шойгу', { limit: 10 });
    expect(viaAlias?.matchedAlias).toBe('Шойгу');
    const [viaPrefix] = index.search('Лавл', { limit: 10 });
    expect(viaPrefix).toMatchObject({ id: 'ada', matchedAlias: 'Лавлейс' });
    const [viaName] = index.search('Sergei', { limit: 10 });
    expect(viaName?.matchedAlias).toBeNull();
  });

  it('returns nothing for blank, punctuation-only or unknown text, or an empty page', () => {
    expect(index.search('   ', { limit: 10 })).toEqual([]);
    expect(index.search('.,;', { limit: 10 })).toEqual([]);
    expect(index.search('zzqqxx', { limit: 10 })).toEqual([]);
    expect(index.search('Shoigu', { limit: 0 })).toEqual([]);
  });
});

describe('SearchIndex ranking', () => {
  it('puts an exact name, then an exact alias, before partial matches', () => {
    const index = indexOf(
      doc('rsc', 'Russian Security Council', [], 'GovernmentBody'),
      doc('russia', 'Russia', ['Russian Federation'], 'Country'),
      doc('rf', 'Moscow authorities', ['Russia'], 'GovernmentBody'),
    );
    const hits = index.search('Russia', { limit: 10 });
    expect(hits.map((hit) => hit.id)).toEqual(['russia', 'rf', 'rsc']);
    expect(hits[1]?.matchedAlias).toBe('Russia');
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThan(hits[i]!.score);
  });

  it('ranks the word first, short completions and typos next, long completions last', () => {
    const index = indexOf(doc('a', 'Dorkovichsky'), doc('b', 'Dorko'), doc('c', 'Dorka'));
    expect(ids(index, 'dor')).toEqual(['b', 'c', 'a']);
    expect(ids(index, 'dorko')).toEqual(['b', 'c', 'a']);
  });

  it('breaks ties by id, whatever order the documents came in', () => {
    const names = Array.from({ length: 30 }, (_, i) => doc(`id-${String(i).padStart(2, '0')}`, 'Same Name'));
    const expected = names.map((d) => d.id).slice(0, 10);
    expect(ids(indexOf(...names), 'same')).toEqual(expected);
    expect(ids(indexOf(...[...names].reverse()), 'same')).toEqual(expected);
    expect(
      ids(indexOf(...names.filter((_, i) => i % 2 === 1), ...names.filter((_, i) => i % 2 === 0)), 'same'),
    ).toEqual(expected);
  });

  it('keeps `limit` hits', () => {
    const index = indexOf(...Array.from({ length: 50 }, (_, i) => doc(`p${i}`, `Person ${i}`)));
    expect(index.search('person', { limit: 7 })).toHaveLength(7);
    expect(index.search('person', { limit: 500 })).toHaveLength(50);
  });
});

describe('SearchIndex type filter', () => {
  const index = indexOf(
    doc('visit', 'Shoigu visit', [], 'Event'),
    doc('shoigu', 'Sergei Shoigu', [], 'Person'),
    doc('speech', 'Shoigu speech', [], 'Event'),
  );

  it('keeps the types asked for', () => {
    expect(ids(index, 'Shoigu', 10, ['Event']).sort()).toEqual(['speech', 'visit']);
    expect(ids(index, 'Shoigu', 10, ['Event', 'Person'])).toHaveLength(3);
    expect(ids(index, 'Shoigu', 10, ['Country'])).toEqual([]);
    expect(ids(index, 'Shoigu', 10, [])).toHaveLength(3);
  });

  it('follows a type change that leaves the text alone', () => {
    const moved = indexOf(doc('x', 'Zebulon'));
    moved.upsert([doc('x', 'Zebulon', [], 'Organization')]);
    expect(moved.search('Zebulon', { limit: 10 })).toEqual([
      expect.objectContaining({ id: 'x', type: 'Organization' }),
    ]);
    expect(ids(moved, 'Zebulon', 10, ['Person'])).toEqual([]);
  });
});

describe('SearchIndex writes', () => {
  it('forgets a renamed name and a removed entity', () => {
    const index = indexOf(doc('n', 'Nora'), doc('b', 'Bjorn Borg'));
    index.upsert([doc('n', 'Renata')]);
    expect(ids(index, 'Nora')).toEqual([]);
    expect(ids(index, 'Renata')).toEqual(['n']);
    index.remove(['b', 'unknown']);
    expect(ids(index, 'Borg')).toEqual([]);
    expect(index.size).toBe(1);
    index.clear();
    expect(index.size).toBe(0);
    expect(ids(index, 'Renata')).toEqual([]);
  });

  it('finds entities to update whether they came in id order (a rebuild) or not', () => {
    const index = indexOf(...['a1', 'a2', 'a3', 'a4'].map((id) => doc(id, `Name ${id}`)));
    index.upsert([doc('a0', 'Late Comer'), doc('a3', 'Renamed Three')]);
    index.remove(['a2']);
    index.upsert([doc('a2', 'Back Again')]);
    expect(index.size).toBe(5);
    expect(ids(index, 'name')).toEqual(['a1', 'a4']);
    expect(ids(index, 'renamed')).toEqual(['a3']);
    expect(ids(index, 'back')).toEqual(['a2']);
    index.remove(['a0', 'a1', 'a2', 'a3']);
    expect(index.size).toBe(1);
    expect(ids(index, 'late')).toEqual([]);
    expect(ids(index, 'name')).toEqual(['a4']);
  });

  it('stays right through the compaction that many renames lead to', () => {
    const index = indexOf(...Array.from({ length: 3000 }, (_, i) => doc(`e${i}`, `Alpha ${i}`)));
    for (const word of ['Xylophone', 'Quartz'])
      index.upsert(Array.from({ length: 1500 }, (_, i) => doc(`e${i}`, `${word} ${i}`)));
    expect(index.size).toBe(3000);
    expect(ids(index, 'alpha', 500)).toHaveLength(500);
    expect(index.search('alpha', { limit: 2000 })).toHaveLength(1500);
    expect(ids(index, 'xylophone')).toEqual([]);
    expect(index.search('quartz', { limit: 2000 })).toHaveLength(1500);
    expect(ids(index, 'Quartz 1499')[0]).toBe('e1499');
    expect(ids(index, 'Alpha 2999')[0]).toBe('e2999');
  });
});

describe('SearchIndex with skewed terms', () => {
  // 4 000 "Sun Person..." people and a few "Zuya": "s" and "person" reach every document, "zuya"
  // a handful, so the search checks the common words on zuya's candidates instead of reading
  // their postings.
  const common = Array.from({ length: 4000 }, (_, i) => doc(`c${i}`, `Sun Person${i}`, [`S. Person${i}`]));
  const rare = [
    doc('z1', 'Sergei Zuya', ['S. Zuya']),
    doc('z2', 'Anna Zuya'),
    doc('z3', 'Zuyaev Sasha'),
    doc('z4', 'Zuya Personal'),
  ];
  const index = indexOf(...common, ...rare);

  it('gives the same hits whichever way a short word is matched', () => {
    expect(ids(index, 'S. Zuya')).toEqual(['z1', 'z3']);
    expect(ids(index, 'Zuya S')).toEqual(['z1', 'z3']);
    expect(ids(index, 'S Zuyaev')).toEqual(['z3']);
    expect(index.search('S. Zuya', { limit: 10 })[0]?.matchedAlias).toBe('S. Zuya');
    expect(ids(index, 'Zuya Person')).toEqual(['z4']);
    expect(ids(index, 'Zuya Persnoal')).toEqual(['z4']);
  });

  it('finds the common word alone and with another common word', () => {
    expect(index.search('s', { limit: 500 })).toHaveLength(500);
    const hits = ids(index, 'sun person12');
    expect(hits[0]).toBe('c12');
    expect(hits).toHaveLength(10);
  });
});
