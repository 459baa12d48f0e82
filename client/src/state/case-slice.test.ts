import { describe, expect, it } from 'vitest';
import { caseSettled, initialCase, setSummary, setTimeline, switchCase } from './case-slice.ts';

describe('the case slice', () => {
  it('holds the summary and the timeline once loaded', () => {
    expect(initialCase).toEqual({ openCase: null, summary: null, timeline: null });
    const summary = {
      entityCount: 2,
      relationCount: 1,
      sourceCount: 1,
      entityTypes: [{ type: 'Person', count: 2 }],
      relationTypes: [{ type: 'KNOWS', count: 1 }],
      sources: [{ id: 's', title: 'A report', publisher: null, publishedAt: null }],
      earliest: '2022',
      latest: '2024',
    };
    const s = setSummary(initialCase, summary);
    expect(s).toEqual({ openCase: null, summary, timeline: null });
    const timeline = { items: [], truncated: true };
    expect(setTimeline(s, timeline)).toEqual({ openCase: null, summary, timeline });
  });

  it('forgets what it loaded when another case opens, and keeps only how that one went', () => {
    const loaded = setTimeline(
      setSummary(switchCase(initialCase, { id: 'kursk', status: 'loading' }), {
        entityCount: 1,
        relationCount: 0,
        sourceCount: 0,
        entityTypes: [],
        relationTypes: [],
        sources: [],
        earliest: null,
        latest: null,
      }),
      { items: [], truncated: false },
    );
    const other = switchCase(loaded, { id: 'other', status: 'loading' });
    expect(other).toEqual({ openCase: { id: 'other', status: 'loading' }, summary: null, timeline: null });
    // A late word on the case left behind changes nothing.
    expect(caseSettled(other, { id: 'kursk', status: 'missing' })).toBe(other);
    expect(caseSettled(other, { id: 'other', status: 'missing' }).openCase).toEqual({
      id: 'other',
      status: 'missing',
    });
  });
});
