/**
 * Filters that hide what they orphan, counts that say what is shown, and path cards that name their
 * relations (issue 16, items 3 and 5), walked on the Kursk case in a real Chromium. Each step shows one
 * measured problem fixed: "2024 only" left 30 orphan dots and a footer still saying "30 entities · 59
 * relations"; path cards listed names only; "All paths" highlighted every path at once.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  canvasInfo,
  launch,
  overviewDrawn,
  pickOption,
  screenshot,
  settle,
  type CanvasInfo,
} from './support/browser.ts';
import { REPO, startServer, type TestServer } from './support/server.ts';

interface CaseFile {
  entities: { id: string; name: string }[];
  relations: { id: string; type: string; from: string; to: string }[];
}

let server: TestServer;
let browser: Browser;
let page: Page;
let caseFile: CaseFile;
const pageErrors: string[] = [];

beforeAll(async () => {
  caseFile = JSON.parse(await readFile(join(REPO, 'server/seed/kursk-case.json'), 'utf8')) as CaseFile;
  server = await startServer();
  browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What every count should say for this canvas: the footer's words. */
function expectedCounts(info: CanvasInfo): string {
  const all =
    info.visibleNodes.length === info.nodes.length && info.visibleEdges.length === info.edges.length;
  if (all)
    return `${plural(info.nodes.length, 'entity', 'entities')} · ${plural(info.edges.length, 'relation', 'relations')}`;
  return (
    `${info.visibleNodes.length} of ${plural(info.nodes.length, 'entity', 'entities')} · ` +
    `${info.visibleEdges.length} of ${plural(info.edges.length, 'relation', 'relations')} shown`
  );
}

/** Visible nodes without a visible edge: the orphan dots the issue measured. */
async function orphanDots(): Promise<string[]> {
  return page.evaluate(() => {
    const cy = window.__redstring?.cy;
    if (!cy) throw new Error('no canvas');
    return cy
      .nodes(':visible')
      .filter((n) => n.connectedEdges(':visible').empty())
      .map((n) => n.id());
  });
}

/** The footer, the legend and the filters panel, as the investigator reads them. */
async function shownCounts(): Promise<{
  footer: string;
  legendTotal: string;
  legendSum: number;
  panel: string;
}> {
  const footer = (await page.locator('.canvas-status > span').first().textContent()) ?? '';
  const legend = page.getByRole('region', { name: 'Legend' });
  const legendTotal = (await legend.locator('.legend-total').textContent()) ?? '';
  const perType = await legend.locator('li .count').allTextContents();
  const legendSum = perType.reduce((n, text) => n + Number(text.split('/')[0]), 0);
  const panel = (await page.getByRole('status', { name: 'Shown on the canvas' }).textContent()) ?? '';
  return { footer, legendTotal, legendSum, panel };
}

async function expectCountsAgree(info: CanvasInfo): Promise<void> {
  const counts = await shownCounts();
  const expected = expectedCounts(info);
  expect(counts.footer).toBe(expected);
  expect(counts.panel).toBe(expected);
  expect(counts.legendSum).toBe(info.visibleNodes.length);
  expect(counts.legendTotal).toBe(
    info.visibleNodes.length === info.nodes.length
      ? plural(info.nodes.length, 'entity', 'entities')
      : `${info.visibleNodes.length} of ${plural(info.nodes.length, 'entity', 'entities')} shown`,
  );
}

async function moveSlider(name: string, key: 'ArrowLeft' | 'ArrowRight', to: string): Promise<void> {
  const slider = page.getByRole('slider', { name });
  await slider.focus();
  for (let i = 0; i < 40 && (await slider.getAttribute('aria-valuetext')) !== to; i++)
    await page.keyboard.press(key);
  await expect(slider.getAttribute('aria-valuetext')).resolves.toBe(to);
}

const pick = (comboboxName: string, text: string, optionName: RegExp) =>
  pickOption(page, comboboxName, text, optionName);

/** "Kim Jong Un —LEADS→ North Korea ←PART_OF— …" for a path, from the case file itself. */
function expectedPathText(entities: readonly string[], relations: readonly (readonly string[])[]): string {
  const name = (id: string) => caseFile.entities.find((e) => e.id === id)?.name ?? id;
  let text = name(entities[0] ?? '');
  relations.forEach((options, i) => {
    const arrows = options.map((id) => {
      const r = caseFile.relations.find((rel) => rel.id === id);
      if (!r) throw new Error(`no relation ${id} in the case file`);
      return r.from === entities[i] ? `—${r.type}→` : `←${r.type}—`;
    });
    text += ` ${arrows.join(' or ')} ${name(entities[i + 1] ?? '')}`;
  });
  return text;
}

