import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GraphFileError, parseGraphFile } from '../../server/model/case-format';
import type { EvidenceInput, GraphFile, PropertyValue } from '../../server/model/case-format';

const ARTICLE_SOURCE = 'the-insider-2025-kursk-6000';

const article = readFileSync(new URL('../../server/seed/kursk-article.txt', import.meta.url), 'utf8');
const raw: unknown = JSON.parse(
  readFileSync(new URL('../../server/seed/kursk-case.json', import.meta.url), 'utf8'),
);
const graph: GraphFile = parseGraphFile(raw, 'kursk-case.json');

function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`no entry at index ${index}`);
  return item;
}

/** Every evidence entry of the file, with the JSON path it sits at. */
function allEvidence(file: GraphFile): { path: string; evidence: EvidenceInput }[] {
  return [
    ...file.entities.flatMap((e, i) =>
      e.evidence.map((ev, j) => ({ path: `entities[${i}].evidence[${j}]`, evidence: ev })),
    ),
    ...file.relations.flatMap((r, i) =>
      r.evidence.map((ev, j) => ({ path: `relations[${i}].evidence[${j}]`, evidence: ev })),
    ),
  ];
}

/** Paths of the evidence quotes that are not copied word for word from the article. */
function quotesNotInArticle(file: GraphFile): string[] {
  return allEvidence(file)
    .filter(({ evidence }) => !article.includes(evidence.quote))
    .map(({ path }) => path);
}

function numbersOf(value: PropertyValue): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.filter((v): v is number => typeof v === 'number');
  return [];
}

/** Every `[property name, number]` pair on an entity or a relation. */
const numericProperties: [string, number][] = [...graph.entities, ...graph.relations].flatMap((item) =>
  Object.entries(item.properties).flatMap(([key, value]) =>
    numbersOf(value).map((n): [string, number] => [key, n]),
  ),
);

/** Expects parseGraphFile to reject the data and returns the error it threw. */
function rejection(data: unknown): GraphFileError {
  try {
    parseGraphFile(data, 'mutated-kursk-case.json');
  } catch (error) {
    expect(error).toBeInstanceOf(GraphFileError);
    return error as GraphFileError;
  }
  throw new Error('parseGraphFile accepted an invalid graph file');
}

