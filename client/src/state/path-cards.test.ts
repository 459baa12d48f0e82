import { describe, expect, it } from 'vitest';
import type { CanvasRelation } from './graph-model.ts';
import { pathCards, pathText, toPathResult, type PathResult } from './path-cards.ts';

const names: Record<string, string> = {
  kim: 'Kim Jong Un',
  troops: 'North Korean troops',
  nk: 'North Korea',
  kursk: 'Kursk Region',
  ru: 'Russia',
};
const entity = (id: string) => ({ id, name: names[id] ?? id });
const rel = (
  id: string,
  from: string,
  type: string,
  to: string,
  patch: Partial<CanvasRelation> = {},
): CanvasRelation => ({
  id,
  type,
  from,
  to,
  date: null,
  startDate: null,
  endDate: null,
  status: null,
  sources: ['s1'],
  ...patch,
});
const path = (ids: string[], relations: CanvasRelation[]): PathResult =>
  toPathResult(ids.map(entity), relations);

const leads = rel('kim.leads.troops', 'kim', 'LEADS', 'troops', { status: 'confirmed' });
const admitted = rel('kim.admitted.troops', 'kim', 'ADMITTED', 'troops', { sources: ['s1', 's2'] });
const fights = rel('troops.fights-in.kursk', 'troops', 'FIGHTS_IN', 'kursk');
const leader = rel('kim.leads.nk', 'kim', 'LEADS', 'nk');
const partOf = rel('troops.part-of.nk', 'troops', 'PART_OF', 'nk');

describe('path cards', () => {
  it('name each relation with its type and the way it points', () => {
    const [card] = pathCards([path(['kim', 'nk', 'troops'], [leader, partOf])]);
    if (!card) throw new Error('no card');
    expect(pathText(card)).toBe('Kim Jong Un —LEADS→ North Korea ←PART_OF— North Korean troops');
    expect(card.steps.map((o) => o.map((s) => s.forward))).toEqual([[true], [false]]);
    expect(card.ways).toBe(1);
  });

  it('group paths that differ only in a parallel relation, listing the options of that step', () => {
    const cards = pathCards([
      path(['kim', 'troops', 'kursk'], [admitted, fights]),
      path(['kim', 'troops', 'kursk'], [leads, fights]),
    ]);
    expect(cards).toHaveLength(1);
    const [card] = cards;
    if (!card) throw new Error('no card');
    expect(card.ways).toBe(2);
    // The confirmed relation is the better option, so it comes first.
    expect(card.steps[0]?.map((s) => s.type)).toEqual(['LEADS', 'ADMITTED']);
    expect(card.steps[1]?.map((s) => s.type)).toEqual(['FIGHTS_IN']);
    expect([...card.relations].sort()).toEqual([admitted.id, fights.id, leads.id].sort());
    expect(pathText(card)).toBe(
      'Kim Jong Un —LEADS→ / —ADMITTED→ North Korean troops —FIGHTS_IN→ Kursk Region',
    );
  });

  it('rank shortest first, then the fewest denied and most confirmed links, then the most sources', () => {
    const viaRussia = [
      rel('kim.visited.ru', 'kim', 'VISITED', 'ru'),
      rel('ru.contains.kursk', 'ru', 'CONTAINS', 'kursk'),
    ];
    const long = path(['kim', 'nk', 'troops', 'kursk'], [leader, partOf, fights]);
    const denied = path(['kim', 'troops', 'kursk'], [{ ...admitted, status: 'denied' }, fights]);
    const plain = path(['kim', 'ru', 'kursk'], viaRussia);
    const confirmed = path(
      ['kim', 'nk', 'kursk'],
      [leader, rel('nk.x.kursk', 'nk', 'X', 'kursk', { status: 'confirmed' })],
    );
    const cards = pathCards([long, denied, plain, confirmed]);
    expect(cards.map((c) => c.entities.join(' '))).toEqual([
      'kim nk kursk',
      'kim ru kursk',
      'kim troops kursk',
      'kim nk troops kursk',
    ]);
  });

  it('keep the same order whatever order the paths came in', () => {
    const a = path(['kim', 'ru', 'kursk'], [rel('a1', 'kim', 'A', 'ru'), rel('a2', 'ru', 'A', 'kursk')]);
    const b = path(['kim', 'nk', 'kursk'], [rel('b1', 'kim', 'A', 'nk'), rel('b2', 'nk', 'A', 'kursk')]);
    const keys = (paths: PathResult[]) => pathCards(paths).map((c) => c.key);
    expect(keys([a, b])).toEqual(keys([b, a]));
  });
});
