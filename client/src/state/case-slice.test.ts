import { describe, expect, it } from 'vitest';
import { initialCase, setSummary, setTimeline } from './case-slice.ts';

describe('the case slice', () => {
  it('holds the summary and the timeline once loaded', () => {
    expect(initialCase).toEqual({ summary: null, timeline: null });
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
    expect(s).toEqual({ summary, timeline: null });
    const timeline = { items: [], truncated: true };
    expect(setTimeline(s, timeline)).toEqual({ summary, timeline });
  });
});
