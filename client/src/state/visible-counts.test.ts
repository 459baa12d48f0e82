import { describe, expect, it } from 'vitest';
import { defaultFilters } from './filters.ts';
import { emptyDoc, mergeSubgraph, type CanvasRelation } from './graph-model.ts';
import { countsText, shownOfText, visibleCounts } from './visible-counts.ts';

const rel = (id: string, from: string, to: string, date: string | null): CanvasRelation => ({
  id,
  type: 'SENDS',
  from,
  to,
  date,
  startDate: null,
  endDate: null,
  status: null,
  sources: [],
});

const doc = mergeSubgraph(emptyDoc, {
  entities: [
    { id: 'kim', type: 'Person', name: 'Kim', aliases: [], degree: 2 },
    { id: 'nk', type: 'Country', name: 'North Korea', aliases: [], degree: 2 },
    { id: 'ru', type: 'Country', name: 'Russia', aliases: [], degree: 1 },
  ],
  relations: [rel('r1', 'kim', 'nk', '2024-10'), rel('r2', 'nk', 'ru', '2019')],
}).doc;

describe('visible counts', () => {
  it('say the whole canvas when nothing is filtered', () => {
    const counts = visibleCounts(doc, defaultFilters);
    expect(countsText(counts)).toBe('3 entities · 2 relations');
    expect(counts.types).toEqual({ Person: { shown: 1, total: 1 }, Country: { shown: 2, total: 2 } });
  });

  it('say what is shown of what is on the canvas, orphans included, and agree per type', () => {
    const counts = visibleCounts(doc, { ...defaultFilters, dateFrom: '2024', dateTo: '2024' });
    expect(countsText(counts)).toBe('2 of 3 entities · 1 of 2 relations shown');
    expect(counts.orphans).toBe(1);
    expect(shownOfText(counts.types.Country ?? { shown: -1, total: -1 })).toBe('1/2');
    expect(shownOfText(counts.types.Person ?? { shown: -1, total: -1 })).toBe('1');
    const typeSum = Object.values(counts.types).reduce((n, t) => n + t.shown, 0);
    expect(typeSum).toBe(counts.entities.shown);
  });

  it('count entities hidden by hand as on the canvas but not shown', () => {
    const counts = visibleCounts({ ...doc, hidden: ['ru'] }, defaultFilters);
    expect(countsText(counts)).toBe('2 of 3 entities · 1 of 2 relations shown');
    expect(counts.orphans).toBe(0);
  });

  it('use the singular for one', () => {
    const one = mergeSubgraph(emptyDoc, {
      entities: [{ id: 'kim', type: 'Person', name: 'Kim', aliases: [], degree: 0 }],
      relations: [],
    }).doc;
    expect(countsText(visibleCounts(one, defaultFilters))).toBe('1 entity · 0 relations');
  });
});
