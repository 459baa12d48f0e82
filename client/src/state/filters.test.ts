import { describe, expect, it } from 'vitest';
import { defaultFilters, relationPasses, toTraversalFilter, visibleIds } from './filters.ts';
import { emptyDoc, mergeSubgraph, type CanvasRelation } from './graph-model.ts';

const rel = (patch: Partial<CanvasRelation>): CanvasRelation => ({
  id: 'r',
  type: 'SENDS',
  from: 'a',
  to: 'b',
  date: null,
  startDate: null,
  endDate: null,
  status: null,
  sources: ['s1'],
  ...patch,
});
const universe = {
  entityTypes: ['Person', 'Country'],
  relationTypes: ['SENDS', 'LEADS'],
  sources: ['s1', 's2'],
};

describe('filters', () => {
  it('hide relations by type, status, source and date', () => {
    expect(relationPasses(rel({}), defaultFilters)).toBe(true);
    expect(relationPasses(rel({}), { ...defaultFilters, excludedRelationTypes: ['SENDS'] })).toBe(false);
    expect(
      relationPasses(rel({ status: 'denied' }), { ...defaultFilters, excludedStatuses: ['denied'] }),
    ).toBe(false);
    expect(relationPasses(rel({}), { ...defaultFilters, excludedSources: ['s1'] })).toBe(false);
    expect(
      relationPasses(rel({ sources: ['s1', 's2'] }), { ...defaultFilters, excludedSources: ['s1'] }),
    ).toBe(true);
    expect(relationPasses(rel({ date: '2025-04' }), { ...defaultFilters, dateTo: '2022' })).toBe(false);
  });

  it('hide the relations of a hidden entity type, and the entity that leaves alone', () => {
    const doc = mergeSubgraph(emptyDoc, {
      entities: [
        { id: 'a', type: 'Person', name: 'A', aliases: [], degree: 1 },
        { id: 'b', type: 'Country', name: 'B', aliases: [], degree: 1 },
      ],
      relations: [rel({})],
    }).doc;
    const filters = { ...defaultFilters, excludedEntityTypes: ['Country'] };
    const visible = visibleIds(doc, filters);
    expect([...visible.entities]).toEqual([]);
    expect([...visible.orphans]).toEqual(['a']);
    expect(visible.relations.size).toBe(0);
    expect([...visibleIds(doc, { ...filters, keepOrphans: true }).entities]).toEqual(['a']);
  });

  describe('orphans', () => {
    // a -SENDS(2024)- b -LEADS(2020)- c, and d alone (a search result with no relation on the canvas).
    const doc = mergeSubgraph(emptyDoc, {
      entities: ['a', 'b', 'c', 'd'].map((id) => ({ id, type: 'Person', name: id, aliases: [], degree: 1 })),
      relations: [
        rel({ id: 'ab', from: 'a', to: 'b', date: '2024-03' }),
        rel({ id: 'bc', type: 'LEADS', from: 'b', to: 'c', date: '2020' }),
      ],
    }).doc;
    const only2024 = { ...defaultFilters, dateFrom: '2024', dateTo: '2024' };

    it('are hidden when a filter takes away their last visible relation', () => {
      const visible = visibleIds(doc, only2024);
      expect([...visible.relations]).toEqual(['ab']);
      expect([...visible.orphans]).toEqual(['c']);
      expect([...visible.entities].sort()).toEqual(['a', 'b', 'd']);
    });

    it('stay with "Keep orphans"', () => {
      const visible = visibleIds(doc, { ...only2024, keepOrphans: true });
      expect([...visible.entities].sort()).toEqual(['a', 'b', 'c', 'd']);
      expect(visible.orphans.size).toBe(0);
    });

    it('are never made by hiding by hand or by an unfiltered canvas', () => {
      expect(visibleIds(doc, defaultFilters).orphans.size).toBe(0);
      // c's only neighbour is hidden by hand: c was left alone by the investigator, not by a filter.
      const handHidden = { ...doc, hidden: ['b'] };
      const visible = visibleIds(handHidden, only2024);
      expect([...visible.entities].sort()).toEqual(['a', 'c', 'd']);
      expect(visible.orphans.size).toBe(0);
    });

    it('follow the relation-type filter as the date window does', () => {
      const visible = visibleIds(doc, { ...defaultFilters, excludedRelationTypes: ['SENDS'] });
      expect([...visible.orphans]).toEqual(['a']);
      expect([...visible.entities].sort()).toEqual(['b', 'c', 'd']);
    });
  });

  it('become the API TraversalFilter as inclusions', () => {
    expect(toTraversalFilter(defaultFilters, universe)).toBeUndefined();
    expect(
      toTraversalFilter(
        { ...defaultFilters, excludedEntityTypes: ['Country'], excludedStatuses: ['denied'], dateTo: '2022' },
        universe,
      ),
    ).toEqual({ entityTypes: ['Person'], statuses: ['reported', 'confirmed', 'estimated'], to: '2022' });
  });
});
