import { describe, expect, it } from 'vitest';
import { defaultFilters } from './filters.ts';
import { decodeView, encodeView } from './url-state.ts';

describe('the view in the URL', () => {
  it('round-trips entities, positions, hidden and pinned ones, filters, layout and the open source', async () => {
    const view = {
      entityIds: ['kim-jong-un', 'north-korea', 'kursk-region'],
      positions: { 'kim-jong-un': { x: 10.4, y: -20.6 }, 'north-korea': { x: 100, y: 50 } },
      hidden: ['kursk-region'],
      pinned: ['north-korea'],
      filters: { ...defaultFilters, dateTo: '2022', excludedEntityTypes: ['Event'], keepOrphans: true },
      layout: 'dagre' as const,
      source: 'the-insider-2025-kursk-6000',
    };
    const hash = await encodeView(view);
    expect(hash.startsWith('#view=')).toBe(true);
    expect(hash).toMatch(/^#view=[A-Za-z0-9_-]+$/);
    const back = await decodeView(hash);
    expect(back).toEqual({
      ...view,
      positions: { 'kim-jong-un': { x: 10, y: -21 }, 'north-korea': { x: 100, y: 50 } },
    });
  });

  it('keeps "Keep orphans" even when nothing is filtered', async () => {
    const view = {
      entityIds: ['kim-jong-un'],
      positions: {},
      hidden: [],
      pinned: [],
      filters: { ...defaultFilters, keepOrphans: true },
      layout: 'fcose' as const,
    };
    expect((await decodeView(await encodeView(view)))?.filters.keepOrphans).toBe(true);
  });

  it('drops an open source whose id is not an id', async () => {
    const view = {
      entityIds: ['kim-jong-un'],
      positions: {},
      hidden: [],
      pinned: [],
      filters: defaultFilters,
      layout: 'fcose' as const,
      source: '"><img src=x onerror=alert(1)>',
    };
    const back = await decodeView(await encodeView(view));
    expect(back?.entityIds).toEqual(['kim-jong-un']);
    expect(back?.source).toBeNull();
  });

  it('ignores fragments that are not views, or are damaged', async () => {
    expect(await decodeView('')).toBeNull();
    expect(await decodeView('#section-2')).toBeNull();
    expect(await decodeView('#view=not-deflate')).toBeNull();
  });
});
