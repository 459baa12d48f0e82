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

  it('hide the relations of a hidden entity type', () => {
    const doc = mergeSubgraph(emptyDoc, {
      entities: [
        { id: 'a', type: 'Person', name: 'A', aliases: [], degree: 1 },
        { id: 'b', type: 'Country', name: 'B', aliases: [], degree: 1 },
      ],
      relations: [rel({})],
    }).doc;
    const visible = visibleIds(doc, { ...defaultFilters, excludedEntityTypes: ['Country'] });
    expect([...visible.entities]).toEqual(['a']);
    expect(visible.relations.size).toBe(0);
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