describe('filters hide what they orphan, and counts say what is shown', () => {
  it('opens the Kursk case with every count saying the whole canvas', async () => {
    await page.goto(`${server.url}/cases/kursk`);
    await overviewDrawn(page);
    await page.getByRole('tab', { name: 'Filters' }).click();
    const info = await canvasInfo(page);
    expect(info.visibleNodes.length).toBe(info.nodes.length);
    await expectCountsAgree(info);
  });

  it('"2024 only" leaves no orphan dots, and the footer, legend and filters panel say what is shown', async () => {
    const before = await canvasInfo(page);
    await moveSlider('Date window start', 'ArrowRight', '2024');
    await moveSlider('Date window end', 'ArrowLeft', '2024');
    await page.getByRole('checkbox', { name: 'Keep undated relations' }).uncheck();
    await settle(page);

    const info = await canvasInfo(page);
    // Measured before: 56 relations hidden and all 30 entities left as dots.
    expect(info.visibleEdges.length).toBeGreaterThan(0);
    expect(info.visibleEdges.length).toBeLessThan(before.visibleEdges.length);
    expect(await orphanDots()).toEqual([]);
    expect(info.visibleNodes.length).toBeLessThan(before.visibleNodes.length);
    // Nothing left the canvas: the orphans are hidden, not removed.
    expect(info.nodes.length).toBe(before.nodes.length);
    await expectCountsAgree(info);
    const footer = (await shownCounts()).footer;
    expect(footer).toMatch(/^\d+ of \d+ entities · \d+ of \d+ relations shown$/);
    await expect(page.getByRole('checkbox', { name: 'Keep orphans' }).isChecked()).resolves.toBe(false);
    await screenshot(page, 'filters-01-2024-no-orphans');
  });

  it('"Keep orphans" brings them back, and the counts follow', async () => {
    const filtered = await canvasInfo(page);
    await page.getByRole('checkbox', { name: 'Keep orphans' }).check();
    await settle(page);
    const kept = await canvasInfo(page);
    expect(kept.visibleNodes.length).toBe(kept.nodes.length);
    expect(kept.visibleEdges).toEqual(filtered.visibleEdges);
    expect((await orphanDots()).length).toBe(kept.nodes.length - filtered.visibleNodes.length);
    await expectCountsAgree(kept);
    await screenshot(page, 'filters-02-keep-orphans');

    await page.getByRole('checkbox', { name: 'Keep orphans' }).uncheck();
    await settle(page);
    expect((await canvasInfo(page)).visibleNodes).toEqual(filtered.visibleNodes);
  });

  it('keeps a lone search result visible under the same filters: no filter orphaned it', async () => {
    await page.getByRole('button', { name: 'Clear canvas' }).click();
    await expect.poll(async () => (await canvasInfo(page)).nodes.length).toBe(0);
    await page.keyboard.press('/');
    await page.keyboard.type('Shoigu');
    await page.getByRole('option', { name: /Sergei Shoigu/ }).waitFor();
    await page.keyboard.press('Enter');
    await settle(page);
    const info = await canvasInfo(page);
    expect(info.nodes).toEqual(['sergei-shoigu']);
    expect(info.visibleNodes).toEqual(['sergei-shoigu']);
    await expectCountsAgree(info);

    // Back to the whole case, and no filters. Undo is the canvas's, not the search box's.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await canvasInfo(page)).nodes.length).toBeGreaterThan(10);
    await page.getByRole('button', { name: 'Reset all' }).click();
    await settle(page);
    const all = await canvasInfo(page);
    expect(all.visibleNodes.length).toBe(all.nodes.length);
    expect(all.visibleEdges.length).toBe(all.edges.length);
  });

  it('a relation-type filter hides its orphans, and the layout places only what is shown', async () => {
    // Keep only LEADS and PART_OF: most of the canvas loses its relations.
    const types = page.getByRole('group', { name: /Relation types/ });
    await types.getByRole('button', { name: 'None' }).click();
    await types.getByRole('checkbox', { name: /^leads \d+$/ }).check();
    await types.getByRole('checkbox', { name: /^part of \d+$/ }).check();
    await settle(page);
    const info = await canvasInfo(page);
    expect(info.visibleEdges.length).toBeGreaterThan(0);
    expect(await orphanDots()).toEqual([]);
    await expectCountsAgree(info);

    const hidden = info.nodes.filter((id) => !info.visibleNodes.includes(id));
    expect(hidden.length).toBeGreaterThan(0);
    const positions = () =>
      page.evaluate(
        (ids) =>
          ids.map((id) => {
            const p = window.__redstring?.cy?.getElementById(id).position();
            return p ? [Math.round(p.x), Math.round(p.y)] : null;
          }),
        hidden,
      );
    const hiddenBefore = await positions();
    await page.getByRole('button', { name: 'Run layout again' }).click();
    await settle(page);
    // Hidden entities were not laid out (the issue saw them tiled in a grid under the legend).
    expect(await positions()).toEqual(hiddenBefore);
    expect(await orphanDots()).toEqual([]);
    // And what is shown is framed clear of the legend.
    const underLegend = await page.evaluate(() => {
      const cy = window.__redstring?.cy;
      const legend = document.querySelector('section[aria-label="Legend"]');
      const container = cy?.container();
      if (!cy || !legend || !container) throw new Error('no canvas or no legend');
      const l = legend.getBoundingClientRect();
      const c = container.getBoundingClientRect();
      return cy
        .nodes(':visible')
        .filter((n) => {
          const bb = n.renderedBoundingBox({ includeLabels: false });
          const [x1, x2, y1, y2] = [c.left + bb.x1, c.left + bb.x2, c.top + bb.y1, c.top + bb.y2];
          return x1 < l.right && x2 > l.left && y1 < l.bottom && y2 > l.top;
        })
        .map((n) => n.id());
    });
    expect(underLegend).toEqual([]);
    await screenshot(page, 'filters-03-relation-types-layout');

    await page.getByRole('button', { name: 'Reset all' }).click();
    await settle(page);
  });
});

