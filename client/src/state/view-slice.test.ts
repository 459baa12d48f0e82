import { describe, expect, it } from 'vitest';
import { defaultFilters } from './filters.ts';
import {
  initialView,
  requestFocus,
  requestLayout,
  setFilters,
  toggleExcluded,
  toggleStatus,
} from './view-slice.ts';

describe('the view slice', () => {
  it('starts on the default filters and a force-directed layout that nothing has asked for yet', () => {
    expect(initialView()).toEqual({
      filters: defaultFilters,
      layout: { seq: 0, name: 'fcose', mode: 'full', fit: true },
      focusRequest: null,
    });
    expect(initialView({ layout: 'grid' }).layout.name).toBe('grid');
  });

  it('patches the filters, keeping what the patch does not name', () => {
    const s = setFilters(initialView(), { dateTo: '2022', includeUndated: false });
    expect(s.filters).toEqual({ ...defaultFilters, dateTo: '2022', includeUndated: false });
    expect(setFilters(s, { dateFrom: '2020' }).filters.dateTo).toBe('2022');
  });

  it('toggles an excluded type or source in and out', () => {
    let s = toggleExcluded(initialView(), 'excludedEntityTypes', 'Person');
    s = toggleExcluded(s, 'excludedEntityTypes', 'Place');
    expect(s.filters.excludedEntityTypes).toEqual(['Person', 'Place']);
    s = toggleExcluded(s, 'excludedEntityTypes', 'Person');
    expect(s.filters.excludedEntityTypes).toEqual(['Place']);
    expect(toggleExcluded(s, 'excludedSources', 'tass').filters.excludedSources).toEqual(['tass']);
    expect(s.filters.excludedRelationTypes).toEqual([]);
  });

  it('toggles an excluded status in and out', () => {
    const s = toggleStatus(initialView(), 'denied');
    expect(s.filters.excludedStatuses).toEqual(['denied']);
    expect(toggleStatus(s, 'denied').filters.excludedStatuses).toEqual([]);
  });

  it('numbers layout requests, so that asking twice runs twice', () => {
    const once = requestLayout(initialView());
    expect(once.layout).toEqual({ seq: 1, name: 'fcose', mode: 'full', fit: true });
    const twice = requestLayout(once);
    expect(twice.layout).toEqual({ seq: 2, name: 'fcose', mode: 'full', fit: true });
    expect(requestLayout(twice, 'dagre', 'incremental', false).layout).toEqual({
      seq: 3,
      name: 'dagre',
      mode: 'incremental',
      fit: false,
    });
    // Without a name, the layout chosen last runs again.
    expect(requestLayout(requestLayout(once, 'circle')).layout.name).toBe('circle');
  });

  it('numbers framing requests and copies their ids', () => {
    const ids = ['a', 'b'];
    const s = requestFocus(initialView(), ids);
    expect(s.focusRequest).toEqual({ seq: 1, ids: ['a', 'b'] });
    expect(s.focusRequest?.ids).not.toBe(ids);
    expect(requestFocus(s, ['c']).focusRequest).toEqual({ seq: 2, ids: ['c'] });
  });
});