describe('Kursk case', () => {
  it('is a valid graph file of the intended size', () => {
    expect(() => parseGraphFile(raw, 'kursk-case.json')).not.toThrow();
    expect(graph.entities.length).toBeGreaterThanOrEqual(40);
    expect(graph.entities.length).toBeLessThanOrEqual(60);
    expect(graph.relations.length).toBeGreaterThanOrEqual(50);
    expect(graph.relations.length).toBeLessThanOrEqual(90);
    const articleSource = graph.sources.find((s) => s.id === ARTICLE_SOURCE);
    expect(articleSource?.publisher).toBe('The Insider');
    expect(article).toContain(articleSource?.title ?? '(missing article source)');
  });

  it('quotes every piece of evidence word for word from the article', () => {
    expect(allEvidence(graph).length).toBeGreaterThan(graph.relations.length);
    expect(quotesNotInArticle(graph)).toEqual([]);
  });

  it('detects a quote that is not verbatim (straight instead of curly apostrophe)', () => {
    const copy = structuredClone(graph);
    const evidence = at(at(copy.relations, 0).evidence, 0);
    evidence.quote = "Kim Jong Un will send 6,000 North Koreans to help rebuild Russia's Kursk Region";
    expect(quotesNotInArticle(copy)).toEqual(['relations[0].evidence[0]']);
  });

  it('backs every relation with the article itself', () => {
    const unsupported = graph.relations.filter((r) => !r.evidence.some((ev) => ev.source === ARTICLE_SOURCE));
    expect(unsupported.map((r) => r.id)).toEqual([]);
  });

  it('repeats each attributed quote under the article, with a locator', () => {
    const items = [...graph.entities, ...graph.relations];
    const problems = items.flatMap((item) =>
      item.evidence
        .filter((ev) => ev.source !== ARTICLE_SOURCE)
        .filter(
          (ev) =>
            !ev.locator ||
            !item.evidence.some((other) => other.source === ARTICLE_SOURCE && other.quote === ev.quote),
        )
        .map((ev) => `${item.id} <- ${ev.source}`),
    );
    expect(problems).toEqual([]);
  });

  it.each([6000, 1000, 5000, 15000, 8000, 12000, 20, 70, 20000, 50000, 3, 12])(
    'carries the number %d as a numeric property',
    (n) => {
      expect(numericProperties.map(([, value]) => value)).toContain(n);
    },
  );

  it.each<[string, number]>([
    ['count', 6000],
    ['count', 1000],
    ['count', 5000],
    ['count', 15000],
    ['count', 8000],
    ['countMin', 12000],
    ['countMax', 15000],
    ['lossesPercentMin', 20],
    ['wageRemittancePercentMax', 70],
    ['workersNeededMin', 20000],
    ['workersNeededMax', 50000],
    ['tripNumber', 3],
    ['workdayHours', 12],
  ])('has %s = %d where the article gives it', (key, n) => {
    expect(numericProperties).toContainEqual([key, n]);
  });

  it('puts the contingent’s numbers on the right entities', () => {
    const count = (id: string) => graph.entities.find((e) => e.id === id)?.properties['count'];
    expect(count('north-korean-contingent-kursk')).toBe(6000);
    expect(count('north-korean-deminers')).toBe(1000);
    expect(count('north-korean-military-construction-workers')).toBe(5000);
    expect(count('north-korean-migrant-workers')).toBe(15000);
    expect(count('north-korean-students')).toBe(8000);
  });

  describe.each([
    ['src-interfax', 'interfax', 'Interfax'],
    ['src-yonhap', 'yonhap', 'Yonhap'],
    ['src-mediazona', 'mediazona', 'Mediazona'],
    ['src-cnn', 'cnn', 'CNN'],
    ['src-nyt', 'new-york-times', 'The New York Times'],
    ['src-south-korea-intelligence', 'south-korea-intelligence-agency', 'intelligence agency'],
    ['src-russian-border-data', 'russian-border-data', 'Russian border data'],
    ['src-the-insider-earlier', 'the-insider', 'The Insider previously reported'],
    ['src-shoigu-announcement', 'sergei-shoigu', 'According to Shoigu'],
    ['src-un', 'united-nations', 'the UN says'],
  ])('claims attributed to %s', (sourceId, entityId, marker) => {
    it('are cited by at least one relation', () => {
      expect(graph.sources.map((s) => s.id)).toContain(sourceId);
      expect(graph.relations.some((r) => r.evidence.some((ev) => ev.source === sourceId))).toBe(true);
    });

    it(`cite the source wherever the quote names “${marker}”`, () => {
      const attributed = graph.relations.filter(
        (r) =>
          !(r.type === 'CITES' && r.to === entityId) &&
          r.evidence.some((ev) => ev.source === ARTICLE_SOURCE && ev.quote.includes(marker)),
      );
      expect(attributed.length).toBeGreaterThan(0);
      const uncited = attributed.filter((r) => !r.evidence.some((ev) => ev.source === sourceId));
      expect(uncited.map((r) => r.id)).toEqual([]);
    });
  });

  it('connects Kim Jong Un to the Kursk Region along relation directions', () => {
    const next = new Map<string, string[]>();
    for (const r of graph.relations) next.set(r.from, [...(next.get(r.from) ?? []), r.to]);
    const seen = new Set(['kim-jong-un']);
    const queue = ['kim-jong-un'];
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      for (const to of next.get(id) ?? []) {
        if (!seen.has(to)) {
          seen.add(to);
          queue.push(to);
        }
      }
    }
    expect(seen).toContain('kursk-region');
  });

  it('gives Sergei Shoigu his neighbours', () => {
    const neighbours = new Set(
      graph.relations.flatMap((r) =>
        r.from === 'sergei-shoigu' ? [r.to] : r.to === 'sergei-shoigu' ? [r.from] : [],
      ),
    );
    for (const id of [
      'russian-security-council',
      'shoigu-pyongyang-visit',
      'pyongyang',
      'shoigu-kursk-announcement',
    ])
      expect(neighbours).toContain(id);
    const visitDirector = graph.relations.find(
      (r) => r.type === 'DIRECTED' && r.to === 'shoigu-pyongyang-visit',
    );
    expect(visitDirector?.from).toBe('vladimir-putin');
  });

  it('confirms the troops in Kursk on several sources, after long denials', () => {
    const fighting = graph.relations.find(
      (r) => r.type === 'FIGHTS_IN' && r.from === 'north-korean-troops' && r.to === 'kursk-region',
    );
    expect(fighting?.status).toBe('confirmed');
    const sources = new Set(fighting?.evidence.map((ev) => ev.source));
    expect(sources).toContain(ARTICLE_SOURCE);
    expect(sources).toContain('src-nyt');
    const denials = graph.relations.filter((r) => r.type === 'DENIED' && r.to === 'north-korean-troops');
    expect(denials.map((r) => r.from).sort()).toEqual(['north-korean-authorities', 'russian-authorities']);
    const admission = graph.relations.find((r) => r.type === 'ADMITTED' && r.from === 'kim-jong-un');
    expect(admission?.date).toBe('2025-04');
  });

  it('has dated relations for a 2022–2025 timeline and uses every status', () => {
    const years = new Set(
      graph.relations.flatMap((r) => [r.date, r.startDate, r.endDate]).map((d) => d?.slice(0, 4)),
    );
    for (const year of ['2017', '2022', '2024', '2025']) expect(years).toContain(year);
    const statuses = new Set(graph.relations.map((r) => r.status));
    for (const status of ['reported', 'confirmed', 'denied', 'estimated']) expect(statuses).toContain(status);
  });

  describe('rejects a mutated copy, naming the entry', () => {
    it('relation pointing at a missing entity', () => {
      const copy = structuredClone(graph);
      at(copy.relations, 3).to = 'no-such-entity';
      const error = rejection(copy);
      expect(error.message).toContain('relations[3].to');
      expect(error.issues).toEqual([
        { path: 'relations[3].to', message: 'names unknown entity "no-such-entity"' },
      ]);
    });

    it('relation with an impossible date', () => {
      const copy = structuredClone(graph);
      at(copy.relations, 0).date = '2024-13';
      const error = rejection(copy);
      expect(error.message).toContain('relations[0].date');
      expect(error.issues.map((i) => i.path)).toEqual(['relations[0].date']);
    });

    it('evidence citing an unknown source', () => {
      const copy = structuredClone(graph);
      at(at(copy.relations, 5).evidence, 0).source = 'src-missing';
      const error = rejection(copy);
      expect(error.message).toContain('relations[5].evidence[0].source');
    });

    it('duplicate entity id', () => {
      const copy = structuredClone(graph);
      at(copy.entities, 1).id = at(copy.entities, 0).id;
      const error = rejection(copy);
      expect(error.message).toContain('entities[1].id');
    });

    it('unknown status', () => {
      const copy: unknown = JSON.parse(
        JSON.stringify(graph).replace('"status":"reported"', '"status":"rumoured"'),
      );
      const error = rejection(copy);
      expect(error.message).toMatch(/relations\[\d+\]\.status/);
    });
  });
});