describe('path cards name their relations, and "All paths" shows one at a time', () => {
  it('the shortest path card names each relation with its type and direction', async () => {
    await page.getByRole('tab', { name: 'Paths' }).click();
    await pick('Path start', 'Kim Jong', /Kim Jong Un/);
    await pick('Path end', 'Kursk reg', /Kursk Region/);
    await page.getByRole('button', { name: 'Shortest path' }).click();
    await settle(page);
    const highlight = await page.evaluate(() => window.__redstring?.store.getState().highlight ?? null);
    if (!highlight) throw new Error('no path was highlighted');
    const card = page.getByRole('region', { name: 'Path results' }).getByRole('button');
    await expect(card.count()).resolves.toBe(1);
    const chain = (await card.locator('.path-chain').textContent()) ?? '';
    expect(chain.replace(/\s+/g, ' ').trim()).toBe(
      expectedPathText(
        highlight.entities,
        highlight.relations.map((r) => [r]),
      ),
    );
    expect(chain).toMatch(/—[A-Z_]+→|←[A-Z_]+—/);
  });

  it('"All paths" lists ranked cards, groups parallel relations, and highlights only the selected card', async () => {
    await page.getByRole('button', { name: /All paths/ }).click();
    await settle(page);
    const results = page.getByRole('region', { name: 'Path results' });
    const cards = results.getByRole('button');
    const cardCount = await cards.count();
    expect(cardCount).toBeGreaterThan(2);
    const state = await page.evaluate(() => {
      const s = window.__redstring?.store.getState();
      return { paths: s?.pathResults?.paths ?? [], highlight: s?.highlight ?? null };
    });
    expect(state.paths.length).toBe(cardCount);
    // Ranked: shortest first.
    const lengths = state.paths.map((p) => p.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    // Every card reads as its path, relation by relation, in the order of the list.
    for (let i = 0; i < cardCount; i++) {
      const p = state.paths[i];
      if (!p) throw new Error('missing card');
      const text = (await cards.nth(i).locator('.path-chain').textContent()) ?? '';
      expect(text.replace(/\s+/g, ' ').trim()).toBe(
        expectedPathText(
          p.entities,
          p.steps.map((options) => options.map((s) => s.relation)),
        ),
      );
      expect(p.entities[0]).toBe('kim-jong-un');
      expect(p.entities[p.entities.length - 1]).toBe('kursk-region');
    }
    // Kim Jong Un both LEADS and ADMITTED the troops: one card, "2 ways", both options listed.
    const twoWays = state.paths.findIndex((p) => p.ways > 1);
    expect(twoWays).toBeGreaterThanOrEqual(0);
    const grouped = state.paths[twoWays];
    await expect(cards.nth(twoWays).textContent()).resolves.toContain(`${grouped?.ways} ways`);
    expect(grouped?.steps.some((options) => options.length > 1)).toBe(true);
    const keys = state.paths.map((p) => p.entities.join('>'));
    expect(new Set(keys).size).toBe(keys.length);

    // One path highlighted, the first card's; not the union of all of them.
    const first = state.paths[0];
    if (!first) throw new Error('no first card');
    await expect(cards.nth(0).getAttribute('aria-pressed')).resolves.toBe('true');
    let info = await canvasInfo(page);
    expect([...info.pathNodes].sort()).toEqual([...first.entities].sort());
    expect([...info.pathEdges].sort()).toEqual([...first.relations].sort());
    const union = new Set(state.paths.flatMap((p) => p.relations));
    expect(info.pathEdges.length).toBeLessThan(union.size);
    await screenshot(page, 'paths-01-all-paths-first');

    // Picking another card moves the highlight to it alone.
    const other = state.paths[Math.min(2, cardCount - 1)];
    if (!other) throw new Error('no other card');
    await cards.nth(Math.min(2, cardCount - 1)).click();
    await settle(page);
    info = await canvasInfo(page);
    expect([...info.pathNodes].sort()).toEqual([...other.entities].sort());
    expect([...info.pathEdges].sort()).toEqual([...other.relations].sort());
    await expect(cards.nth(Math.min(2, cardCount - 1)).getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(cards.nth(0).getAttribute('aria-pressed')).resolves.toBe('false');
    await screenshot(page, 'paths-02-another-card');
  });

  it('raised no page errors on the way', () => {
    expect(pageErrors).toEqual([]);
  });
});
