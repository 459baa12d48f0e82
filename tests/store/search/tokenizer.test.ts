/**
 * The tokenizer on its own: what one text becomes as terms, which is what both the index and the
 * queries are made of, so that a query finds a name only if both fold to the same words.
 */
import { describe, expect, it } from 'vitest';
import { foldText, tokenize } from '../../../server/store/search/tokenizer.ts';

describe('tokenize', () => {
  it('folds Latin diacritics and case, and cuts at punctuation', () => {
    expect(tokenize('Sergeï Björn-Ångström')).toEqual(['sergei', 'bjorn', 'angstrom']);
    expect(tokenize('Zoë, 2nd')).toEqual(['zoe', '2nd']);
    expect(tokenize('İstanbul')).toEqual(['istanbul']);
    // "Ł" has no decomposition: it stays a letter of its own, unlike "ó" and "ź" beside it.
    expect(tokenize('Łódź')).toEqual(['łodz']);
  });

  it('folds Cyrillic the same way: "й" and "ё" lose their marks', () => {
    expect(tokenize('Сергей Шойгу')).toEqual(['сергеи', 'шоигу']);
    expect(tokenize('Ёлкин')).toEqual(['елкин']);
  });

  it('keeps Hangul words whole, decomposed into jamo, so that a syllable being typed is a prefix', () => {
    const [kim, title, ...rest] = tokenize('김정은 위원장');
    expect(rest).toEqual([]);
    expect(kim).toBe('김정은'.normalize('NFKD'));
    expect(title).toBe('위원장'.normalize('NFKD'));
    // "김" is ㄱ + ㅣ + ㅁ: typing "기" on the way to it already finds it.
    expect([...foldText('김')].map((c) => c.codePointAt(0))).toEqual([0x1100, 0x1175, 0x11b7]);
    expect(kim!.startsWith(foldText('기'))).toBe(true);
  });

  it('unifies compatibility forms', () => {
    expect(tokenize('ＫＩＭ ﬁlm')).toEqual(['kim', 'film']);
  });

  it('joins straight and curly apostrophes inside a word, and drops them around one', () => {
    expect(tokenize("Mary O'Neil")).toEqual(['mary', 'oneil']);
    expect(tokenize('D’Artagnan')).toEqual(['dartagnan']);
    expect(tokenize("'quoted'")).toEqual(['quoted']);
  });

  it('keeps digits and repeated words, in order', () => {
    expect(tokenize('ACME-2000, Ltd.')).toEqual(['acme', '2000', 'ltd']);
    expect(tokenize('Ivan Ivan')).toEqual(['ivan', 'ivan']);
  });

  it('finds no word in blank or punctuation-only text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('  .,;—  ')).toEqual([]);
  });
});
