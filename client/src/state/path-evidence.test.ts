import { describe, expect, it } from 'vitest';
import type { CanvasRelation } from './graph-model.ts';
import { pathCards, toPathResult } from './path-cards.ts';
import { citedSources, whyConnectedMarkdown, whySteps, type EvidencedRelation } from './path-evidence.ts';

const canvas = (id: string, from: string, type: string, to: string): CanvasRelation => ({
  id,
  type,
  from,
  to,
  date: null,
  startDate: null,
  endDate: null,
  status: null,
  sources: [],
});

const insider = {
  id: 'insider',
  title: 'Kim Jong Un will send 6,000 North Koreans',
  publisher: 'The Insider',
  url: 'https://theins.ru/en/politics/1',
  publishedAt: '2025-06',
};
const hostile = {
  id: 'bad',
  title: 'A planted source',
  publisher: null,
  url: 'javascript:alert(1)',
  publishedAt: null,
};

const evidenced: Record<string, EvidencedRelation> = {
  'kim.leads.nk': {
    id: 'kim.leads.nk',
    type: 'LEADS',
    status: 'confirmed',
    date: null,
    startDate: '2011',
    endDate: null,
    evidence: [
      { quote: 'Kim Jong Un will send *6,000* North Koreans', locator: 'headline', source: insider },
      { quote: 'first line\n\nsecond line', locator: null, source: hostile },
    ],
  },
  'troops.part-of.nk': {
    id: 'troops.part-of.nk',
    type: 'PART_OF',
    status: 'denied',
    date: '2024-10',
    startDate: null,
    endDate: null,
    evidence: [{ quote: 'troops of the KPA', locator: 'p. 3', source: insider }],
  },
};

const [card] = pathCards([
  toPathResult(
    [
      { id: 'kim', name: 'Kim Jong Un' },
      { id: 'nk', name: 'North Korea' },
      { id: 'troops', name: 'North Korean troops' },
    ],
    [canvas('kim.leads.nk', 'kim', 'LEADS', 'nk'), canvas('troops.part-of.nk', 'troops', 'PART_OF', 'nk')],
  ),
]);
if (!card) throw new Error('no card');

describe('why two entities are connected', () => {
  it('lists each relation in path order, the way the path walks it, with what the API said of it', () => {
    const steps = whySteps(card, new Map([['kim.leads.nk', evidenced['kim.leads.nk'] ?? null]]));
    expect(steps.map((s) => [s.from, s.to])).toEqual([
      ['Kim Jong Un', 'North Korea'],
      ['North Korea', 'North Korean troops'],
    ]);
    expect(steps.map((s) => s.relations.map((r) => [r.step.relation, r.step.forward]))).toEqual([
      [['kim.leads.nk', true]],
      [['troops.part-of.nk', false]],
    ]);
    // A relation the API no longer has is kept in its place, as missing.
    expect(steps[1]?.relations[0]?.relation).toBeNull();
  });

  it('exports Markdown with every quote verbatim, every source cited once, and no hostile link', () => {
    const steps = whySteps(card, new Map(Object.entries(evidenced)));
    const md = whyConnectedMarkdown(card, steps, {
      caseName: 'Kursk',
      exportedAt: new Date('2026-01-02T10:00:00Z'),
    });
    const lines = md.split('\n');

    expect(lines[0]).toBe('# Why are Kim Jong Un and North Korean troops connected?');
    expect(md.indexOf('## 1. Kim Jong Un —LEADS→ North Korea')).toBeGreaterThan(0);
    expect(md.indexOf('## 2. North Korea ←PART_OF— North Korean troops')).toBeGreaterThan(
      md.indexOf('## 1. Kim Jong Un —LEADS→ North Korea'),
    );
    expect(md).toContain('status: confirmed · date: 2011 – …');
    expect(md).toContain('status: denied · date: 2024-10');
    // Quotes as the source has them: not escaped, and a multi-line quote keeps each of its lines.
    expect(lines).toContain('> Kim Jong Un will send *6,000* North Koreans');
    expect(lines).toContain('> troops of the KPA');
    expect(md).toContain('> first line\n>\n> second line');
    expect(md).toContain(
      'Source: Kim Jong Un will send 6,000 North Koreans (The Insider, 2025-06), headline. <https://theins.ru/en/politics/1>',
    );
    // The hostile address is text, never an autolink.
    expect(md).not.toContain('<javascript:');
    expect(md).toContain('`javascript:alert(1)`');

    expect(citedSources(steps).map((s) => s.id)).toEqual(['insider', 'bad']);
    const sourceList = md.slice(md.indexOf('## Sources'));
    expect(sourceList.split('\n').filter((l) => /^\d+\. /.test(l))).toHaveLength(2);
  });

  it('names each of a step’s parallel relations, with its own quotes', () => {
    const ends = [
      { id: 'kim', name: 'Kim Jong Un' },
      { id: 'nk', name: 'North Korea' },
    ];
    const [parallel] = pathCards([
      toPathResult(ends, [canvas('kim.leads.nk', 'kim', 'LEADS', 'nk')]),
      toPathResult(ends, [canvas('nk.led-by.kim', 'nk', 'LED_BY', 'kim')]),
    ]);
    if (!parallel) throw new Error('no card');
    const ledBy: EvidencedRelation = {
      id: 'nk.led-by.kim',
      type: 'LED_BY',
      status: null,
      date: null,
      startDate: null,
      endDate: null,
      evidence: [],
    };
    const steps = whySteps(parallel, new Map([...Object.entries(evidenced), ['nk.led-by.kim', ledBy]]));
    const md = whyConnectedMarkdown(parallel, steps, { caseName: 'Kursk', exportedAt: new Date() });
    expect(md).toContain('**Kim Jong Un —LEADS→ North Korea**');
    expect(md).toContain('**Kim Jong Un ←LED_BY— North Korea**');
    expect(md).toContain('status: not stated · date: undated');
    expect(md).toContain('_No quote supports this relation._');
  });
});
