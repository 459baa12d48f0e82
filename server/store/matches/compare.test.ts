import { describe, expect, it } from 'vitest';
import { comparePair, matchScore } from './compare.ts';
import { nameForms } from './name-forms.ts';
import { profileOf, type ProfileSource } from './profile.ts';

const entity = (name: string, more: Partial<ProfileSource> = {}): ProfileSource => ({
  id: name,
  type: 'Person',
  name,
  aliases: [],
  properties: {},
  ...more,
});

const compare = (a: ProfileSource, b: ProfileSource) => comparePair(profileOf(a), profileOf(b));

describe('name forms', () => {
  it('transliterates Cyrillic and Hangul to Latin words, syllables of Hangul apart', () => {
    expect(nameForms('Сергей Шойгу').latin).toBe('sergei shoigu');
    expect(nameForms('김정은').latin).toBe('eun gim jeong');
    expect(nameForms('Shoigu, Sergei').folded).toBe(nameForms('Sergei Shoigu').folded);
  });
});

describe('comparing two entities', () => {
  it('says how names matched, from exact to close', () => {
    expect(compare(entity('Kim Jong Un'), entity('KIM JONG UN'))?.reasons[0]?.how).toBe('exact');
    expect(compare(entity('Jong Un Kim'), entity('Kim Jong Un'))?.reasons[0]?.how).toBe('normalised');
    expect(compare(entity('Sergei Shoigu'), entity('Сергей Шойгу'))?.reasons[0]?.how).toBe('transliterated');
    const close = compare(entity('Sergey Shoygu'), entity('Sergey Shoigu'));
    expect(close?.reasons[0]?.how).toBe('close');
    expect(close?.reasons[0]?.text).toBe(
      'name “Sergey Shoygu” and name “Sergey Shoigu”: close spellings (92% alike)',
    );
  });

  it('counts two letters swapped as one slip', () => {
    expect(compare(entity('Marat Khusnullin'), entity('Marat Khusnuliln'))?.reasons[0]?.how).toBe('close');
  });

  it('keeps short names, one-word close spellings and unlike names out', () => {
    expect(compare(entity('UN'), entity('UN'))).toBeNull();
    expect(compare(entity('Putin'), entity('Putin'))).toBeNull();
    expect(compare(entity('Kremlin'), entity('Kremlni'))).toBeNull();
    expect(compare(entity('Anna Kobe'), entity('Anna Lobe'))).toBeNull();
    expect(compare(entity('Anna Kobe'), entity('Anna Kube'))).toBeNull();
    expect(compare(entity('Marat Khusnullin'), entity('Marat Husnullin'))).toBeNull();
    expect(compare(entity('Kremlin'), entity('Kremlin'))?.score).toBe(0.75);
  });

  it('matches identifiers written another way, and scores a name and an identifier together', () => {
    const here = entity('Bank A', { type: 'Organization', properties: { referenceNumber: 'KPe 009' } });
    const there = entity('AMROGGANG DEVELOPMENT BANKING CORPORATION', {
      type: 'Organization',
      properties: { referenceNumber: 'KPe.009' },
    });
    const match = compare(here, there);
    expect(match?.score).toBe(1);
    expect(match?.reasons[0]).toMatchObject({
      kind: 'identifier',
      how: 'normalised',
      hereField: 'referenceNumber',
    });
    // Too little to identify anything: no digit, or under 4 characters.
    expect(
      compare(
        entity('A', { properties: { idNumber: 'unknown' } }),
        entity('B', { properties: { idNumber: 'unknown' } }),
      ),
    ).toBeNull();
    expect(
      compare(
        entity('A', { properties: { idNumber: '12' } }),
        entity('B', { properties: { idNumber: '12' } }),
      ),
    ).toBeNull();
  });

  it('weighs types that differ and aliases down, and agrees with the score alone', () => {
    const person = entity('Kursk Oblast', { type: 'Person' });
    const place = entity('Region', { type: 'Place', aliases: ['Kursk Oblast'] });
    const match = compare(person, place)!;
    expect(match.score).toBeCloseTo(1 * 0.95 * 0.8);
    expect(matchScore(profileOf(person), profileOf(place))).toBeCloseTo(match.score);
  });
});
